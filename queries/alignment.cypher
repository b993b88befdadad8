// name: alignment
// description: Pairs of actors ranked by how alike they stand toward third parties and negotiations (cosine similarity of signed stance vectors), with the shared targets that drive it.
// param: from date = null -- first day of the window (inclusive); null: no start
// param: to date = null -- last day of the window (inclusive); null: no end
// param: actor string = null -- only pairs with this actor (its id or exact name); null: all pairs
// param: rollup boolean = false -- count an official's acts for the government they serve (MEMBER_OF), as actor and as target
// param: order aligned|divergent = aligned -- aligned: most alike first; divergent: most opposed first
// param: min_shared integer = 1 -- only pairs with at least this many shared targets
// param: top integer = 300 -- without an actor, compare only the top actors with the most stance reports
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
// listed. Without an actor, only the `top` actors with the most stance
// reports in the window are compared with each other (this bounds the
// work: the number of pairs grows with the square of the actors); with an
// actor, that actor is compared with everyone. With rollup, a person counts as the government they are most
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
// One stance vector per actor; keep the most active ones (or all, with an actor).
WITH s, collect({t: t, v: v}) AS vec, sum(v * v) AS n2, sum(n) AS reports
WHERE n2 > 0
ORDER BY reports DESC, s.id
WITH collect({s: s, vec: vec, n2: n2}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
WITH ranked[i] AS x WHERE $actor IS NOT NULL OR i < $top
UNWIND x.vec AS e
WITH e.t AS t, collect({a: x.s, v: e.v, n2: x.n2}) AS holders
// Pairs of holders of the same target (with an actor: the actor and each other holder).
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
// The drivers of the listed pairs only: their stances toward shared targets.
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
