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
// Without an actor: one branch per type and case, each a relationship
// type scan (no from: all time) or a range seek on the type's date index
// (from given: the window and the one before it). The bounds use
// parameters only, so that the planner can seek.
CALL () {
  WITH $from AS f, $actor AS who WHERE f IS NULL AND who IS NULL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE $to IS NULL OR r.date <= date($to)
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NULL
  MATCH (s)-[r:CRITICIZES]->(t)
    WHERE r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
      AND r.date <= coalesce(date($to), date())
  RETURN s, r, t
  UNION ALL
  WITH $from AS f, $actor AS who WHERE f IS NULL AND who IS NULL
  MATCH (s)-[r:OPPOSES]->(t) WHERE $to IS NULL OR r.date <= date($to)
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NULL
  MATCH (s)-[r:OPPOSES]->(t)
    WHERE r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
      AND r.date <= coalesce(date($to), date())
  RETURN s, r, t
  UNION ALL
  WITH $from AS f, $actor AS who WHERE f IS NULL AND who IS NULL
  MATCH (s)-[r:THREATENS]->(t) WHERE $to IS NULL OR r.date <= date($to)
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NULL
  MATCH (s)-[r:THREATENS]->(t)
    WHERE r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
      AND r.date <= coalesce(date($to), date())
  RETURN s, r, t
  UNION ALL
  WITH $from AS f, $actor AS who WHERE f IS NULL AND who IS NULL
  MATCH (s)-[r:ATTACKS]->(t) WHERE $to IS NULL OR r.date <= date($to)
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NULL
  MATCH (s)-[r:ATTACKS]->(t)
    WHERE r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
      AND r.date <= coalesce(date($to), date())
  RETURN s, r, t
  UNION ALL
  // With an actor: start from it (and, for roll-up, its officials) instead
  // of reading every conflict report.
  WITH $actor AS who WHERE who IS NOT NULL
  CALL (who) {
    MATCH (x:Entity {id: who}) RETURN x
    UNION
    MATCH (x:Entity {name: who}) RETURN x
  }
  CALL (x) {
    RETURN x AS m
    UNION
    MATCH (m:Person)-[:MEMBER_OF]->(x:Government) WHERE $rollup RETURN m
  }
  MATCH (m)-[r:CRITICIZES|OPPOSES|THREATENS|ATTACKS]-()
  WHERE ($from IS NULL AND ($to IS NULL OR r.date <= date($to)))
     OR (r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
         AND r.date <= coalesce(date($to), date()))
  WITH DISTINCT r
  RETURN startNode(r) AS s, r, endNode(r) AS t
}
WITH s, t, r, date($from) AS from
WHERE s:Actor AND t:Actor
WITH s, t, r, (from IS NULL OR r.date >= from) AS now, -coalesce(r.weight, 0.0) AS w, type(r) AS type
// First sum per directed pair of nodes as stored, then roll up once per
// pair (not once per report), then sum again per unordered pair.
WITH s, t,
     sum(CASE WHEN now THEN w ELSE 0.0 END) AS tension,
     sum(CASE WHEN now THEN 0.0 ELSE w END) AS previous,
     sum(CASE WHEN now THEN 1 ELSE 0 END) AS n,
     sum(CASE WHEN now AND type = 'CRITICIZES' THEN 1 ELSE 0 END) AS criticizes,
     sum(CASE WHEN now AND type = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN now AND type = 'THREATENS' THEN 1 ELSE 0 END) AS threatens,
     sum(CASE WHEN now AND type = 'ATTACKS' THEN 1 ELSE 0 END) AS attacks,
     min(CASE WHEN now THEN r.date END) AS first,
     max(CASE WHEN now THEN r.date END) AS last
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
WITH s2 AS s, t2 AS t, tension, previous, n, criticizes, opposes, threatens, attacks, first, last
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
