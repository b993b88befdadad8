package bench

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// Process is what one run of a child process took.
type Process struct {
	Elapsed time.Duration
	// PeakRSS is the child's peak resident set size in bytes (getrusage
	// ru_maxrss of the waited-for child).
	PeakRSS int64
	// Stderr is the tail of what it wrote to standard error.
	Stderr string
	// Stopped is true when the time limit ran out and the child was
	// interrupted (SIGINT) before it finished.
	Stopped bool
}

// RunChild runs bin with args and extra environment variables, discarding
// its standard output, and measures its wall time and peak memory. A
// non-zero exit is an error that quotes the end of its standard error.
// When limit (> 0) runs out first, the child gets SIGINT (then SIGKILL 30 s
// later) and RunChild returns with Stopped set and no error.
func RunChild(ctx context.Context, bin string, args, env []string, limit time.Duration) (Process, error) {
	run := ctx
	if limit > 0 {
		var cancel context.CancelFunc
		run, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	cmd := exec.CommandContext(run, bin, args...)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGINT) }
	cmd.WaitDelay = 30 * time.Second
	cmd.Env = append(cmd.Environ(), env...)
	var stderr tail
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	p := Process{Elapsed: time.Since(start), Stderr: stderr.String()}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			p.PeakRSS = ru.Maxrss * 1024 // kilobytes on Linux
		}
	}
	if run.Err() != nil && ctx.Err() == nil {
		p.Stopped = true
		return p, nil
	}
	if err != nil {
		return p, fmt.Errorf("%s %s: %w: %s", bin, strings.Join(args, " "), err, p.Stderr)
	}
	return p, nil
}

// tail keeps the last 2 KB written to it.
type tail struct{ b bytes.Buffer }

func (t *tail) Write(p []byte) (int, error) {
	t.b.Write(p)
	if over := t.b.Len() - 2048; over > 0 {
		t.b.Next(over)
	}
	return len(p), nil
}

func (t *tail) String() string { return strings.TrimSpace(t.b.String()) }
