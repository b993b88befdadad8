package graph_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/queries"
)

var planOp = regexp.MustCompile(`\|\s*(?:\|\s*)*[\\ ]*\+(\w+(?:\(\w+\))?)`)

// planOperators explains the saved query name with args and returns the
// operators of its plan, read from the plan's text rendering (the driver's
// Plan.Children loses all but the last child of Apply and Union).
func planOperators(t *testing.T, s *graph.Store, name string, args map[string]string) map[string]int {
	t.Helper()
	q, err := queries.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	params, err := q.Bind(args)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range params {
		if d, ok := v.(interface{ Format(string) string }); ok {
			params[k] = d.Format("2006-01-02")
		}
	}
	res, err := neo4j.ExecuteQuery(context.Background(), s.Driver(), "EXPLAIN "+q.Text, params,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	if err != nil {
		t.Fatalf("explain %s: %v", name, err)
	}
	text, _ := res.Summary.Plan().Arguments()["string-representation"].(string)
	ops := map[string]int{}
	for _, line := range strings.Split(text, "\n") {
		if m := planOp.FindStringSubmatch(line); m != nil {
			ops[m[1]]++
		}
	}
	if ops["ProduceResults"] != 1 {
		t.Fatalf("%s: could not read the plan:\n%s", name, text)
	}
	return ops
}

// The saved queries start from indexes: anchored ones from the id and name
// indexes, tension and alignment in a window from the tally and the
// relationship date indexes, the others from relationship type scans. None
// scans all nodes or a whole label, and none builds a cartesian product.
func TestQueryPlansUseIndexes(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	cases := []struct {
		name string
		args map[string]string
		want []string
	}{
		{"tension", nil, []string{"NodeIndexSeek"}},
		{"tension", map[string]string{"from": "2024-02-01", "rollup": "true"}, []string{"DirectedRelationshipIndexSeekByRange"}},
		{"tension", map[string]string{"actor": "Aldoria", "rollup": "true"}, []string{"NodeUniqueIndexSeek", "NodeIndexSeek"}},
		{"alignment", map[string]string{"rollup": "true"}, []string{"NodeIndexSeek", "DirectedRelationshipIndexSeekByRange"}},
		{"alignment", map[string]string{"from": "2024-01-15", "to": "2024-02-20"}, []string{"DirectedRelationshipIndexSeekByRange"}},
		{"brokers", nil, []string{"NodeIndexSeek", "NodeUniqueIndexSeekByRange"}},
		{"brokers", map[string]string{"from": "2024-01-15", "to": "2024-02-20"}, []string{"DirectedRelationshipIndexSeekByRange"}},
		{"brokers", map[string]string{"actor": "Borvia"}, []string{"NodeUniqueIndexSeek", "NodeIndexSeek"}},
		{"evidence", map[string]string{"a": "Aldoria", "b": "Borvia"}, []string{"NodeUniqueIndexSeek", "NodeIndexSeek"}},
		{"tension-timeline", map[string]string{"a": "Aldoria", "b": "Borvia"}, []string{"NodeUniqueIndexSeek", "NodeIndexSeek"}},
		{"stances", map[string]string{"target": "Harbor Talks"}, []string{"NodeUniqueIndexSeek", "NodeIndexSeek"}},
		{"officials", map[string]string{"government": "Aldoria"}, []string{"NodeUniqueIndexSeek", "NodeIndexSeek"}},
	}
	for _, c := range cases {
		ops := planOperators(t, s, c.name, c.args)
		for _, bad := range []string{"CartesianProduct", "AllNodesScan", "NodeByLabelScan"} {
			if ops[bad] > 0 {
				t.Errorf("%s %v: plan has %s: %v", c.name, c.args, bad, ops)
			}
		}
		for _, op := range c.want {
			if ops[op] == 0 {
				t.Errorf("%s %v: plan has no %s: %v", c.name, c.args, op, ops)
			}
		}
	}
}
