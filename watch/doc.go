// Package watch runs ingestion rounds on a schedule: every interval or on a
// cron expression, one round at a time (a round that runs long delays the
// next instead of overlapping it), or a single round with Options.Once.
//
// A round reads the watched Sources (folders, feeds, pages), up to
// Parallel at a time, hands the items of each to an Ingest function
// (pipeline.Run bound to an extractor and a store), and records the outcome
// per source with a Recorder as an actorgraph.SourceRun (graph.Store keeps
// it as a (:Source) node; watch does not import graph), so
// that a restarted watcher carries on where the last one stopped. Articles
// already in the graph are skipped by the pipeline before extraction; the
// watcher itself keeps no state of its own. NotifyDirs wakes the watcher
// early when files appear in a watched folder.
package watch
