// Recompute the dyads of the pairs $pairs ([{source, target}], entity ids,
// sorted by key) from the reports between them: in the transaction that
// deleted reports of a changed article or merged two nodes (graph.Store),
// or on its own (readmodel.Rebuild). A pair left with no report loses its
// dyad. It reads every report of the pair, so new reports are added with
// add.cypher instead.
//
// Two ingesters that write reports of one pair at once stay correct: the
// first SET locks the dyad, so the second transaction waits there until
// the first commits, and then counts the first one's reports too (Neo4j
// reads the latest committed data). The result depends only on the
// reports, so running it again changes nothing.
UNWIND $pairs AS p
MATCH (s:Entity {id: p.source})
MATCH (t:Entity {id: p.target})
MERGE (s)-[d:DYAD {key: p.source + '|' + p.target}]->(t)
SET d.lock = true
WITH s, t, d
CALL (s, t) {
  OPTIONAL MATCH (s)-[r:NEGOTIATES_WITH|PARTICIPATES_IN|MEDIATES|MEETS_WITH|COOPERATES_WITH|SUPPORTS|URGES|CRITICIZES|OPPOSES|THREATENS|SANCTIONS|ATTACKS]->(t)
  WITH r, type(r) AS type, coalesce(r.weight, 0.0) AS w, toInteger(left(r.cameo, 2)) AS root
  RETURN count(r) AS reports,
         sum(CASE WHEN type IN ['CRITICIZES', 'OPPOSES', 'THREATENS', 'SANCTIONS', 'ATTACKS'] THEN abs(w) ELSE 0.0 END) AS conflict,
         sum(CASE WHEN type IN ['NEGOTIATES_WITH', 'PARTICIPATES_IN', 'MEDIATES', 'MEETS_WITH', 'COOPERATES_WITH', 'SUPPORTS'] THEN abs(w) ELSE 0.0 END) AS cooperation,
         sum(CASE WHEN type IN ['NEGOTIATES_WITH', 'MEETS_WITH', 'COOPERATES_WITH'] THEN abs(w) ELSE 0.0 END) AS mutual,
         sum(CASE WHEN type = 'URGES' THEN abs(w) ELSE 0.0 END) AS pressure,
         count(CASE WHEN root >= 1 AND root <= 5 THEN 1 END) AS verbal_cooperation,
         count(CASE WHEN root >= 6 AND root <= 9 THEN 1 END) AS material_cooperation,
         count(CASE WHEN root >= 10 AND root <= 14 THEN 1 END) AS verbal_conflict,
         count(CASE WHEN root >= 15 AND root <= 20 THEN 1 END) AS material_conflict,
         count(CASE WHEN type = 'NEGOTIATES_WITH' THEN 1 END) AS negotiates_with,
         count(CASE WHEN type = 'PARTICIPATES_IN' THEN 1 END) AS participates_in,
         count(CASE WHEN type = 'MEDIATES' THEN 1 END) AS mediates,
         count(CASE WHEN type = 'MEETS_WITH' THEN 1 END) AS meets_with,
         count(CASE WHEN type = 'COOPERATES_WITH' THEN 1 END) AS cooperates_with,
         count(CASE WHEN type = 'SUPPORTS' THEN 1 END) AS supports,
         count(CASE WHEN type = 'URGES' THEN 1 END) AS urges,
         count(CASE WHEN type = 'CRITICIZES' THEN 1 END) AS criticizes,
         count(CASE WHEN type = 'OPPOSES' THEN 1 END) AS opposes,
         count(CASE WHEN type = 'THREATENS' THEN 1 END) AS threatens,
         count(CASE WHEN type = 'SANCTIONS' THEN 1 END) AS sanctions,
         count(CASE WHEN type = 'ATTACKS' THEN 1 END) AS attacks,
         min(r.date) AS first, max(r.date) AS last
}
FOREACH (_ IN CASE WHEN reports = 0 THEN [1] ELSE [] END | DELETE d)
FOREACH (_ IN CASE WHEN reports > 0 THEN [1] ELSE [] END |
  SET d.lock = null, d.source = s.id, d.target = t.id,
      d.reports = reports,
      d.conflict = conflict, d.cooperation = cooperation, d.mutual = mutual, d.pressure = pressure,
      d.verbal_cooperation = verbal_cooperation, d.material_cooperation = material_cooperation,
      d.verbal_conflict = verbal_conflict, d.material_conflict = material_conflict,
      d.negotiates_with = negotiates_with, d.participates_in = participates_in, d.mediates = mediates,
      d.meets_with = meets_with, d.cooperates_with = cooperates_with, d.supports = supports,
      d.urges = urges, d.criticizes = criticizes, d.opposes = opposes, d.threatens = threatens,
      d.sanctions = sanctions, d.attacks = attacks, d.first = first, d.last = last)
RETURN count(*) AS pairs
