// name: brokers
// description: Actors that mediate, host or carry messages between sides that are in conflict with each other or have no direct tie (an actor hostile to both sides is no broker).
// param: from date = null -- first day (inclusive); null: no start
// param: to date = null -- last day (inclusive); null: no end
// param: actor actor = null -- only this actor (its id, name, alias or ISO3 code); null: all actors
// param: rollup boolean = true -- count an official's acts for the government they serve (MEMBER_OF); false: officials are actors of their own
// param: top_partners integer = 20 -- pairs of sides are looked for among the actor's this many most frequent partners
// param: limit integer = 25 -- number of actors to return
//
// A side of broker B is an actor X that B works with: the cooperation
// between B and X (the Goldstein weights of talks, participation,
// mediation, meetings, cooperation and support, either direction) exceeds
// the conflict between them (criticism, opposition, threats, sanctions,
// attacks, either direction); or an actor that takes part in a negotiation
// B mediates, unless the conflict between B and X exceeds their
// cooperation. An actor that criticizes or fights X is therefore not X's
// broker, however many pairs it touches.
// B bridges two of its sides X and Y when X and Y are in conflict (the
// conflict between the two nodes, either direction, at any time, exceeds
// their cooperation) or have no direct tie (no report between the two
// nodes at any time, and neither serves the other: MEMBER_OF): sides
// that, in this graph, meet only through B (Burt's structural holes). B is
// a broker when it bridges at least one pair.
// mediations: MEDIATES reports from B (toward a negotiation or toward an
// actor it carries messages for) in the window. sides: B's sides.
// bridged: the pairs it bridges among its top_partners most frequent
// sides (most reports with B first, then the smaller id); hostile: how many
// of them are in conflict; examples: up to five, hostile pairs first,
// written "X / Y". When a window is given, reports without a date are left
// out; the ties between X and Y are those of all time.
// With rollup (the default), an official counts as the government they
// are most often reported MEMBER_OF (ties: the smaller id), as broker and
// as side; the tie between two sides is read between the two nodes
// themselves, not their officials.
// Listed: brokers. Order: mediations (most first), then hostile, then
// bridged, then name. Only the actors that can make the list are looked at:
// the actor asked for; else, when at least `limit` actors mediated, those
// with at least as many mediations as the limit-th; else every actor.
// How it is read: over all time, from the read model (one DYAD per ordered
// pair of entities, docs/model.md); in a window, from the reports.
WITH date($from) AS lo, date($to) AS hi
WITH lo IS NULL AND hi IS NULL AS alltime,
     coalesce(lo, date({year: -999999999, month: 1, day: 1})) AS lo,
     coalesce(hi, date({year: 999999999, month: 12, day: 31})) AS hi
// Mediations per actor (rolled up), most first.
CALL (alltime, lo, hi) {
  CALL (alltime, lo, hi) {
    WITH alltime WHERE alltime
    MATCH (s:Actor)-[d:DYAD]->()
    WHERE d.mediates > 0
    RETURN s, d.mediates AS m
    UNION ALL
    WITH alltime, lo, hi WHERE NOT alltime
    MATCH (s:Actor)-[r:MEDIATES]->() WHERE r.date >= lo AND r.date <= hi
    RETURN s, 1 AS m
  }
  WITH s, sum(m) AS m
  CALL (s) {
    OPTIONAL MATCH (s:Person)-[k:MEMBER_OF]->(g:Government) WHERE $rollup
    WITH s, g, count(k) AS n ORDER BY n DESC, g.id LIMIT 1
    RETURN coalesce(g, s) AS b
  }
  WITH b, sum(m) AS mediations
  ORDER BY mediations DESC, b.id
  RETURN collect({b: b, m: mediations}) AS meds
}
WITH alltime, lo, hi, meds, CASE WHEN size(meds) >= $limit THEN meds[$limit - 1].m ELSE 0 END AS cut
// The candidates.
CALL (meds, cut) {
  WITH meds WHERE $actor IS NOT NULL
  MATCH (b:Actor) WHERE b.id = $actor OR b.name = $actor
  RETURN b, coalesce([x IN meds WHERE x.b = b][0].m, 0) AS mediations
  UNION ALL
  WITH meds, cut WHERE $actor IS NULL AND cut > 0
  UNWIND [x IN meds WHERE x.m >= cut] AS x
  RETURN x.b AS b, x.m AS mediations
  UNION ALL
  WITH meds, cut WHERE $actor IS NULL AND cut = 0
  MATCH (b:Actor)
  WHERE NOT ($rollup AND EXISTS { (b:Person)-[:MEMBER_OF]->(:Government) })
  RETURN b, coalesce([x IN meds WHERE x.b = b][0].m, 0) AS mediations
}
// B's ties: with every entity o (rolled up), from B and, with rollup, its
// officials, in either direction.
CALL (b, alltime, lo, hi) {
  CALL (b) {
    RETURN b AS m
    UNION
    MATCH (m:Person)-[:MEMBER_OF]->(b:Government) WHERE $rollup RETURN m
  }
  CALL (m, alltime, lo, hi) {
    WITH m, alltime WHERE alltime
    MATCH (m)-[d:DYAD]-(o:Entity)
    RETURN o, d.cooperation AS coop, d.conflict AS conflict, d.reports AS n,
           CASE WHEN startNode(d) = m THEN d.mediates ELSE 0 END AS med
    UNION ALL
    WITH m, alltime, lo, hi WHERE NOT alltime
    MATCH (m)-[r]-(o:Entity)
    WHERE r.date >= lo AND r.date <= hi
      AND type(r) IN ['NEGOTIATES_WITH', 'PARTICIPATES_IN', 'MEDIATES', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS',
                      'URGES', 'CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS']
    RETURN o,
           CASE WHEN type(r) IN ['NEGOTIATES_WITH', 'PARTICIPATES_IN', 'MEDIATES', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS']
                THEN abs(coalesce(r.weight, 0.0)) ELSE 0.0 END AS coop,
           CASE WHEN type(r) IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS']
                THEN abs(coalesce(r.weight, 0.0)) ELSE 0.0 END AS conflict,
           1 AS n, CASE WHEN startNode(r) = m AND type(r) = 'MEDIATES' THEN 1 ELSE 0 END AS med
  }
  WITH o, sum(coop) AS coop, sum(conflict) AS conflict, sum(n) AS n, sum(med) AS med
  CALL (o) {
    OPTIONAL MATCH (o:Person)-[k:MEMBER_OF]->(g:Government) WHERE $rollup
    WITH o, g, count(k) AS c ORDER BY c DESC, g.id LIMIT 1
    RETURN coalesce(g, o) AS o2
  }
  WITH o2 AS o, sum(coop) AS coop, sum(conflict) AS conflict, sum(n) AS n, sum(med) AS med
  WHERE o <> b
  RETURN collect({o: o, coop: coop, conflict: conflict, n: n, med: med}) AS ties
}
// Sides: actors B works with, and the parties to the negotiations B
// mediates that B is not hostile to.
CALL (b, ties) {
  UNWIND [t IN ties WHERE t.o:Actor AND t.coop > t.conflict] AS t
  RETURN t.o AS x, t.n AS n
  UNION ALL
  UNWIND [t IN ties WHERE t.o:Negotiation AND t.med > 0] AS t
  WITH b, ties, t.o AS neg
  MATCH (p:Actor)-[d:DYAD]->(neg)
  WHERE d.participates_in > 0
  // Each party once, however many of B's negotiations it takes part in.
  WITH b, ties, p, sum(d.participates_in) AS n
  CALL (p) {
    OPTIONAL MATCH (p:Person)-[k:MEMBER_OF]->(g:Government) WHERE $rollup
    WITH p, g, count(k) AS c ORDER BY c DESC, g.id LIMIT 1
    RETURN coalesce(g, p) AS x
  }
  WITH b, ties, x, n
  WHERE x <> b AND NOT any(h IN ties WHERE h.o = x AND h.conflict >= h.coop AND h.conflict > 0)
  RETURN x, n
}
WITH b, mediations, x, sum(n) AS n
ORDER BY n DESC, x.id
WITH b, mediations, collect(x) AS sides
WITH b, mediations, size(sides) AS nsides, sides[..$top_partners] AS top
// Pairs of sides, and whether B bridges them.
CALL (top) {
  UNWIND range(0, size(top) - 2) AS i
  UNWIND top[i + 1..] AS y
  WITH top[i] AS x, y
  OPTIONAL MATCH (x)-[d:DYAD]-(y)
  WITH x, y, count(d) AS dyads, sum(d.conflict) AS conflict, sum(d.cooperation) AS coop
  WITH x, y, conflict > coop AS hostile,
       dyads = 0 AND NOT EXISTS { (x)-[:MEMBER_OF]-(y) } AS untied
  WHERE hostile OR untied
  WITH x, y, hostile ORDER BY hostile DESC, x.name, y.name
  RETURN count(*) AS bridged, count(CASE WHEN hostile THEN 1 END) AS hostile,
         collect(CASE WHEN x.name < y.name THEN x.name + ' / ' + y.name ELSE y.name + ' / ' + x.name END)[..5] AS examples
}
WITH b, mediations, nsides, bridged, hostile, examples
WHERE bridged > 0
RETURN b.name AS actor, mediations, nsides AS sides, bridged, hostile, examples
ORDER BY mediations DESC, hostile DESC, bridged DESC, actor
LIMIT $limit
