// name: tension
// description: Pairs of actors ranked by tension (conflict reported between them) in a time window, with the change against the previous window.
// param: from date = null -- first day of the window (inclusive); null: all time
// param: to date = null -- last day of the window (inclusive); null: today when from is given, else no end
// param: actor string = null -- only pairs with this actor (its id or exact name); null: all pairs
// param: rollup boolean = false -- count an official's acts for the government they serve (MEMBER_OF)
// param: limit integer = 25 -- number of pairs to return
//
// Tension of a pair {A, B} in a window: the sum, over every conflict
// relation (CRITICIZES, OPPOSES, THREATENS, ATTACKS) reported from A to B or
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
WITH date($from) AS from,
     CASE WHEN $to IS NULL AND $from IS NOT NULL THEN date() ELSE date($to) END AS to
WITH from, to,
     CASE WHEN from IS NULL THEN NULL
          ELSE from - duration({days: duration.inDays(from, to).days + 1}) END AS lo
CALL (from, to, lo) {
  MATCH (s:Actor)-[r:CRITICIZES|OPPOSES|THREATENS|ATTACKS]->(t:Actor)
    WHERE lo IS NULL AND (to IS NULL OR r.date <= to)
  RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:CRITICIZES]->(t:Actor) WHERE r.date >= lo AND r.date <= to
  RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:OPPOSES]->(t:Actor) WHERE r.date >= lo AND r.date <= to
  RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:THREATENS]->(t:Actor) WHERE r.date >= lo AND r.date <= to
  RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:ATTACKS]->(t:Actor) WHERE r.date >= lo AND r.date <= to
  RETURN s, r, t
}
CALL (s) {
  OPTIONAL MATCH (s)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND s:Person
  WITH s, g, count(m) AS n ORDER BY n DESC, g.id LIMIT 1
  RETURN coalesce(g, s) AS s2
}
CALL (t) {
  OPTIONAL MATCH (t)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND t:Person
  WITH t, g, count(m) AS n ORDER BY n DESC, g.id LIMIT 1
  RETURN coalesce(g, t) AS t2
}
WITH from, lo, r, s2 AS s, t2 AS t
WHERE s <> t
  AND ($actor IS NULL OR $actor IN [s.id, s.name, t.id, t.name])
WITH from, lo, r, s.id < t.id AS forward,
     CASE WHEN s.id < t.id THEN s ELSE t END AS a,
     CASE WHEN s.id < t.id THEN t ELSE s END AS b,
     (from IS NULL OR r.date >= from) AS now,
     -coalesce(r.weight, 0.0) AS w
WITH a, b, from,
     sum(CASE WHEN now THEN w ELSE 0.0 END) AS tension,
     sum(CASE WHEN now THEN 0.0 ELSE w END) AS previous,
     sum(CASE WHEN now AND forward THEN 1 ELSE 0 END) AS a_to_b,
     sum(CASE WHEN now AND NOT forward THEN 1 ELSE 0 END) AS b_to_a,
     sum(CASE WHEN now AND type(r) = 'CRITICIZES' THEN 1 ELSE 0 END) AS criticizes,
     sum(CASE WHEN now AND type(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN now AND type(r) = 'THREATENS' THEN 1 ELSE 0 END) AS threatens,
     sum(CASE WHEN now AND type(r) = 'ATTACKS' THEN 1 ELSE 0 END) AS attacks,
     min(CASE WHEN now THEN r.date END) AS first,
     max(CASE WHEN now THEN r.date END) AS last
WITH a, b, round(tension, 2) AS tension,
     CASE WHEN from IS NULL THEN NULL ELSE round(previous, 2) END AS previous,
     CASE WHEN from IS NULL THEN NULL ELSE round(tension - previous, 2) END AS change,
     a_to_b, b_to_a, criticizes, opposes, threatens, attacks, first, last
RETURN a.name AS a, b.name AS b, tension, previous, change, a_to_b, b_to_a,
       criticizes, opposes, threatens, attacks, first, last
ORDER BY tension DESC, change DESC, a, b
LIMIT $limit
