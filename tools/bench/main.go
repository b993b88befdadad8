// Command bench measures the ingester and prints one table: extraction
// speed, batched against naive writes, end-to-end `ingest run` throughput
// and peak memory, and saved-query latency on large graphs. `make bench`
// runs it; docs/benchmarks.md explains the figures and records a run.
//
// It is a development tool, not part of the product: the product is the
// ingest binary, which it runs as a child process.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
)

// options are the command's flags.
type options struct {
	seed         uint64
	skew         float64
	phases       map[string]bool
	extractN     int
	writeN       int
	batch        int
	ingestBin    string
	ingestN      []int
	workDir      string
	graphRels    []int
	queryRuns    int
	queryTimeout time.Duration
	cpuProfile   string
	emptyDB      bool
	keepCorpus   bool
	grow         string
	ingestLimit  time.Duration
	ingestWarmup int
	neo4j        graph.Config
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts, err := parseFlags(os.Args[1:])
	if err == nil {
		err = run(ctx, opts)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: "+err.Error())
		os.Exit(1)
	}
}

func parseFlags(args []string) (options, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	var o options
	var phases, ingestN, graphRels string
	fs.Uint64Var(&o.seed, "seed", 1, "corpus seed")
	fs.Float64Var(&o.skew, "skew", 0, "exponent of a power law by which articles draw their governments, officials and bodies (corpusgen.Config.Skew): 0 draws them alike, 1 is Zipf's law")
	fs.StringVar(&phases, "phases", "extract,writes,queries,ingest", "phases to run")
	fs.IntVar(&o.extractN, "extract-articles", 2000, "articles for the extraction benchmark")
	fs.IntVar(&o.writeN, "write-articles", 300, "articles for batched against naive writes")
	fs.IntVar(&o.batch, "batch", 50, "articles per write transaction in the batched path")
	fs.StringVar(&o.ingestBin, "ingest", "bin/ingest", "the ingest binary")
	fs.StringVar(&ingestN, "ingest-articles", "10000,100000", "corpus sizes for end-to-end ingest")
	fs.IntVar(&o.ingestWarmup, "ingest-warmup", 5000, "articles of a first ingest run, reported but not checked against the floor, before the timed ones; 0: none")
	fs.DurationVar(&o.ingestLimit, "ingest-limit", 0, "stop an ingest run (SIGINT) after this long and report what it did; 0: no limit")
	fs.StringVar(&o.workDir, "workdir", os.TempDir(), "where generated JSONL corpora are kept")
	fs.StringVar(&graphRels, "graph-rels", "100000,1000000", "graph sizes (relationships) for query latency")
	fs.IntVar(&o.queryRuns, "query-runs", 20, "timed runs of each saved query (p95 is the run at rank ceil(0.95 N): with 20, the second slowest)")
	fs.DurationVar(&o.queryTimeout, "query-timeout", 30*time.Second, "server-side timeout of one saved-query run")
	fs.BoolVar(&o.emptyDB, "empty-database", false, "allow emptying a database that holds data (the benchmarks wipe it)")
	fs.StringVar(&o.grow, "grow", "both", "how graphs beyond the first -graph-rels size are built: copy (server-side copies of the first graph's articles), write (more articles through the store), or both (copy, then the largest size again, written)")
	fs.BoolVar(&o.keepCorpus, "keep-corpus", false, "keep the generated JSONL corpora in -workdir")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the extraction phase here")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if o.skew < 0 {
		return o, fmt.Errorf("-skew: want 0 or more, got %g", o.skew)
	}
	if o.grow != "copy" && o.grow != "write" && o.grow != "both" {
		return o, fmt.Errorf("-grow: want copy, write or both, got %q", o.grow)
	}
	o.phases = map[string]bool{}
	for _, p := range strings.Split(phases, ",") {
		o.phases[strings.TrimSpace(p)] = true
	}
	var err error
	if o.ingestN, err = ints(ingestN); err != nil {
		return o, fmt.Errorf("-ingest-articles: %w", err)
	}
	if o.graphRels, err = ints(graphRels); err != nil {
		return o, fmt.Errorf("-graph-rels: %w", err)
	}
	o.neo4j = graph.Config{
		URI:      env("ACTORGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"),
		User:     env("ACTORGRAPH_NEO4J_USER", "neo4j"),
		Password: os.Getenv("ACTORGRAPH_NEO4J_PASSWORD"),
		Database: env("ACTORGRAPH_NEO4J_DATABASE", "neo4j"),
	}
	return o, nil
}

// corpus returns the generator of the corpus of seed.
func (o options) corpus(seed uint64) (*corpusgen.Generator, error) {
	return corpusgen.New(corpusgen.Config{Seed: seed, Skew: o.skew})
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// startProfile starts a CPU profile when path is set; the returned function
// stops it.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// status prints a progress line on standard error.
func status(format string, args ...any) {
	fmt.Fprintf(os.Stderr, time.Now().Format("15:04:05")+" "+format+"\n", args...)
}
