package main_test

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

// TestConcurrentIngestersMentionOnly is the probe of issue 24: 200
// articles that mention two governments and hold no relation, ingested by
// two `ingest run` processes at once. Each article keeps its two
// mentions once, and the two processes count 200 new articles between them.
func TestConcurrentIngestersMentionOnly(t *testing.T) {
	st := graphtest.Open(t)
	env := neo4jEnv(graphtest.Config())
	dir := t.TempDir()
	for i := 1; i <= 200; i++ {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("m%d.txt", i)),
			fmt.Sprintf("Title: M %d\nURL: https://mo.example/%d\n\nFrance and Germany were both in the news (item %d).\n", i, i, i))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var outs [2]bytes.Buffer
	var waits [2]func() error
	for i := range outs {
		cmd := command(ctx, t, env, "run", dir)
		cmd.Stdout, cmd.Stderr = &outs[i], &outs[i]
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waits[i] = cmd.Wait
	}
	news := 0
	for i := range outs {
		if code := exitStatus(t, waits[i]()); code != 0 {
			t.Fatalf("ingester %d: exit %d:\n%s", i+1, code, outs[i].String())
		}
		var n int
		fmt.Sscanf(strings.TrimPrefix(outs[i].String(), "articles:"), "%d", &n)
		news += n
	}
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Rels["MENTIONS"] != 400 || c.Nodes["Article"] != 200 || news != 200 {
		t.Errorf("%d mentions, %d articles, %d counted new; want 400, 200, 200\n%s\n%s",
			c.Rels["MENTIONS"], c.Nodes["Article"], news, outs[0].String(), outs[1].String())
	}
}
