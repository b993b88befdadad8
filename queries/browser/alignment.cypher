// actorgraph: alignment
// Pairs of actors ranked by how alike they stand toward third parties and negotiations (cosine similarity of signed stance vectors), with the shared targets that drive it.
// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the
// whole script. Score definitions: docs/queries.md or `ingest query show alignment`.
:param from => null;
:param to => null;
:param actor => null;
:param rollup => false;
:param order => 'aligned';
:param min_shared => 1;
:param limit => 25;
CALL () {
  MATCH (s)-[r:SUPPORTS]->(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:OPPOSES]->(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:THREATENS]->(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:ATTACKS]->(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:URGES]->(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:MEDIATES]->(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:PARTICIPATES_IN]->(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:NEGOTIATES_WITH]-(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:MEETS_WITH]-(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
  UNION ALL
  MATCH (s)-[r:COOPERATES_WITH]-(t) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN s, r, t
}
WITH s, t, r WHERE s:Actor
WITH s, t, sum(coalesce(r.weight, 0.0)) AS v
CALL (s) {
  OPTIONAL MATCH (s)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND s:Person
  WITH s, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, s) AS s2
}
CALL (t) {
  OPTIONAL MATCH (t)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND t:Person
  WITH t, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, t) AS t2
}
WITH s2 AS s, t2 AS t, v WHERE s <> t
WITH s, t, sum(v) AS v
WITH s, collect({t: t, v: v}) AS vec, sum(v * v) AS n2
WHERE n2 > 0
UNWIND vec AS e
WITH e.t AS t, collect({a: s, v: e.v, n2: n2}) AS holders
UNWIND holders AS h1
UNWIND holders AS h2
WITH t, h1, h2 WHERE h1.a.id < h2.a.id
  AND ($actor IS NULL OR $actor IN [h1.a.id, h1.a.name, h2.a.id, h2.a.name])
WITH h1.a AS a, h2.a AS b, h1.n2 AS na, h2.n2 AS nb, t, h1.v AS x, h2.v AS y
ORDER BY abs(x * y) DESC, t.name
WITH a, b, na, nb, sum(x * y) AS dot, count(t) AS shared,
     collect(t.name + ' (' + toString(round(x, 2)) + ' / ' + toString(round(y, 2)) + ')') AS drivers
WHERE shared >= $min_shared
WITH a, b, shared, dot, drivers, round(dot / sqrt(na * nb), 4) AS alignment
RETURN a.name AS a, b.name AS b, alignment, shared, round(dot, 2) AS dot, drivers[..5] AS drivers
ORDER BY CASE $order WHEN 'divergent' THEN alignment ELSE -alignment END, shared DESC, abs(dot) DESC, a, b
LIMIT $limit
;
