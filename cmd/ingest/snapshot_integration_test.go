package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
)

// snapshot is what a graph holds, without the properties that say how and
// when it was ingested (path, source, ingested_at): two ingests of the same
// articles must give equal snapshots.
type snapshot struct {
	Labels   map[string]int64 // nodes per label
	Types    map[string]int64 // relationships per type
	Articles []string         // article ids, sorted
	Entities []string         // entity ids, sorted
	Rels     []string         // "TYPE key" (MENTIONS: "MENTIONS article->entity"), sorted
}

// takeSnapshot reads the whole graph of s.
func takeSnapshot(t *testing.T, s *graph.Store) snapshot {
	t.Helper()
	snap := snapshot{Labels: map[string]int64{}, Types: map[string]int64{}}
	for _, r := range graphtest.Rows(t, s, `MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n`, nil) {
		snap.Labels[r["l"].(string)] = r["n"].(int64)
	}
	for _, r := range graphtest.Rows(t, s, `MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n`, nil) {
		snap.Types[r["t"].(string)] = r["n"].(int64)
	}
	snap.Articles = column(t, s, `MATCH (a:Article) RETURN a.id AS v`)
	snap.Entities = column(t, s, `MATCH (e:Entity) RETURN e.id AS v`)
	snap.Rels = column(t, s, `MATCH (a)-[r]->(b)
		RETURN type(r) + ' ' + coalesce(r.key, a.id + '->' + b.id) AS v`)
	return snap
}

// column returns the string column v of cypher's rows, sorted.
func column(t *testing.T, s *graph.Store, cypher string) []string {
	t.Helper()
	rows := graphtest.Rows(t, s, cypher, nil)
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = fmt.Sprint(r["v"])
	}
	sort.Strings(out)
	return out
}

// duplicates returns the values that occur more than once in sorted.
func duplicates(sorted []string) []string {
	var d []string
	for i := 1; i < len(sorted); i++ {
		if sorted[i] == sorted[i-1] && (len(d) == 0 || d[len(d)-1] != sorted[i]) {
			d = append(d, sorted[i])
		}
	}
	return d
}

// sameGraph fails the test with graphDiff's findings.
func sameGraph(t *testing.T, what string, got, want snapshot) {
	t.Helper()
	for _, d := range graphDiff(got, want) {
		t.Errorf("%s: %s", what, d)
	}
}

// graphDiff names how got differs from want (counts, missing and extra ids,
// the first few of each) and the ids that occur twice in got; none when
// they are the same graph.
func graphDiff(got, want snapshot) []string {
	var out []string
	for _, l := range []struct {
		name      string
		got, want []string
	}{{"article", got.Articles, want.Articles}, {"entity", got.Entities, want.Entities}, {"relationship", got.Rels, want.Rels}} {
		if d := duplicates(l.got); len(d) > 0 {
			out = append(out, fmt.Sprintf("%d duplicate %s ids, e.g. %q", len(d), l.name, d[0]))
		}
		if missing, extra := setDiff(l.got, l.want), setDiff(l.want, l.got); len(missing)+len(extra) > 0 {
			out = append(out, fmt.Sprintf("%s ids: %d missing %q, %d extra %q", l.name, len(missing), head(missing), len(extra), head(extra)))
		}
	}
	if !reflect.DeepEqual(got.Labels, want.Labels) || !reflect.DeepEqual(got.Types, want.Types) {
		out = append(out, fmt.Sprintf("counts differ\n got  nodes %v rels %v\n want nodes %v rels %v", got.Labels, got.Types, want.Labels, want.Types))
	}
	return out
}

// setDiff returns the values of want that are not in got, sorted.
func setDiff(got, want []string) []string {
	in := make(map[string]bool, len(got))
	for _, v := range got {
		in[v] = true
	}
	var out []string
	for _, v := range want {
		if !in[v] {
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

func head(s []string) []string { return s[:min(len(s), 3)] }

// writeCorpus writes generated articles from to to-1 of seed as .txt files
// into dir (created if needed) and returns dir. The same seed and index
// give the same file, so folders written from overlapping ranges overlap.
func writeCorpus(t *testing.T, dir string, seed uint64, from, to int) string {
	t.Helper()
	gen, err := corpusgen.New(corpusgen.Config{Seed: seed, Words: 60, PersonsPerCountry: 30})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := from; i < to; i++ {
		a := gen.Article(i).Article
		body := fmt.Sprintf("Title: %s\nDate: %s\nURL: %s\n\n%s\n", a.Title, a.Date(), a.URL, a.Text)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestGraphDiffCatchesDifferences: the comparison every database case
// relies on sees a duplicate, a missing and an extra id, and a count.
func TestGraphDiffCatchesDifferences(t *testing.T) {
	base := snapshot{Labels: map[string]int64{"Article": 2}, Types: map[string]int64{"MENTIONS": 1},
		Articles: []string{"a1", "a2"}, Entities: []string{"e1"}, Rels: []string{"MENTIONS a1->e1"}}
	if d := graphDiff(base, base); len(d) != 0 {
		t.Fatalf("a graph differs from itself: %v", d)
	}
	dup := base
	dup.Rels = []string{"MENTIONS a1->e1", "MENTIONS a1->e1"}
	moved := base
	moved.Articles = []string{"a1", "a3"}
	counted := base
	counted.Labels = map[string]int64{"Article": 3}
	for name, c := range map[string]struct {
		got  snapshot
		want string
	}{
		"duplicate": {dup, `1 duplicate relationship ids, e.g. "MENTIONS a1->e1"`},
		"moved":     {moved, `article ids: 1 missing ["a2"], 1 extra ["a3"]`},
		"counts":    {counted, "counts differ"},
	} {
		d := graphDiff(c.got, base)
		if len(d) != 1 || !strings.HasPrefix(d[0], c.want) {
			t.Errorf("%s: diff %q, want one finding starting %q", name, d, c.want)
		}
	}
}
