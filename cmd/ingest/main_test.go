package main

import (
	"os"
	"path/filepath"
	"testing"
)

// ACTORGRAPH_CPUPROFILE writes a CPU profile of the command; a path that
// cannot be created stops the command before it runs.
func TestCPUProfileEnv(t *testing.T) {
	args := os.Args
	t.Cleanup(func() { os.Args = args })
	os.Args = []string{"ingest", "query", "list"}

	path := filepath.Join(t.TempDir(), "cpu.prof")
	t.Setenv(cpuProfileEnv, path)
	if code := run(); code != 0 {
		t.Fatalf("ingest query list with a profile: exit %d", code)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Errorf("profile %s: %v (want a non-empty file)", path, err)
	}

	t.Setenv(cpuProfileEnv, filepath.Join(t.TempDir(), "missing", "cpu.prof"))
	if code := run(); code != 2 {
		t.Errorf("profile in a missing folder: exit %d, want 2", code)
	}
}
