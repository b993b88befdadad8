// Package graph is the Neo4j Store of the actor graph: the schema, batched
// idempotent writes, and the saved-query runner. It is the only package that
// imports the Neo4j driver.
package graph
