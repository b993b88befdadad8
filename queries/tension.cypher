// name: tension
// description: Pairs of actors ranked by tension (Goldstein-weighted conflict between them) in a time window, with cooperation as a separate sum and the change against the previous window.
// param: from date = null -- first day of the window (inclusive); null: all time
// param: to date = null -- last day of the window (inclusive); null: today when from is given, else no end
// param: actor actor = null -- only pairs with this actor (its id, name, alias or ISO3 code); null: all pairs
// param: rollup boolean = true -- count an official's acts for the government they serve (MEMBER_OF); false: officials are actors of their own
// param: limit integer = 25 -- number of pairs to return
//
// Tension of a pair {A, B} in a window: the sum, over every conflict
// report (CRITICIZES, OPPOSES, THREATENS, SANCTIONS, ATTACKS) from A to B
// or from B to A dated inside the window, of the magnitude of its
// Goldstein weight (criticize 2, oppose 4, threaten 4.4, sanction 8,
// attack 10). Cooperation is the same sum over the cooperation reports
// (talks, participation, mediation, meetings, cooperation, support), kept
// apart, not netted against tension: a pair that fights and talks shows
// both (docs/queries.md). Appeals and demands (URGES) are neither; they are
// counted in appeals. Each report counts once, however many syndicated
// copies carried it.
// The window is [from, to]. With no from and no to it is all time, and
// reports without a date count. With a from, the window has a length of
// L = to - from + 1 days; the previous window is the L days just before
// from, and change = tension - previous. Reports without a date are outside
// every dated window. Without a from, previous and change are null.
// Only :Actor ends count (a negotiation is not a side). With rollup (the
// default), a person counts as the government they are most often
// reported MEMBER_OF (ties: the smaller id); persons with no government
// stay themselves, and a person's acts toward their own government drop
// out.
// Columns: a and b (names, a has the smaller id), tension, cooperation,
// previous, change, a_to_b and b_to_a (conflict reports in each direction),
// criticizes, opposes, threatens, sanctions, attacks (conflict reports by
// type), appeals (URGES reports either way), first and last (dates of the
// first and last report of any type between the two). Listed: pairs with
// tension in the window or in the previous one. Order: tension (highest
// first), then change, then names.
// How it is read: over all time, from the read model (one DYAD relationship
// per ordered pair of entities summing its reports, docs/model.md); in a
// window, from the reports of each conflict type through its date index.
// Cooperation, appeals, first and last are read for the listed pairs only.
WITH date($from) AS from,
     CASE WHEN $from IS NULL THEN date($to) ELSE coalesce(date($to), date()) END AS to
WITH from, to, from IS NULL AND to IS NULL AS alltime,
     CASE WHEN from IS NOT NULL THEN duration({days: duration.inDays(from, to).days + 1}) END AS len
// Conflict per ordered pair of actors (s, t): now (the window) or not (the
// previous window).
CALL (from, to, alltime, len) {
  // All time, no actor: every dyad with conflict (index dyad_conflict).
  WITH alltime WHERE alltime AND $actor IS NULL
  MATCH (s:Actor)-[d:DYAD]->(t:Actor)
  WHERE d.conflict > 0
  RETURN s, t, true AS now, d.conflict AS conflict, d.criticizes AS cr, d.opposes AS op,
         d.threatens AS th, d.sanctions AS sa, d.attacks AS at
  UNION ALL
  // All time, an actor: its dyads and, with rollup, its officials'.
  WITH alltime WHERE alltime AND $actor IS NOT NULL
  MATCH (x:Actor) WHERE x.id = $actor OR x.name = $actor
  CALL (x) {
    RETURN x AS m
    UNION
    MATCH (m:Person)-[:MEMBER_OF]->(x:Government) WHERE $rollup RETURN m
  }
  MATCH (m)-[d:DYAD]-(:Actor)
  WHERE d.conflict > 0
  WITH DISTINCT d
  WITH startNode(d) AS s, endNode(d) AS t, d
  WHERE s:Actor AND t:Actor
  RETURN s, t, true AS now, d.conflict AS conflict, d.criticizes AS cr, d.opposes AS op,
         d.threatens AS th, d.sanctions AS sa, d.attacks AS at
  UNION ALL
  // A window, and the previous one: the conflict reports, each type from
  // its date index.
  WITH from, to, alltime, len WHERE NOT alltime
  UNWIND CASE WHEN from IS NULL THEN [{lo: date({year: -999999999, month: 1, day: 1}), hi: to, now: true}]
              ELSE [{lo: from, hi: to, now: true}, {lo: from - len, hi: from - duration('P1D'), now: false}] END AS w
  CALL (w) {
    MATCH (s:Actor)-[r:CRITICIZES]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:OPPOSES]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:THREATENS]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:SANCTIONS]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:ATTACKS]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi RETURN s, t, r
  }
  RETURN s, t, w.now AS now, abs(coalesce(r.weight, 0.0)) AS conflict,
         CASE type(r) WHEN 'CRITICIZES' THEN 1 ELSE 0 END AS cr, CASE type(r) WHEN 'OPPOSES' THEN 1 ELSE 0 END AS op,
         CASE type(r) WHEN 'THREATENS' THEN 1 ELSE 0 END AS th, CASE type(r) WHEN 'SANCTIONS' THEN 1 ELSE 0 END AS sa,
         CASE type(r) WHEN 'ATTACKS' THEN 1 ELSE 0 END AS at
}
// Sums per ordered pair of entities first, so that each entity is rolled
// up once per pair, not once per report.
WITH s, t, now, sum(conflict) AS conflict, sum(cr) AS cr, sum(op) AS op, sum(th) AS th, sum(sa) AS sa, sum(at) AS at
CALL (s) {
  OPTIONAL MATCH (s:Person)-[m:MEMBER_OF]->(g:Government) WHERE $rollup
  WITH s, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, s) AS s2
}
CALL (t) {
  OPTIONAL MATCH (t:Person)-[m:MEMBER_OF]->(g:Government) WHERE $rollup
  WITH t, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, t) AS t2
}
WITH s2, t2, now, conflict, cr, op, th, sa, at
WHERE s2 <> t2 AND ($actor IS NULL OR $actor IN [s2.id, s2.name, t2.id, t2.name])
// Sums per unordered pair; a has the smaller id.
WITH CASE WHEN s2.id < t2.id THEN s2 ELSE t2 END AS a,
     CASE WHEN s2.id < t2.id THEN t2 ELSE s2 END AS b,
     s2.id < t2.id AS forward, now, conflict, cr, op, th, sa, at
WITH a, b,
     sum(CASE WHEN now THEN conflict ELSE 0.0 END) AS tension,
     sum(CASE WHEN now THEN 0.0 ELSE conflict END) AS previous,
     sum(CASE WHEN now AND forward THEN cr + op + th + sa + at ELSE 0 END) AS a_to_b,
     sum(CASE WHEN now AND NOT forward THEN cr + op + th + sa + at ELSE 0 END) AS b_to_a,
     sum(CASE WHEN now THEN cr ELSE 0 END) AS criticizes,
     sum(CASE WHEN now THEN op ELSE 0 END) AS opposes,
     sum(CASE WHEN now THEN th ELSE 0 END) AS threatens,
     sum(CASE WHEN now THEN sa ELSE 0 END) AS sanctions,
     sum(CASE WHEN now THEN at ELSE 0 END) AS attacks
WITH a, b, round(tension, 2) AS tension,
     CASE WHEN $from IS NULL THEN NULL ELSE round(previous, 2) END AS previous,
     CASE WHEN $from IS NULL THEN NULL ELSE round(tension - previous, 2) END AS change,
     a_to_b, b_to_a, criticizes, opposes, threatens, sanctions, attacks
ORDER BY tension DESC, change DESC, a.name, b.name
LIMIT $limit
// The listed pairs only: cooperation, appeals, first and last, from the
// dyads (all time) or the reports (a window) between the two sides and,
// with rollup, their officials.
CALL (a, b) {
  CALL (a) {
    RETURN a AS x
    UNION
    MATCH (x:Person)-[:MEMBER_OF]->(a:Government) WHERE $rollup RETURN x
  }
  CALL (b) {
    RETURN b AS y
    UNION
    MATCH (y:Person)-[:MEMBER_OF]->(b:Government) WHERE $rollup RETURN y
  }
  WITH x, y, date($from) AS lo, CASE WHEN $from IS NULL THEN date($to) ELSE coalesce(date($to), date()) END AS hi
  CALL (x, y, lo, hi) {
    WITH x, y WHERE lo IS NULL AND hi IS NULL
    MATCH (x)-[d:DYAD]-(y)
    RETURN d.cooperation AS coop, d.urges AS appeals, d.first AS first, d.last AS last
    UNION ALL
    WITH x, y, lo, hi WHERE lo IS NOT NULL OR hi IS NOT NULL
    MATCH (x)-[r]-(y)
    WHERE r.date >= coalesce(lo, date({year: -999999999, month: 1, day: 1})) AND r.date <= hi
      AND type(r) IN ['NEGOTIATES_WITH', 'PARTICIPATES_IN', 'MEDIATES', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS',
                      'URGES', 'CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS']
    RETURN CASE WHEN type(r) IN ['NEGOTIATES_WITH', 'PARTICIPATES_IN', 'MEDIATES', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS']
                THEN abs(coalesce(r.weight, 0.0)) ELSE 0.0 END AS coop,
           CASE type(r) WHEN 'URGES' THEN 1 ELSE 0 END AS appeals, r.date AS first, r.date AS last
  }
  RETURN sum(coop) AS cooperation, sum(appeals) AS appeals, min(first) AS first, max(last) AS last
}
RETURN a.name AS a, b.name AS b, tension, round(cooperation, 2) AS cooperation, previous, change, a_to_b, b_to_a,
       criticizes, opposes, threatens, sanctions, attacks, appeals, first, last
ORDER BY tension DESC, change DESC, a, b
