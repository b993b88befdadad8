package graph_test

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

func TestWriteNewDocument(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	doc := talksDoc()
	res, err := s.WriteBatch(ctx, []actorgraph.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Statuses) != 1 || res.Statuses[0] != actorgraph.StatusNew {
		t.Fatalf("statuses = %v, want [new]", res.Statuses)
	}
	if res.Skipped != 3 || res.Relations != 5 || res.Entities != 4 || res.Mentions != 4 {
		t.Errorf("result = %+v, want 4 entities, 5 relations, 4 mentions, 3 skipped", res)
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("counts %+v", c)
}
