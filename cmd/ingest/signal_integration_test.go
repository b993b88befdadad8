package main_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// fifoInbox copies the example articles into a new folder beside a named
// pipe reached through a symlink with a supported name (x.txt), as a
// careless or hostile user might drop into a watched inbox.
func fifoInbox(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "p"), 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Symlink("p", filepath.Join(dir, "x.txt")); err != nil {
		t.Fatal(err)
	}
	examples, _ := filepath.Glob(filepath.Join(repoRoot(t), "examples", "*.txt"))
	for _, src := range examples {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, filepath.Base(src)), string(data))
	}
	return dir
}

// fifoLine checks that stderr names the symlinked pipe once.
func fifoLine(t *testing.T, what string, r result, dir string) {
	t.Helper()
	want := "ingest: " + filepath.Join(dir, "x.txt") + ": not a regular file (a named pipe)"
	if !strings.Contains(r.errOut, want) {
		t.Errorf("%s: stderr lacks %q:\n%s", what, want, r.errOut)
	}
}

// TestFIFOSymlinkExtract: a symlink to a FIFO no longer hangs `ingest
// extract`; it is one error line and the other articles come out.
func TestFIFOSymlinkExtract(t *testing.T) {
	dir := fifoInbox(t)
	r := ingest(t, 20*time.Second, nil, "extract", dir)
	if r.code != 1 || strings.Count(r.out, "\n") != 6 {
		t.Errorf("extract: exit %d with %d lines, want 1 and the 6 examples; stderr:\n%s", r.code, strings.Count(r.out, "\n"), r.errOut)
	}
	fifoLine(t, "extract", r, dir)
}

// TestFIFOSymlinkRunAndWatchStopOnSignal: `ingest run` finishes beside the
// FIFO, and a watcher of that inbox keeps going after its round and stops
// with status 130 on SIGINT and on SIGTERM.
func TestFIFOSymlinkRunAndWatchStopOnSignal(t *testing.T) {
	st := graphtest.Open(t)
	env := neo4jEnv(graphtest.Config())
	dir := fifoInbox(t)
	r := ingest(t, time.Minute, env, "run", dir)
	if r.code != 1 || !strings.Contains(r.out, "6 new") {
		t.Errorf("run: exit %d, want 1 and 6 new articles; stdout:\n%s\nstderr:\n%s", r.code, r.out, r.errOut)
	}
	fifoLine(t, "run", r, dir)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		if err := graphtest.Wipe(context.Background(), st); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		cmd := command(ctx, t, env, "watch", "--dir", dir, "--every", "1h")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		waitForArticles(t, st, 6, done)
		sent := time.Now()
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-done:
			w := result{code: exitStatus(t, err), errOut: errOut.String()}
			if w.code != 130 || !strings.HasSuffix(w.errOut, "ingest: interrupted\n") {
				t.Errorf("watch after %v: exit %d, want 130 and 'ingest: interrupted'; stderr:\n%s", sig, w.code, w.errOut)
			}
			t.Logf("watch stopped %v after %v", sig, time.Since(sent).Round(time.Millisecond))
		case <-time.After(10 * time.Second):
			t.Errorf("watch did not stop within 10 s of %v; stderr:\n%s", sig, errOut.String())
		}
		cancel()
	}
}
