// Package queries holds the saved Cypher queries of the actor graph
// (tension, alignment, stances, brokers, evidence, officials, ...), embedded
// from the .cypher files of this folder.
//
// Each file starts with a header comment that names the query, describes it
// in one line, declares its parameters and defines its scores in words:
//
//	// name: tension
//	// description: pairs of actors ranked by conflict in a time window
//	// param: from date = null -- first day of the window; null: all time
//	// param: limit integer = 25 -- rows to return
//	// param: period week|month = month -- size of a time bucket
//	//
//	// Free text: the definition of every score.
//
// A parameter's type is string, integer, float, boolean, date
// (YYYY-MM-DD) or a list of choices separated by "|" (a string that must be
// one of them). A default of null means "not given". Values always reach
// Neo4j as query parameters; nothing is pasted into the query text.
package queries
