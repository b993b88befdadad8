package bench

import (
	"context"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/queries"
)

// TestSavedQueriesUseIndexes fails when a saved query plans a full node
// scan where an index exists. The graph holds a few hundred articles so
// that the planner sees realistic statistics.
func TestSavedQueriesUseIndexes(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	if _, _, err := GrowGraph(ctx, st, generator(t), 0, 5000); err != nil {
		t.Fatal(err)
	}
	indexes, err := NodeIndexes(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if !indexes["Entity.id"] || !indexes["Entity.name"] {
		t.Fatalf("schema indexes missing: %v", indexes)
	}
	cases, err := QueryCases()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no saved queries")
	}
	for _, c := range cases {
		ops, err := Explain(ctx, st, c)
		if err != nil {
			t.Fatal(err)
		}
		if len(ops) < 2 {
			t.Errorf("%s: plan has %d operators", c.Name, len(ops))
		}
		var access []string
		for _, op := range ops {
			if strings.HasSuffix(op[0], "Scan") || strings.Contains(op[0], "Seek") {
				access = append(access, op[0]+" "+op[1])
			}
		}
		t.Logf("%s: %s", c.Name, strings.Join(access, "; "))
		for _, issue := range CheckPlan(c.Name, ops, indexes) {
			t.Errorf("full scan where an index exists: %s", issue)
		}
	}
}

// TestCheckPlanCatchesScans makes sure the check can fail: a forced label
// scan on an indexed property is reported, an index seek is not.
func TestCheckPlanCatchesScans(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	indexes, err := NodeIndexes(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	bad := adHoc(t, "bad", "MATCH (n:Entity) USING SCAN n:Entity WHERE n.name = $x RETURN n")
	good := adHoc(t, "good", "MATCH (n:Entity {id: $x}) RETURN n")
	all := adHoc(t, "all", "MATCH (n) WHERE n.id = $x RETURN n")
	for _, c := range []struct {
		q    QueryCase
		want int
	}{{bad, 1}, {good, 0}, {all, 1}} {
		ops, err := Explain(ctx, st, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := CheckPlan(c.q.Name, ops, indexes); len(got) != c.want {
			t.Errorf("%s: %d issues %v, want %d (plan %v)", c.q.Name, len(got), got, c.want, ops)
		}
	}
}

// adHoc is a saved query made up for a test, with one parameter x = "Oman".
func adHoc(t *testing.T, name, cypher string) QueryCase {
	t.Helper()
	q, err := queries.Parse(name+".cypher", "// name: "+name+"\n// description: test\n// param: x string\n"+cypher)
	if err != nil {
		t.Fatal(err)
	}
	return QueryCase{Name: name, Query: q, Args: map[string]string{"x": "Oman"}}
}

// TestExplainSeesEveryBranch guards against the driver's Plan.Children
// returning one branch twice: both sides of a UNION must be in the plan.
func TestExplainSeesEveryBranch(t *testing.T) {
	st := graphtest.Open(t)
	c := adHoc(t, "union", "MATCH (n:Entity {id: $x}) RETURN n.id AS id UNION MATCH (n:Article {id: $x}) RETURN n.id AS id")
	ops, err := Explain(context.Background(), st, c)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, op := range ops {
		if op[0] == "NodeUniqueIndexSeek" {
			seen[labelOf(op[1])] = true
		}
	}
	if !seen["Entity"] || !seen["Article"] {
		t.Errorf("plan misses a branch of the UNION: %v", ops)
	}
}

// labelOf returns the label of an index seek's details, "UNIQUE n:Entity(id) ..." -> "Entity".
func labelOf(details string) string {
	_, rest, _ := strings.Cut(details, ":")
	label, _, _ := strings.Cut(rest, "(")
	return label
}
