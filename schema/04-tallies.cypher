// Tallies (docs/model.md): one (:Tally) node per pair of nodes, relationship
// type and month, summing the reports. Store.Write MERGEs them on their id
// (which starts with the source id, so the id's index also finds an
// entity's tallies as source, by prefix). The saved queries read them by
// type and month (windows) and by target (an actor's tallies as target);
// over all time they read the pair totals instead (05-pairs.cypher).
CREATE INDEX tallies_type_month IF NOT EXISTS FOR (x:Tally) ON (x.type, x.month);
CREATE INDEX tallies_target IF NOT EXISTS FOR (x:Tally) ON (x.target);
// graph.ApplySchema creates it last, after it has built the tallies of a
// graph written before tallies existed (graph/upgrade.go).
CREATE CONSTRAINT tallies_id IF NOT EXISTS FOR (x:Tally) REQUIRE x.id IS UNIQUE;
