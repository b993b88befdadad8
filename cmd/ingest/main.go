// Command ingest reads political and diplomatic news and builds a graph of
// who does what to whom in Neo4j. See `ingest --help`.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(run())
}

func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	io := &IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}
	cmd := newRootCommand(io)
	err := cmd.ExecuteContext(ctx)
	return exitCode(ctx, io, err)
}
