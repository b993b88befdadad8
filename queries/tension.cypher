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
// window, from the reports of each type through its date index. Each
// entity is rolled up once, not once per pair.
WITH date($from) AS from,
     CASE WHEN $from IS NULL THEN date($to) ELSE coalesce(date($to), date()) END AS to
WITH from, to, from IS NULL AND to IS NULL AS alltime,
     CASE WHEN from IS NOT NULL THEN duration({days: duration.inDays(from, to).days + 1}) END AS len
// Sums per ordered pair of actors (s, t): now (the window) or not (the
// previous window). c: [conflict, criticizes, opposes, threatens,
// sanctions, attacks, conflict reports, cooperation, appeals].
CALL (from, to, alltime, len) {
  // All time, no actor: every dyad between actors.
  WITH alltime WHERE alltime AND $actor IS NULL
  MATCH (s:Actor)-[d:DYAD]->(t:Actor)
  RETURN s, t, true AS now,
         [d.conflict, d.criticizes, d.opposes, d.threatens, d.sanctions, d.attacks,
          d.criticizes + d.opposes + d.threatens + d.sanctions + d.attacks, d.cooperation, d.urges] AS c,
         d.first AS first, d.last AS last
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
  WITH DISTINCT d
  WITH startNode(d) AS s, endNode(d) AS t, d
  WHERE s:Actor AND t:Actor
  RETURN s, t, true AS now,
         [d.conflict, d.criticizes, d.opposes, d.threatens, d.sanctions, d.attacks,
          d.criticizes + d.opposes + d.threatens + d.sanctions + d.attacks, d.cooperation, d.urges] AS c,
         d.first AS first, d.last AS last
  UNION ALL
  // A window, and the previous one: the reports, each type from its date
  // index.
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
    UNION ALL
    MATCH (s:Actor)-[r:URGES]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi AND w.now RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:SUPPORTS]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi AND w.now RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:MEDIATES]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi AND w.now RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:NEGOTIATES_WITH]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi AND w.now RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:MEETS_WITH]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi AND w.now RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:COOPERATES_WITH]->(t:Actor) WHERE r.date >= w.lo AND r.date <= w.hi AND w.now RETURN s, t, r
  }
  WITH s, t, w.now AS now, type(r) AS type, abs(coalesce(r.weight, 0.0)) AS v, r.date AS date
  WITH s, t, now, type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] AS hostile, type, v, date
  RETURN s, t, now,
         [sum(CASE WHEN hostile THEN v ELSE 0.0 END), count(CASE type WHEN 'CRITICIZES' THEN 1 END),
          count(CASE type WHEN 'OPPOSES' THEN 1 END), count(CASE type WHEN 'THREATENS' THEN 1 END),
          count(CASE type WHEN 'SANCTIONS' THEN 1 END), count(CASE type WHEN 'ATTACKS' THEN 1 END),
          count(CASE WHEN hostile THEN 1 END), sum(CASE WHEN NOT hostile AND type <> 'URGES' THEN v ELSE 0.0 END),
          count(CASE type WHEN 'URGES' THEN 1 END)] AS c,
         min(date) AS first, max(date) AS last
}
// Each entity rolled up once (not once per pair): per source, then per
// target.
WITH s, collect([t, now, c, first, last]) AS outs
CALL (s) {
  OPTIONAL MATCH (s:Person)-[m:MEMBER_OF]->(g:Government) WHERE $rollup
  WITH s, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, s) AS s2
}
UNWIND outs AS o
WITH o[0] AS t, collect([s2, o[1], o[2], o[3], o[4]]) AS ins
CALL (t) {
  OPTIONAL MATCH (t:Person)-[m:MEMBER_OF]->(g:Government) WHERE $rollup
  WITH t, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, t) AS t2
}
UNWIND ins AS i
WITH i[0] AS s2, t2, i[1] AS now, i[2] AS c, i[3] AS first, i[4] AS last
WHERE s2 <> t2 AND ($actor IS NULL OR $actor IN [s2.id, s2.name, t2.id, t2.name])
// Sums per unordered pair; a has the smaller id.
WITH CASE WHEN s2.id < t2.id THEN s2 ELSE t2 END AS a,
     CASE WHEN s2.id < t2.id THEN t2 ELSE s2 END AS b,
     s2.id < t2.id AS forward, now, c, first, last
WITH a, b,
     sum(CASE WHEN now THEN c[0] ELSE 0.0 END) AS tension,
     sum(CASE WHEN now THEN 0.0 ELSE c[0] END) AS previous,
     sum(CASE WHEN now AND forward THEN c[6] ELSE 0 END) AS a_to_b,
     sum(CASE WHEN now AND NOT forward THEN c[6] ELSE 0 END) AS b_to_a,
     sum(CASE WHEN now THEN c[1] ELSE 0 END) AS criticizes,
     sum(CASE WHEN now THEN c[2] ELSE 0 END) AS opposes,
     sum(CASE WHEN now THEN c[3] ELSE 0 END) AS threatens,
     sum(CASE WHEN now THEN c[4] ELSE 0 END) AS sanctions,
     sum(CASE WHEN now THEN c[5] ELSE 0 END) AS attacks,
     sum(CASE WHEN now THEN c[7] ELSE 0.0 END) AS cooperation,
     sum(CASE WHEN now THEN c[8] ELSE 0 END) AS appeals,
     min(CASE WHEN now THEN first END) AS first,
     max(CASE WHEN now THEN last END) AS last
WHERE tension > 0 OR previous > 0
WITH a, b, round(tension, 2) AS tension, round(cooperation, 2) AS cooperation,
     CASE WHEN $from IS NULL THEN NULL ELSE round(previous, 2) END AS previous,
     CASE WHEN $from IS NULL THEN NULL ELSE round(tension - previous, 2) END AS change,
     a_to_b, b_to_a, criticizes, opposes, threatens, sanctions, attacks, appeals, first, last
RETURN a.name AS a, b.name AS b, tension, cooperation, previous, change, a_to_b, b_to_a,
       criticizes, opposes, threatens, sanctions, attacks, appeals, first, last
ORDER BY tension DESC, change DESC, a, b
LIMIT $limit
