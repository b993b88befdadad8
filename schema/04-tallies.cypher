// Tallies (docs/model.md): one (:Tally) node per pair of nodes, relationship
// type and month, summing the reports. Store.Write MERGEs them on their id;
// the saved queries read them by type and month.
CREATE INDEX tallies_type_month IF NOT EXISTS FOR (x:Tally) ON (x.type, x.month);
CREATE INDEX tallies_month IF NOT EXISTS FOR (x:Tally) ON (x.month);
// graph.ApplySchema creates it last, after it has built the tallies of a
// graph written before tallies existed (graph/upgrade.go).
CREATE CONSTRAINT tallies_id IF NOT EXISTS FOR (x:Tally) REQUIRE x.id IS UNIQUE;
