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
:param top => 100;
:param limit => 25;
WITH date($from) AS lo, date($to) AS hi
WITH lo, hi,
     CASE WHEN lo IS NOT NULL THEN date.truncate('month', lo - duration('P1D')) + duration('P1M') END AS m1,
     CASE WHEN hi IS NOT NULL THEN date.truncate('month', hi + duration('P1D')) END AS mEnd
UNWIND [{tlo: CASE WHEN lo IS NOT NULL OR hi IS NOT NULL THEN coalesce(m1, date({year: -999999999, month: 1, day: 1})) END,
         thi: coalesce(mEnd, date({year: 999999999, month: 12, day: 31}))}] +
       [e IN [{rlo: lo, rhi: CASE WHEN hi IS NULL OR m1 - duration('P1D') < hi THEN m1 - duration('P1D') ELSE hi END},
              {rlo: CASE WHEN m1 > mEnd THEN m1 ELSE mEnd END, rhi: hi}]
        WHERE e.rlo IS NOT NULL AND e.rhi IS NOT NULL AND e.rlo <= e.rhi] AS p
CALL (p) {
  MATCH (s)-[r:SUPPORTS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'SUPPORTS' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:OPPOSES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'OPPOSES' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'CRITICIZES' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:THREATENS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'THREATENS' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:ATTACKS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'ATTACKS' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:SANCTIONS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'SANCTIONS' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:URGES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'URGES' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:MEDIATES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'MEDIATES' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:PARTICIPATES_IN]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'PARTICIPATES_IN' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:NEGOTIATES_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'NEGOTIATES_WITH' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:MEETS_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'MEETS_WITH' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (s)-[r:COOPERATES_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS sid, t.id AS tid, 'COOPERATES_WITH' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v
  UNION ALL
  MATCH (x:Tally) WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.month >= p.tlo AND x.month < p.thi
  RETURN x.source AS sid, x.target AS tid, x.type AS type, x.n AS n, x.w AS v
  UNION ALL
  WITH $from AS f, $to AS t2 WHERE f IS NULL AND t2 IS NULL AND NOT EXISTS { MATCH (:PairQueue) }
  MATCH (x:Pair) USING INDEX x:Pair(source, target, n, stn, st)
  WHERE x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.stn > 0 AND x.st IS NOT NULL
  RETURN x.source AS sid, x.target AS tid, 'STANCE' AS type, x.stn AS n, x.st AS v
  UNION ALL
  WITH $from AS f, $to AS t2 WHERE f IS NULL AND t2 IS NULL AND EXISTS { MATCH (:PairQueue) }
  MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
  WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
  RETURN x.source AS sid, x.target AS tid, x.type AS type, sum(x.n) AS n, sum(x.w) AS v
}
UNWIND CASE WHEN type IN ['NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] THEN [[sid, tid], [tid, sid]] ELSE [[sid, tid]] END AS e
WITH e[0] AS sid, collect([e[1], v, n]) AS rows, sum(CASE WHEN e[1] <> e[0] THEN n ELSE 0 END) AS reports,
     min(type = 'STANCE') AS totals
WHERE NOT sid STARTS WITH 'negotiation:'
WITH sid, rows, reports, totals
ORDER BY reports DESC, sid
WITH collect([sid, rows, totals]) AS cands
UNWIND CASE WHEN $actor IS NULL AND NOT $rollup THEN cands[..$top] ELSE cands END AS c
CALL (c) {
  WITH c WHERE NOT c[2]
  UNWIND c[1] AS o
  WITH o[0] AS tid, sum(o[1]) AS v, sum(o[2]) AS n
  RETURN collect([tid, v, n]) AS outs
  UNION ALL
  WITH c WHERE c[2]
  RETURN c[1] AS outs
}
WITH collect([c[0], outs]) AS all
CALL (all) {
  UNWIND CASE WHEN $rollup THEN [] ELSE all END AS x
  RETURN x[0] AS s, [o IN x[1] WHERE o[0] <> x[0]] AS outs
  UNION ALL
  UNWIND CASE WHEN $rollup THEN all ELSE [] END AS x
  CALL (x) {
    WITH x WHERE x[0] STARTS WITH 'person:'
    MATCH (p:Person {id: x[0]})
    OPTIONAL MATCH (p)-[m:MEMBER_OF]->(g:Government)
    WITH p, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
    RETURN coalesce(g.id, p.id) AS s2
    UNION ALL
    WITH x WHERE NOT x[0] STARTS WITH 'person:'
    RETURN x[0] AS s2
  }
  UNWIND x[1] AS o
  WITH o[0] AS t, collect([s2, o[1], o[2]]) AS ins
  CALL (t) {
    WITH t WHERE t STARTS WITH 'person:'
    MATCH (p:Person {id: t})
    OPTIONAL MATCH (p)-[m:MEMBER_OF]->(g:Government)
    WITH p, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
    RETURN coalesce(g.id, p.id) AS t2
    UNION ALL
    WITH t WHERE NOT t STARTS WITH 'person:'
    RETURN t AS t2
  }
  UNWIND ins AS i
  WITH i[0] AS s, t2 AS t, sum(i[1]) AS v, sum(i[2]) AS n WHERE i[0] <> t2
  RETURN s, collect([t, v, n]) AS outs
}
WITH s, [o IN outs | [o[0], o[1]]] AS vec, reduce(a = 0.0, o IN outs | a + o[1] * o[1]) AS n2,
     reduce(a = 0, o IN outs | a + o[2]) AS reports
WHERE n2 > 0
CALL (s) { MATCH (x:Entity {id: s}) RETURN x.name AS name }
WITH s, name, vec, n2, reports
ORDER BY reports DESC, s
WITH collect({id: s, name: name, vec: vec, n2: n2}) AS ranked
CALL (ranked) {
  WITH ranked WHERE $actor IS NULL
  UNWIND range(0, size(ranked) - 1) AS i
  WITH i, ranked[i] AS x WHERE i < $top
  UNWIND x.vec AS e
  WITH e[0] AS t, collect([i, e[1]]) AS holders
  UNWIND range(0, size(holders) - 2) AS k
  UNWIND holders[k + 1..] AS h2
  WITH holders[k] AS h1, h2
  WITH h1[0] AS i, h2[0] AS j, sum(h1[1] * h2[1]) AS dot, count(*) AS shared
  WHERE shared >= $min_shared
  RETURN i, j, dot, shared
  UNION ALL
  WITH ranked WHERE $actor IS NOT NULL
  UNWIND [k IN range(0, size(ranked) - 1) WHERE $actor IN [ranked[k].id, ranked[k].name]] AS a
  WITH ranked, a, ranked[a].vec AS avec, [e IN ranked[a].vec | e[0]] AS ats
  UNWIND range(0, size(ranked) - 1) AS j
  WITH a, avec, ats, j, ranked[j].vec AS vec WHERE j <> a
  UNWIND vec AS e
  WITH a, avec, ats, j, e WHERE e[0] IN ats
  WITH a, avec, e[0] AS t, collect([j, e[1]]) AS holders
  WITH a, t, holders, [x IN avec WHERE x[0] = t][0][1] AS va
  UNWIND holders AS h
  WITH CASE WHEN a < h[0] THEN a ELSE h[0] END AS i, CASE WHEN a < h[0] THEN h[0] ELSE a END AS j,
       sum(va * h[1]) AS dot, count(*) AS shared
  WHERE shared >= $min_shared
  RETURN i, j, dot, shared
}
WITH CASE WHEN ranked[i].id < ranked[j].id THEN ranked[i] ELSE ranked[j] END AS a,
     CASE WHEN ranked[i].id < ranked[j].id THEN ranked[j] ELSE ranked[i] END AS b, dot, shared
WITH a, b, shared, dot, round(dot / sqrt(a.n2 * b.n2), 4) AS alignment
ORDER BY CASE $order WHEN 'divergent' THEN alignment ELSE -alignment END, shared DESC, abs(dot) DESC, a.name, b.name
LIMIT $limit
CALL (a, b) {
  UNWIND [e IN a.vec | [e[0], e[1], 0.0]] + [e IN b.vec | [e[0], 0.0, e[1]]] AS e
  WITH e[0] AS tid, sum(e[1]) AS va, sum(e[2]) AS vb, count(*) AS sides
  WHERE sides = 2
  MATCH (t:Entity {id: tid})
  WITH t, va, vb
  ORDER BY abs(va * vb) DESC, t.name
  LIMIT 5
  RETURN collect(t.name + ' (' + toString(round(va, 2)) + ' / ' + toString(round(vb, 2)) + ')') AS drivers
}
RETURN a.name AS a, b.name AS b, alignment, shared, round(dot, 2) AS dot, drivers
;
