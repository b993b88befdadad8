package main_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestOutOfMemoryFailsFast runs a query that needs more transaction memory
// than a server allows (its own server, with a pool of 20 MB) and checks
// that graph.Store.Run reports it at once. The driver would retry such a
// transient error for 30 s and more (measured: 30 s and 62 s) and the
// query would fail the same way each time.
func TestOutOfMemoryFailsFast(t *testing.T) {
	srv := newServer(t, ".neo4j-memory", "dbms.memory.transaction.total.max=20m")
	booted := srv.boot(t)
	t.Parallel() // its own server: it does not wait for the shared database
	if err := <-booted; err != nil {
		t.Fatal(err)
	}
	st := srv.open(t)
	ctx := context.Background()
	if _, err := st.Run(ctx, "RETURN 1 AS one", nil); err != nil {
		t.Fatalf("a small query on the 20 MB server: %v", err)
	}
	start := time.Now()
	_, err := st.Run(ctx, "UNWIND range(1, 3000000) AS x WITH collect(toString(x)) AS l RETURN size(l)", nil)
	took := time.Since(start)
	if err == nil {
		t.Fatal("a query collecting 3M strings succeeded on a server with a 20 MB transaction pool")
	}
	if !strings.Contains(err.Error(), "MemoryPoolOutOfMemoryError") {
		t.Errorf("got %v, want the server's MemoryPoolOutOfMemoryError", err)
	}
	if took > 20*time.Second {
		t.Errorf("the query failed after %v: it was retried (the driver retries for 30 s)", took.Round(time.Second))
	}
	if _, err := st.Run(ctx, "RETURN 1 AS one", nil); err != nil {
		t.Errorf("a small query after the failure: %v", err)
	}
}
