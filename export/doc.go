// Package export writes the graph for other tools: events CSV in the style
// of GDELT, Phoenix and PLOVER (one row per report), GraphML that Gephi
// opens as it is, and nodes and edges CSV for pandas and R.
//
// It holds the records (Event, Node, Edge) that the graph package streams
// out of Neo4j, and writers that take them one at a time, so that memory
// does not grow with the graph. It imports the standard library and the
// domain package only.
package export
