package graph

// ClearRelStmts exposes the statements that clear a changed article's
// reports, for plan tests.
var ClearRelStmts = clearRelStmts
