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
  WHERE x.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'ATTACKS'] AND x.month >= p.tlo AND x.month < p.thi
  CALL (x) { MATCH (s:Entity {id: x.source}) RETURN s }
  CALL (x) { MATCH (t:Entity {id: x.target}) RETURN t }
  RETURN s, t, x.type AS type, x.n AS n, x.w AS v, x.first AS first, x.last AS last
  UNION ALL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'CRITICIZES' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
  UNION ALL
  MATCH (s)-[r:OPPOSES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'OPPOSES' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
  UNION ALL
  MATCH (s)-[r:THREATENS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'THREATENS' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
  UNION ALL
  MATCH (s)-[r:ATTACKS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'ATTACKS' AS type, 1 AS n, coalesce(r.weight, 0.0) AS v, r.date AS first, r.date AS last
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
    WHERE k.id STARTS WITH m.id + '|' AND p.atally AND k.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'ATTACKS']
      AND (p.all OR k.month >= p.alo AND k.month < p.ahi)
    RETURN k, null AS r
    UNION
    MATCH (k:Tally)
    WHERE k.target = m.id AND p.atally AND k.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'ATTACKS']
      AND (p.all OR k.month >= p.alo AND k.month < p.ahi)
    RETURN k, null AS r
    UNION
    MATCH (m)-[r:CRITICIZES|OPPOSES|THREATENS|ATTACKS]-()
    WHERE r.date >= p.arlo AND r.date <= p.arhi
    RETURN null AS k, r
  }
  WITH DISTINCT k, r
  CALL (k, r) {
    CALL (k) { MATCH (s:Entity {id: k.source}) RETURN s }
    CALL (k) { MATCH (t:Entity {id: k.target}) RETURN t }
    RETURN s, t, k.type AS type, k.n AS n, k.w AS v, k.first AS first, k.last AS last
    UNION ALL
    WITH r WHERE r IS NOT NULL
    RETURN startNode(r) AS s, endNode(r) AS t, type(r) AS type, 1 AS n, coalesce(r.weight, 0.0) AS v,
           r.date AS first, r.date AS last
  }
  RETURN s, t, type, n, v, first, last
  UNION ALL
  WITH $from AS f, $to AS t2, $actor AS who WHERE f IS NULL AND t2 IS NULL AND who IS NULL
  MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
  WHERE x.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'ATTACKS'] AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
  WITH x.source AS sid, x.target AS tid, x.type AS type, sum(x.n) AS n, sum(x.w) AS v, min(x.first) AS first, max(x.last) AS last
  WITH tid, collect([sid, type, n, v, first, last]) AS ins
  CALL (tid) { MATCH (t:Entity {id: tid}) RETURN t }
  UNWIND ins AS i
  WITH i[0] AS sid, collect([t, i[1], i[2], i[3], i[4], i[5]]) AS outs
  CALL (sid) { MATCH (s:Entity {id: sid}) RETURN s }
  UNWIND outs AS o
  RETURN s, o[0] AS t, o[1] AS type, o[2] AS n, o[3] AS v, o[4] AS first, o[5] AS last
}
WITH s, t, now, type, n, -v AS v, first, last
WHERE s:Actor AND t:Actor
WITH s, t,
     sum(CASE WHEN now THEN v ELSE 0.0 END) AS tension,
     sum(CASE WHEN now THEN 0.0 ELSE v END) AS previous,
     sum(CASE WHEN now THEN n ELSE 0 END) AS n,
     sum(CASE WHEN now AND type = 'CRITICIZES' THEN n ELSE 0 END) AS criticizes,
     sum(CASE WHEN now AND type = 'OPPOSES' THEN n ELSE 0 END) AS opposes,
     sum(CASE WHEN now AND type = 'THREATENS' THEN n ELSE 0 END) AS threatens,
     sum(CASE WHEN now AND type = 'ATTACKS' THEN n ELSE 0 END) AS attacks,
     min(CASE WHEN now THEN first END) AS first,
     max(CASE WHEN now THEN last END) AS last
WITH s, collect({t: t, tension: tension, previous: previous, n: n, criticizes: criticizes, opposes: opposes,
                  threatens: threatens, attacks: attacks, first: first, last: last}) AS outs
CALL (s) {
  OPTIONAL MATCH (s)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND s:Person
  WITH s, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, s) AS s2
}
UNWIND outs AS o
WITH o.t AS t, collect(o {.*, s: s2}) AS ins
CALL (t) {
  OPTIONAL MATCH (t)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND t:Person
  WITH t, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, t) AS t2
}
UNWIND ins AS i
WITH i.s AS s, t2 AS t, i.tension AS tension, i.previous AS previous, i.n AS n, i.criticizes AS criticizes,
     i.opposes AS opposes, i.threatens AS threatens, i.attacks AS attacks, i.first AS first, i.last AS last
WHERE s <> t AND ($actor IS NULL OR $actor IN [s.id, s.name, t.id, t.name])
WITH CASE WHEN s.id < t.id THEN s ELSE t END AS a,
     CASE WHEN s.id < t.id THEN t ELSE s END AS b,
     s.id < t.id AS forward,
     tension, previous, n, criticizes, opposes, threatens, attacks, first, last
WITH a, b,
     sum(tension) AS tension, sum(previous) AS previous,
     sum(CASE WHEN forward THEN n ELSE 0 END) AS a_to_b,
     sum(CASE WHEN forward THEN 0 ELSE n END) AS b_to_a,
     sum(criticizes) AS criticizes, sum(opposes) AS opposes,
     sum(threatens) AS threatens, sum(attacks) AS attacks,
     min(first) AS first, max(last) AS last
WITH a, b, round(tension, 2) AS tension,
     CASE WHEN $from IS NULL THEN NULL ELSE round(previous, 2) END AS previous,
     CASE WHEN $from IS NULL THEN NULL ELSE round(tension - previous, 2) END AS change,
     a_to_b, b_to_a, criticizes, opposes, threatens, attacks, first, last
RETURN a.name AS a, b.name AS b, tension, previous, change, a_to_b, b_to_a,
       criticizes, opposes, threatens, attacks, first, last
ORDER BY tension DESC, change DESC, a, b
LIMIT $limit
;
