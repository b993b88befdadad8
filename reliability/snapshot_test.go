package reliability

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
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

// sameGraph fails the test unless got equals want, naming the first
// differences, and unless got has no duplicate id or relationship key.
func sameGraph(t *testing.T, what string, got, want snapshot) {
	t.Helper()
	for name, list := range map[string][]string{"article": got.Articles, "entity": got.Entities, "relationship": got.Rels} {
		if d := duplicates(list); len(d) > 0 {
			t.Errorf("%s: %d duplicate %s ids, e.g. %q", what, len(d), name, d[0])
		}
	}
	if !reflect.DeepEqual(got.Labels, want.Labels) || !reflect.DeepEqual(got.Types, want.Types) {
		t.Errorf("%s: counts differ\n got  nodes %v rels %v\n want nodes %v rels %v", what, got.Labels, got.Types, want.Labels, want.Types)
	}
	diffIDs(t, what+": article ids", got.Articles, want.Articles)
	diffIDs(t, what+": entity ids", got.Entities, want.Entities)
	diffIDs(t, what+": relationships", got.Rels, want.Rels)
}

// diffIDs reports what is missing from and extra in got.
func diffIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	in := func(list []string) map[string]bool {
		m := make(map[string]bool, len(list))
		for _, v := range list {
			m[v] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var missing, extra []string
	for v := range w {
		if !g[v] {
			missing = append(missing, v)
		}
	}
	for v := range g {
		if !w[v] {
			extra = append(extra, v)
		}
	}
	if len(missing)+len(extra) > 0 {
		sort.Strings(missing)
		sort.Strings(extra)
		t.Errorf("%s: %d missing %v, %d extra %v", what, len(missing), head(missing), len(extra), head(extra))
	}
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
