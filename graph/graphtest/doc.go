// Package graphtest is the one harness for tests that need a real Neo4j.
//
// Open(t) connects with the settings of ACTORGRAPH_NEO4J_URI, _USER,
// _PASSWORD and _DATABASE (the password defaults to NEO4J_PASSWORD in the
// .env file at the repository root), takes a cross-process lock so that
// test packages never share the database at the same time, wipes it,
// applies the schema and returns the Store. It skips under -short, and when
// Neo4j cannot be reached it skips, unless ACTORGRAPH_REQUIRE_NEO4J=1 (CI
// sets it), in which case the test fails.
//
// The default URI is the test instance of `make test` (port 7688), never
// the 7687 instance that users ingest into; and Open refuses to wipe a
// database that holds data it did not mark as a test database itself,
// unless ACTORGRAPH_TEST_WIPE=1.
package graphtest
