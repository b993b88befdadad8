// name: tension-timeline
// description: For one pair of actors, tension and cooperation per week or month.
// param: a actor -- one actor: its id (government:aldoria), name, alias or ISO3 code
// param: b actor -- the other actor: its id, name, alias or ISO3 code
// param: period week|month = month -- size of a time bucket
// param: from date = null -- first day (inclusive); null: no start
// param: to date = null -- last day (inclusive); null: no end
// param: rollup boolean = false -- include the acts of officials whose government (MEMBER_OF) is a or b
//
// For each period (a calendar month, or an ISO week starting on Monday)
// with at least one dated report between the two sides, in either
// direction: tension is minus the sum of the Goldstein weights of the
// conflict relations (CRITICIZES, OPPOSES, THREATENS, SANCTIONS, ATTACKS), as in the
// tension query; cooperation is the sum of the weights of the cooperation
// relations (NEGOTIATES_WITH, MEETS_WITH, COOPERATES_WITH, SUPPORTS,
// MEDIATES, PARTICIPATES_IN); appeals counts URGES reports; net is
// cooperation - tension. Periods without reports are not listed; relations
// without a date are left out. Sides are built as in the evidence query
// (with rollup, a government's officials act for it).
// Columns: period (first day of the period), tension, cooperation, net,
// conflicts and cooperations (number of reports), appeals. Order: period.
CALL () {
  MATCH (x:Entity {id: $a}) RETURN x
  UNION
  MATCH (x:Entity {name: $a}) RETURN x
}
CALL (x) {
  RETURN x AS m
  UNION
  MATCH (m:Person)-[:MEMBER_OF]->(x:Government) WHERE $rollup
  CALL (m) {
    MATCH (m)-[k:MEMBER_OF]->(g:Government)
    WITH g, count(k) AS n ORDER BY n DESC, g.id LIMIT 1
    RETURN g AS home
  }
  WITH m, x, home WHERE home = x
  RETURN m
}
WITH collect(DISTINCT m) AS sideA
CALL (sideA) {
  MATCH (y:Entity {id: $b}) RETURN y
  UNION
  MATCH (y:Entity {name: $b}) RETURN y
}
CALL (y) {
  RETURN y AS m
  UNION
  MATCH (m:Person)-[:MEMBER_OF]->(y:Government) WHERE $rollup
  CALL (m) {
    MATCH (m)-[k:MEMBER_OF]->(g:Government)
    WITH g, count(k) AS n ORDER BY n DESC, g.id LIMIT 1
    RETURN g AS home
  }
  WITH m, y, home WHERE home = y
  RETURN m
}
WITH sideA, collect(DISTINCT m) AS sideB
UNWIND sideA AS p
UNWIND sideB AS q
MATCH (p)-[r]-(q)
WHERE NOT q IN sideA AND NOT r:DYAD AND r.date IS NOT NULL
  AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
WITH CASE $period WHEN 'week' THEN date.truncate('week', r.date) ELSE date.truncate('month', r.date) END AS period,
     type(r) AS type, coalesce(r.weight, 0.0) AS w
WITH period,
     sum(CASE WHEN type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] THEN -w ELSE 0.0 END) AS tension,
     sum(CASE WHEN type IN ['NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS', 'MEDIATES', 'PARTICIPATES_IN'] THEN w ELSE 0.0 END) AS cooperation,
     sum(CASE WHEN type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] THEN 1 ELSE 0 END) AS conflicts,
     sum(CASE WHEN type IN ['NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS', 'MEDIATES', 'PARTICIPATES_IN'] THEN 1 ELSE 0 END) AS cooperations,
     sum(CASE WHEN type = 'URGES' THEN 1 ELSE 0 END) AS appeals
RETURN period, round(tension, 2) AS tension, round(cooperation, 2) AS cooperation,
       round(cooperation - tension, 2) AS net, conflicts, cooperations, appeals
ORDER BY period
