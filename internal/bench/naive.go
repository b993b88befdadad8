package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
)

// Naive writes docs through the store's own write path one article per
// transaction (graph.Store.Write of one document), the way a loader that
// does not batch would, and measures the rate. It returns the number of
// transactions it ran (one per article). Until 2026-12-08 the naive path
// re-implemented the store's Cypher as one auto-commit statement per node
// and relationship; issue 22 asked for the bench to use graph's API.
func Naive(ctx context.Context, st *graph.Store, docs []actorgraph.Document) (Rate, int, error) {
	start := time.Now()
	for i, d := range docs {
		if _, err := st.Write(ctx, docs[i:i+1]); err != nil {
			return Rate{}, i, fmt.Errorf("naive write %s: %w", d.Article.ID, err)
		}
	}
	r := Rate{Articles: len(docs), Relations: relationCount(docs), Elapsed: time.Since(start)}
	return r, len(docs), nil
}
