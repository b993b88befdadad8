// Package bench measures the ingester: extraction speed, batched against
// naive writes, end-to-end ingest throughput and memory of the real binary,
// and saved-query latency on large graphs. It is the library behind
// tools/bench and `make bench`; docs/benchmarks.md describes the figures.
//
// Every measurement runs on a corpus from package corpusgen, so runs are
// repeatable from a seed.
package bench
