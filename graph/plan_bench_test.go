package graph

import (
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
)

// BenchmarkBuildPlan measures the client side of a write: turning a batch
// of 50 generated articles (their gold extractions) into statement rows.
// It needs no database:
//
//	go test ./graph -run '^$' -bench BuildPlan -benchmem
func BenchmarkBuildPlan(b *testing.B) {
	g, err := corpusgen.New(corpusgen.Config{Seed: 3})
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]actorgraph.Document, 50)
	for i := range docs {
		s := g.Article(i)
		docs[i] = prepare(actorgraph.Document{Article: s.Article, Extraction: s.Gold})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if p := buildPlan(docs); len(p.rels) == 0 {
			b.Fatal("no reports")
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "articles/s")
}
