// Package readmodel keeps the read model of the actor graph: one
// (source)-[:DYAD]->(target) relationship per ordered pair of entities that
// has reports from source to target, summing them (conflict and
// cooperation as two Goldstein sums, CAMEO quad-class counts, counts per
// relation type, first and last date). The saved queries read dyads when
// they rank pairs over all time (tension, alignment, brokers); everything
// else reads the reports themselves.
//
// Dyads are derived data, kept in each batch's own transaction
// (graph.Store calls these): Add adds the sums of the batch's new reports
// to their pairs' dyads, Update recomputes from the reports the dyads of
// the pairs that lost a report; Rebuild recomputes every dyad of a graph
// (ingest rebuild, ingest migrate) and Drift counts those that differ from
// the reports. Every statement is a .cypher file of this package,
// run as it is written. docs/model.md says why dyads are relationships.
package readmodel
