// Package schema holds the Neo4j constraints and indexes of the actor graph
// as embedded .cypher files. Every statement is idempotent (IF NOT EXISTS),
// so applying the schema twice changes nothing.
package schema
