package graph_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// mentionOnlyDocs are n articles that mention two governments and hold no
// relation: before mentions had a key, nothing stopped two writers from
// both writing them.
func mentionOnlyDocs(n int) []actorgraph.Document {
	actors := []actorgraph.Actor{{Name: "France", Type: actorgraph.Government}, {Name: "Germany", Type: actorgraph.Government}}
	docs := make([]actorgraph.Document, n)
	for i := range docs {
		a := actorgraph.Article{URL: fmt.Sprintf("https://mo.example/%d", i), Title: fmt.Sprintf("M %d", i),
			Text: fmt.Sprintf("France and Germany were both in the news (item %d).", i)}
		a.Finish()
		docs[i] = actorgraph.Document{Article: a, Extraction: actorgraph.Extraction{ID: a.ID, Actors: actors}}
	}
	return docs
}

// TestConcurrentMentionOnlyArticles: two stores (two processes' worth of
// drivers) write the same 200 mention-only articles at once, in batches
// of 10. Each article has its two mentions once, and only one writer
// counts it new.
func TestConcurrentMentionOnlyArticles(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	other, err := graph.Open(ctx, graphtest.Config())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	docs := mentionOnlyDocs(200)
	var wg sync.WaitGroup
	news := make([]int, 2)
	errs := make([]error, 2)
	for i, st := range []*graph.Store{s, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < len(docs) && errs[i] == nil; j += 10 {
				var statuses []actorgraph.WriteStatus
				statuses, errs[i] = st.Write(ctx, docs[j:j+10])
				for _, st := range statuses {
					if st == actorgraph.StatusNew {
						news[i]++
					}
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatalf("concurrent write: %v", err)
		}
	}
	c := counts(t, s)
	if c.Rels[graph.MentionsType] != 400 || news[0]+news[1] != 200 {
		t.Errorf("%d mentions and %d+%d new, want 400 mentions and 200 new in all", c.Rels[graph.MentionsType], news[0], news[1])
	}
	assertNoDuplicates(t, s)
}

// TestMigrateRepairsDuplicateMentions: a graph written by an older version,
// with mentions that have no key and some that are doubled, is repaired
// by Upgrade and the schema (ingest migrate): one mention per article and
// entity, each with its key, and the constraint in place.
func TestMigrateRepairsDuplicateMentions(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	if _, err := s.Write(ctx, mentionOnlyDocs(20)); err != nil {
		t.Fatal(err)
	}
	execWrite(t, s, `DROP CONSTRAINT mentions_key IF EXISTS`)
	execWrite(t, s, `MATCH ()-[m:MENTIONS]->() REMOVE m.key`)
	execWrite(t, s, `MATCH (a:Article)-[:MENTIONS]->(e) WITH a, e LIMIT 15
		CREATE (a)-[:MENTIONS]->(e), (a)-[:MENTIONS]->(e)`)
	if c := counts(t, s); c.Rels[graph.MentionsType] != 70 {
		t.Fatalf("set-up: %d mentions, want 40 + 30 doubles", c.Rels[graph.MentionsType])
	}
	if _, err := s.Upgrade(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if c := counts(t, s); c.Rels[graph.MentionsType] != 40 {
		t.Errorf("after Migrate: %d mentions, want 40", c.Rels[graph.MentionsType])
	}
	rows := graphtest.Rows(t, s, `MATCH (a)-[m:MENTIONS]->(e) WHERE m.key IS NULL OR m.key <> a.id + ' ' + e.id RETURN count(*) AS n`, nil)
	if n := rows[0]["n"]; n != int64(0) {
		t.Errorf("%v mentions without their key after Migrate", n)
	}
	if rows := graphtest.Rows(t, s, `SHOW CONSTRAINTS YIELD name WHERE name = 'mentions_key' RETURN name`, nil); len(rows) != 1 {
		t.Errorf("constraint mentions_key missing after Migrate")
	}
	assertNoDuplicates(t, s)
}
