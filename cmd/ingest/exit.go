package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph"
)

// Exit codes of the ingest command: one table for every subcommand.
const (
	exitOK          = 0
	exitError       = 1 // some inputs failed, or an internal error
	exitUsage       = 2 // bad flags, arguments or configuration
	exitUnavailable = 3 // Neo4j cannot be reached or refused the credentials
	exitCancelled   = 130
)

// IO is where commands write: data to Out, status and errors to Err.
type IO struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
	// Debug shows error chains; set by --debug.
	Debug bool
}

// errSilent is returned by a command that has already reported its
// failures (e.g. some inputs failed) and only wants a non-zero exit.
var errSilent = errors.New("some inputs failed")

// usageError marks an error as a usage error (exit 2).
func usageError(format string, args ...any) error {
	return &actorgraph.Error{Kind: actorgraph.KindUsage, Msg: fmt.Sprintf(format, args...)}
}

// exitCode reports err on io.Err as one line and maps it to an exit code.
func exitCode(ctx context.Context, io *IO, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errSilent) {
		return exitError
	}
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		fmt.Fprintln(io.Err, "ingest: interrupted")
		return exitCancelled
	}
	errorLine(io.Err, err.Error())
	switch actorgraph.KindOf(err) {
	case actorgraph.KindUsage:
		return exitUsage
	case actorgraph.KindUnavailable, actorgraph.KindAuth:
		return exitUnavailable
	case actorgraph.KindCancelled:
		return exitCancelled
	}
	if isCobraUsage(err) {
		return exitUsage
	}
	return exitError
}
