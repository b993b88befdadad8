// Tallies (docs/model.md): one (s)-[:TALLY]->(t) per pair of nodes,
// relationship type and month, summing the reports. Store.Write MERGEs them
// on their key; the saved queries read them by type and month.
CREATE INDEX tally_type_month IF NOT EXISTS FOR ()-[x:TALLY]-() ON (x.type, x.month);
CREATE INDEX tally_month IF NOT EXISTS FOR ()-[x:TALLY]-() ON (x.month);
// graph.ApplySchema creates it last, after it has built the tallies of a
// graph written before tallies existed (graph/upgrade.go).
CREATE CONSTRAINT tally_key IF NOT EXISTS FOR ()-[x:TALLY]-() REQUIRE x.key IS UNIQUE;
