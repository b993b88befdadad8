// Package actorgraph holds the domain of the actor graph: articles, actors,
// relations and the extraction of one article, with the interfaces that the
// adapters (extract, graph, source) implement. It imports the standard
// library only.
//
// The graph model, the relation types and the per-article JSON are described
// in docs/model.md.
package actorgraph
