// name: officials
// description: A government's officials with their roles, and what each of them did, rolled up.
// param: government actor -- the government: its id (government:aldoria), name, alias or ISO3 code
// param: from date = null -- first day (inclusive); null: no start
// param: to date = null -- last day (inclusive); null: no end
// param: limit integer = 100 -- number of officials to return
//
// One row per person with a MEMBER_OF relationship to the government,
// whatever else they belong to. roles: the distinct roles reported on
// those MEMBER_OF relationships. Their statements are their outgoing
// non-structural relations (every type but MEMBER_OF and ADVISES; for the
// symmetric types, either direction) in the window: reports is their
// number, conflict and cooperation count the conflict types (CRITICIZES,
// OPPOSES, THREATENS, SANCTIONS, ATTACKS) and the cooperation types (NEGOTIATES_WITH,
// MEETS_WITH, COOPERATES_WITH, SUPPORTS, MEDIATES, PARTICIPATES_IN),
// appeals counts URGES, net is the sum of their Goldstein weights with an
// appeal or demand (URGES, weighted +3 by CAMEO as verbal cooperation)
// counted as pressure: negative, as conflict is ("criticized Beijing and
// urged China to show restraint" is net -5, not +1); targets
// lists whom they addressed, most reported first, as "name (count)".
// When a window is given, relations without a date are left out.
// Columns: official, id, roles, reports, conflict, cooperation, appeals,
// net, targets, first, last. Order: reports (most first), then official.
CALL () {
  MATCH (g:Entity {id: $government}) WHERE g:Government RETURN g
  UNION
  MATCH (g:Entity {name: $government}) WHERE g:Government RETURN g
}
MATCH (p:Person)-[m:MEMBER_OF]->(g)
WITH p, collect(DISTINCT m.role) AS roles
OPTIONAL CALL (p) {
  MATCH (p)-[r:SUPPORTS|OPPOSES|CRITICIZES|THREATENS|SANCTIONS|ATTACKS|URGES|PARTICIPATES_IN|MEDIATES]->(t)
  WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN r, t
  UNION ALL
  MATCH (p)-[r:NEGOTIATES_WITH|MEETS_WITH|COOPERATES_WITH]-(t)
  WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN r, t
}
WITH p, roles, t, count(r) AS n,
     sum(CASE WHEN type(r) IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] THEN 1 ELSE 0 END) AS conflict,
     sum(CASE WHEN type(r) IN ['NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS', 'MEDIATES', 'PARTICIPATES_IN'] THEN 1 ELSE 0 END) AS cooperation,
     sum(CASE WHEN type(r) = 'URGES' THEN 1 ELSE 0 END) AS appeals,
     sum(CASE WHEN type(r) = 'URGES' THEN -abs(coalesce(r.weight, 0.0)) ELSE coalesce(r.weight, 0.0) END) AS net,
     min(r.date) AS first, max(r.date) AS last
ORDER BY n DESC, t.name
WITH p, roles, sum(n) AS reports, sum(conflict) AS conflict, sum(cooperation) AS cooperation,
     sum(appeals) AS appeals, sum(net) AS net, min(first) AS first, max(last) AS last,
     collect(CASE WHEN t IS NOT NULL THEN t.name + ' (' + toString(n) + ')' END) AS targets
RETURN p.name AS official, p.id AS id, roles, reports, conflict, cooperation, appeals,
       round(net, 2) AS net, targets, first, last
ORDER BY reports DESC, official
LIMIT $limit
