// actorgraph: tension
// Pairs of actors ranked by tension (conflict reported between them) in a time window, with the change against the previous window.
// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the
// whole script. Score definitions: docs/queries.md or `ingest query show tension`.
:param from => null;
:param to => null;
:param actor => null;
:param rollup => false;
:param limit => 25;
WITH date($from) AS from,
     CASE WHEN $from IS NULL THEN date($to) ELSE coalesce(date($to), date()) END AS to
WITH from, to,
     CASE WHEN from IS NOT NULL THEN duration({days: duration.inDays(from, to).days + 1}) END AS len
UNWIND CASE WHEN from IS NULL THEN [{lo: NULL, hi: to, now: true}]
            ELSE [{lo: from, hi: to, now: true},
                  {lo: from - len, hi: from - duration('P1D'), now: false}] END AS w
WITH w,
     CASE WHEN w.lo IS NOT NULL THEN date.truncate('month', w.lo - duration('P1D')) + duration('P1M') END AS m1,
     CASE WHEN w.hi IS NOT NULL THEN date.truncate('month', w.hi + duration('P1D')) END AS mEnd
WITH w, m1, mEnd, $actor IS NULL AS scan
UNWIND [{tlo: coalesce(m1, date({year: -999999999, month: 1, day: 1})), thi: mEnd}] +
       [e IN [{rlo: w.lo, rhi: CASE WHEN m1 - duration('P1D') < w.hi THEN m1 - duration('P1D') ELSE w.hi END},
              {rlo: CASE WHEN m1 > mEnd THEN m1 ELSE coalesce(mEnd, m1) END, rhi: w.hi}]
        WHERE e.rlo IS NOT NULL AND e.rhi IS NOT NULL AND e.rlo <= e.rhi] AS q
WITH w.now AS now,
     {tlo: CASE WHEN scan THEN q.tlo END, thi: CASE WHEN scan THEN q.thi END,
      rlo: CASE WHEN scan THEN q.rlo END, rhi: CASE WHEN scan THEN q.rhi END,
      atally: q.tlo IS NOT NULL, all: q.thi IS NULL AND q.rlo IS NULL,
      alo: q.tlo, ahi: q.thi, arlo: q.rlo, arhi: q.rhi} AS p
CALL (p) {
  MATCH (x:Tally)
  WHERE x.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] AND x.month >= p.tlo AND x.month < p.thi
  RETURN x.source AS s, x.target AS t, CASE x.type WHEN 'CRITICIZES' THEN x.n ELSE 0 END AS cr, CASE x.type WHEN 'OPPOSES' THEN x.n ELSE 0 END AS op, CASE x.type WHEN 'THREATENS' THEN x.n ELSE 0 END AS th, CASE x.type WHEN 'ATTACKS' THEN x.n ELSE 0 END AS at,
         x.n AS n, x.w AS v, x.first AS first, x.last AS last
  UNION ALL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS s, t.id AS t, 1 AS cr, 0 AS op, 0 AS th, 0 AS at, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
  UNION ALL
  MATCH (s)-[r:OPPOSES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS s, t.id AS t, 0 AS cr, 1 AS op, 0 AS th, 0 AS at, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
  UNION ALL
  MATCH (s)-[r:THREATENS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS s, t.id AS t, 0 AS cr, 0 AS op, 1 AS th, 0 AS at, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
  UNION ALL
  MATCH (s)-[r:ATTACKS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS s, t.id AS t, 0 AS cr, 0 AS op, 0 AS th, 1 AS at, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
  UNION ALL
  MATCH (s)-[r:SANCTIONS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s.id AS s, t.id AS t, 0 AS cr, 0 AS op, 0 AS th, 0 AS at, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
  UNION ALL
  CALL () {
    MATCH (x:Entity {id: $actor}) RETURN x
    UNION
    MATCH (x:Entity {name: $actor}) RETURN x
  }
  CALL (x) {
    RETURN x AS m
    UNION
    MATCH (m:Person)-[:MEMBER_OF]->(x:Government) WHERE $rollup RETURN m
  }
  CALL (m, p) {
    MATCH (k:Tally)
    WHERE k.id STARTS WITH CASE WHEN p.atally THEN m.id + '|' END AND k.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS']
      AND (p.all OR k.month >= p.alo AND k.month < p.ahi)
    RETURN k, null AS r
    UNION
    MATCH (k:Tally) USING INDEX k:Tally(target, type, source, n)
    WHERE k.target = CASE WHEN p.atally THEN m.id END AND k.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS']
      AND k.source IS NOT NULL AND k.n IS NOT NULL AND (p.all OR k.month >= p.alo AND k.month < p.ahi)
    RETURN k, null AS r
    UNION
    MATCH (m)-[r:CRITICIZES|OPPOSES|THREATENS|SANCTIONS|ATTACKS]-()
    WHERE r.date >= p.arlo AND r.date <= p.arhi
    RETURN null AS k, r
  }
  WITH DISTINCT k, r
  CALL (k, r) {
    WITH k WHERE k IS NOT NULL
    RETURN k.source AS s, k.target AS t, CASE k.type WHEN 'CRITICIZES' THEN k.n ELSE 0 END AS cr, CASE k.type WHEN 'OPPOSES' THEN k.n ELSE 0 END AS op, CASE k.type WHEN 'THREATENS' THEN k.n ELSE 0 END AS th, CASE k.type WHEN 'ATTACKS' THEN k.n ELSE 0 END AS at,
           k.n AS n, k.w AS v, k.first AS first, k.last AS last
    UNION ALL
    WITH r WHERE r IS NOT NULL
    RETURN startNode(r).id AS s, endNode(r).id AS t, CASE type(r) WHEN 'CRITICIZES' THEN 1 ELSE 0 END AS cr, CASE type(r) WHEN 'OPPOSES' THEN 1 ELSE 0 END AS op, CASE type(r) WHEN 'THREATENS' THEN 1 ELSE 0 END AS th, CASE type(r) WHEN 'ATTACKS' THEN 1 ELSE 0 END AS at,
           1 AS n, coalesce(r.weight, 0.0) AS v,
           r.date AS first, r.date AS last
  }
  RETURN s, t, cr, op, th, at, n, v, first, last
  UNION ALL
  WITH $from AS f, $to AS t2, $actor AS who
  WHERE f IS NULL AND t2 IS NULL AND who IS NULL AND NOT EXISTS { MATCH (:PairQueue) }
  MATCH (x:Pair)
  WHERE x.cn > 0 AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.cw IS NOT NULL
    AND x.criticizes IS NOT NULL AND x.opposes IS NOT NULL AND x.threatens IS NOT NULL AND x.attacks IS NOT NULL
  RETURN x.source AS s, x.target AS t, x.criticizes AS cr, x.opposes AS op, x.threatens AS th, x.attacks AS at,
         x.cn AS n, x.cw AS v, null AS first, null AS last
  UNION ALL
  WITH $from AS f, $to AS t2, $actor AS who
  WHERE f IS NULL AND t2 IS NULL AND who IS NULL AND EXISTS { MATCH (:PairQueue) }
  MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
  WHERE x.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
  WITH x.type AS type, x.source AS s, x.target AS t, sum(x.n) AS n, sum(x.w) AS v
  RETURN s, t, CASE type WHEN 'CRITICIZES' THEN n ELSE 0 END AS cr, CASE type WHEN 'OPPOSES' THEN n ELSE 0 END AS op,
         CASE type WHEN 'THREATENS' THEN n ELSE 0 END AS th, CASE type WHEN 'ATTACKS' THEN n ELSE 0 END AS at,
         n, v, null AS first, null AS last
}
WITH s, t, now, cr, op, th, at, n, -v AS v, first, last
WHERE NOT s STARTS WITH 'negotiation:' AND NOT t STARTS WITH 'negotiation:'
WITH s, collect([t, now, cr, op, th, at, n, v, first, last]) AS outs
CALL (s) {
  WITH s WHERE NOT ($rollup AND s STARTS WITH 'person:')
  MATCH (x:Entity {id: s})
  RETURN s AS s2, x.name AS sname
  UNION ALL
  WITH s WHERE $rollup AND s STARTS WITH 'person:'
  MATCH (x:Person {id: s})
  OPTIONAL MATCH (x)-[m:MEMBER_OF]->(g:Government)
  WITH x, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g.id, x.id) AS s2, coalesce(g.name, x.name) AS sname
}
UNWIND outs AS o
WITH o[0] AS t, collect([s2, s, o[1], o[2], o[3], o[4], o[5], o[6], o[7], o[8], o[9], sname]) AS ins
CALL (t) {
  WITH t WHERE NOT ($rollup AND t STARTS WITH 'person:')
  MATCH (x:Entity {id: t})
  RETURN t AS t2, x.name AS tname
  UNION ALL
  WITH t WHERE $rollup AND t STARTS WITH 'person:'
  MATCH (x:Person {id: t})
  OPTIONAL MATCH (x)-[m:MEMBER_OF]->(g:Government)
  WITH x, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g.id, x.id) AS t2, coalesce(g.name, x.name) AS tname
}
UNWIND ins AS i
WITH i[0] AS s, t2 AS t, i[11] AS sname, tname, [i[1], t] AS via, i[2] AS now, i[3] AS cr, i[4] AS op, i[5] AS th, i[6] AS at,
     i[7] AS n, i[8] AS v, i[9] AS first, i[10] AS last
WHERE s <> t AND ($actor IS NULL OR $actor IN [s, sname, t, tname])
WITH CASE WHEN s < t THEN s ELSE t END AS a,
     CASE WHEN s < t THEN t ELSE s END AS b,
     CASE WHEN s < t THEN sname ELSE tname END AS aname,
     CASE WHEN s < t THEN tname ELSE sname END AS bname,
     s < t AS forward, now, cr, op, th, at, n, v, first, last, via
WITH a, b, aname, bname,
     sum(CASE WHEN now THEN v ELSE 0.0 END) AS tension,
     sum(CASE WHEN now THEN 0.0 ELSE v END) AS previous,
     sum(CASE WHEN now AND forward THEN n ELSE 0 END) AS a_to_b,
     sum(CASE WHEN now AND NOT forward THEN n ELSE 0 END) AS b_to_a,
     sum(CASE WHEN now THEN cr ELSE 0 END) AS criticizes,
     sum(CASE WHEN now THEN op ELSE 0 END) AS opposes,
     sum(CASE WHEN now THEN th ELSE 0 END) AS threatens,
     sum(CASE WHEN now THEN at ELSE 0 END) AS attacks,
     min(CASE WHEN now THEN first END) AS first,
     max(CASE WHEN now THEN last END) AS last,
     collect(DISTINCT CASE WHEN $rollup THEN via END) AS vias
WITH a, b, aname, bname, round(tension, 2) AS tension,
     CASE WHEN $from IS NULL THEN NULL ELSE round(previous, 2) END AS previous,
     CASE WHEN $from IS NULL THEN NULL ELSE round(tension - previous, 2) END AS change,
     a_to_b, b_to_a, criticizes, opposes, threatens, attacks, first, last, vias
ORDER BY tension DESC, change DESC, aname, bname
LIMIT $limit
CALL (a, b, vias) {
  UNWIND CASE WHEN $from IS NULL AND $to IS NULL AND $actor IS NULL
              THEN CASE WHEN $rollup THEN vias ELSE [[a, b], [b, a]] END ELSE [] END AS v
  MATCH (k:Tally)
  WHERE k.id STARTS WITH v[0] + '|' + v[1] + '|' AND k.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS']
  RETURN min(k.first) AS first2, max(k.last) AS last2
}
RETURN aname AS a, bname AS b, tension, previous, change, a_to_b, b_to_a, criticizes, opposes, threatens, attacks,
       CASE WHEN $from IS NULL AND $to IS NULL AND $actor IS NULL THEN first2 ELSE first END AS first,
       CASE WHEN $from IS NULL AND $to IS NULL AND $actor IS NULL THEN last2 ELSE last END AS last
ORDER BY tension DESC, change DESC, a, b
;
