// name: evidence
// description: Every relation reported between two actors, with its type, date, sentence, article title and URL.
// param: a actor -- one actor: its id (government:aldoria), name, alias or ISO3 code
// param: b actor -- the other actor: its id, name, alias or ISO3 code
// param: from date = null -- first day (inclusive); null: no start
// param: to date = null -- last day (inclusive); null: no end
// param: rollup boolean = false -- include the acts of officials whose government (MEMBER_OF) is a or b
// param: limit integer = 200 -- number of relations to return
//
// Lists every relationship between the two sides, in both directions and
// of every type, one row per report. A side is the actor itself; with
// rollup, a government's side also holds the persons whose government it is
// (the one they are most often reported MEMBER_OF; ties: the smaller id).
// When a window is given, relations without a date are left out.
// Columns: date, source, type, target, weight (signed Goldstein weight),
// confidence, evidence (the sentence), title and url of the article,
// article_id, rule (the extraction rule). Order: date (undated last), type,
// source.
CALL () {
  MATCH (x:Entity {id: $a}) RETURN x
  UNION
  MATCH (x:Entity {name: $a}) RETURN x
}
CALL (x) {
  RETURN x AS m
  UNION
  MATCH (m:Person)-[:MEMBER_OF]->(x:Government) WHERE $rollup
  CALL (m) {
    MATCH (m)-[k:MEMBER_OF]->(g:Government)
    WITH g, count(k) AS n ORDER BY n DESC, g.id LIMIT 1
    RETURN g AS home
  }
  WITH m, x, home WHERE home = x
  RETURN m
}
WITH collect(DISTINCT m) AS sideA
CALL (sideA) {
  MATCH (y:Entity {id: $b}) RETURN y
  UNION
  MATCH (y:Entity {name: $b}) RETURN y
}
CALL (y) {
  RETURN y AS m
  UNION
  MATCH (m:Person)-[:MEMBER_OF]->(y:Government) WHERE $rollup
  CALL (m) {
    MATCH (m)-[k:MEMBER_OF]->(g:Government)
    WITH g, count(k) AS n ORDER BY n DESC, g.id LIMIT 1
    RETURN g AS home
  }
  WITH m, y, home WHERE home = y
  RETURN m
}
WITH sideA, collect(DISTINCT m) AS sideB
UNWIND sideA AS p
UNWIND sideB AS q
MATCH (p)-[r]-(q)
WHERE NOT q IN sideA AND NOT r:DYAD
  AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN r.date AS date, startNode(r).name AS source, type(r) AS type, endNode(r).name AS target,
       r.weight AS weight, r.confidence AS confidence, r.evidence AS evidence,
       art.title AS title, art.url AS url, r.article_id AS article_id, r.rule AS rule
ORDER BY date IS NULL, date, type, source, target, evidence
LIMIT $limit
