package graph_test

import (
	"context"
	"fmt"
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
	text := planText(t, s, name, args)
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

// planText explains the saved query name with args and returns the text
// rendering of its plan.
func planText(t *testing.T, s *graph.Store, name string, args map[string]string) string {
	t.Helper()
	text, _ := runPlanned(t, s, "EXPLAIN", name, args).Plan().Arguments()["string-representation"].(string)
	return text
}

// runPlanned runs the saved query name with args, prefixed with mode
// (EXPLAIN or PROFILE), and returns the result's summary.
func runPlanned(t *testing.T, s *graph.Store, mode, name string, args map[string]string) neo4j.ResultSummary {
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
	res, err := neo4j.ExecuteQuery(context.Background(), s.Driver(), mode+" "+q.Text, params,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	if err != nil {
		t.Fatalf("%s %s: %v", mode, name, err)
	}
	return res.Summary
}

// Without a window and an actor, tension, alignment and brokers sum every
// tally of their types: they read the sums from the covering index
// tallies_cover (its values cached in the plan), not from the tallies;
// tension and alignment do so while pair totals are queued, and read the
// pair totals' indexes otherwise.
func TestAllTimeQueriesReadCoveringIndex(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	for _, name := range []string{"tension", "alignment", "brokers"} {
		details := planDetails(planText(t, s, name, nil))
		for _, want := range []string{"RANGEINDEXx:Tally(type,source,target,n,w)", "cache[x.source]", "cache[x.target]", "cache[x.n]"} {
			if !strings.Contains(details, want) {
				t.Errorf("%s: plan does not read %s: %s", name, want, details)
			}
		}
	}
	// tension and alignment read the pair totals from their indexes alone
	// when none is queued for an update.
	for name, wants := range map[string][]string{
		"tension":   {"RANGEINDEXx:Pair(cn,source,target,cw,criticizes,opposes,threatens,attacks)", "cache[x.cw]", "cache[x.attacks]"},
		"alignment": {"RANGEINDEXx:Pair(source,target,n,stn,st)", "cache[x.stn]", "cache[x.st]"},
	} {
		details := planDetails(planText(t, s, name, nil))
		for _, want := range wants {
			if !strings.Contains(details, want) {
				t.Errorf("%s: plan does not read %s: %s", name, want, pairDetails(details))
			}
		}
	}
	// brokers reads its candidates' tallies over all time from the
	// covering indexes too: as source by type and source, as target from
	// tallies_target_cover.
	details := planDetails(planText(t, s, "brokers", nil))
	for _, want := range []string{"RANGEINDEXk:Tally(type,source,target,n,w)WHERE", "RANGEINDEXk:Tally(target,type,source,n)WHERE"} {
		if !strings.Contains(details, want) {
			t.Errorf("brokers: plan does not read %s: %.2000s", want, details)
		}
	}
}

// planDetails returns the Details column of a plan's text rendering, rows
// joined and spaces removed (the rendering wraps long details over several
// rows, anywhere in a word).
func planDetails(text string) string {
	lines := strings.Split(text, "\n")
	start, end := -1, -1
	for _, l := range lines {
		if i, j := strings.Index(l, "| Details"), strings.Index(l, "| Estimated Rows"); i >= 0 && j > i {
			start, end = i+1, j
			break
		}
	}
	var b strings.Builder
	for _, l := range lines {
		if start >= 0 && len(l) >= end {
			b.WriteString(strings.ReplaceAll(l[start:end], " ", ""))
		}
	}
	return b.String()
}

// pairDetails returns the parts of plan details that name :Pair.
func pairDetails(details string) string {
	var out []string
	for _, part := range strings.Split(details, "----") {
		if strings.Contains(part, "Pair") {
			out = append(out, part)
		}
	}
	return strings.Join(out, " | ")
}

// profOp is one operator of a profiled plan: its name, its details
// (spaces removed) and the rows it produced.
type profOp struct {
	name, details string
	rows          int
}

// profileOps profiles the saved query name with args and returns its
// operators, read from the plan's text rendering (details wrap over
// several lines; the rows are on the operator's first line).
func profileOps(t *testing.T, s *graph.Store, name string, args map[string]string) []profOp {
	t.Helper()
	text, _ := runPlanned(t, s, "PROFILE", name, args).Profile().Arguments()["string-representation"].(string)
	lines := strings.Split(text, "\n")
	// Columns by the header's offsets: | Operator | Id | Details |
	// Estimated Rows | Rows | DB Hits | ...
	var at []int
	for _, l := range lines {
		if strings.HasPrefix(l, "| Operator") {
			for i, c := range l {
				if c == '|' {
					at = append(at, i)
				}
			}
			break
		}
	}
	var ops []profOp
	for _, l := range lines {
		if len(at) < 7 || len(l) < at[6] || strings.HasPrefix(l, "| Operator") {
			continue
		}
		col := func(i int) string { return strings.TrimSpace(l[at[i]+1 : at[i+1]]) }
		details := strings.ReplaceAll(col(2), " ", "")
		if m := planOp.FindStringSubmatch(l[:at[1]+1]); m != nil && col(1) != "" {
			var rows int
			fmt.Sscan(col(4), &rows)
			ops = append(ops, profOp{name: m[1], details: details, rows: rows})
		} else if len(ops) > 0 && col(1) == "" && !strings.HasPrefix(col(2), "-") {
			ops[len(ops)-1].details += details
		}
	}
	if len(ops) == 0 || ops[0].name != "ProduceResults" {
		t.Fatalf("%s: could not read the profile:\n%s", name, text)
	}
	return ops
}

// Each branch of brokers that does not apply to a call has a null bound
// and finds nothing, rather than reading an index and filtering the rows
// out after: in a window, no tally is read from the all-time indexes (nor
// an actor's tallies by its id); over all time, none from the window's.
// Both with candidates (limit 1) and without (a limit above the number of
// mediators); and with an actor in a window, which reads that actor's own
// tallies of the window for its partners, not every tally of the window.
func TestBrokersReadOnlyTheirWindowsTallies(t *testing.T) {
	s := graphtest.Open(t)
	writeTallyFixture(t, s, tallyRels())
	allTime := []string{"Tally(type,source,target,n,w)", "Tally(target,type,source,n)"}
	window := []string{"Tally(type,month)"}
	for _, limit := range []string{"1", "1000"} {
		for _, c := range []struct {
			args  map[string]string
			empty []string
		}{
			{map[string]string{"from": "2024-01-01", "to": "2024-02-29"}, append(allTime, "Tally(id)WHEREidSTARTSWITHx")},
			{map[string]string{}, window},
			// (the mediations still come from every MEDIATES tally of the
			// window, by type = 'MEDIATES'; the partners scan is by type IN)
			{map[string]string{"actor": tallyActors[0].Name, "from": "2024-01-01", "to": "2024-02-29"},
				[]string{"Tally(type,month)WHEREtypeIN", allTime[0]}},
		} {
			c.args["limit"] = limit
			read := 0
			for _, op := range profileOps(t, s, "brokers", c.args) {
				if !strings.Contains(op.name, "Seek") || !strings.Contains(op.details, "Tally(") {
					continue
				}
				read += op.rows
				for _, idx := range c.empty {
					if strings.Contains(op.details, idx) && op.rows > 0 {
						t.Errorf("brokers %v: %s found %d rows: %s", c.args, op.name, op.rows, op.details)
					}
				}
			}
			if read == 0 {
				t.Errorf("brokers %v: no tally read at all (could the profile be read?)", c.args)
			}
		}
	}
}
