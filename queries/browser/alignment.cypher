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
:param top => 300;
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
WITH s, t, sum(coalesce(r.weight, 0.0)) AS v, count(r) AS n
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
WITH s2 AS s, t2 AS t, v, n WHERE s <> t
WITH s, t, sum(v) AS v, sum(n) AS n
WITH s, collect({t: t, v: v}) AS vec, sum(v * v) AS n2, sum(n) AS reports
WHERE n2 > 0
ORDER BY reports DESC, s.id
WITH collect({s: s, vec: vec, n2: n2}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
WITH ranked[i] AS x WHERE $actor IS NOT NULL OR i < $top
UNWIND x.vec AS e
WITH e.t AS t, collect({a: x.s, v: e.v, n2: x.n2}) AS holders
UNWIND [h IN holders WHERE $actor IS NULL OR $actor IN [h.a.id, h.a.name]] AS h1
UNWIND holders AS h2
WITH h1, h2 WHERE h1.a <> h2.a AND ($actor IS NOT NULL OR h1.a.id < h2.a.id)
WITH CASE WHEN h1.a.id < h2.a.id THEN h1 ELSE h2 END AS p,
     CASE WHEN h1.a.id < h2.a.id THEN h2 ELSE h1 END AS q
WITH p.a AS a, q.a AS b, p.n2 AS na, q.n2 AS nb, sum(p.v * q.v) AS dot, count(*) AS shared
WHERE shared >= $min_shared
WITH a, b, shared, dot, round(dot / sqrt(na * nb), 4) AS alignment
ORDER BY CASE $order WHEN 'divergent' THEN alignment ELSE -alignment END, shared DESC, abs(dot) DESC, a.name, b.name
LIMIT $limit
CALL (a, b) {
  UNWIND [a, b] AS x
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
  CALL (m) {
    MATCH (m)-[r:SUPPORTS|OPPOSES|CRITICIZES|THREATENS|ATTACKS|URGES|MEDIATES|PARTICIPATES_IN]->(t)
    RETURN r, t
    UNION ALL
    MATCH (m)-[r:NEGOTIATES_WITH|MEETS_WITH|COOPERATES_WITH]-(t)
    RETURN r, t
  }
  WITH x, r, t WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  CALL (t) {
    OPTIONAL MATCH (t)-[k:MEMBER_OF]->(g:Government) WHERE $rollup AND t:Person
    WITH t, g, count(k) AS n ORDER BY n DESC, g.id LIMIT 1
    RETURN coalesce(g, t) AS t2
  }
  WITH x, t2 AS t, sum(coalesce(r.weight, 0.0)) AS v WHERE t <> x
  WITH t, sum(CASE WHEN x = a THEN v END) AS va, sum(CASE WHEN x = b THEN v END) AS vb,
       count(*) AS sides
  WHERE sides = 2
  ORDER BY abs(va * vb) DESC, t.name
  LIMIT 5
  RETURN collect(t.name + ' (' + toString(round(va, 2)) + ' / ' + toString(round(vb, 2)) + ')') AS drivers
}
RETURN a.name AS a, b.name AS b, alignment, shared, round(dot, 2) AS dot, drivers
;
