package main_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// ingestBin is the ingest binary built once by TestMain.
var ingestBin string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "actorgraph-ingest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cmd/ingest:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	ingestBin = filepath.Join(dir, "ingest")
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		gobin = "go"
	}
	build := exec.Command(gobin, "build", "-o", ingestBin, "github.com/actorgraph/actorgraph/cmd/ingest")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "cmd/ingest: build ingest: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// result is what one run of the binary did.
type result struct {
	code        int
	out, errOut string
}

// both is stdout and stderr together, for checks that look at everything
// the process printed.
func (r result) both() string { return r.out + "\n" + r.errOut }

// errLines returns the non-empty lines of stderr, without the status
// lines of a run that makes the schema (schemaStatus).
func (r result) errLines() []string {
	var out []string
	for _, l := range strings.Split(r.errOut, "\n") {
		if strings.TrimSpace(l) != "" && !schemaStatus(l) {
			out = append(out, l)
		}
	}
	return out
}

// schemaStatus reports whether l is one of the lines with which a run on
// a database without the schema says what it waits for (not an error).
func schemaStatus(l string) bool {
	for _, p := range []string{"ingest: creating the schema: ", "ingest: waiting for the new indexes", "ingest: schema ready after "} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// neo4jEnv is the environment that points the binary at cfg; the password
// travels in the environment, as the README says to set it.
func neo4jEnv(cfg graph.Config) []string {
	return []string{
		"ACTORGRAPH_NEO4J_URI=" + cfg.URI,
		"ACTORGRAPH_NEO4J_USER=" + cfg.User,
		"ACTORGRAPH_NEO4J_PASSWORD=" + cfg.Password,
		"ACTORGRAPH_NEO4J_DATABASE=" + cfg.Database,
	}
}

// command returns the ingest binary with args, run in a fresh folder (so no
// actorgraph.yaml is picked up) with the ACTORGRAPH_* variables of the test
// process replaced by env.
func command(ctx context.Context, t *testing.T, env []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.CommandContext(ctx, ingestBin, args...)
	cmd.Dir = t.TempDir()
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ACTORGRAPH_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, env...)
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

// ingest runs the binary to completion (at most limit) and returns what it
// did. Args naming paths should be absolute.
func ingest(t *testing.T, limit time.Duration, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := command(ctx, t, env, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("ingest %s: no exit within %v; stderr:\n%s", strings.Join(args, " "), limit, errOut.String())
	}
	return result{code: exitStatus(t, err), out: out.String(), errOut: errOut.String()}
}

// exitStatus is the exit code of a finished process.
func exitStatus(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	t.Fatalf("run ingest: %v", err)
	return -1
}
