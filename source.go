package actorgraph

import "time"

// Item is one article read from an input, or the error that kept it from
// being read. Err, when set, is an *Error of kind KindInput.
type Item struct {
	Article Article
	Err     error
}

// SourceRun is the outcome of one round of one watched source: the watcher
// makes it, the graph keeps it (graph.Store.RecordRun).
type SourceRun struct {
	ID       string // stable id of the source, e.g. "feed:https://example.org/rss"
	Kind     string // dir, feed, url or stdin
	Started  time.Time
	Finished time.Time
	New      int
	Changed  int
	Skipped  int // already in the graph with the same content
	Failed   int
	// Err is why the round failed as a whole ("" when it succeeded).
	Err string
}
