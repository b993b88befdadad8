// name: brokers
// description: Actors that mediate, or that connect sides that have no direct tie of their own.
// param: from date = null -- first day (inclusive); null: no start
// param: to date = null -- last day (inclusive); null: no end
// param: actor actor = null -- only this actor (its id, name, alias or ISO3 code); null: all actors
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
// The window becomes pieces, each with the bounds of a tally seek (tlo <=
// month < thi; all: every tally, undated ones included) or of a report
// seek (rlo <= date <= rhi); a null bound finds nothing. Mediations are
// counted first, from the MEDIATES tallies and reports alone. Then only
// the actors that can be listed are looked at (candidates): the actor
// asked for, or, when at least `limit` actors mediated, those with at
// least as many mediations as the limit-th. Over all time, their own
// tallies are read (as source from tallies_cover, as target from
// tallies_target_cover, each index alone); in a window, the actor
// asked for has its own tallies read, and the candidates by mediations
// have every tally of the window's whole months read once
// (tallies_type_month) and kept where one of them is an end (an actor's tallies of all time, read by
// its id, outnumber a window's); the reports of the window's edges are
// read from the candidates. When fewer than `limit` actors mediated,
// every tally of the window (all time: of tallies_cover) and every report
// of its edges is read. Each branch has its bounds set to null where it
// does not apply (a seek on null finds nothing; a `WITH ... WHERE` before
// the MATCH would be planned after the seek). Rows carry entity ids (a
// tally holds its ends' ids; an id starts with the entity's type, so
// negotiations are told apart without reading the node). In each union,
// the branch with the most rows comes last: the rows of the first branch
// pass through every union operator.
WITH date($from) AS lo, date($to) AS hi
WITH lo, hi, lo IS NULL AND hi IS NULL AS all,
     CASE WHEN lo IS NOT NULL THEN date.truncate('month', lo - duration('P1D')) + duration('P1M') END AS m1,
     CASE WHEN hi IS NOT NULL THEN date.truncate('month', hi + duration('P1D')) END AS mEnd
UNWIND [{tlo: coalesce(m1, date({year: -999999999, month: 1, day: 1})),
         thi: coalesce(mEnd, date({year: 999999999, month: 12, day: 31}))}] +
       [e IN [{rlo: lo, rhi: CASE WHEN hi IS NULL OR m1 - duration('P1D') < hi THEN m1 - duration('P1D') ELSE hi END},
              {rlo: CASE WHEN m1 > mEnd THEN m1 ELSE mEnd END, rhi: hi}]
        WHERE e.rlo IS NOT NULL AND e.rhi IS NOT NULL AND e.rlo <= e.rhi] AS q
WITH collect({tlo: CASE WHEN NOT all THEN q.tlo END, thi: CASE WHEN NOT all THEN q.thi END,
              all: all AND q.tlo IS NOT NULL, rlo: q.rlo, rhi: q.rhi}) AS ps
// Mediations per actor in the window, most first: [id, mediations].
CALL (ps) {
  UNWIND ps AS p
  CALL (p) {
    MATCH (x:Tally) WHERE x.type = 'MEDIATES' AND x.month >= p.tlo AND x.month < p.thi
    RETURN x.source AS s, x.n AS n
    UNION ALL
    MATCH (s)-[r:MEDIATES]->() WHERE r.date >= p.rlo AND r.date <= p.rhi
    RETURN s.id AS s, 1 AS n
    UNION ALL
    MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
    WHERE x.type = CASE WHEN p.all THEN 'MEDIATES' END AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
    RETURN x.source AS s, x.n AS n
  }
  WITH s, sum(n) AS m
  WHERE NOT s STARTS WITH 'negotiation:'
  ORDER BY m DESC, s
  RETURN collect([s, m]) AS meds
}
// The actors that can be listed (the order is by mediations first): the
// actor asked for; else, when at least `limit` actors mediated, those with
// at least as many mediations as the limit-th; else every actor (null).
CALL () {
  CALL () {
    MATCH (x:Entity {id: $actor}) WHERE x:Actor RETURN x.id AS id
    UNION
    MATCH (x:Entity {name: $actor}) WHERE x:Actor RETURN x.id AS id
  }
  RETURN collect(id) AS named
}
WITH ps, meds,
     CASE WHEN $actor IS NOT NULL THEN named
          WHEN size(meds) >= $limit THEN [e IN meds WHERE e[1] >= meds[$limit - 1][1] | e[0]]
     END AS cands
// Per actor x: its partners, other actors, with the number of reports
// between the two in the window (in either direction).
CALL (ps, cands) {
  CALL (ps, cands) {
    // Known candidates: over all time, their own tallies, read from the
    // covering indexes alone (tallies_cover by type and source,
    // tallies_target_cover by target and type); in a window, the own
    // tallies of the actor asked for (many candidates read the window's
    // tallies once, below); and, for the days at the window's edges,
    // reports.
    UNWIND coalesce(cands, []) AS x
    UNWIND ps AS p
    CALL (x, p) {
      // The actor asked for, in a window: its own tallies of the window's
      // months (by the prefix of its id as source; by target and type).
      MATCH (k:Tally)
      WHERE k.id STARTS WITH CASE WHEN $actor IS NOT NULL AND p.tlo IS NOT NULL THEN x + '|' END AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH']
        AND k.month >= p.tlo AND k.month < p.thi
      RETURN k.target AS y, k.n AS n
      UNION ALL
      MATCH (k:Tally) USING INDEX k:Tally(target, type, source, n)
      WHERE k.target = CASE WHEN $actor IS NOT NULL AND p.tlo IS NOT NULL THEN x END AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH']
        AND k.source IS NOT NULL AND k.n IS NOT NULL AND k.month >= p.tlo AND k.month < p.thi
      RETURN k.source AS y, k.n AS n
      UNION ALL
      MATCH (k:Tally) USING INDEX k:Tally(type, source, target, n, w)
      WHERE k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH']
        AND k.source = CASE WHEN p.all THEN x END AND k.target IS NOT NULL AND k.n IS NOT NULL AND k.w IS NOT NULL
      RETURN k.target AS y, k.n AS n
      UNION ALL
      MATCH (k:Tally) USING INDEX k:Tally(target, type, source, n)
      WHERE k.target = CASE WHEN p.all THEN x END AND k.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH']
        AND k.source IS NOT NULL AND k.n IS NOT NULL
      RETURN k.source AS y, k.n AS n
      UNION ALL
      MATCH (:Entity {id: CASE WHEN p.rlo IS NOT NULL THEN x END})-[r:SUPPORTS|OPPOSES|CRITICIZES|THREATENS|SANCTIONS|ATTACKS|URGES|MEDIATES|PARTICIPATES_IN|NEGOTIATES_WITH|MEETS_WITH|COOPERATES_WITH]-(o)
      WHERE r.date >= p.rlo AND r.date <= p.rhi
      RETURN o.id AS y, 1 AS n
    }
    RETURN x, y, n
    UNION ALL
    // Every tally of the window's whole months, unless an actor was asked
    // for (for the candidates by mediations too: one pass over the window
    // beats each candidate's tallies of all time); with no candidates,
    // also every tally of all time (from the covering index) and every
    // report of the window's edges.
    UNWIND ps AS p
    WITH p, cands, CASE WHEN $actor IS NULL THEN p.tlo END AS tlo, CASE WHEN cands IS NULL THEN p.rlo END AS rlo,
         CASE WHEN cands IS NULL AND p.all THEN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] ELSE [] END AS scan
    CALL (p, tlo, rlo, scan) {
      MATCH (s)-[r:SUPPORTS]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:OPPOSES]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:CRITICIZES]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:THREATENS]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:ATTACKS]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:SANCTIONS]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:URGES]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:MEDIATES]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:PARTICIPATES_IN]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:NEGOTIATES_WITH]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:MEETS_WITH]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (s)-[r:COOPERATES_WITH]->(t) WHERE r.date >= rlo AND r.date <= p.rhi
      RETURN s.id AS s, t.id AS t, 1 AS n
      UNION ALL
      MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
      WHERE x.type IN scan AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
      WITH x.type AS type, x.source AS s, x.target AS t, sum(x.n) AS n
      RETURN s, t, n
      UNION ALL
      MATCH (x:Tally)
      WHERE x.type IN ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'URGES', 'MEDIATES', 'PARTICIPATES_IN', 'NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] AND x.month >= tlo AND x.month < p.thi
      RETURN x.source AS s, x.target AS t, x.n AS n
    }
    WITH s, t, n WHERE cands IS NULL OR s IN cands OR t IN cands
    UNWIND [[s, t], [t, s]] AS e
    WITH e[0] AS x, e[1] AS y, n WHERE cands IS NULL OR x IN cands
    RETURN x, y, n
  }
  WITH x, y, n
  WHERE x <> y AND NOT x STARTS WITH 'negotiation:' AND NOT y STARTS WITH 'negotiation:'
  WITH x, y, sum(n) AS c
  RETURN x, collect([y, c]) AS partners
}
WITH x, partners, coalesce([e IN meds WHERE e[0] = x][0][1], 0) AS mediations
// The actor's top_partners most frequent partners, sorted by name.
CALL (partners) {
  UNWIND partners AS e
  WITH e[0] AS y, e[1] AS c ORDER BY c DESC, y
  LIMIT $top_partners
  MATCH (p:Entity {id: y})
  WITH p ORDER BY p.name
  RETURN collect(p) AS top
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
MATCH (a:Entity {id: x})
RETURN a.name AS actor, x AS id, mediations, partners, bridged, examples
ORDER BY mediations DESC, bridged DESC, actor
LIMIT $limit
