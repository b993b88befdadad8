package graph_test

import (
	"context"
	"fmt"
	"math"
	"sync"
	"testing"
	"time"

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
		       x.criticizes AS criticizes, x.opposes AS opposes, x.threatens AS threatens, x.attacks AS attacks`,
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
	for _, k := range []string{"n", "stn", "cn", "criticizes", "opposes", "threatens", "attacks"} {
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

// queued counts the pair queue nodes.
func queued(t *testing.T, s *graph.Store) int64 {
	t.Helper()
	rows := graphtest.Rows(t, s, "MATCH (q:PairQueue) RETURN count(q) AS n", nil)
	return rows[0]["n"].(int64)
}

// settle runs Settle and checks that it leaves no queue and no drift.
func settle(t *testing.T, s *graph.Store, label string) int {
	t.Helper()
	n, err := s.Settle(context.Background())
	if err != nil {
		t.Fatalf("%s: settle: %v", label, err)
	}
	if q := queued(t, s); q != 0 {
		t.Errorf("%s: %d queue nodes left after Settle", label, q)
	}
	if d, err := s.PairDrift(context.Background()); err != nil || d != 0 {
		t.Errorf("%s: pair drift %d (%v) after Settle", label, d, err)
	}
	return n
}

// Pair totals sum every tallied report of their pair over all time, a
// symmetric report in the stance of both ends, and follow replaced articles
// (a pair left with nothing is deleted). Writes queue them; Settle brings
// them up to date.
func TestPairTotalsSumReports(t *testing.T) {
	for _, scan := range []bool{false, true} {
		t.Run(fmt.Sprintf("scan=%v", scan), func(t *testing.T) {
			if scan {
				// Every queue is large: Settle scans every tally.
				defer graph.SetSettleScanAbove(0)()
			}
			testPairTotalsSumReports(t)
		})
	}
}

func testPairTotalsSumReports(t *testing.T) {
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
	if q := queued(t, s); q != 1 {
		t.Errorf("one batch written: %d queue nodes, want 1", q)
	}
	checkPair(t, s, "written, not settled", ostmark, velland, nil)
	if n := settle(t, s, "written"); n != 2 {
		t.Errorf("settle recomputed %d pairs, want 2", n)
	}
	checkPair(t, s, "written", ostmark, velland, map[string]any{"n": 5, "stn": 5, "st": 0.1,
		"cn": 3, "cw": -8.4, "criticizes": 2, "threatens": 1})
	checkPair(t, s, "written", velland, ostmark, map[string]any{"n": 1, "stn": 2, "st": 6.9})
	checkPair(t, s, "written (MEMBER_OF is not summed)", "person:ilse-marr", ostmark, nil)
	if n := settle(t, s, "nothing queued"); n != 0 {
		t.Errorf("settle with nothing queued recomputed %d pairs", n)
	}

	// The second article loses its criticism.
	second = tallyDoc("https://example.test/p2", "2024-04-10", rel("Velland", actorgraph.Supports, "Ostmark", 3.4))
	second.Article.Text += " (corrected)"
	second.Article.ContentHash = actorgraph.ContentHash(second.Article.Title, second.Article.Text)
	write(t, s, second)
	settle(t, s, "second changed")
	checkPair(t, s, "second changed", ostmark, velland, map[string]any{"n": 4, "stn": 4, "st": 2.1,
		"cn": 2, "cw": -6.4, "criticizes": 1, "threatens": 1})
	checkPair(t, s, "second changed", velland, ostmark, map[string]any{"n": 1, "stn": 2, "st": 6.9})

	// The first loses everything: Ostmark's pair toward Velland goes, and
	// the talks leave Velland's stance.
	first = tallyDoc("https://example.test/p1", "2024-03-05")
	first.Article.Text += " (retracted)"
	first.Article.ContentHash = actorgraph.ContentHash(first.Article.Title, first.Article.Text)
	write(t, s, first)
	settle(t, s, "first emptied")
	checkPair(t, s, "first emptied", ostmark, velland, nil)
	checkPair(t, s, "first emptied", velland, ostmark, map[string]any{"n": 1, "stn": 1, "st": 3.4})
}

// PairDrift notices a pair total that differs from its tallies.
func TestPairDriftNotices(t *testing.T) {
	s := graphtest.Open(t)
	write(t, s, tallyDoc("https://example.test/p4", "2024-05-02", rel("Ostmark", actorgraph.Attacks, "Velland", -10)))
	settle(t, s, "written")
	execWrite(t, s, "MATCH (x:Pair) SET x.attacks = x.attacks + 1")
	if n, err := s.PairDrift(context.Background()); err != nil || n != 1 {
		t.Errorf("drift = %d (%v) after tampering with the one pair, want 1", n, err)
	}
	if _, err := s.RebuildPairs(context.Background()); err != nil {
		t.Fatal(err)
	}
	checkPair(t, s, "rebuilt", ostmark, velland, map[string]any{"n": 1, "stn": 1, "st": -10.0, "cn": 1, "cw": -10.0, "attacks": 1})
	execWrite(t, s, "CREATE (:Pair {id: 'x|y', source: 'x', target: 'y', n: 1, stn: 1, st: 1.0, cn: 0, cw: 0.0, criticizes: 0, opposes: 0, threatens: 0, attacks: 0})")
	if _, err := s.RebuildPairs(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n, err := s.PairDrift(context.Background()); err != nil || n != 0 {
		t.Errorf("drift = %d (%v) after rebuilding over a pair without tallies, want 0", n, err)
	}
}

// A graph written before pair totals (tallies, no pairs, no pair_totals_id) gets
// them at the next Migrate, built from its tallies.
func TestMigrateBuildsPairTotals(t *testing.T) {
	s := graphtest.Open(t)
	write(t, s, tallyDoc("https://example.test/p3", "2024-06-01",
		rel("Ostmark", actorgraph.Opposes, "Velland", -4),
		rel("Ostmark", actorgraph.MeetsWith, "Velland", 1)))
	execWrite(t, s, "DROP CONSTRAINT pair_totals_id")
	execWrite(t, s, "MATCH (x:Pair|PairQueue) DELETE x")
	if n, err := s.PairDrift(context.Background()); err != nil || n != 2 {
		t.Fatalf("drift = %d (%v) without pair totals, want 2 (two missing)", n, err)
	}
	if err := s.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	checkPair(t, s, "built", ostmark, velland, map[string]any{"n": 2, "stn": 2, "st": -3.0, "cn": 1, "cw": -4.0, "opposes": 1})
	checkPair(t, s, "built", velland, ostmark, map[string]any{"stn": 1, "st": 1.0})
	if q := queued(t, s); q != 0 {
		t.Errorf("%d queue nodes after Migrate", q)
	}
	if rows := graphtest.Rows(t, s, "SHOW CONSTRAINTS YIELD name WHERE name = 'pair_totals_id' RETURN name", nil); len(rows) != 1 {
		t.Errorf("pair_totals_id after Migrate: %v", rows)
	}
}

// Writers and settlers running at the same time leave, once the last
// Settle has run, every pair total equal to its tallies.
func TestSettleUnderConcurrentWriters(t *testing.T) {
	s := graphtest.Open(t)
	countries := []string{"Ostmark", "Velland", "Brunia", "Kessar"}
	types := []actorgraph.RelType{actorgraph.Criticizes, actorgraph.MeetsWith, actorgraph.Supports, actorgraph.Attacks}
	var batches [][]actorgraph.Document
	for b := range 6 {
		var docs []actorgraph.Document
		for i := range 5 {
			k := b*5 + i
			d := tallyDoc(fmt.Sprintf("https://example.test/s%d", k), fmt.Sprintf("2024-%02d-%02d", 1+k%6, 1+k%27),
				rel(countries[k%4], types[k%4], countries[(k+1)%4], float64(k%5)-2),
				rel(countries[(k+2)%4], types[(k+1)%4], countries[k%4], float64(k%3)-1))
			d.Extraction.Actors = append(d.Extraction.Actors,
				actorgraph.Actor{Name: "Brunia", Type: actorgraph.Government},
				actorgraph.Actor{Name: "Kessar", Type: actorgraph.Government})
			docs = append(docs, d)
		}
		batches = append(batches, docs)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for _, docs := range batches {
		wg.Add(2)
		go func() {
			defer wg.Done()
			if _, err := s.WriteBatch(ctx, docs); err != nil {
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			if _, err := s.Settle(ctx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent write or settle: %v", err)
	}
	settle(t, s, "after concurrent writes")
	if rows := graphtest.Rows(t, s, "MATCH (x:Pair) RETURN count(x) AS n", nil); rows[0]["n"].(int64) < 8 {
		t.Errorf("%v pair totals, want at least 8", rows[0]["n"])
	}
}
