// name: stances
// description: Who supports, opposes, criticizes, participates in or mediates one negotiation or actor.
// param: target actor -- the negotiation or actor: its id (negotiation:harbor-talks), name or alias
// param: from date = null -- first day (inclusive); null: no start
// param: to date = null -- last day (inclusive); null: no end
// param: rollup boolean = false -- count an official's acts for the government they serve (MEMBER_OF)
// param: limit integer = 100 -- number of actors to return
//
// One row per actor with at least one relation toward the target: the
// directed types pointing at the target (SUPPORTS, OPPOSES, CRITICIZES,
// THREATENS, SANCTIONS, ATTACKS, URGES, PARTICIPATES_IN, MEDIATES) and the symmetric
// types touching it (NEGOTIATES_WITH, MEETS_WITH, COOPERATES_WITH).
// stance is the sum of the Goldstein weights of those relations, an appeal
// or demand (URGES) counted as pressure, negative: positive for a
// supporter, negative for an opponent or one who presses the target. The other columns count the
// reports of each type; reports is their total. With rollup, a person
// counts as the government they are most often reported MEMBER_OF (ties:
// the smaller id); a government's own officials are not listed as holding a
// stance toward it; relations aimed at the target's officials are not
// counted. When a window is given, relations without a date are
// left out. Columns: actor, id, stance, reports, supports, opposes,
// criticizes, threatens, attacks, urges, participates, mediates,
// negotiates, meets, cooperates, first, last. Order: stance (highest
// first), then actor.
CALL () {
  MATCH (x:Entity {id: $target}) RETURN x
  UNION
  MATCH (x:Entity {name: $target}) RETURN x
}
CALL (x) {
  MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|CRITICIZES|THREATENS|SANCTIONS|ATTACKS|URGES|PARTICIPATES_IN|MEDIATES]->(x)
  RETURN s, r
  UNION ALL
  MATCH (s:Actor)-[r:NEGOTIATES_WITH|MEETS_WITH|COOPERATES_WITH]-(x)
  RETURN s, r
}
WITH x, s, r
WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
CALL (s) {
  OPTIONAL MATCH (s)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND s:Person
  WITH s, g, count(m) AS n ORDER BY n DESC, g.id LIMIT 1
  RETURN coalesce(g, s) AS holder
}
WITH x, holder, r, type(r) AS type WHERE holder <> x
WITH holder,
     sum(CASE WHEN type = 'URGES' THEN -abs(coalesce(r.weight, 0.0)) ELSE coalesce(r.weight, 0.0) END) AS stance, count(r) AS reports,
     sum(CASE type WHEN 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE type WHEN 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE type WHEN 'CRITICIZES' THEN 1 ELSE 0 END) AS criticizes,
     sum(CASE type WHEN 'THREATENS' THEN 1 ELSE 0 END) AS threatens,
     sum(CASE type WHEN 'SANCTIONS' THEN 1 ELSE 0 END) AS sanctions,
     sum(CASE type WHEN 'ATTACKS' THEN 1 ELSE 0 END) AS attacks,
     sum(CASE type WHEN 'URGES' THEN 1 ELSE 0 END) AS urges,
     sum(CASE type WHEN 'PARTICIPATES_IN' THEN 1 ELSE 0 END) AS participates,
     sum(CASE type WHEN 'MEDIATES' THEN 1 ELSE 0 END) AS mediates,
     sum(CASE type WHEN 'NEGOTIATES_WITH' THEN 1 ELSE 0 END) AS negotiates,
     sum(CASE type WHEN 'MEETS_WITH' THEN 1 ELSE 0 END) AS meets,
     sum(CASE type WHEN 'COOPERATES_WITH' THEN 1 ELSE 0 END) AS cooperates,
     min(r.date) AS first, max(r.date) AS last
RETURN holder.name AS actor, holder.id AS id, round(stance, 2) AS stance, reports,
       supports, opposes, criticizes, threatens, sanctions, attacks, urges, participates,
       mediates, negotiates, meets, cooperates, first, last
ORDER BY stance DESC, actor
LIMIT $limit
