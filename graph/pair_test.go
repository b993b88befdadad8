package graph_test

import (
	"context"
	"math"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

const (
	ostmark = "government:ostmark"
	velland = "government:velland"
)

// pairTotal returns the sums of one pair total, or nil when absent.
func pairTotal(t *testing.T, s *graph.Store, source, target string) map[string]any {
	t.Helper()
	rows := graphtest.Rows(t, s, `MATCH (x:Pair {id: $key})
		RETURN x.source AS source, x.target AS target, x.n AS n, x.st AS st, x.stn AS stn, x.cn AS cn, x.cw AS cw,
		       x.criticizes AS criticizes, x.opposes AS opposes, x.threatens AS threatens, x.attacks AS attacks,
		       x.mediates AS mediates`,
		map[string]any{"key": source + "|" + target})
	if len(rows) > 1 {
		t.Fatalf("%d pair totals %s|%s", len(rows), source, target)
	}
	if len(rows) == 0 {
		return nil
	}
	return rows[0]
}

// checkPair compares a pair total with want (n, stn, cn and the counts
// exactly; st and cw to 1e-9). A nil want means the pair must be absent.
func checkPair(t *testing.T, s *graph.Store, label, source, target string, want map[string]any) {
	t.Helper()
	got := pairTotal(t, s, source, target)
	if want == nil {
		if got != nil {
			t.Errorf("%s: pair %s|%s = %v, want none", label, source, target, got)
		}
		return
	}
	if got == nil {
		t.Errorf("%s: pair %s|%s missing", label, source, target)
		return
	}
	if got["source"] != source || got["target"] != target {
		t.Errorf("%s: pair %s|%s has ends %v, %v", label, source, target, got["source"], got["target"])
	}
	for _, k := range []string{"n", "stn", "cn", "criticizes", "opposes", "threatens", "attacks", "mediates"} {
		w, _ := want[k].(int)
		if got[k] != int64(w) {
			t.Errorf("%s: pair %s|%s %s = %v, want %d", label, source, target, k, got[k], w)
		}
	}
	for _, k := range []string{"st", "cw"} {
		w, _ := want[k].(float64)
		if g, ok := got[k].(float64); !ok || math.Abs(g-w) > 1e-9 {
			t.Errorf("%s: pair %s|%s %s = %v, want %v", label, source, target, k, got[k], w)
		}
	}
}

// Pair totals sum every tallied report of their pair over all time, a
// symmetric report in the stance of both ends, and follow replaced articles
// (a pair left with nothing is deleted).
func TestPairTotalsSumReports(t *testing.T) {
	s := graphtest.Open(t)
	first := tallyDoc("https://example.test/p1", "2024-03-05",
		rel("Ostmark", actorgraph.Criticizes, "Velland", -2),
		rel("Ostmark", actorgraph.Threatens, "Velland", -4.4),
		rel("Velland", actorgraph.NegotiatesWith, "Ostmark", 3.5),
		rel("Ostmark", actorgraph.Mediates, "Velland", 5),
		rel("Ilse Marr", actorgraph.MemberOf, "Ostmark", 0))
	second := tallyDoc("https://example.test/p2", "2024-04-10",
		rel("Velland", actorgraph.Supports, "Ostmark", 3.4),
		rel("Ostmark", actorgraph.Criticizes, "Velland", -2))
	write(t, s, first, second)
	checkPair(t, s, "written", ostmark, velland, map[string]any{"n": 5, "stn": 5, "st": 0.1,
		"cn": 3, "cw": -8.4, "criticizes": 2, "threatens": 1, "mediates": 1})
	checkPair(t, s, "written", velland, ostmark, map[string]any{"n": 1, "stn": 2, "st": 6.9})
	checkPair(t, s, "written (MEMBER_OF is not summed)", "person:ilse-marr", ostmark, nil)
	if n := drift(t, s); n != 0 {
		t.Errorf("drift = %d after writing", n)
	}

	// The second article loses its criticism.
	second = tallyDoc("https://example.test/p2", "2024-04-10", rel("Velland", actorgraph.Supports, "Ostmark", 3.4))
	second.Article.Text += " (corrected)"
	second.Article.ContentHash = actorgraph.ContentHash(second.Article.Title, second.Article.Text)
	write(t, s, second)
	checkPair(t, s, "second changed", ostmark, velland, map[string]any{"n": 4, "stn": 4, "st": 2.1,
		"cn": 2, "cw": -6.4, "criticizes": 1, "threatens": 1, "mediates": 1})
	checkPair(t, s, "second changed", velland, ostmark, map[string]any{"n": 1, "stn": 2, "st": 6.9})

	// The first loses everything: Ostmark's pair toward Velland goes, and
	// the talks leave Velland's stance.
	first = tallyDoc("https://example.test/p1", "2024-03-05")
	first.Article.Text += " (retracted)"
	first.Article.ContentHash = actorgraph.ContentHash(first.Article.Title, first.Article.Text)
	write(t, s, first)
	checkPair(t, s, "first emptied", ostmark, velland, nil)
	checkPair(t, s, "first emptied", velland, ostmark, map[string]any{"n": 1, "stn": 1, "st": 3.4})
	if n := drift(t, s); n != 0 {
		t.Errorf("drift = %d after the changes", n)
	}
}

// A graph written before pair totals (tallies, no pairs, no pairs_id) gets
// them at the next Migrate, built from its tallies.
func TestMigrateBuildsPairTotals(t *testing.T) {
	s := graphtest.Open(t)
	write(t, s, tallyDoc("https://example.test/p3", "2024-06-01",
		rel("Ostmark", actorgraph.Opposes, "Velland", -4),
		rel("Ostmark", actorgraph.MeetsWith, "Velland", 1)))
	execWrite(t, s, "DROP CONSTRAINT pairs_id")
	execWrite(t, s, "MATCH (x:Pair) DELETE x")
	if n := drift(t, s); n != 2 {
		t.Fatalf("drift = %d without pair totals, want 2 (two missing)", n)
	}
	if err := s.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	checkPair(t, s, "built", ostmark, velland, map[string]any{"n": 2, "stn": 2, "st": -3.0, "cn": 1, "cw": -4.0, "opposes": 1})
	checkPair(t, s, "built", velland, ostmark, map[string]any{"stn": 1, "st": 1.0})
	if n := drift(t, s); n != 0 {
		t.Errorf("drift = %d after the build", n)
	}
	if rows := graphtest.Rows(t, s, "SHOW CONSTRAINTS YIELD name WHERE name = 'pairs_id' RETURN name", nil); len(rows) != 1 {
		t.Errorf("pairs_id after Migrate: %v", rows)
	}
}
