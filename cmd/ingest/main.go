// Command ingest reads political and diplomatic news and builds a graph of
// who does what to whom in Neo4j. See `ingest --help`.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

// cpuProfileEnv names a file to write a CPU profile of the whole command
// into (go tool pprof reads it); for benchmarking, see docs/benchmarks.md.
const cpuProfileEnv = "ACTORGRAPH_CPUPROFILE"

func main() {
	os.Exit(run())
}

func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	io := &IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}
	if path := os.Getenv(cpuProfileEnv); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(io.Err, "ingest: %s=%s: %v\n", cpuProfileEnv, path, err)
			return 2
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	cmd := newRootCommand(io)
	err := cmd.ExecuteContext(ctx)
	return exitCode(ctx, io, err)
}
