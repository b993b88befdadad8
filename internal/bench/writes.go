package bench

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
)

// Docs returns documents [from, from+n) of g with their gold extractions,
// ready to write without running an extractor.
func Docs(g *corpusgen.Generator, from, n int) []actorgraph.Document {
	out := make([]actorgraph.Document, n)
	for i := range out {
		s := g.Article(from + i)
		out[i] = actorgraph.Document{Article: s.Article, Extraction: s.Gold}
	}
	return out
}

// relationCount is the number of relations in docs.
func relationCount(docs []actorgraph.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Extraction.Relations))
	}
	return n
}

// Batched writes docs through st.Write, batch documents per transaction,
// into the graph as it is, and measures the rate.
func Batched(ctx context.Context, st *graph.Store, docs []actorgraph.Document, batch int) (Rate, error) {
	start := time.Now()
	for i := 0; i < len(docs); i += batch {
		j := min(i+batch, len(docs))
		if _, err := st.Write(ctx, docs[i:j]); err != nil {
			return Rate{}, fmt.Errorf("batched write: %w", err)
		}
	}
	return Rate{Articles: len(docs), Relations: relationCount(docs), Elapsed: time.Since(start)}, nil
}

// MedianRate returns the run of rs with the median article rate (the
// upper one of the two middle runs when len(rs) is even); the zero Rate
// when rs is empty.
func MedianRate(rs []Rate) Rate {
	if len(rs) == 0 {
		return Rate{}
	}
	sorted := slices.Clone(rs)
	slices.SortFunc(sorted, func(a, b Rate) int { return cmp.Compare(a.ArticlesPerSec(), b.ArticlesPerSec()) })
	return sorted[len(sorted)/2]
}

// Wipe deletes every relationship, then every node, of the store's
// database (graph.Store.Wipe); the schema stays.
func Wipe(ctx context.Context, st *graph.Store) error {
	return st.Wipe(ctx)
}
