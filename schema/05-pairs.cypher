// Pair totals (docs/model.md): one (:Pair) node per ordered pair of nodes,
// summing its tallies over all time. Store.Write MERGEs them on their id.
// The saved queries read them, over all time, from these indexes alone:
// by source or by target (an actor's pairs; every pair's reports and
// stance, through a scan of pairs_source), conflict pairs only
// (pairs_conflict, which holds every property tension sums) and
// mediators only (pairs_mediates). Every pair has every property, so each
// index holds every pair; a query asks for the properties IS NOT NULL (or
// > 0) for the planner to read the index alone.
CREATE INDEX pairs_source IF NOT EXISTS FOR (x:Pair) ON (x.source, x.target, x.n, x.stn, x.st);
CREATE INDEX pairs_target IF NOT EXISTS FOR (x:Pair) ON (x.target, x.source, x.n, x.stn, x.st);
CREATE INDEX pairs_conflict IF NOT EXISTS FOR (x:Pair) ON (x.cn, x.source, x.target, x.cw, x.criticizes, x.opposes, x.threatens, x.attacks);
CREATE INDEX pairs_mediates IF NOT EXISTS FOR (x:Pair) ON (x.mediates, x.source);
// graph.ApplySchema creates it last, after it has built the pair totals of
// a graph written before they existed (graph/upgrade.go).
CREATE CONSTRAINT pairs_id IF NOT EXISTS FOR (x:Pair) REQUIRE x.id IS UNIQUE;
