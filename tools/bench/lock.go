package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/actorgraph/actorgraph/graph"
)

// lockDatabase takes the lock that graphtest.Open takes for the same
// database (a file in the temporary directory named after its URI), so that
// the benchmarks and the graph tests never empty one database under each
// other: whoever comes second waits. The returned function releases it.
func lockDatabase(cfg graph.Config) (func(), error) {
	sum := sha256.Sum256([]byte(cfg.URI + "/" + cfg.Database))
	path := filepath.Join(os.TempDir(), "actorgraph-neo4j-"+hex.EncodeToString(sum[:8])+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open database lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		status("waiting for the tests that use %s to finish (lock %s)", cfg.URI, path)
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			return nil, fmt.Errorf("take database lock %s: %w", path, err)
		}
	}
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
}
