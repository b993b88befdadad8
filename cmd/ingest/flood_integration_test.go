package main_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// floodFolder holds a 1 MiB file of random bytes named .jsonl (some 4,000
// broken lines) and one good article.
func floodFolder(t *testing.T) (dir, noise string) {
	t.Helper()
	dir = t.TempDir()
	data := make([]byte, 1<<20)
	rand.New(rand.NewSource(24)).Read(data)
	noise = filepath.Join(dir, "noise.jsonl")
	if err := os.WriteFile(noise, data, 0o644); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "good.txt"), "Title: Good\n\nPeru met Chile in Lima.\n")
	return dir, noise
}

var floodSummary = regexp.MustCompile(`^ingest: (.*): ([0-9]+) more errors not shown \(([0-9]+) in all\)$`)

// checkFlood checks that stderr has at most 20 lines of the noise file and
// then one summary line naming it, and returns the count in all.
func checkFlood(t *testing.T, what string, r result, noise string) int {
	t.Helper()
	lines := r.errLines()
	if len(lines) != 21 {
		t.Fatalf("%s: %d stderr lines, want 20 and a summary:\n%s", what, len(lines), strings.Join(lines[:min(len(lines), 30)], "\n"))
	}
	m := floodSummary.FindStringSubmatch(lines[20])
	if m == nil || m[1] != noise {
		t.Fatalf("%s: last line %q, want a summary naming %s", what, lines[20], noise)
	}
	var more, all int
	fmt.Sscan(m[2], &more)
	fmt.Sscan(m[3], &all)
	if all < 1000 || more != all-20 {
		t.Errorf("%s: summary %q does not add up", what, lines[20])
	}
	return all
}

// TestErrorFloodCapped: the random-bytes file prints 20 error lines and
// one summary with the count, through extract and run; run still counts
// every failure and ingests the good article; a watcher's round logs 20
// failures of the file and one summary.
func TestErrorFloodCapped(t *testing.T) {
	dir, noise := floodFolder(t)
	r := ingest(t, time.Minute, nil, "extract", dir)
	all := checkFlood(t, "extract", r, noise)
	if r.code != 1 || strings.Count(r.out, "\n") != 1 {
		t.Errorf("extract: exit %d, %d articles; want 1 and the good one", r.code, strings.Count(r.out, "\n"))
	}
	st := graphtest.Open(t)
	r = ingest(t, 2*time.Minute, neo4jEnv(graphtest.Config()), "run", dir)
	if got := checkFlood(t, "run", r, noise); got != all {
		t.Errorf("run counted %d errors in the summary, extract %d", got, all)
	}
	if want := fmt.Sprintf("articles: 1 new, 0 changed, 0 unchanged, %d failed", all); r.code != 1 || !strings.Contains(r.out, want) {
		t.Errorf("run: exit %d, want 1 and %q:\n%s", r.code, want, r.out)
	}
	if err := graphtest.Wipe(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	r = ingest(t, 2*time.Minute, neo4jEnv(graphtest.Config()), "watch", "--once", "--dir", dir)
	warns, more := strings.Count(r.errOut, `msg="article failed"`), strings.Count(r.errOut, `msg="more failures not shown"`)
	if warns != 20 || more != 1 || !strings.Contains(r.errOut, fmt.Sprintf("(%d in all)", all)) {
		t.Errorf("watch --once: %d failure lines and %d summaries, want 20 and 1 with %d in all", warns, more, all)
	}
}
