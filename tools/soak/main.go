// Command soak holds `ingest watch` under sustained load: it feeds a
// loopback RSS feed and an inbox folder every few seconds for a long
// time (20 minutes in `make bench`), restarts Neo4j in the middle, and
// reports the watcher's memory and goroutines at the start and at the
// end, the rounds completed, the articles ingested, and the articles lost
// or duplicated. docs/benchmarks.md records a run.
//
// It is a development tool, not part of the product. It writes articles
// under a URL prefix of its own and never empties the database.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// options are the command's flags.
type options struct {
	ingestBin  string
	duration   time.Duration
	every      time.Duration
	perTick    int
	restartAt  time.Duration
	restartCmd string
	settle     time.Duration
	neo4j      graph.Config
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var o options
	flag.StringVar(&o.ingestBin, "ingest", "bin/ingest", "the ingest binary")
	flag.DurationVar(&o.duration, "duration", 20*time.Minute, "how long to feed the watcher")
	flag.DurationVar(&o.every, "every", 3*time.Second, "the watcher's --every, and the interval between two feedings")
	flag.IntVar(&o.perTick, "per-tick", 2, "files and feed entries added at each feeding (each)")
	flag.DurationVar(&o.restartAt, "restart-at", 0, "when to restart Neo4j (default: half of -duration); negative: never")
	flag.StringVar(&o.restartCmd, "restart", "", "shell command that restarts Neo4j (make bench passes its own); empty: no restart")
	flag.DurationVar(&o.settle, "settle", 2*time.Minute, "how long to wait after the last feeding for the watcher to catch up")
	flag.Parse()
	if o.restartAt == 0 {
		o.restartAt = o.duration / 2
	}
	o.neo4j = graph.Config{URI: env("ACTORGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"),
		User: env("ACTORGRAPH_NEO4J_USER", "neo4j"), Password: os.Getenv("ACTORGRAPH_NEO4J_PASSWORD"),
		Database: env("ACTORGRAPH_NEO4J_DATABASE", "neo4j")}
	rep, err := run(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak: "+err.Error())
	}
	rep.print(os.Stdout, o)
	if err != nil || !rep.ok() {
		os.Exit(1)
	}
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// status prints a progress line on stderr.
func status(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "soak: "+format+"\n", args...)
}
