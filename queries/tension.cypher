// name: tension
// description: Pairs of actors ranked by tension (conflict reported between them) in a time window, with the change against the previous window.
// param: from date = null -- first day of the window (inclusive); null: all time
// param: to date = null -- last day of the window (inclusive); null: today when from is given, else no end
// param: actor actor = null -- only pairs with this actor (its id, name, alias or ISO3 code); null: all pairs
// param: rollup boolean = false -- count an official's acts for the government they serve (MEMBER_OF)
// param: limit integer = 25 -- number of pairs to return
//
// Tension of a pair {A, B} in a window: the sum, over every conflict
// relation (CRITICIZES, OPPOSES, THREATENS, SANCTIONS, ATTACKS) reported from A to B or
// from B to A with a date inside the window, of minus its Goldstein weight.
// Goldstein weights of conflict acts are negative (criticize -2, oppose -4,
// threaten -4.4, attack -10), so tension is positive and grows with both the
// number and the severity of hostile acts. Each report counts once: the same
// act reported by two articles counts twice.
// The window is [from, to]. With no from and no to it is all time, and
// relations without a date count. With a from, the window has a length of
// L = to - from + 1 days; the previous window is the L days just before
// from, and change = tension - previous tension. Relations without a date
// are outside every dated window. Without a from there is no previous
// window and previous and change are null.
// Only :Actor ends count (a negotiation is not a side). With rollup, a
// person counts as the government they are most often reported MEMBER_OF
// (ties: the smaller id); persons with no government stay themselves, and a
// person's acts against their own government are dropped.
// Columns: a and b (names, a has the smaller id), tension, previous, change,
// a_to_b and b_to_a (number of conflict reports in each direction in the
// window), criticizes, opposes, threatens, attacks (reports by type in the
// window), first and last (dates of the first and last report in the window).
// Pairs with no report in the window but some in the previous window are
// listed too (tension 0, a negative change). Order: tension (highest
// first), then change, then names.
// How it is read: the sums come from the tallies (one :Tally per source,
// target, type and month of the reports, docs/model.md) for the whole
// months of each window, and from the reports (range seeks on each type's
// date index) for the days at its edges, so the result is exactly the sum
// over the reports. Each window becomes a list of pieces, each with the
// bounds of a tally seek (tlo <= month < thi) or of a report seek (rlo <=
// date <= rhi), which depend on parameters only. A bound is null (and the
// seek finds nothing) where a piece has no such part, or when an actor is
// given: then only the actor's own tallies and reports are read (bounds
// a*). All time (no from, no to) without an actor reads the pair totals
// with conflict (one per ordered pair, summing its tallies), or, while
// some are queued for an update, every conflict tally (undated ones
// included) from the tallies' covering index alone.
// The sums are carried by entity id (a tally holds its ends' ids) and each
// entity is looked up once, for its name and its roll-up; first and last,
// which the covering index does not hold, are read for the listed pairs
// only.
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
// Every piece yields rows of entity ids (s, t), type, number of reports n,
// sum of weights v, and first and last dates where it has them cheaply.
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
  // With an actor: start from it (and, for roll-up, its officials).
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
  // Its tallies: as source (by the prefix of their id), as target (by
  // target and type, through tallies_target_cover, named by the hint;
  // every tally has the properties tested). In the pieces of reports only
  // (not atally), the seeks get a null bound and find nothing (a separate
  // filter on p.atally would be planned after them).
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
  // All time, no actor: every pair total with conflict (docs/model.md),
  // read from the index pair_totals_conflict alone (every pair has the
  // properties tested). first and last, which pair totals do not hold,
  // are read further down for the listed pairs only.
  WITH $from AS f, $to AS t2, $actor AS who
  WHERE f IS NULL AND t2 IS NULL AND who IS NULL AND NOT EXISTS { MATCH (:PairQueue) }
  MATCH (x:Pair)
  WHERE x.cn > 0 AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.cw IS NOT NULL
    AND x.criticizes IS NOT NULL AND x.opposes IS NOT NULL AND x.threatens IS NOT NULL AND x.attacks IS NOT NULL
  RETURN x.source AS s, x.target AS t, x.criticizes AS cr, x.opposes AS op, x.threatens AS th, x.attacks AS at,
         x.cn AS n, x.cw AS v, null AS first, null AS last
  UNION ALL
  // The same while pair totals are queued for an update (:PairQueue):
  // every conflict tally, undated ones included, found through the
  // tallies' covering index (schema tallies_cover, named by the hint so
  // that every graph plans it; every tally has the properties tested),
  // read from it alone and summed per pair and type.
  WITH $from AS f, $to AS t2, $actor AS who
  WHERE f IS NULL AND t2 IS NULL AND who IS NULL AND EXISTS { MATCH (:PairQueue) }
  MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
  WHERE x.type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
  WITH x.type AS type, x.source AS s, x.target AS t, sum(x.n) AS n, sum(x.w) AS v
  RETURN s, t, CASE type WHEN 'CRITICIZES' THEN n ELSE 0 END AS cr, CASE type WHEN 'OPPOSES' THEN n ELSE 0 END AS op,
         CASE type WHEN 'THREATENS' THEN n ELSE 0 END AS th, CASE type WHEN 'ATTACKS' THEN n ELSE 0 END AS at,
         n, v, null AS first, null AS last
}
// Actors only: an entity's id starts with its type, and negotiations are
// the one kind of entity that is not an actor.
WITH s, t, now, cr, op, th, at, n, -v AS v, first, last
WHERE NOT s STARTS WITH 'negotiation:' AND NOT t STARTS WITH 'negotiation:'
// Each entity is looked up once as a source and once as a target (not
// once per row), for its name and, with roll-up, its government.
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
// via: the pair as stored (in this projection t is still the stored
// target), to find its tallies again below.
UNWIND ins AS i
WITH i[0] AS s, t2 AS t, i[11] AS sname, tname, [i[1], t] AS via, i[2] AS now, i[3] AS cr, i[4] AS op, i[5] AS th, i[6] AS at,
     i[7] AS n, i[8] AS v, i[9] AS first, i[10] AS last
WHERE s <> t AND ($actor IS NULL OR $actor IN [s, sname, t, tname])
// Sums per unordered pair.
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
// All time without an actor, first and last were not read with the sums
// (the covering index does not hold them): they come from the tallies of
// the listed pairs only, found by the prefix of their ids (a tally's id
// starts with its source's and its target's ids).
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
