//go:build unix

package source

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWalkRefusesFIFOs puts named pipes in a folder, directly and behind
// symlinks with a supported extension (.txt, .jsonl), and names one
// explicitly: none may block the walk, each linked or named one is one
// error, and the good article still comes through.
func TestWalkRefusesFIFOs(t *testing.T) {
	dir := writeFiles(t, map[string]string{"good.txt": "Title: Good\n\nA good body."})
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, name := range []string{"x.txt", "y.jsonl"} {
		if err := os.Symlink("pipe.md", filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan struct{})
	var errs []error
	go func() {
		defer close(done)
		arts, e := collect(t, dir, fifo)
		if len(arts) != 1 {
			t.Errorf("got %d articles, want the good one", len(arts))
		}
		errs = e
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Walk blocked on a named pipe")
	}
	if len(errs) != 3 {
		t.Fatalf("errors %v, want three (x.txt, y.jsonl, pipe.md named explicitly)", errs)
	}
	for _, err := range errs {
		if !strings.Contains(err.Error(), "not a regular file (a named pipe)") {
			t.Errorf("error %q, want it to say the file is a named pipe", err)
		}
	}
}
