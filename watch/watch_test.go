package watch_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/source"
	"github.com/actorgraph/actorgraph/watch"
)

// A second round ingests only what is new or changed, extracts nothing
// else, and the graph keeps each source's state.
func TestSecondRoundIngestsOnlyWhatIsNew(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	web := newSite(t)
	dir := t.TempDir()
	writeStory(t, dir, 1, "")
	writeStory(t, dir, 2, "")
	web.set("p1", story(21, "First version."))
	web.set("p2", story(22, ""))
	f := source.NewFetcher(source.FetchOptions{Timeout: 2 * time.Second, Retries: -1})
	sources := []watch.Source{dirSource(dir), feedSource(f, web.URL+"/rss.xml"), feedSource(f, web.URL+"/broken.xml")}
	ex := newExtractor(t)
	ingest := ingester(ex, st, 10, nil)

	rep, err := watch.RunRound(ctx, 1, sources, ingest, st)
	if err != nil {
		t.Fatal(err)
	}
	if tot := rep.Totals(); tot.New != 4 || tot.Unchanged != 0 || tot.Failed != 0 || tot.Relations == 0 {
		t.Errorf("round 1 = %+v", tot)
	}
	if rep.SourcesFailed() != 1 || !strings.Contains(rep.Results[2].Err.Error(), "500") {
		t.Errorf("broken feed: %v", rep.Results[2].Err)
	}

	writeStory(t, dir, 3, "")
	web.set("p3", story(23, ""))
	web.set("p1", story(21, "Second version: Spain criticized Poland on Friday."))
	ex.calls.Store(0)
	rep, err = watch.RunRound(ctx, 2, sources, ingest, st)
	if err != nil {
		t.Fatal(err)
	}
	dirSum, feedSum := rep.Results[0].Summary, rep.Results[1].Summary
	if dirSum.New != 1 || dirSum.Unchanged != 2 || dirSum.Changed != 0 {
		t.Errorf("round 2 dir = %+v", dirSum)
	}
	if feedSum.New != 1 || feedSum.Changed != 1 || feedSum.Unchanged != 1 {
		t.Errorf("round 2 feed = %+v", feedSum)
	}
	if n := ex.calls.Load(); n != 3 {
		t.Errorf("round 2 extracted %d articles, want 3 (known ones skipped before extraction)", n)
	}
	if n := count(t, st, "MATCH (a:Article) RETURN count(a) AS n"); n != 6 {
		t.Errorf("%d articles in the graph, want 6", n)
	}
	// The changed page's relations are those of its new text only.
	p1 := web.URL + "/a/p1"
	rows := graphtest.Rows(t, st, "MATCH ()-[r]->() WHERE r.article_id = $id RETURN collect(r.evidence) AS ev", map[string]any{"id": p1})
	ev, _ := rows[0]["ev"].([]any)
	found := false
	for _, e := range ev {
		s, _ := e.(string)
		found = found || strings.Contains(s, "Spain criticized Poland")
	}
	if !found {
		t.Errorf("relations of the changed article = %v, want one from its new sentence", ev)
	}

	states, err := st.SourceStates(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(states) != 3 {
		t.Fatalf("states = %+v", states)
	}
	for _, s := range states {
		if s.Runs != 2 {
			t.Errorf("%s: %d runs", s.ID, s.Runs)
		}
		switch s.Kind {
		case "dir":
			if s.TotalNew != 3 || s.New != 1 || s.Skipped != 2 || s.LastError != "" {
				t.Errorf("dir state = %+v", s)
			}
		case "feed":
			broken := strings.HasSuffix(s.ID, "/broken.xml")
			if broken != (s.LastError != "") || broken != s.LastSuccess.IsZero() {
				t.Errorf("feed state = %+v", s)
			}
		}
	}
}

// A round cancelled in the middle loses nothing and duplicates nothing: the
// next round ingests exactly what was left, and the graph is the one a
// single uninterrupted round makes.
func TestCancelledRoundLosesAndDuplicatesNothing(t *testing.T) {
	st := graphtest.Open(t)
	dir := t.TempDir()
	const total = 30
	for i := 0; i < total; i++ {
		writeStory(t, dir, i, "")
	}
	ex := newExtractor(t)
	sources := []watch.Source{dirSource(dir)}

	ctx, cancel := context.WithCancel(context.Background())
	events := 0
	stopper := func(pipeline.Event) {
		if events++; events == 9 {
			cancel()
		}
	}
	rep, err := watch.RunRound(ctx, 1, sources, ingester(ex, st, 4, stopper), st)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("round 1: err = %v, want cancelled", err)
	}
	done := int64(rep.Totals().New)
	inGraph := count(t, st, "MATCH (a:Article) RETURN count(a) AS n")
	if inGraph != done || done < 8 || done >= total {
		t.Fatalf("cancelled round reported %d new, graph has %d articles (want the same, between 8 and %d)", done, inGraph, total)
	}
	// Every article in the graph is whole: it has its mentions.
	if n := count(t, st, "MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() RETURN count(a) AS n"); n != 0 {
		t.Errorf("%d articles without their mentions", n)
	}
	states, _ := st.SourceStates(context.Background(), nil)
	if r := rep.Results[0]; !r.Interrupted || rep.SourcesFailed() != 0 {
		t.Errorf("cancelled source: interrupted %v, %d sources failed", r.Interrupted, rep.SourcesFailed())
	}
	if len(states) != 1 || states[0].LastError != "interrupted" || !states[0].LastSuccess.IsZero() {
		t.Errorf("state after the cancelled round = %+v", states)
	}

	rep, err = watch.RunRound(context.Background(), 2, sources, ingester(ex, st, 4, nil), st)
	if err != nil {
		t.Fatal(err)
	}
	if tot := rep.Totals(); int64(tot.New) != total-done || int64(tot.Unchanged) != done || tot.Failed != 0 {
		t.Errorf("round 2 = %+v, want %d new and %d skipped", tot, total-done, done)
	}
	resumed := graphCounts(t, st)
	t.Logf("cancelled after %d of %d articles; graph after resuming: %v", done, total, resumed)
	if resumed[0] != total || resumed[3] == 0 || resumed[4] != 0 {
		t.Errorf("graph after resuming = %v: want %d articles, some relations, no repeated keys", resumed, total)
	}

	if err := graphtest.Wipe(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	if _, err := watch.RunRound(context.Background(), 1, sources, ingester(ex, st, 4, nil), st); err != nil {
		t.Fatal(err)
	}
	if clean := graphCounts(t, st); clean != resumed {
		t.Errorf("interrupted then resumed: %v; one clean round: %v", resumed, clean)
	}
}

// graphCounts counts articles, entities, mentions, relationship reports and
// repeated report keys.
func graphCounts(t *testing.T, s *graph.Store) [5]int64 {
	t.Helper()
	return [5]int64{
		count(t, s, "MATCH (a:Article) RETURN count(a) AS n"),
		count(t, s, "MATCH (e:Entity) RETURN count(e) AS n"),
		count(t, s, "MATCH ()-[m:MENTIONS]->() RETURN count(m) AS n"),
		count(t, s, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n"),
		count(t, s, "MATCH (:Entity)-[r]->(:Entity) WITH r.key AS k, count(*) AS c WHERE c > 1 RETURN count(k) AS n"),
	}
}
