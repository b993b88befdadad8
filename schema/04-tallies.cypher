// Tallies (docs/model.md): one (:Tally) node per pair of nodes, relationship
// type and month, summing the reports. Store.Write MERGEs them on their id
// (which starts with the source id, so the id's index also finds an
// entity's tallies as source, by prefix). The saved queries read them by
// type and month (windows), by type (all time) and by target (an actor's
// tallies as target).
CREATE INDEX tallies_type_month IF NOT EXISTS FOR (x:Tally) ON (x.type, x.month);
// tallies_cover holds, in type order, every property the all-time branch of
// tension, alignment and brokers sums, so that branch reads the index
// alone and never the tallies themselves (each query asks for the last four
// properties IS NOT NULL, which every tally satisfies, for the planner to
// use it). It replaced tallies_type (type only), which ApplySchema drops.
CREATE INDEX tallies_cover IF NOT EXISTS FOR (x:Tally) ON (x.type, x.source, x.target, x.n, x.w);
// tallies_target_cover holds what brokers reads of a candidate's tallies
// as target over all time (the tallies as source come from tallies_cover,
// by type and source), so that it reads the index alone; tension finds an
// actor's tallies as target through it too. It made tallies_target
// (target only) redundant, which ApplySchema drops.
CREATE INDEX tallies_target_cover IF NOT EXISTS FOR (x:Tally) ON (x.target, x.type, x.source, x.n);
// graph.ApplySchema creates it last, after it has built the tallies of a
// graph written before tallies existed (graph/upgrade.go).
CREATE CONSTRAINT tallies_id IF NOT EXISTS FOR (x:Tally) REQUIRE x.id IS UNIQUE;
