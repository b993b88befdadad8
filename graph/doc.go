// Package graph is the Neo4j Store of the actor graph: the schema, batched
// idempotent writes, and the saved-query runner. It is the only package that
// imports the Neo4j driver.
//
// Open makes the one driver of the process and checks the server, the
// credentials and the database; its errors say what to do in one line
// (actorgraph.KindUnavailable, KindAuth or KindUsage) and never contain the
// password. Migrate applies package schema. Write puts a batch of
// documents in one transaction through neo4j.ExecuteWrite: every statement
// is an UNWIND over parameter rows, nodes MERGEd on their constrained id,
// relationships of new articles CREATEd under a unique key (a concurrent
// writer of the same article is rejected and runs again), with labels and
// relationship types taken from fixed tables, so a retried or concurrent
// write never duplicates anything and input text never becomes Cypher.
// The stored shape is docs/model.md.
package graph
