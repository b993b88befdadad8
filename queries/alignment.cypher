// name: alignment
// description: Pairs of actors ranked by how alike they stand toward third parties and negotiations (cosine similarity of signed stance vectors), with the shared targets that drive it.
// param: from date = null -- first day of the window (inclusive); null: no start
// param: to date = null -- last day of the window (inclusive); null: no end
// param: actor actor = null -- only pairs with this actor (its id, name, alias or ISO3 code); null: all pairs
// param: rollup boolean = false -- count an official's acts for the government they serve (MEMBER_OF), as actor and as target
// param: order aligned|divergent = aligned -- aligned: most alike first; divergent: most opposed first
// param: min_shared integer = 1 -- only pairs with at least this many shared targets
// param: top integer = 100 -- without an actor, compare only the top actors with the most stance reports
// param: limit integer = 25 -- number of pairs to return
//
// Stance of actor A toward a target T (an actor or a negotiation): the sum
// of the Goldstein weights of every relation A reported toward T in the
// window, of every non-structural type (support, participation, mediation,
// talks, meetings, cooperation and appeals are positive; criticism,
// opposition, threats and attacks negative). The symmetric types
// (NEGOTIATES_WITH, MEETS_WITH, COOPERATES_WITH) count for both ends.
// MEMBER_OF and ADVISES are not stances. When a window is given, relations
// without a date are left out.
// A's stance vector has one entry per target. Alignment of A and B is the
// cosine of their two vectors: sum over shared targets T of
// stance(A,T) * stance(B,T), divided by the product of the two vectors'
// lengths (square root of the sum of squared stances). It runs from +1
// (same targets, same signs, same proportions) through 0 (nothing in common)
// to -1 (opposite stances on the same targets). No one holds a stance toward
// themselves, so what A and B do to each other never adds to the numerator,
// but it does count in the lengths: two actors busy mostly with each other
// score closer to 0. Only pairs sharing at least min_shared targets are
// listed. Without an actor, only the `top` actors (default 100; 300
// before tallies) with the most stance reports in the window are compared
// with each other (this bounds the work: the number of pairs grows with
// the square of the actors, and the most active actors share most targets
// with one another; one among them whose stances all sum to zero is left
// out, not replaced); with an actor, that actor is compared with everyone.
// With rollup, a person counts as the government they are most often
// reported MEMBER_OF (ties: the smaller id), both when acting and when
// targeted; stances toward oneself after roll-up are dropped.
// Columns: a and b (names, a has the smaller id), alignment (rounded to 4
// places), shared (number of shared targets), dot (the numerator),
// drivers (up to five shared targets with the largest contribution,
// written "target (stance of a / stance of b)"). Order: alignment (by
// order), then more shared targets, then larger |dot|, then names: a
// cosine of 1 over one shared target is weaker evidence than over five.
// How it is read: stances are sums over reports, read from the tallies
// (one :Tally per source, target, type and month, docs/model.md) for the
// whole months of the window and from the reports (each type's date index)
// for the days at its edges, so they are exactly the sums over the reports.
// The drivers come from the same stance vectors.
// The window, split into its whole calendar months (read from the
// tallies, docs/model.md) and the days at its edges (read from the
// reports): a list of pieces, each with the bounds of a tally seek (tlo <=
// month < thi) or of a report seek (rlo <= date <= rhi), null where a piece
// has no such part (a seek with a null bound finds nothing). With no from
// and no to, the pair totals are read instead (one per ordered pair,
// summing its tallies, undated ones included), or every tally while some
// pair totals are queued for an update.
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
  // All time: every pair total (docs/model.md), whose stance already
  // counts the symmetric types for both ends (type 'STANCE'), read from
  // the index pair_totals_source alone (named by the hint so that every graph
  // plans it; every pair has the properties tested).
  WITH $from AS f, $to AS t2 WHERE f IS NULL AND t2 IS NULL AND NOT EXISTS { MATCH (:PairQueue) }
  MATCH (x:Pair) USING INDEX x:Pair(source, target, n, stn, st)
  WHERE x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.stn > 0 AND x.st IS NOT NULL
  RETURN x.source AS sid, x.target AS tid, 'STANCE' AS type, x.stn AS n, x.st AS v
  UNION ALL
  // The same while pair totals are queued for an update (:PairQueue):
  // every tally, read from the tallies' covering index alone (schema
  // tallies_cover, named by the hint; every tally has the properties
  // tested), summed per pair and type.
  WITH $from AS f, $to AS t2 WHERE f IS NULL AND t2 IS NULL AND EXISTS { MATCH (:PairQueue) }
  MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
  WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
  RETURN x.source AS sid, x.target AS tid, x.type AS type, sum(x.n) AS n, sum(x.w) AS v
}
// The symmetric types count for both ends (pair totals already count
// them: their type is 'STANCE'). Per source (actors only: an
// entity's id starts with its type, and negotiations are the one kind of
// entity that is not an actor): its rows [target id, stance, reports] and
// its number of reports (targets other than itself). Rows carry entity
// ids; names are looked up once per actor, and for the drivers of the
// listed pairs.
UNWIND CASE WHEN type IN ['NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] THEN [[sid, tid], [tid, sid]] ELSE [[sid, tid]] END AS e
WITH e[0] AS sid, collect([e[1], v, n]) AS rows, sum(CASE WHEN e[1] <> e[0] THEN n ELSE 0 END) AS reports,
     min(type = 'STANCE') AS totals
WHERE NOT sid STARTS WITH 'negotiation:'
// Without an actor and without rollup, only the `top` actors with the
// most reports can be compared (the ranking below keeps no others): they
// are picked here already, so that only their rows are summed per target.
WITH sid, rows, reports, totals
ORDER BY reports DESC, sid
WITH collect([sid, rows, totals]) AS cands
UNWIND CASE WHEN $actor IS NULL AND NOT $rollup THEN cands[..$top] ELSE cands END AS c
// Sums per target: [target id, stance, reports]. The rows of pair totals
// are one per target already (c[2]: every row of the source is one).
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
// Without rollup, stances toward oneself are dropped. With rollup, an
// actor and its targets are rolled up once per entity (not per pair) and
// the lists summed again.
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
// One stance vector per actor, its entries [target id, stance]; keep the
// most active ones (or all, with an actor).
WITH s, [o IN outs | [o[0], o[1]]] AS vec, reduce(a = 0.0, o IN outs | a + o[1] * o[1]) AS n2,
     reduce(a = 0, o IN outs | a + o[2]) AS reports
WHERE n2 > 0
CALL (s) { MATCH (x:Entity {id: s}) RETURN x.name AS name }
WITH s, name, vec, n2, reports
ORDER BY reports DESC, s
WITH collect({id: s, name: name, vec: vec, n2: n2}) AS ranked
// Pairs of holders of the same target, as positions i < j in ranked.
// Without an actor: every pair among the first `top`, per shared target.
// With an actor: its own targets are listed once, and every entry of
// every vector is kept only when its target is one of them, before the
// entries are grouped per target (most entries are not); the actor's own
// entry gives its stance.
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
// a has the smaller id.
WITH CASE WHEN ranked[i].id < ranked[j].id THEN ranked[i] ELSE ranked[j] END AS a,
     CASE WHEN ranked[i].id < ranked[j].id THEN ranked[j] ELSE ranked[i] END AS b, dot, shared
WITH a, b, shared, dot, round(dot / sqrt(a.n2 * b.n2), 4) AS alignment
ORDER BY CASE $order WHEN 'divergent' THEN alignment ELSE -alignment END, shared DESC, abs(dot) DESC, a.name, b.name
LIMIT $limit
// The drivers of the listed pairs only: their stances toward shared
// targets, from the two vectors (each names a target once). The other
// side's entry is 0.0, not null: sum() records a warning for every null
// it skips (7% of the samples of a CPU profile of this query at 1M).
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
