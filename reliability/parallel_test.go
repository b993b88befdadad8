package reliability

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// concurrentArticles is the size of the union of the concurrent inputs.
const concurrentArticles = 160

// TestConcurrentIngesters runs two, then four `ingest run` processes at
// once on overlapping folders (each article in one or two of them) and
// compares the graph with one ingester on the union: same counts, same
// article, entity and relationship ids, no duplicates.
func TestConcurrentIngesters(t *testing.T) {
	st := graphtest.Open(t)
	env := neo4jEnv(graphtest.Config())
	root := t.TempDir()
	union := writeCorpus(t, filepath.Join(root, "union"), 11, 0, concurrentArticles)
	r := ingest(t, 2*time.Minute, env, "run", "--batch-size", "10", union)
	if r.code != 0 {
		t.Fatalf("single ingester: exit %d; stderr:\n%s", r.code, r.errOut)
	}
	want := takeSnapshot(t, st)
	if want.Labels["Article"] != concurrentArticles || len(want.Rels) < concurrentArticles {
		t.Fatalf("single ingester made a graph too small to compare: %v", want.Labels)
	}
	for _, k := range []int{2, 4} {
		if err := graphtest.Wipe(context.Background(), st); err != nil {
			t.Fatal(err)
		}
		var dirs []string
		step := concurrentArticles / (k + 1)
		for j := 0; j < k; j++ {
			to := min((j+2)*step, concurrentArticles)
			if j == k-1 {
				to = concurrentArticles
			}
			dirs = append(dirs, writeCorpus(t, filepath.Join(root, fmt.Sprintf("k%d-%d", k, j)), 11, j*step, to))
		}
		runAtOnce(t, env, dirs)
		sameGraph(t, fmt.Sprintf("%d ingesters", k), takeSnapshot(t, st), want)
	}
}

// runAtOnce starts one `ingest run` per folder, all at once, and fails the
// test unless every one exits 0.
func runAtOnce(t *testing.T, env []string, dirs []string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	type proc struct {
		wait        func() error
		out, errOut *bytes.Buffer
	}
	var procs []proc
	for _, d := range dirs {
		cmd := command(ctx, t, env, "run", "--workers", "1", "--batch-size", "10", d)
		p := proc{out: &bytes.Buffer{}, errOut: &bytes.Buffer{}}
		cmd.Stdout, cmd.Stderr = p.out, p.errOut
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		p.wait = cmd.Wait
		procs = append(procs, p)
	}
	for i, p := range procs {
		code := exitStatus(t, p.wait())
		if code != 0 || !strings.Contains(p.out.String(), " 0 failed") {
			t.Errorf("ingester %d of %d: exit %d\nstdout:\n%s\nstderr:\n%s", i+1, len(procs), code, p.out, p.errOut)
		}
	}
}
