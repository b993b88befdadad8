package main_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestNeo4jKilledMidIngest kills the dedicated Neo4j while `ingest run`
// writes a thousand articles to it: the ingester says it lost the
// database and exits non-zero; what it wrote is whole articles only; after
// a restart a rerun completes the graph, which then equals a clean ingest of
// the same folder (on the default test Neo4j): same counts, same ids, no
// duplicates.
func TestNeo4jKilledMidIngest(t *testing.T) {
	start := time.Now()
	phase := func(what string) { t.Logf("%5.1fs %s", time.Since(start).Seconds(), what) }
	srv := newFaultServer(t)
	booted := srv.boot(t)
	// The server boots while the other tests of the package run (this file
	// sorts first); this test carries on once they are done, so that only
	// one test at a time holds the shared test database.
	t.Parallel()
	dir := writeCorpus(t, filepath.Join(t.TempDir(), "corpus"), 23, 0, faultArticles)
	want := cleanIngest(t, dir)
	phase("clean ingest done")
	if err := <-booted; err != nil {
		t.Fatal(err)
	}
	phase("fault Neo4j up")
	killMidIngest(t, srv, dir)
	phase("killed mid-ingest; the ingester has exited")

	if err := <-srv.boot(t); err != nil {
		t.Fatal(err)
	}
	phase("fault Neo4j restarted")
	st := srv.open(t)
	partial := takeSnapshot(t, st)
	partialRels := relsByArticle(t, st)
	n := len(partial.Articles)
	if n == 0 || n >= faultArticles {
		t.Errorf("%d of %d articles written before the kill: the fault did not hit mid-ingest", n, faultArticles)
	}

	r := ingest(t, 3*time.Minute, neo4jEnv(srv.cfg), "run", dir)
	summary := fmt.Sprintf("articles: %d new, 0 changed, %d unchanged, 0 failed", faultArticles-n, n)
	if r.code != 0 || !strings.Contains(r.out, summary) {
		t.Fatalf("rerun after restart: exit %d, want 0 and %q; stdout:\n%s\nstderr:\n%s", r.code, summary, r.out, r.errOut)
	}
	phase("rerun done")
	sameGraph(t, "rerun after the kill vs clean ingest", takeSnapshot(t, st), want)
	finalRels := relsByArticle(t, st)
	for id, rels := range partialRels {
		if finalRels[id] != rels {
			t.Errorf("article %s was half-written before the kill: relationships %q, complete %q", id, rels, finalRels[id])
		}
	}
}

// cleanIngest ingests dir into the shared test Neo4j and returns the graph:
// the one every later run must end with.
func cleanIngest(t *testing.T, dir string) snapshot {
	var want snapshot
	t.Run("clean", func(t *testing.T) {
		clean := graphtest.Open(t)
		r := ingest(t, 3*time.Minute, neo4jEnv(graphtest.Config()), "run", dir)
		if r.code != 0 {
			t.Fatalf("clean ingest: exit %d; stderr:\n%s", r.code, r.errOut)
		}
		want = takeSnapshot(t, clean)
	})
	return want
}

// killMidIngest empties the fault server's graph, starts `ingest run` on dir
// against it, kills the server once a few batches are in, and checks that
// the ingester says so on one line and exits 3.
func killMidIngest(t *testing.T, srv *faultServer, dir string) {
	t.Helper()
	st := srv.open(t)
	if err := graphtest.Wipe(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := command(ctx, t, neo4jEnv(srv.cfg), "run", "--workers", "1", "--batch-size", "20", dir)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	waitForArticles(t, st, faultArticles/20, done)
	st.Close(context.Background())
	srv.kill(t)

	r := result{code: exitStatus(t, <-done), out: out.String(), errOut: errOut.String()}
	noSecret(t, "ingest run on a killed Neo4j", srv.cfg.Password, r)
	if r.code != 3 || len(r.errLines()) != 1 || !strings.Contains(r.errOut, "cannot reach neo4j at "+srv.cfg.URI) {
		t.Errorf("ingest run on a killed Neo4j: exit %d, want 3 (unavailable) and one line naming %s; stderr:\n%s", r.code, srv.cfg.URI, r.errOut)
	}
	t.Logf("the interrupted run said:\n%s%s", r.out, r.errOut)
}

// waitForArticles polls until the graph of st has at least n articles; it
// fails the test if the ingester ends first.
func waitForArticles(t *testing.T, st *graph.Store, n int64, done <-chan error) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("ingest ended (%v) before %d articles were in: make faultArticles larger", err, n)
		case <-time.After(100 * time.Millisecond):
		}
		c, err := st.Counts(context.Background())
		if err != nil {
			t.Fatalf("count articles: %v", err)
		}
		if c.Nodes["Article"] >= n {
			return
		}
	}
	t.Fatalf("fewer than %d articles after 2 minutes", n)
}

// relsByArticle returns, per article id, its MENTIONS and relationship
// keys, sorted and joined.
func relsByArticle(t *testing.T, st *graph.Store) map[string]string {
	t.Helper()
	parts := map[string][]string{}
	for _, id := range column(t, st, `MATCH (a:Article) RETURN a.id AS v`) {
		parts[id] = nil
	}
	rows := graphtest.Rows(t, st, `MATCH (a:Article)-[:MENTIONS]->(e) RETURN a.id AS a, 'm:' + e.id AS k
		UNION ALL MATCH ()-[r]->() WHERE r.article_id IS NOT NULL RETURN r.article_id AS a, 'r:' + r.key AS k`, nil)
	for _, r := range rows {
		a := r["a"].(string)
		parts[a] = append(parts[a], r["k"].(string))
	}
	out := make(map[string]string, len(parts))
	for a, ks := range parts {
		sort.Strings(ks)
		out[a] = strings.Join(ks, " ")
	}
	return out
}
