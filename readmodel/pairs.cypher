// Every ordered pair of entities with at least one report of a summed type
// from the first to the second: what Rebuild recomputes.
MATCH (s:Entity)-[:NEGOTIATES_WITH|PARTICIPATES_IN|MEDIATES|MEETS_WITH|COOPERATES_WITH|SUPPORTS|URGES|CRITICIZES|OPPOSES|THREATENS|SANCTIONS|ATTACKS]->(t:Entity)
RETURN DISTINCT s.id AS source, t.id AS target
