package bench

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
	"github.com/actorgraph/actorgraph/queries"
	"github.com/actorgraph/actorgraph/readmodel"
)

func generator(t *testing.T) *corpusgen.Generator {
	t.Helper()
	g, err := corpusgen.New(corpusgen.Config{Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// relKeys returns the type and key of every relationship between entities
// (reports and the read model's dyads, with their sums).
func relKeys(t *testing.T, st *graph.Store) []string {
	t.Helper()
	rows := graphtest.Rows(t, st, `MATCH (:Entity)-[r]->(:Entity) WHERE NOT r:DYAD
RETURN type(r) + ' ' + r.key + ' ' + r.article_id + ' ' + toString(r.weight) + ' ' + coalesce(r.role, '') AS k
UNION ALL
MATCH ()-[d:DYAD]->()
RETURN 'DYAD ' + d.key + ' ' + toString(d.reports) + ' ' + toString(round(d.conflict, 6)) + ' ' +
       toString(round(d.cooperation, 6)) + ' ' + coalesce(toString(d.first) + ' ' + toString(d.last), '') AS k`, nil)
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r["k"].(string)
	}
	sort.Strings(out)
	return out
}

func TestNaiveWritesTheSameGraph(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	docs := Docs(generator(t), 0, 4)
	if _, err := Batched(ctx, st, docs, 2); err != nil {
		t.Fatal(err)
	}
	wantCounts, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := relKeys(t, st)
	if err := Wipe(ctx, st); err != nil {
		t.Fatal(err)
	}
	r, stmts, err := Naive(ctx, st, docs)
	if err != nil {
		t.Fatal(err)
	}
	gotCounts, _ := st.Counts(ctx)
	got := relKeys(t, st)
	if len(want) < 50 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("naive path wrote %d relationships, batched %d, or they differ", len(got), len(want))
	}
	for _, l := range graph.NodeLabels {
		if gotCounts.Nodes[l] != wantCounts.Nodes[l] {
			t.Errorf("%s nodes: naive %d, batched %d", l, gotCounts.Nodes[l], wantCounts.Nodes[l])
		}
	}
	if gotCounts.Rels[graph.MentionsType] != wantCounts.Rels[graph.MentionsType] {
		t.Errorf("mentions: naive %d, batched %d", gotCounts.Rels[graph.MentionsType], wantCounts.Rels[graph.MentionsType])
	}
	if r.Articles != 4 || stmts != 4 {
		t.Errorf("naive ran %d transactions for %d articles, want one per article", stmts, r.Articles)
	}
}

func TestGrowGraphReachesTarget(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	next, c, err := GrowGraph(ctx, st, generator(t), 0, 500)
	if err != nil {
		t.Fatal(err)
	}
	if c.Relationships() < 500 || next == 0 || c.Nodes["Article"] != int64(next) {
		t.Fatalf("after GrowGraph: %d relationships, %d articles, next %d", c.Relationships(), c.Nodes["Article"], next)
	}
	q, err := queries.Parse("three.cypher", "// name: three\n// description: test\nMATCH (a:Article) RETURN a.id LIMIT 3")
	if err != nil {
		t.Fatal(err)
	}
	l, err := TimeQuery(ctx, st, QueryCase{Name: "three", Query: q}, 5, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if l.Runs != 5 || l.Rows != 3 || l.Median <= 0 || l.P95 < l.Median || l.TimedOut {
		t.Errorf("latency %+v, want 5 runs, 3 rows, 0 < median <= p95", l)
	}
	slow, err := queries.Parse("slow.cypher", "// name: slow\n// description: test\n"+
		"UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*)")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	l, err = TimeQuery(ctx, st, QueryCase{Name: "slow", Query: slow}, 3, 500*time.Millisecond)
	if err != nil || !l.TimedOut || time.Since(start) > 20*time.Second {
		t.Errorf("slow query: %+v, %v after %v; want a timeout", l, err, time.Since(start))
	}
}

func TestRunChild(t *testing.T) {
	ctx := context.Background()
	p, err := RunChild(ctx, "sh", []string{"-c", "echo hello; echo oops >&2; exit 3"}, nil, 0)
	if err == nil || !strings.Contains(err.Error(), "oops") || p.Stderr != "oops" {
		t.Fatalf("got %v (stderr %q), want an error quoting stderr", err, p.Stderr)
	}
	p, err = RunChild(ctx, "sh", []string{"-c", `test "$X" = 1`}, []string{"X=1"}, 0)
	if err != nil {
		t.Fatalf("child did not see its environment: %v", err)
	}
	if p.PeakRSS < 100<<10 || p.PeakRSS > 1<<30 || p.Elapsed <= 0 || p.Stopped {
		t.Errorf("peak RSS %d bytes, elapsed %v, stopped %v: not plausible for sh", p.PeakRSS, p.Elapsed, p.Stopped)
	}
	p, err = RunChild(ctx, "sleep", []string{"30"}, nil, 200*time.Millisecond)
	if err != nil || !p.Stopped || p.Elapsed > 10*time.Second {
		t.Errorf("sleep 30 with a 200ms limit: %+v, %v; want it stopped early", p, err)
	}
}

func TestTable(t *testing.T) {
	tb := &Table{Machine: "m", Neo4j: "n"}
	tb.Add(Result{Name: "a", Size: "1", Value: "2 articles/s", Floor: ">= 1", Status: Check(true)})
	if tb.Failed() {
		t.Error("a table with only ok rows failed")
	}
	tb.Add(Result{Name: "b", Value: "3", Status: Check(false)})
	var buf bytes.Buffer
	if err := tb.Print(&buf); err != nil {
		t.Fatal(err)
	}
	if !tb.Failed() || !strings.Contains(buf.String(), "FAIL") || !strings.Contains(buf.String(), "2 articles/s") {
		t.Errorf("table:\n%s", buf.String())
	}
	if Human(1234567) != "1,234,567" || Human(12.34) != "12.3" {
		t.Errorf("Human: %s %s", Human(1234567), Human(12.34))
	}
}

func TestCopyGraphMultiplies(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	if _, _, err := GrowGraph(ctx, st, generator(t), 0, 300); err != nil {
		t.Fatal(err)
	}
	before, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := CopyGraph(ctx, st, 1, 2); err != nil {
		t.Fatal(err)
	}
	after, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range []string{"MEMBER_OF", "CRITICIZES", graph.MentionsType} {
		if after.Rels[ty] != 3*before.Rels[ty] || before.Rels[ty] == 0 {
			t.Errorf("%s: %d before, %d after 2 copies, want 3x", ty, before.Rels[ty], after.Rels[ty])
		}
	}
	if after.Nodes["Article"] != 3*before.Nodes["Article"] || after.Nodes["Entity"] != before.Nodes["Entity"] {
		t.Errorf("nodes before %v, after %v: want 3x articles, the same entities", before.Nodes, after.Nodes)
	}
	if n, err := readmodel.Drift(ctx, st.Driver(), st.Database()); err != nil || n != 0 {
		t.Errorf("after 2 copies %d dyads differ from the reports (%v)", n, err)
	}
	if err := CopyGraph(ctx, st, 3, 3); err != nil {
		t.Fatal(err)
	}
	if n, err := readmodel.Drift(ctx, st.Driver(), st.Database()); err != nil || n != 0 {
		t.Errorf("after a third copy %d dyads differ from the reports (%v)", n, err)
	}
	if err := CopyGraph(ctx, st, 2, 2); err == nil {
		t.Error("copy 2 made twice without an error")
	}
}

// goldExtractor answers with the generator's own gold, to test Agree.
type goldExtractor struct {
	g    *corpusgen.Generator
	drop bool // drop every relation of the first article
}

func (e goldExtractor) Version() string { return "gold" }

func (e goldExtractor) Extract(a actorgraph.Article) actorgraph.Extraction {
	for i := 0; i < 3; i++ {
		if s := e.g.Article(i); s.Article.ID == a.ID {
			if e.drop && i == 0 {
				s.Gold.Relations = nil
			}
			return s.Gold
		}
	}
	return actorgraph.Extraction{}
}

// Agree scores with package eval: the gold against itself is perfect, and
// without the relations of one article of three, precision stays 1 and
// recall drops to what the other two state.
func TestAgree(t *testing.T) {
	g := generator(t)
	perfect := Agree(goldExtractor{g: g}, g, 3)
	r := perfect.Relations
	if r.TP == 0 || r.Precision() != 1 || r.Recall() != 1 || perfect.Actors.F1() != 1 || perfect.NoPrediction != 0 {
		t.Errorf("gold against itself: relations %+v, actors %+v, %d without prediction", r, perfect.Actors, perfect.NoPrediction)
	}
	partial := Agree(goldExtractor{g: g, drop: true}, g, 3).Relations
	first := len(triplesOf(g.Article(0).Gold.Relations))
	if partial.Precision() != 1 || partial.FN != first || partial.TP != r.TP-first {
		t.Errorf("gold without article 0's %d relations: %+v, want precision 1 and those missed", first, partial)
	}
}

// triplesOf is the set of distinct (source, type, target) of rels, either
// direction for symmetric types, as eval counts them.
func triplesOf(rels []actorgraph.Relation) map[[3]string]bool {
	out := map[[3]string]bool{}
	for _, r := range rels {
		src, dst := strings.ToLower(r.Source), strings.ToLower(r.Target)
		if r.Type.Symmetric() && dst < src {
			src, dst = dst, src
		}
		out[[3]string{src, string(r.Type), dst}] = true
	}
	return out
}

func TestMedianRate(t *testing.T) {
	rate := func(articles int, secs float64) Rate {
		return Rate{Articles: articles, Elapsed: time.Duration(secs * float64(time.Second))}
	}
	cases := []struct {
		runs []Rate
		want float64 // articles/s
	}{
		{nil, 0},
		{[]Rate{rate(100, 1)}, 100},
		{[]Rate{rate(300, 10), rate(300, 1), rate(300, 2)}, 150},
		{[]Rate{rate(100, 1), rate(100, 4)}, 100},
	}
	for _, c := range cases {
		if got := MedianRate(c.runs).ArticlesPerSec(); got != c.want {
			t.Errorf("MedianRate(%v) = %v articles/s, want %v", c.runs, got, c.want)
		}
	}
}
