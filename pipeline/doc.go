// Package pipeline runs articles from a source through an extractor into a
// store: it skips articles the store already holds unchanged (one Known
// query per batch, before any extraction), extracts the others on a bounded
// pool of workers, and writes them in batches, each batch in one
// transaction. Outcomes are counted in input order.
//
// A bad input (a file that cannot be read, an article the extractor panics
// on, a document the store rejects) is collected in Summary.Failures and
// never stops the others. A database that cannot be reached, or a
// cancelled context, stops the run: the batch being written commits or rolls
// back whole, and Run returns the summary so far with the error.
//
// The package knows the domain interfaces and types only (Extractor,
// Store, Item); it imports none of graph, extract and source: the command
// passes the source in (source.Paths, a feed, a page).
package pipeline
