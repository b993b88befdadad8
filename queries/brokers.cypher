// name: brokers
// description: Actors that mediate, or that connect sides that have no direct tie of their own.
// param: from date = null -- first day (inclusive); null: no start
// param: to date = null -- last day (inclusive); null: no end
// param: actor string = null -- only this actor (its id or exact name); null: all actors
// param: limit integer = 25 -- number of actors to return
//
// mediations: the number of MEDIATES reports from the actor (toward a
// negotiation or toward an actor it carries messages for) in the window.
// partners: the number of distinct actors it has at least one
// non-structural relation with (any type but MEMBER_OF and ADVISES, either
// direction) in the window. bridged: the number of unordered pairs of its
// partners that have no direct relationship of any type with each other
// (at any time, MEMBER_OF included): sides that, in this graph, meet only
// through the broker (open triads, as in Burt's structural holes).
// examples: up to five such pairs, alphabetically. When a window is given,
// relations without a date are left out.
// Listed: actors with mediations > 0 or bridged > 0. Order: mediations
// (most first), then bridged, then actor.
// One branch per type, so that each is a scan of that relationship type.
CALL () {
  MATCH (x)-[r:SUPPORTS]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:OPPOSES]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:CRITICIZES]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:THREATENS]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:ATTACKS]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:URGES]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:MEDIATES]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:PARTICIPATES_IN]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:NEGOTIATES_WITH]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:MEETS_WITH]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
  UNION ALL
  MATCH (x)-[r:COOPERATES_WITH]-(y) WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN x, r, y
}
WITH x, r, y WHERE x:Actor AND ($actor IS NULL OR $actor IN [x.id, x.name])
WITH x,
     sum(CASE WHEN type(r) = 'MEDIATES' AND startNode(r) = x THEN 1 ELSE 0 END) AS mediations,
     collect(DISTINCT CASE WHEN y:Actor AND y <> x THEN y END) AS partners
CALL (partners) {
  UNWIND partners AS p
  UNWIND partners AS q
  WITH p, q WHERE p.id < q.id AND NOT EXISTS { (p)--(q) }
  WITH p, q ORDER BY p.name, q.name
  RETURN count(*) AS bridged, collect(p.name + ' / ' + q.name)[..5] AS examples
}
WITH x, mediations, size(partners) AS partners, bridged, examples
WHERE mediations > 0 OR bridged > 0
RETURN x.name AS actor, x.id AS id, mediations, partners, bridged, examples
ORDER BY mediations DESC, bridged DESC, actor
LIMIT $limit
