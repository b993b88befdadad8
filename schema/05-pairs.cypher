// Pair totals (docs/model.md): one (:Pair) node per ordered pair of nodes,
// summing its tallies over all time. Store.Settle MERGEs them on their id,
// after the batches that queued them (:PairQueue) have committed. The
// saved queries read them over all time from these indexes alone: every
// pair's stance by source (pair_totals_source, alignment) and the conflict
// pairs (pair_totals_conflict, which holds every property tension sums).
// Every pair has every property, so each index holds every pair; a query
// asks for the properties IS NOT NULL (or > 0) for the planner to read the
// index alone. (pairs_* were the names of an earlier model's, which kept
// pair totals in the batch transactions; ApplySchema drops them.)
CREATE INDEX pair_totals_source IF NOT EXISTS FOR (x:Pair) ON (x.source, x.target, x.n, x.stn, x.st);
CREATE INDEX pair_totals_conflict IF NOT EXISTS FOR (x:Pair) ON (x.cn, x.source, x.target, x.cw, x.criticizes, x.opposes, x.threatens, x.attacks);
CREATE CONSTRAINT pair_totals_id IF NOT EXISTS FOR (x:Pair) REQUIRE x.id IS UNIQUE;
// The one lock node that every Settle transaction MERGEs and locks first.
CREATE CONSTRAINT pair_lock_id IF NOT EXISTS FOR (x:PairLock) REQUIRE x.id IS UNIQUE;
