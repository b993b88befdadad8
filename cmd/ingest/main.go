// Command ingest reads political and diplomatic news and builds a graph of
// who does what to whom in Neo4j. See `ingest --help`.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
	"time"
)

// cpuProfileEnv names a file to write a CPU profile of the whole command
// into (go tool pprof reads it); for benchmarking, see docs/benchmarks.md.
const cpuProfileEnv = "ACTORGRAPH_CPUPROFILE"

// forceExitAfter is how long a command may take to stop after SIGINT or
// SIGTERM (it finishes a started batch) before the process exits anyway.
const forceExitAfter = 20 * time.Second

func main() {
	os.Exit(run())
}

func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	io := &IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}
	finished := make(chan struct{})
	defer close(finished)
	go forceExit(ctx, stop, finished, io.Err)
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

// forceExit makes sure a signal ends the process. After the first SIGINT or
// SIGTERM the command is cancelled and stops at its next check; signals go
// back to their default action, so a second one ends the process at once;
// and if the command has not finished within forceExitAfter, the process
// exits with the cancelled status anyway.
func forceExit(ctx context.Context, stop func(), finished <-chan struct{}, errOut io.Writer) {
	select {
	case <-finished:
		return
	case <-ctx.Done():
	}
	stop()
	select {
	case <-finished:
	case <-time.After(forceExitAfter):
		fmt.Fprintf(errOut, "ingest: interrupted; did not stop within %v, exiting\n", forceExitAfter)
		os.Exit(exitCancelled)
	}
}
