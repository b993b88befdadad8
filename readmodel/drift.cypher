// Count the dyads that differ from the reports they sum: missing, extra,
// or with other sums (readmodel.Drift). It reads every report.
CALL () {
  MATCH (s:Entity)-[r:NEGOTIATES_WITH|PARTICIPATES_IN|MEDIATES|MEETS_WITH|COOPERATES_WITH|SUPPORTS|URGES|CRITICIZES|OPPOSES|THREATENS|SANCTIONS|ATTACKS]->(t:Entity)
  WITH s, t, type(r) AS type, abs(coalesce(r.weight, 0.0)) AS w, r
  WITH s, t, count(r) AS reports, min(r.date) AS first, max(r.date) AS last,
       sum(CASE WHEN type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] THEN w ELSE 0.0 END) AS conflict,
       sum(CASE WHEN type IN ['NEGOTIATES_WITH', 'PARTICIPATES_IN', 'MEDIATES', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS'] THEN w ELSE 0.0 END) AS cooperation,
       sum(CASE WHEN type = 'URGES' THEN w ELSE 0.0 END) AS pressure
  OPTIONAL MATCH (s)-[d:DYAD]->(t)
  RETURN count(CASE WHEN d IS NULL OR d.reports <> reports OR abs(d.conflict - conflict) > 1e-6
                         OR abs(d.cooperation - cooperation) > 1e-6 OR abs(d.pressure - pressure) > 1e-6
                         OR coalesce(d.first <> first, d.first IS NULL <> first IS NULL)
                         OR coalesce(d.last <> last, d.last IS NULL <> last IS NULL)
                    THEN 1 END) AS wrong, count(d) AS found
}
CALL () {
  MATCH ()-[d:DYAD]->() RETURN count(d) AS dyads
}
RETURN wrong + dyads - found AS bad
