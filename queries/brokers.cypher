// name: brokers
// description: Actors that mediate, or that connect sides that have no direct tie of their own.
// param: from date = null -- first day (inclusive); null: no start
// param: to date = null -- last day (inclusive); null: no end
// param: actor string = null -- only this actor (its id or exact name); null: all actors
// param: top_partners integer = 20 -- bridged and examples look at the actor's this many most frequent partners
// param: limit integer = 25 -- number of actors to return
//
// mediations: the number of MEDIATES reports from the actor (toward a
// negotiation or toward an actor it carries messages for) in the window.
// partners: the number of distinct actors it has at least one
// non-structural relation with (any type but MEMBER_OF and ADVISES, either
// direction) in the window. bridged: among its top_partners most frequent
// partners (most reports with it in the window first, then the smaller
// id), the number of unordered pairs that have no direct relationship of
// any type with each other (at any time, MEMBER_OF included): sides that,
// in this graph, meet only through the broker (open triads, as in Burt's
// structural holes). The cap bounds the work, which grows with the square
// of the partners (a hub has hundreds), and keeps to the partners that
// matter most to the actor; with fewer partners than the cap, all count.
// examples: up to five such pairs, alphabetically. When a window is given,
// relations without a date are left out.
// Listed: actors with mediations > 0 or bridged > 0. Order: mediations
// (most first), then bridged, then actor. bridged is worked out only for
// the actors that can make the list: when at least `limit` actors
// mediated, those with at least as many mediations as the limit-th.
// How it is read: counts of reports come from the tallies (one :Tally per
// source, target, type and month, docs/model.md) for the whole months of
// the window and from the reports (each type's date index) for the days at
// its edges; "a direct relationship at any time" is a tally between the
// two (tallies sum the reports of 11 types) or a MEMBER_OF or ADVISES
// relationship (the two types that are not tallied).
// The pieces of the window carry the bounds of a tally seek (tlo <= month <
// thi) or of a report seek (rlo <= date <= rhi); a null bound finds
// nothing. Without an actor every tally (all time) or the seeks are read;
// with one, only its own relationships (bounds a*).
WITH date($from) AS lo, date($to) AS hi
WITH lo, hi,
     CASE WHEN lo IS NOT NULL THEN date.truncate('month', lo - duration('P1D')) + duration('P1M') END AS m1,
     CASE WHEN hi IS NOT NULL THEN date.truncate('month', hi + duration('P1D')) END AS mEnd
UNWIND [{tlo: coalesce(m1, date({year: -999999999, month: 1, day: 1})),
         thi: coalesce(mEnd, date({year: 999999999, month: 12, day: 31}))}] +
       [e IN [{rlo: lo, rhi: CASE WHEN hi IS NULL OR m1 - duration('P1D') < hi THEN m1 - duration('P1D') ELSE hi END},
              {rlo: CASE WHEN m1 > mEnd THEN m1 ELSE mEnd END, rhi: hi}]
        WHERE e.rlo IS NOT NULL AND e.rhi IS NOT NULL AND e.rlo <= e.rhi] AS q
WITH q, $actor IS NULL AS scan, lo IS NULL AND hi IS NULL AS all
WITH {tlo: CASE WHEN scan AND NOT all THEN q.tlo END, thi: CASE WHEN scan AND NOT all THEN q.thi END,
      rlo: CASE WHEN scan THEN q.rlo END, rhi: CASE WHEN scan THEN q.rhi END,
      atally: q.tlo IS NOT NULL, all: all,
      alo: q.tlo, ahi: q.thi, arlo: q.rlo, arhi: q.rhi} AS p
CALL (p) {
  MATCH (s)-[r:SUPPORTS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'SUPPORTS' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:OPPOSES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'OPPOSES' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'CRITICIZES' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:THREATENS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'THREATENS' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:ATTACKS]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'ATTACKS' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:URGES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'URGES' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:MEDIATES]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'MEDIATES' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:PARTICIPATES_IN]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'PARTICIPATES_IN' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:NEGOTIATES_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'NEGOTIATES_WITH' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:MEETS_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'MEETS_WITH' AS type, 1 AS n
  UNION ALL
  MATCH (s)-[r:COOPERATES_WITH]->(t) WHERE r.date >= p.rlo AND r.date <= p.rhi
  RETURN s, t, 'COOPERATES_WITH' AS type, 1 AS n
  UNION ALL
  // With an actor: its own tallies and reports only.
  CALL () {
    MATCH (x:Entity {id: $actor}) RETURN x
    UNION
    MATCH (x:Entity {name: $actor}) RETURN x
  }
  // Its tallies: as source (by the prefix of their id), as target.
  CALL (x, p) {
    MATCH (k:Tally)
    WHERE k.id STARTS WITH x.id + '|' AND p.atally AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND (p.all OR k.month >= p.alo AND k.month < p.ahi)
    CALL (k) { MATCH (t:Entity {id: k.target}) RETURN t }
    RETURN x AS s, t, k.type AS type, k.n AS n
    UNION ALL
    MATCH (k:Tally)
    WHERE k.target = x.id AND p.atally AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND (p.all OR k.month >= p.alo AND k.month < p.ahi)
    CALL (k) { MATCH (s:Entity {id: k.source}) RETURN s }
    RETURN s, x AS t, k.type AS type, k.n AS n
    UNION ALL
    MATCH (x)-[r:SUPPORTS|OPPOSES|CRITICIZES|THREATENS|ATTACKS|URGES|MEDIATES|PARTICIPATES_IN|NEGOTIATES_WITH|MEETS_WITH|COOPERATES_WITH]-()
    WHERE r.date >= p.arlo AND r.date <= p.arhi
    RETURN startNode(r) AS s, endNode(r) AS t, type(r) AS type, 1 AS n
  }
  RETURN s, t, type, n
  UNION ALL
  MATCH (x:Tally) WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.month >= p.tlo AND x.month < p.thi
  CALL (x) { MATCH (s:Entity {id: x.source}) RETURN s }
  CALL (x) { MATCH (t:Entity {id: x.target}) RETURN t }
  RETURN s, t, x.type AS type, x.n AS n
  UNION ALL
  // All time, no actor: every tally, undated ones included.
  WITH $from AS f, $to AS t2, $actor AS who WHERE f IS NULL AND t2 IS NULL AND who IS NULL
  // Read from the tallies' covering index alone (schema tallies_cover,
  // named by the hint so that every graph plans it; every tally has the
  // properties tested), summed per pair and type, and each entity looked
  // up once.
  MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
  WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
  WITH x.source AS sid, x.target AS tid, x.type AS type, sum(x.n) AS n
  WITH tid, collect([sid, type, n]) AS ins
  CALL (tid) { MATCH (t:Entity {id: tid}) RETURN t }
  UNWIND ins AS i
  WITH i[0] AS sid, collect([t, i[1], i[2]]) AS outs
  CALL (sid) { MATCH (s:Entity {id: sid}) RETURN s }
  UNWIND outs AS o
  RETURN s, o[0] AS t, o[1] AS type, o[2] AS n
}
// Each report touches both its ends: per actor x and other end y, the
// number of reports and of MEDIATES from x (each row counted from both
// ends at once, so one aggregation sums it all).
UNWIND [[s, t, n, CASE WHEN type = 'MEDIATES' THEN n ELSE 0 END], [t, s, n, 0]] AS e
WITH e[0] AS x, e[1] AS y, e[2] AS c, e[3] AS m
WHERE x:Actor AND ($actor IS NULL OR $actor IN [x.id, x.name])
WITH x, sum(m) AS mediations, collect([y, c]) AS rows
// Only the actors that can be listed need partners and bridged: when at
// least `limit` actors mediated, those with at least as many mediations
// as the limit-th (the order is by mediations first); otherwise all.
ORDER BY mediations DESC
WITH collect({x: x, m: mediations, rows: rows}) AS all
WITH all, CASE WHEN size([r IN all WHERE r.m > 0]) >= $limit THEN all[$limit - 1].m ELSE 0 END AS floor
UNWIND [r IN all WHERE r.m >= floor] AS r
// One row per actor again, now without `all` (an aggregation starts its
// rows afresh): Neo4j charges each row that a sort below keeps with all
// that the row still holds, and `all` is every actor's rows.
WITH r.x AS x, collect(r)[0] AS r
WITH x, r.m AS mediations, r.rows AS rows
// Its partners: every other actor, with the number of reports between
// the two (summed here, for these actors only).
CALL (x, rows) {
  UNWIND rows AS e
  WITH e[0] AS y, sum(e[1]) AS c
  WHERE y:Actor AND y <> x
  RETURN collect([y, c]) AS partners
}
// The actor's top_partners most frequent partners, sorted by name.
CALL (partners) {
  UNWIND partners AS e
  WITH e[0] AS y, e[1] AS c ORDER BY c DESC, y.id
  LIMIT $top_partners
  WITH y ORDER BY y.name
  RETURN collect(y) AS top
}
// Pairs of them with no tally between them, ever, and no MEMBER_OF or
// ADVISES (which are not tallied, docs/model.md); top is sorted by name,
// so the first five come out alphabetically.
CALL (top) {
  UNWIND top AS p
  UNWIND top AS q
  WITH p, q WHERE p.id < q.id
    AND NOT EXISTS { MATCH (k:Tally) WHERE k.id STARTS WITH p.id + '|' + q.id + '|' }
    AND NOT EXISTS { MATCH (k:Tally) WHERE k.id STARTS WITH q.id + '|' + p.id + '|' }
    AND NOT EXISTS { MATCH (p)-[:MEMBER_OF|ADVISES]-(q) }
  RETURN count(*) AS bridged, collect(p.name + ' / ' + q.name)[..5] AS examples
}
WITH x, mediations, size(partners) AS partners, bridged, examples
WHERE mediations > 0 OR bridged > 0
RETURN x.name AS actor, x.id AS id, mediations, partners, bridged, examples
ORDER BY mediations DESC, bridged DESC, actor
LIMIT $limit
