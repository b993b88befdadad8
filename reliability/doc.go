// Package reliability holds the end-to-end tests of issue 7: bad input,
// database faults, concurrent ingesters, injection and secrets. The tests
// build the real ingest binary, run it as child processes against a real
// Neo4j and compare the graphs it leaves. The package has no non-test code;
// docs/reliability.md lists every case with the command that shows it.
package reliability
