// name: alignment
// description: Pairs of actors ranked by how alike they act toward the same targets (an S-score of their conflict/cooperation positions), with the number of shared targets and the evidence behind it.
// param: from date = null -- first day of the window (inclusive); null: no start
// param: to date = null -- last day of the window (inclusive); null: no end
// param: actor actor = null -- only pairs with this actor (its id, name, alias or ISO3 code); null: all pairs
// param: rollup boolean = true -- count an official's acts for the government they serve (MEMBER_OF), as actor and as target; false: officials are actors of their own
// param: order aligned|divergent = aligned -- aligned: most alike first; divergent: most opposed first
// param: min_shared integer = 3 -- only pairs with at least this many shared targets (third parties or negotiations both acted toward)
// param: top integer = 100 -- without an actor, compare only the top actors with the most reports
// param: limit integer = 25 -- number of pairs to return
//
// Position of actor A toward a target T (an actor or a negotiation), from
// every report of A toward T in the window: cooperation C (the Goldstein
// weights of talks, participation, mediation, meetings, cooperation and
// support; the symmetric types count for both ends) against hostility H
// (the magnitudes of the Goldstein weights of criticism, opposition,
// threats, sanctions and attacks, plus those of appeals and demands,
// URGES: pressure, not support). position = (C - H) / (C + H), from -1
// (only hostile or pressing acts) to +1 (only cooperative ones).
// Alignment of A and B is an S-score (Signorino and Ritter 1999), as used
// for UN votes and alliance portfolios: 1 - the mean of |position(A, T) -
// position(B, T)| over the targets compared. The targets compared are the
// shared targets (third parties both acted toward) and each other: as in
// alliance portfolios, where every state is allied with itself, an actor's
// position toward itself is +1, so A's acts toward B are compared with B's
// +1 (hostility toward the other counts against alignment). It runs from +1
// (the same direction toward every target, and friendly to each other) to
// -1 (opposite directions). Two actors that both criticized or pressed the
// same target are aligned on it. A pair at odds, where either one's acts
// toward the other are mostly conflict (H without the appeals > C), is
// never aligned: its alignment is at most 0.
// Only pairs with at least min_shared shared targets are listed (3 by
// default: one or two shared targets give a score of ±1 on thin evidence).
// Without an actor, only the `top` actors with the most reports in the
// window are compared with each other (the work grows with the square of
// the actors); with an actor, that actor is compared with everyone. With
// rollup (the default), a person counts as the government they are most
// often reported MEMBER_OF (ties: the smaller id), both when acting and as
// a target; acts toward oneself after roll-up drop out.
// Columns: a and b (names, a has the smaller id), alignment (4 places),
// shared (shared targets), evidence (the reports behind the positions
// compared), agree (shared targets toward which both positions have the
// same sign), at_odds, drivers (up to five shared targets with the most
// evidence, written "target (position of a / position of b)"). Order:
// alignment (by order), then shared, then evidence, then names.
// How it is read: over all time, from the read model (one DYAD per ordered
// pair of entities, docs/model.md: cooperation, mutual for the symmetric
// types, conflict, pressure); in a window, from the reports of each type
// through its date index.
WITH date($from) AS lo, date($to) AS hi
CALL (lo, hi) {
  WITH lo, hi WHERE lo IS NULL AND hi IS NULL
  MATCH (s:Actor)-[d:DYAD]->(t:Entity)
  WITH s, t, d, d.reports - d.negotiates_with - d.meets_with - d.cooperates_with AS n
  WHERE n > 0
  RETURN s, t, d.cooperation - d.mutual AS coop, d.conflict AS conflict, d.pressure AS pressure, n
  UNION ALL
  // The symmetric types, for both ends.
  WITH lo, hi WHERE lo IS NULL AND hi IS NULL
  MATCH (x:Actor)-[d:DYAD]->(y:Actor)
  WHERE d.mutual > 0
  UNWIND [[x, y], [y, x]] AS e
  RETURN e[0] AS s, e[1] AS t, d.mutual AS coop, 0.0 AS conflict, 0.0 AS pressure,
         d.negotiates_with + d.meets_with + d.cooperates_with AS n
  UNION ALL
  // A window: the reports of each type, from its date index.
  WITH lo, hi WHERE lo IS NOT NULL OR hi IS NOT NULL
  WITH coalesce(lo, date({year: -999999999, month: 1, day: 1})) AS since,
       coalesce(hi, date({year: 999999999, month: 12, day: 31})) AS until
  CALL (since, until) {
    MATCH (s:Actor)-[r:SUPPORTS]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:PARTICIPATES_IN]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:MEDIATES]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:URGES]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:CRITICIZES]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:OPPOSES]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:THREATENS]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:SANCTIONS]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (s:Actor)-[r:ATTACKS]->(t) WHERE r.date >= since AND r.date <= until RETURN s, t, r
    UNION ALL
    MATCH (x:Actor)-[r:NEGOTIATES_WITH]->(y:Actor) WHERE r.date >= since AND r.date <= until
    UNWIND [[x, y], [y, x]] AS e RETURN e[0] AS s, e[1] AS t, r
    UNION ALL
    MATCH (x:Actor)-[r:MEETS_WITH]->(y:Actor) WHERE r.date >= since AND r.date <= until
    UNWIND [[x, y], [y, x]] AS e RETURN e[0] AS s, e[1] AS t, r
    UNION ALL
    MATCH (x:Actor)-[r:COOPERATES_WITH]->(y:Actor) WHERE r.date >= since AND r.date <= until
    UNWIND [[x, y], [y, x]] AS e RETURN e[0] AS s, e[1] AS t, r
  }
  WITH s, t, type(r) AS type, abs(coalesce(r.weight, 0.0)) AS w
  RETURN s, t,
         sum(CASE WHEN type IN ['SUPPORTS', 'PARTICIPATES_IN', 'MEDIATES', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] THEN w ELSE 0.0 END) AS coop,
         sum(CASE WHEN type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] THEN w ELSE 0.0 END) AS conflict,
         sum(CASE WHEN type = 'URGES' THEN w ELSE 0.0 END) AS pressure, count(*) AS n
}
// Roll-up, once per source and once per target (not once per row).
WITH s, collect([t, coop, conflict, pressure, n]) AS outs
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
WITH i[0] AS s, t2 AS t, i[1] AS coop, i[2] AS conflict, i[3] AS pressure, i[4] AS n
WHERE s <> t
// One position per actor and target.
WITH s, t, sum(coop) AS c, sum(conflict) AS k, sum(pressure) AS p, sum(n) AS n
WITH s, t, n, CASE WHEN c + k + p > 0 THEN (c - k - p) / (c + k + p) ELSE 0.0 END AS pos, k > c AS hostile
// The actors compared: the most active ones, or all with an actor.
WITH s, collect([t, pos, n, hostile]) AS stances, sum(n) AS reports
ORDER BY reports DESC, s.id
WITH collect({actor: s, stances: stances}) AS ranked
WITH [k IN range(0, size(ranked) - 1) WHERE $actor IS NOT NULL OR k < $top | ranked[k]] AS ranked
WITH ranked, [k IN range(0, size(ranked) - 1) WHERE $actor IN [ranked[k].actor.id, ranked[k].actor.name]][0] AS ai
// Pairs of actors and their sums over the targets they share, by
// position in ranked (i < j). The subquery groups by positions only, not
// by the list ranked.
CALL (ranked, ai) {
  // Holders of each target: every stance toward it, [actor's position in
  // ranked, position, reports, hostile, self], and the position +1 of the
  // target itself when it is one of the actors compared (self: true).
  UNWIND range(0, size(ranked) - 1) AS i
  UNWIND [x IN ranked[i].stances | [x[0], i, x[1], x[2], x[3], false]] + [[ranked[i].actor, i, 1.0, 0, false, true]] AS h
  WITH ai, h[0] AS target, collect([h[1], h[2], h[3], h[4], h[5]]) AS holders
  WHERE size(holders) > 1
  // Pairs of holders; with an actor, only the pairs that include it.
  CALL (holders, ai) {
    WITH holders, ai WHERE ai IS NULL
    UNWIND range(0, size(holders) - 2) AS x
    UNWIND holders[x + 1..] AS h2
    RETURN holders[x] AS h1, h2
    UNION ALL
    WITH holders, ai WHERE ai IS NOT NULL
    UNWIND [h IN holders WHERE h[0] = ai] AS h1
    UNWIND [h IN holders WHERE h[0] <> ai] AS h2
    RETURN h1, h2
  }
  WITH CASE WHEN h1[0] < h2[0] THEN h1 ELSE h2 END AS u, CASE WHEN h1[0] < h2[0] THEN h2 ELSE h1 END AS v
  WITH u[0] AS i, v[0] AS j, u[1] AS p1, v[1] AS p2, u[2] + v[2] AS n,
       u[4] OR v[4] AS direct, (u[4] AND v[3]) OR (v[4] AND u[3]) AS hostile
  WITH i, j,
       count(CASE WHEN NOT direct THEN 1 END) AS shared,
       count(CASE WHEN NOT direct AND sign(p1) = sign(p2) THEN 1 END) AS agree,
       sum(abs(p1 - p2)) AS d, count(*) AS terms, sum(n) AS evidence, max(hostile) AS at_odds
  WHERE shared >= $min_shared
  RETURN i, j, shared, agree, d, terms, evidence, at_odds
}
WITH ranked[i] AS x, ranked[j] AS y, shared, agree, evidence, at_odds, 1.0 - d / terms AS s
WITH CASE WHEN x.actor.id < y.actor.id THEN x ELSE y END AS a, CASE WHEN x.actor.id < y.actor.id THEN y ELSE x END AS b,
     CASE WHEN at_odds AND s > 0 THEN 0.0 ELSE round(s, 4) END AS alignment, shared, agree, evidence, at_odds
ORDER BY CASE $order WHEN 'divergent' THEN alignment ELSE -alignment END, shared DESC, evidence DESC, a.actor.name, b.actor.name
LIMIT $limit
// The drivers of the listed pairs only, from their two lists of stances
// (each names a target once; the other side's entry is 0.0, and a shared
// target has two entries).
CALL (a, b) {
  UNWIND [e IN a.stances | [e[0], e[1], 0.0, e[2]]] + [e IN b.stances | [e[0], 0.0, e[1], e[2]]] AS e
  WITH a, b, e[0] AS target, sum(e[1]) AS pa, sum(e[2]) AS pb, sum(e[3]) AS n, count(*) AS sides
  WHERE sides = 2 AND target <> a.actor AND target <> b.actor
  WITH target, pa, pb, n ORDER BY n DESC, target.name
  LIMIT 5
  RETURN collect(target.name + ' (' + toString(round(pa, 2)) + ' / ' + toString(round(pb, 2)) + ')') AS drivers
}
RETURN a.actor.name AS a, b.actor.name AS b, alignment, shared, evidence, agree, at_odds, drivers
