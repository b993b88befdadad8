package graph_test

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/queries"
)

// saved runs the saved query name with args and fails the test on error.
func saved(t *testing.T, s *graph.Store, name string, args map[string]string) *graph.Result {
	t.Helper()
	q, err := queries.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	res, err := bound(s, q, args)
	if err != nil {
		t.Fatalf("query %s %v: %v", name, args, err)
	}
	return res
}

// bound binds args to the saved query q and runs it, as `ingest query`
// does.
func bound(s *graph.Store, q queries.Query, args map[string]string) (*graph.Result, error) {
	params, err := q.Bind(args)
	if err != nil {
		return nil, err
	}
	return s.Query(context.Background(), "query "+q.Name, q.Text, params)
}

// expect checks that res has exactly the rows want (values of the columns
// cols, in order). Expected ints match int64; floats match to 1e-9; nil
// matches null.
func expect(t *testing.T, res *graph.Result, cols string, want ...[]any) {
	t.Helper()
	idx := map[string]int{}
	for i, c := range res.Columns {
		idx[c] = i
	}
	names := strings.Fields(cols)
	for _, c := range names {
		if _, ok := idx[c]; !ok {
			t.Fatalf("no column %q in %v", c, res.Columns)
		}
	}
	if len(res.Rows) != len(want) {
		t.Errorf("%d rows, want %d", len(res.Rows), len(want))
	}
	for i, row := range res.Rows {
		got := make([]any, len(names))
		for j, c := range names {
			got[j] = row[idx[c]]
		}
		if i >= len(want) {
			t.Errorf("extra row %d: %v", i, got)
			continue
		}
		for j := range names {
			if !same(got[j], want[i][j]) {
				t.Errorf("row %d: %s = %#v, want %#v (row %v)", i, names[j], got[j], want[i][j], got)
			}
		}
	}
}

func same(got, want any) bool {
	switch w := want.(type) {
	case int:
		g, ok := got.(int64)
		return ok && g == int64(w)
	case float64:
		g, ok := got.(float64)
		return ok && math.Abs(g-w) < 1e-9
	case []string:
		g, ok := got.([]any)
		return ok && fmt.Sprint(g) == fmt.Sprint(w)
	}
	return got == want
}

// Every saved query parses, plans and runs on an empty database with only
// its required parameters given.
func TestSavedQueriesRunOnEmptyDatabase(t *testing.T) {
	s := graphtest.Open(t)
	all, err := queries.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		args := map[string]string{}
		for _, p := range q.Params {
			if p.Required {
				args[p.Name] = "government:nowhere"
			}
		}
		res, err := bound(s, q, args)
		if err != nil {
			t.Errorf("%s: %v", q.Name, err)
			continue
		}
		if len(res.Rows) != 0 || len(res.Columns) < 3 {
			t.Errorf("%s: columns %v, %d rows on an empty graph", q.Name, res.Columns, len(res.Rows))
		}
	}
}

// Query classifies what the server refuses under the context it is given:
// a value the statement cannot use (a negative LIMIT) is a usage error
// naming the query, not a raw driver error.
func TestQueryClassifiesErrors(t *testing.T) {
	s := graphtest.Open(t)
	_, err := s.Query(context.Background(), "query x", "MATCH (n) RETURN n LIMIT $n", map[string]any{"n": int64(-1)})
	if actorgraph.KindOf(err) != actorgraph.KindUsage || !strings.Contains(err.Error(), "query x") {
		t.Errorf("err = %v (kind %v), want a usage error naming the query", err, actorgraph.KindOf(err))
	}
	res, err := s.Query(context.Background(), "query y", "RETURN $a AS a, $d AS d", map[string]any{"a": "x'y", "d": nil})
	if err != nil || len(res.Rows) != 1 || res.Rows[0][0] != "x'y" || res.Rows[0][1] != nil {
		t.Errorf("parameters as values: %v, %v", res, err)
	}
}

// hostileNames are actor names and parameter values that would break a query
// built by pasting text: quotes, backticks, braces, comments, keywords.
var hostileNames = []string{
	`O'Hara "the \"Envoy\"" ` + "`x`" + ` {y: 1}`,
	`Zed') DETACH DELETE n //`,
	`*/ MATCH (n) DETACH DELETE n RETURN 1 /*`,
	`$actor UNION MATCH (n) RETURN n`,
}

// Parameters reach Neo4j as values: names with quotes, backticks, braces,
// comments and Cypher keywords are matched literally and come back
// verbatim, and nothing is deleted.
func TestHostileParametersAreHarmless(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	var rels []actorgraph.Relation
	actors := []actorgraph.Actor{{Name: "Aldoria", Type: actorgraph.Government}}
	for i, name := range hostileNames {
		actors = append(actors, actorgraph.Actor{Name: name, Type: actorgraph.Person})
		rels = append(rels, actorgraph.Relation{Source: name, Type: actorgraph.Criticizes, Target: "Aldoria",
			Evidence: name + " said so.", Sentence: i, Weight: -2, Confidence: 1, Rule: "fixture"})
	}
	doc := fixtureDoc("2024-04-01", rels)
	doc.Extraction.Actors = actors
	if _, err := s.Write(context.Background(), []actorgraph.Document{doc}); err != nil {
		t.Fatal(err)
	}
	before := graphtest.Rows(t, s, "MATCH (n) RETURN count(n) AS n", nil)[0]["n"]
	for _, name := range hostileNames {
		res := saved(t, s, "evidence", map[string]string{"a": name, "b": "Aldoria"})
		expect(t, res, "source type target evidence", []any{name, "CRITICIZES", "Aldoria", name + " said so."})
		res = saved(t, s, "tension", map[string]string{"actor": name})
		expect(t, res, "a b tension", []any{"Aldoria", name, 2.0})
		// A value that is not a name matches nothing.
		res = saved(t, s, "stances", map[string]string{"target": name + "x"})
		expect(t, res, "actor")
	}
	after := graphtest.Rows(t, s, "MATCH (n) RETURN count(n) AS n", nil)[0]["n"]
	if before != after {
		t.Errorf("%v nodes before, %v after", before, after)
	}
}

// The Neo4j Browser favorites (queries.BrowserFavorites) run as the
// Browser runs them: each ":param name => expr" line of the first one
// evaluates expr on the server, then the second one, the query alone, runs
// with those parameters. With the defaults they give the same answer as
// the saved query.
func TestBrowserFavoritesRun(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	all, err := queries.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		favs := q.BrowserFavorites()
		params := map[string]any{}
		for _, line := range strings.Split(favs[0].Text, "\n") {
			stmt, ok := strings.CutPrefix(strings.TrimSuffix(line, ";"), ":param ")
			if name, expr, found := strings.Cut(stmt, " => "); ok && found {
				params[name] = graphtest.Rows(t, s, "RETURN "+expr+" AS v", nil)[0]["v"]
			}
		}
		if len(params) != len(q.Params) {
			t.Errorf("%s: %d :param lines, want %d", q.Name, len(params), len(q.Params))
		}
		body := favs[1].Text
		args := map[string]string{}
		for _, p := range q.Params {
			if p.Required {
				v := map[string]string{"b": "Borvia"}[p.Name]
				if v == "" {
					v = "Aldoria"
				}
				params[p.Name], args[p.Name] = v, v
			}
		}
		got, err := s.Run(context.Background(), body, params)
		if err != nil {
			t.Errorf("%s: %v", q.Name, err)
			continue
		}
		want := saved(t, s, q.Name, args)
		// At their defaults, alignment (3 shared targets) and brokers find
		// nothing in the fixture (TestAlignmentScores, TestBrokers); the
		// Browser form must still give the same answer.
		empty := q.Name == "alignment" || q.Name == "brokers"
		if fmt.Sprint(got) != fmt.Sprint(want) || len(want.Rows) == 0 && !empty {
			t.Errorf("%s in the Browser:\n%v\nwant\n%v", q.Name, got, want)
		}
	}
}
