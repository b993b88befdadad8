package graph

// ClearRelStmts exposes the statements that clear a changed article's
// reports, for plan tests.
var ClearRelStmts = clearRelStmts

// SetSettleScanAbove sets the queue size above which Settle scans every
// tally, and returns a func that restores it.
func SetSettleScanAbove(n int) func() {
	old := settleScanAbove
	settleScanAbove = n
	return func() { settleScanAbove = old }
}
