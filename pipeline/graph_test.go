package pipeline

import (
	"context"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestRunOnNeo4j runs the pipeline into the real graph: everything is
// written once, a rerun writes and extracts nothing, a failed input does not
// stop the others, and a changed article replaces its relations.
func TestRunOnNeo4j(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	ex := &wordExtractor{}
	its := many(30)
	its = append(its[:10], append([]actorgraph.Item{{Err: actorgraph.Errorf(actorgraph.KindInput, "in/bad.json:3", "malformed JSON")}}, its[10:]...)...)
	opts := Options{Workers: 3, BatchSize: 8}

	sum, err := Run(ctx, opts, items(its...), ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 30 || sum.Failed != 1 || sum.Failures[0].Input != "in/bad.json:3" || sum.Relations != 30 {
		t.Fatalf("first run: %+v", sum)
	}
	// The batches keep the read model up to date as they write.
	if rows := graphtest.Rows(t, st, "MATCH (:Entity {name: 'Alpha'})-[d:DYAD]->(:Entity {name: 'Beta'}) RETURN d.reports AS n", nil); len(rows) != 1 || rows[0]["n"] != int64(30) {
		t.Errorf("dyad Alpha -> Beta after the first run: %v, want 30 reports", rows)
	}
	articles := func() int64 {
		rows := graphtest.Rows(t, st, "MATCH (a:Article) RETURN count(a) AS n", nil)
		return rows[0]["n"].(int64)
	}
	supports := func() int64 {
		rows := graphtest.Rows(t, st, "MATCH (:Entity {name: 'Alpha'})-[r:SUPPORTS]->(:Entity {name: 'Beta'}) RETURN count(r) AS n", nil)
		return rows[0]["n"].(int64)
	}
	if articles() != 30 || supports() != 30 {
		t.Fatalf("graph holds %d articles and %d SUPPORTS, want 30 and 30", articles(), supports())
	}

	sum, err = Run(ctx, opts, items(its...), ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 30 || sum.New+sum.Changed != 0 || ex.calls.Load() != 30 {
		t.Fatalf("rerun: %+v after %d extractions, want all unchanged and none extracted again", sum, ex.calls.Load())
	}

	changed := actorgraph.Item{Article: article("a005", "Alpha Gamma")}
	sum, err = Run(ctx, opts, items(changed), ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Changed != 1 || articles() != 30 || supports() != 29 {
		t.Fatalf("change: %+v, %d articles, %d SUPPORTS", sum, articles(), supports())
	}
	rows := graphtest.Rows(t, st, "MATCH (:Entity {name: 'Alpha'})-[r:SUPPORTS]->(:Entity {name: 'Gamma'}) RETURN r.article_id AS id", nil)
	if len(rows) != 1 || rows[0]["id"] != "a005" {
		t.Fatalf("new relation rows %v", rows)
	}
}

// TestCancelOnNeo4jWritesWholeBatches cancels a run in the middle: what the
// summary counts is exactly what the graph holds, in whole batches.
func TestCancelOnNeo4jWritesWholeBatches(t *testing.T) {
	st := graphtest.Open(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	endless := func(ctx context.Context, fn func(actorgraph.Item) error) error {
		for i := 0; ; i++ {
			if err := fn(actorgraph.Item{Article: article(fmt.Sprint("c", i), "Alpha Beta")}); err != nil {
				return err
			}
		}
	}
	opts := Options{BatchSize: 10, Progress: func(e Event) {
		if e.Summary.New >= 20 {
			cancel()
		}
	}}
	sum, err := Run(ctx, opts, endless, &wordExtractor{}, st)
	if err == nil {
		t.Fatal("Run returned no error after cancel")
	}
	rows := graphtest.Rows(t, st, "MATCH (a:Article) RETURN count(a) AS n", nil)
	if n := rows[0]["n"].(int64); n != int64(sum.New) || sum.New < 20 {
		t.Fatalf("summary %d new, graph holds %d articles", sum.New, n)
	}
}
