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
WITH lo, hi, lo IS NULL AND hi IS NULL AS all,
     CASE WHEN lo IS NOT NULL THEN date.truncate('month', lo - duration('P1D')) + duration('P1M') END AS m1,
     CASE WHEN hi IS NOT NULL THEN date.truncate('month', hi + duration('P1D')) END AS mEnd
UNWIND [{tlo: coalesce(m1, date({year: -999999999, month: 1, day: 1})),
         thi: coalesce(mEnd, date({year: 999999999, month: 12, day: 31}))}] +
       [e IN [{rlo: lo, rhi: CASE WHEN hi IS NULL OR m1 - duration('P1D') < hi THEN m1 - duration('P1D') ELSE hi END},
              {rlo: CASE WHEN m1 > mEnd THEN m1 ELSE mEnd END, rhi: hi}]
        WHERE e.rlo IS NOT NULL AND e.rhi IS NOT NULL AND e.rlo <= e.rhi] AS q
WITH collect({tlo: CASE WHEN NOT all THEN q.tlo END, thi: CASE WHEN NOT all THEN q.thi END,
              all: all AND q.tlo IS NOT NULL, rlo: q.rlo, rhi: q.rhi}) AS ps
CALL (ps) {
  UNWIND ps AS p
  CALL (p) {
    MATCH (x:Tally) WHERE x.type = 'MEDIATES' AND x.month >= p.tlo AND x.month < p.thi
    RETURN x.source AS s, x.n AS n
    UNION ALL
    MATCH (s)-[r:MEDIATES]->() WHERE r.date >= p.rlo AND r.date <= p.rhi
    RETURN s.id AS s, 1 AS n
    UNION ALL
    MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
    WHERE x.type = CASE WHEN p.all THEN 'MEDIATES' END AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
    RETURN x.source AS s, x.n AS n
  }
  WITH s, sum(n) AS m
  WHERE NOT s STARTS WITH 'negotiation:'
  ORDER BY m DESC, s
  RETURN collect([s, m]) AS meds
}
CALL () {
  CALL () {
    MATCH (x:Entity {id: $actor}) WHERE x:Actor RETURN x.id AS id
    UNION
    MATCH (x:Entity {name: $actor}) WHERE x:Actor RETURN x.id AS id
  }
  RETURN collect(id) AS named
}
WITH ps, meds,
     CASE WHEN $actor IS NOT NULL THEN named
          WHEN size(meds) >= $limit THEN [e IN meds WHERE e[1] >= meds[$limit - 1][1] | e[0]]
     END AS cands
CALL (ps, cands) {
  CALL (ps, cands) {
    UNWIND coalesce(cands, []) AS x
    UNWIND ps AS p
    CALL (x, p) {
      MATCH (k:Tally)
      WHERE k.id STARTS WITH CASE WHEN $actor IS NOT NULL AND p.tlo IS NOT NULL THEN x + '|' END AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH']
        AND k.month >= p.tlo AND k.month < p.thi
      RETURN k.target AS y, k.n AS n
      UNION ALL
      MATCH (k:Tally) USING INDEX k:Tally(target, type, source, n)
      WHERE k.target = CASE WHEN $actor IS NOT NULL AND p.tlo IS NOT NULL THEN x END AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH']
        AND k.source IS NOT NULL AND k.n IS NOT NULL AND k.month >= p.tlo AND k.month < p.thi
      RETURN k.source AS y, k.n AS n
      UNION ALL
      MATCH (k:Tally) USING INDEX k:Tally(type, source, target, n, w)
      WHERE k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH']
        AND k.source = CASE WHEN p.all THEN x END AND k.target IS NOT NULL AND k.n IS NOT NULL AND k.w IS NOT NULL
      RETURN k.target AS y, k.n AS n
      UNION ALL
      MATCH (k:Tally) USING INDEX k:Tally(target, type, source, n)
      WHERE k.target = CASE WHEN p.all THEN x END AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH']
        AND k.source IS NOT NULL AND k.n IS NOT NULL
      RETURN k.source AS y, k.n AS n
      UNION ALL
      MATCH (:Entity {id: CASE WHEN p.rlo IS NOT NULL THEN x END})-[r:SUPPORTS|OPPOSES|CRITICIZES|THREATENS|SANCTIONS|ATTACKS|URGES|MEDIATES|PARTICIPATES_IN|NEGOTIATES_WITH|MEETS_WITH|COOPERATES_WITH]-(o)
      WHERE r.date >= p.rlo AND r.date <= p.rhi
      RETURN o.id AS y, 1 AS n
    }
    RETURN x, y, n
    UNION ALL
    UNWIND ps AS p
    WITH p, cands, CASE WHEN $actor IS NULL THEN p.tlo END AS tlo, CASE WHEN cands IS NULL THEN p.rlo END AS rlo,
         CASE WHEN cands IS NULL AND p.all THEN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] ELSE [] END AS scan
    CALL (p, tlo, rlo, scan) {
      MATCH (s)-[r:SUPPORTS]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:OPPOSES]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:CRITICIZES]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:THREATENS]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:ATTACKS]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:SANCTIONS]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:URGES]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:MEDIATES]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:PARTICIPATES_IN]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:NEGOTIATES_WITH]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:MEETS_WITH]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:COOPERATES_WITH]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
      WHERE x.type IN scan AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
      WITH x.type AS type, x.source AS s, x.target AS t, sum(x.n) AS n
      RETURN s, t, n
      UNION ALL
      MATCH (x:Tally)
      WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.month >= tlo AND x.month < p.thi
      RETURN x.source AS s, x.target AS t, x.n AS n
    }
    WITH s, t, n WHERE cands IS NULL OR s IN cands OR t IN cands
    UNWIND [[s, t], [t, s]] AS e
    WITH e[0] AS x, e[1] AS y, n WHERE cands IS NULL OR x IN cands
    RETURN x, y, n
  }
  WITH x, y, n
  WHERE x <> y AND NOT x STARTS WITH 'negotiation:' AND NOT y STARTS WITH 'negotiation:'
  WITH x, y, sum(n) AS c
  RETURN x, collect([y, c]) AS partners
}
WITH x, partners, coalesce([e IN meds WHERE e[0] = x][0][1], 0) AS mediations
CALL (partners) {
  UNWIND partners AS e
  WITH e[0] AS y, e[1] AS c ORDER BY c DESC, y
  LIMIT $top_partners
  MATCH (p:Entity {id: y})
  WITH p ORDER BY p.name
  RETURN collect(p) AS top
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
MATCH (a:Entity {id: x})
RETURN a.name AS actor, x AS id, mediations, partners, bridged, examples
ORDER BY mediations DESC, bridged DESC, actor
LIMIT $limit
;
