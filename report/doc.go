// Package report writes `ingest report`: one self-contained HTML page
// with three pictures of a window of the graph, drawn as inline SVG by
// this package (no script, no network): the tension timeline of a pair,
// matrices of tension and alignment among the top actors, and the network
// of dyads. Every pair in a picture links to its evidence sentences
// further down the page.
//
// It takes plain data (Data) and imports the standard library only.
package report
