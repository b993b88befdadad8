// name: alignment
// description: Pairs of actors ranked by how alike they stand toward third parties and negotiations (cosine similarity of signed stance vectors), with the shared targets that drive it.
// param: from date = null -- first day of the window (inclusive); null: no start
// param: to date = null -- last day of the window (inclusive); null: no end
// param: actor string = null -- only pairs with this actor (its id or exact name); null: all pairs
// param: rollup boolean = false -- count an official's acts for the government they serve (MEMBER_OF), as actor and as target
// param: order aligned|divergent = aligned -- aligned: most alike first; divergent: most opposed first
// param: min_shared integer = 1 -- only pairs with at least this many shared targets
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
// listed. With rollup, a person counts as the government they are most
// often reported MEMBER_OF (ties: the smaller id), both when acting and
// when targeted; stances toward oneself after roll-up are dropped.
// Columns: a and b (names, a has the smaller id), alignment (rounded to 4
// places), shared (number of shared targets), dot (the numerator),
// drivers (up to five shared targets with the largest contribution,
// written "target (stance of a / stance of b)"). Order: alignment (by
// order), then more shared targets, then larger |dot|, then names: a
// cosine of 1 over one shared target is weaker evidence than over five.
// One branch per type, so that each is a scan of that relationship type;
// the symmetric types are matched in both directions.
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
// Sum per pair of nodes as stored, then roll up once per pair.
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
