// Delete the bookkeeping nodes of the read model before dyads (:Tally,
// :Pair, :PairQueue, :PairLock; graphs written before 2026-12-08), in
// transactions of 10,000 (ingest migrate). Each label is read from its
// own label scan.
CALL () {
  MATCH (x:Tally) RETURN x
  UNION ALL
  MATCH (x:Pair) RETURN x
  UNION ALL
  MATCH (x:PairQueue) RETURN x
  UNION ALL
  MATCH (x:PairLock) RETURN x
}
CALL (x) { DETACH DELETE x } IN TRANSACTIONS OF 10000 ROWS
