package graph_test

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// benchDocs is the number of articles each benchmark operation writes.
const benchDocs = 20

// BenchmarkWrite writes benchDocs new articles per operation in one
// batched transaction (UNWIND rows, one statement per node and
// relationship type). Compare with BenchmarkWriteNaive:
//
//	go test ./graph -run '^$' -bench Write -benchtime 10x
func BenchmarkWrite(b *testing.B) {
	s := graphtest.Open(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		docs := syntheticDocs(benchDocs, int64(1000+i))
		b.StartTimer()
		if _, err := s.Write(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*benchDocs)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkWriteNaive writes the same kind of articles with one
// auto-commit statement per node and per relationship: the baseline the
// batched Write is measured against.
func BenchmarkWriteNaive(b *testing.B) {
	s := graphtest.Open(b)
	ctx := context.Background()
	sess := s.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.Database()})
	defer sess.Close(ctx)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		docs := syntheticDocs(benchDocs, int64(1000+i))
		b.StartTimer()
		for _, d := range docs {
			if err := writeNaive(ctx, sess, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*benchDocs)/b.Elapsed().Seconds(), "articles/s")
}

var naiveLabels = map[actorgraph.ActorType]string{
	actorgraph.Person: "Actor:Person", actorgraph.Government: "Actor:Government",
	actorgraph.Organization: "Actor:Organization", actorgraph.Negotiation: "Negotiation",
}

type stmt struct {
	cypher string
	params map[string]any
}

func writeNaive(ctx context.Context, sess neo4j.SessionWithContext, d actorgraph.Document) error {
	a := d.Article
	stmts := []stmt{{"MERGE (a:Article {id: $id}) SET a.title = $title, a.content_hash = $hash, a.published = $published",
		map[string]any{"id": a.ID, "title": a.Title, "hash": a.ContentHash, "published": neo4j.DateOf(a.Published)}}}
	ids := map[string]string{}
	for _, act := range d.Extraction.Actors {
		ids[act.Name] = act.ID()
		stmts = append(stmts, struct {
			cypher string
			params map[string]any
		}{"MERGE (e:Entity {id: $id}) SET e:" + naiveLabels[act.Type] + ", e.name = $name " +
			"WITH e MATCH (a:Article {id: $article}) MERGE (a)-[:MENTIONS]->(e)",
			map[string]any{"id": act.ID(), "name": act.Name, "article": a.ID}})
	}
	for _, r := range d.Extraction.Relations {
		info, ok := r.Type.Info()
		src, dst := ids[r.Source], ids[r.Target]
		if !ok || src == dst {
			continue
		}
		stmts = append(stmts, struct {
			cypher string
			params map[string]any
		}{"MATCH (s:Entity {id: $src}), (t:Entity {id: $dst}) MERGE (s)-[r:" + string(info.Type) +
			" {key: $key}]->(t) SET r.evidence = $evidence, r.article_id = $article, r.weight = $weight",
			map[string]any{"src": src, "dst": dst, "key": graph.RelKey(a.ID, r.Type, src, dst, r.Sentence),
				"evidence": r.Evidence, "article": a.ID, "weight": r.Weight}})
	}
	for _, st := range stmts {
		res, err := sess.Run(ctx, st.cypher, st.params)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
