// actorgraph: evidence
// Every relation reported between two actors, with its type, date, sentence, article title and URL.
// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the
// whole script. Score definitions: docs/queries.md or `ingest query show evidence`.
:param a => 'United States';
:param b => 'Iran';
:param from => null;
:param to => null;
:param rollup => false;
:param limit => 200;
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
WHERE NOT q IN sideA
  AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN r.date AS date, startNode(r).name AS source, type(r) AS type, endNode(r).name AS target,
       r.weight AS weight, r.confidence AS confidence, r.evidence AS evidence,
       art.title AS title, art.url AS url, r.article_id AS article_id, r.rule AS rule
ORDER BY date IS NULL, date, type, source, target, evidence
LIMIT $limit
;
