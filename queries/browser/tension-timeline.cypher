// actorgraph: tension-timeline
// For one pair of actors, tension and cooperation per week or month.
// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the
// whole script. Score definitions: docs/queries.md or `ingest query show tension-timeline`.
:param a => 'United States';
:param b => 'Iran';
:param period => 'month';
:param from => null;
:param to => null;
:param rollup => false;
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
WHERE NOT q IN sideA AND r.date IS NOT NULL
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
;
