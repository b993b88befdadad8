package watch_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/watch"
)

// timed is an Ingest whose sources take the time their id says, or fail
// with the error of errs.
func timed(delays map[string]time.Duration, errs map[string]error) watch.Ingest {
	return func(ctx context.Context, src watch.Source) (pipeline.Summary, error) {
		if err := errs[src.ID]; err != nil {
			return pipeline.Summary{}, err
		}
		select {
		case <-time.After(delays[src.ID]):
			return pipeline.Summary{New: 1}, nil
		case <-ctx.Done():
			return pipeline.Summary{}, ctx.Err()
		}
	}
}

func sources(ids ...string) []watch.Source {
	out := make([]watch.Source, len(ids))
	for i, id := range ids {
		out[i] = watch.Source{ID: id, Kind: "feed"}
	}
	return out
}

// A slow source does not hold up the others: sources are read in parallel
// and reported in the order given.
func TestRoundReadsSourcesInParallel(t *testing.T) {
	st := graphtest.Open(t)
	delays := map[string]time.Duration{"slow": 600 * time.Millisecond, "a": 50 * time.Millisecond, "b": 50 * time.Millisecond, "c": 50 * time.Millisecond}
	rep, err := watch.RunRound(context.Background(), 1, sources("slow", "a", "b", "c"), timed(delays, nil), st)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Elapsed > 1200*time.Millisecond {
		t.Errorf("round took %s: sources ran one after another", rep.Elapsed)
	}
	var ids []string
	for _, r := range rep.Results {
		ids = append(ids, r.Source.ID)
		if r.Source.ID != "slow" && r.Elapsed > 400*time.Millisecond {
			t.Errorf("%s took %s next to the slow source", r.Source.ID, r.Elapsed)
		}
	}
	if len(ids) != 4 || ids[0] != "slow" || ids[3] != "c" || rep.Totals().New != 4 {
		t.Errorf("results %v, totals %+v", ids, rep.Totals())
	}
	if n := count(t, st, "MATCH (s:Source) WHERE s.runs = 1 AND s.last_error = '' RETURN count(s) AS n"); n != 4 {
		t.Errorf("%d sources recorded", n)
	}
}

// A store that cannot be reached stops the whole round: the sources still
// running are interrupted and the error is returned.
func TestRoundStopsWhenStoreIsUnavailable(t *testing.T) {
	st := graphtest.Open(t)
	down := &actorgraph.Error{Kind: actorgraph.KindUnavailable, Msg: "cannot reach neo4j"}
	delays := map[string]time.Duration{"slow": 10 * time.Second}
	start := time.Now()
	rep, err := watch.RunRound(context.Background(), 1, sources("slow", "down"), timed(delays, map[string]error{"down": down}), st)
	if !errors.Is(err, down) || time.Since(start) > 5*time.Second {
		t.Fatalf("after %s: err = %v", time.Since(start), err)
	}
	if len(rep.Results) != 2 || !rep.Results[0].Interrupted || rep.Results[1].Err != down {
		t.Errorf("results = %+v", rep.Results)
	}
}
