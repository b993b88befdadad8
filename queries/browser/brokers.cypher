// actorgraph: brokers
// Actors that mediate, or that connect sides that have no direct tie of their own.
// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the
// whole script. Score definitions: docs/queries.md or `ingest query show brokers`.
:param from => null;
:param to => null;
:param actor => null;
:param top_partners => 20;
:param limit => 25;
WITH date($from) AS lo, date($to) AS hi
WITH lo, hi,
     CASE WHEN lo IS NOT NULL THEN date.truncate('month', lo - duration('P1D')) + duration('P1M') END AS m1,
     CASE WHEN hi IS NOT NULL THEN date.truncate('month', hi + duration('P1D')) END AS mEnd
UNWIND [{tlo: coalesce(m1, date({year: -999999999, month: 1, day: 1})),
         thi: coalesce(mEnd, date({year: 999999999, month: 12, day: 31}))}] +
       [e IN [{rlo: lo, rhi: CASE WHEN hi IS NULL OR m1 - duration('P1D') < hi THEN m1 - duration('P1D') ELSE hi END},
              {rlo: CASE WHEN m1 > mEnd THEN m1 ELSE mEnd END, rhi: hi}]
        WHERE e.rlo IS NOT NULL AND e.rhi IS NOT NULL AND e.rlo <= e.rhi] AS q
WITH q, $actor IS NULL AS scan, lo IS NULL AND hi IS NULL AS all
WITH {tlo: CASE WHEN scan AND NOT all THEN q.tlo END, thi: CASE WHEN scan AND NOT all THEN q.thi END,
      rlo: CASE WHEN scan THEN q.rlo END, rhi: CASE WHEN scan THEN q.rhi END,
      atally: q.tlo IS NOT NULL, all: all,
      alo: q.tlo, ahi: q.thi, arlo: q.rlo, arhi: q.rhi} AS p
CALL (p) {
  MATCH (s)-[r:SUPPORTS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'SUPPORTS' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:OPPOSES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'OPPOSES' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'CRITICIZES' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:THREATENS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'THREATENS' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:ATTACKS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'ATTACKS' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:URGES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'URGES' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:MEDIATES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'MEDIATES' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:PARTICIPATES_IN]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'PARTICIPATES_IN' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:NEGOTIATES_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'NEGOTIATES_WITH' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:MEETS_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'MEETS_WITH' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:COOPERATES_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'COOPERATES_WITH' AS type, 1 AS n
  UNION ALL
  CALL () {
    MATCH (x:Entity {id: $actor}) RETURN x
    UNION
    MATCH (x:Entity {name: $actor}) RETURN x
  }
  CALL (x, p) {
    MATCH (k:Tally)
    WHERE k.id STARTS WITH x.id + '|' AND p.atally AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND (p.all OR k.month >= p.alo AND k.month < p.ahi)
    CALL (k) { MATCH (t:Entity {id: k.target}) RETURN t }
    RETURN x AS s, t, k.type AS type, k.n AS n
    UNION ALL
    MATCH (k:Tally)
    WHERE k.target = x.id AND p.atally AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND (p.all OR k.month >= p.alo AND k.month < p.ahi)
    CALL (k) { MATCH (s:Entity {id: k.source}) RETURN s }
    RETURN s, x AS t, k.type AS type, k.n AS n
    UNION ALL
    MATCH (x)-[r:SUPPORTS|OPPOSES|CRITICIZES|THREATENS|ATTACKS|URGES|MEDIATES|PARTICIPATES_IN|NEGOTIATES_WITH|MEETS_WITH|COOPERATES_WITH]-()
    WHERE r.date >= p.arlo AND r.date <= p.arhi
    RETURN startNode(r) AS s, endNode(r) AS t, type(r) AS type, 1 AS n
  }
  RETURN s, t, type, n
  UNION ALL
  MATCH (x:Tally) WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.month >= p.tlo AND x.month < p.thi
  CALL (x) { MATCH (s:Entity {id: x.source}) RETURN s }
  CALL (x) { MATCH (t:Entity {id: x.target}) RETURN t }
  RETURN s, t, x.type AS type, x.n AS n
  UNION ALL
  WITH $from AS f, $to AS t2, $actor AS who WHERE f IS NULL AND t2 IS NULL AND who IS NULL
  MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
  WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
  WITH x.source AS sid, x.target AS tid, x.type AS type, sum(x.n) AS n
  WITH tid, collect([sid, type, n]) AS ins
  CALL (tid) { MATCH (t:Entity {id: tid}) RETURN t }
  UNWIND ins AS i
  WITH i[0] AS sid, collect([t, i[1], i[2]]) AS outs
  CALL (sid) { MATCH (s:Entity {id: sid}) RETURN s }
  UNWIND outs AS o
  RETURN s, o[0] AS t, o[1] AS type, o[2] AS n
}
UNWIND [[s, t, n, CASE WHEN type = 'MEDIATES' THEN n ELSE 0 END], [t, s, n, 0]] AS e
WITH e[0] AS x, e[1] AS y, e[2] AS c, e[3] AS m
WHERE x:Actor AND ($actor IS NULL OR $actor IN [x.id, x.name])
WITH x, sum(m) AS mediations, collect([y, c]) AS rows
ORDER BY mediations DESC
WITH collect({x: x, m: mediations, rows: rows}) AS all
WITH all, CASE WHEN size([r IN all WHERE r.m > 0]) >= $limit THEN all[$limit - 1].m ELSE 0 END AS floor
UNWIND [r IN all WHERE r.m >= floor] AS r
WITH r.x AS x, collect(r)[0] AS r
WITH x, r.m AS mediations, r.rows AS rows
CALL (x, rows) {
  UNWIND rows AS e
  WITH e[0] AS y, sum(e[1]) AS c
  WHERE y:Actor AND y <> x
  RETURN collect([y, c]) AS partners
}
CALL (partners) {
  UNWIND partners AS e
  WITH e[0] AS y, e[1] AS c ORDER BY c DESC, y.id
  LIMIT $top_partners
  WITH y ORDER BY y.name
  RETURN collect(y) AS top
}
CALL (top) {
  UNWIND top AS p
  UNWIND top AS q
  WITH p, q WHERE p.id < q.id
    AND NOT EXISTS { MATCH (k:Tally) WHERE k.id STARTS WITH p.id + '|' + q.id + '|' }
    AND NOT EXISTS { MATCH (k:Tally) WHERE k.id STARTS WITH q.id + '|' + p.id + '|' }
    AND NOT EXISTS { MATCH (p)-[:MEMBER_OF|ADVISES]-(q) }
  RETURN count(*) AS bridged, collect(p.name + ' / ' + q.name)[..5] AS examples
}
WITH x, mediations, size(partners) AS partners, bridged, examples
WHERE mediations > 0 OR bridged > 0
RETURN x.name AS actor, x.id AS id, mediations, partners, bridged, examples
ORDER BY mediations DESC, bridged DESC, actor
LIMIT $limit
;
