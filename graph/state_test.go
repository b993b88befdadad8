package graph_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

func TestRecordRunKeepsStatePerSource(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	t0 := time.Date(2031, 3, 1, 10, 0, 0, 0, time.UTC)
	feed := "feed:http://127.0.0.1/rss.xml"
	runs := []actorgraph.SourceRun{
		{ID: feed, Kind: "feed", Started: t0, Finished: t0.Add(time.Second), New: 3, Failed: 1},
		{ID: "dir:/data/news", Kind: "dir", Started: t0, Finished: t0.Add(time.Second), New: 2},
		{ID: feed, Kind: "feed", Started: t0.Add(time.Hour), Finished: t0.Add(time.Hour + time.Second),
			New: 1, Changed: 1, Skipped: 3},
		{ID: feed, Kind: "feed", Started: t0.Add(2 * time.Hour), Finished: t0.Add(2 * time.Hour),
			Err: "cannot reach neo4j"},
	}
	for _, r := range runs {
		if err := s.RecordRun(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	states, err := s.SourceStates(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(states) != 2 || states[0].ID != "dir:/data/news" || states[1].ID != feed {
		t.Fatalf("states = %+v", states)
	}
	f := states[1]
	if f.Kind != "feed" || f.Runs != 3 || !f.LastRun.Equal(t0.Add(2*time.Hour)) {
		t.Errorf("feed runs %d, last run %s", f.Runs, f.LastRun)
	}
	if !f.LastSuccess.Equal(t0.Add(time.Hour)) || f.LastError != "cannot reach neo4j" {
		t.Errorf("last success %s, last error %q: the failed round must not count as success", f.LastSuccess, f.LastError)
	}
	if f.New != 0 || f.Skipped != 0 || f.TotalNew != 4 || f.TotalChanged != 1 || f.TotalFailed != 1 {
		t.Errorf("counts = %+v", f)
	}
	d := states[0]
	if d.Runs != 1 || d.TotalNew != 2 || !d.LastSuccess.Equal(t0) || d.LastError != "" {
		t.Errorf("dir = %+v", d)
	}

	only, err := s.SourceStates(ctx, []string{feed, "url:never-seen"})
	if err != nil || len(only) != 1 || only[0].ID != feed {
		t.Errorf("SourceStates(feed) = %+v, %v", only, err)
	}
	none, err := s.SourceStates(ctx, []string{})
	if err != nil || len(none) != 0 {
		t.Errorf("SourceStates(empty) = %+v, %v", none, err)
	}
}

// Two ingesters recording the same new source at once make one node.
func TestRecordRunConcurrentMakesOneNode(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			now := time.Now()
			errs <- s.RecordRun(ctx, actorgraph.SourceRun{ID: "url:http://127.0.0.1/a", Kind: "url", Started: now, Finished: now, New: 1})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	rows := graphtest.Rows(t, s, "MATCH (n:Source) RETURN count(n) AS n, sum(n.runs) AS runs, sum(n.total_new) AS total", nil)
	if rows[0]["n"] != int64(1) || rows[0]["runs"] != int64(8) || rows[0]["total"] != int64(8) {
		t.Errorf("rows = %v", rows)
	}
}

func TestSourceConstraintExists(t *testing.T) {
	s := graphtest.Open(t)
	rows := graphtest.Rows(t, s, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties WHERE name = 'source_id' RETURN labelsOrTypes, properties", nil)
	if len(rows) != 1 || !strings.Contains(strings.Join(toStrings(rows[0]["labelsOrTypes"]), ","), "Source") {
		t.Errorf("source_id constraint = %v", rows)
	}
}

func toStrings(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, x := range list {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}
