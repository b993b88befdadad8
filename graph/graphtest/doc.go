// Package graphtest is the one harness for tests that need a real Neo4j.
//
// Open(t) connects with the settings of ACTORGRAPH_NEO4J_URI, _USER,
// _PASSWORD and _DATABASE (the password defaults to NEO4J_PASSWORD in the
// .env file at the repository root), takes a cross-process lock so that
// test packages never share the database at the same time, wipes it,
// applies the schema and returns the Store. It skips under -short, and when
// Neo4j cannot be reached it skips, unless ACTORGRAPH_REQUIRE_NEO4J=1 (CI
// sets it), in which case the test fails.
package graphtest
