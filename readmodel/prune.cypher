// Delete every dyad whose pair has no report left (Rebuild, after it has
// recomputed the pairs that have reports).
MATCH (s)-[d:DYAD]->(t)
WHERE NOT EXISTS { (s)-[:NEGOTIATES_WITH|PARTICIPATES_IN|MEDIATES|MEETS_WITH|COOPERATES_WITH|SUPPORTS|URGES|CRITICIZES|OPPOSES|THREATENS|SANCTIONS|ATTACKS]->(t) }
CALL (d) { DELETE d } IN TRANSACTIONS OF 10000 ROWS
