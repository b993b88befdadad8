package graph

// ClearRelStmts exposes the statements that clear a changed article's
// reports, for plan tests.
var ClearRelStmts = clearRelStmts

// RelKey exposes the key of one relationship report, for tests that write
// a report by hand.
var RelKey = relKey
