// actorgraph: brokers
// Actors that mediate, or that connect sides that have no direct tie of their own.
// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the
// whole script. Score definitions: docs/queries.md or `ingest query show brokers`.
:param from => null;
:param to => null;
:param actor => null;
:param limit => 25;
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
;
