package graph_test

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// The tally fixture: invented actors with many dated reports spread over
// six calendar months (and a few undated ones), so that windows which cut
// months in the middle read both tallies and raw reports. The saved
// queries' answers are checked against a straightforward computation over
// the same reports in Go (tallyTension, tallyAlignment below).
var tallyActors = []actorgraph.Actor{
	{Name: "Norland", Type: actorgraph.Government},
	{Name: "Ostia", Type: actorgraph.Government},
	{Name: "Pellar", Type: actorgraph.Government},
	{Name: "Quenmark", Type: actorgraph.Government},
	{Name: "Ren Talo", Type: actorgraph.Person, Affiliation: "Norland", Role: "envoy"},
	{Name: "Lia Moss", Type: actorgraph.Person, Affiliation: "Ostia", Role: "minister"},
	{Name: "Southern Council", Type: actorgraph.Organization},
	{Name: "River Accord Talks", Type: actorgraph.Negotiation},
}

// tallyTypes are the report types the fixture cycles through, with their
// base weights.
var tallyTypes = []struct {
	typ    string
	weight float64
}{
	{"CRITICIZES", -2}, {"SUPPORTS", 3.4}, {"OPPOSES", -4}, {"MEETS_WITH", 1},
	{"THREATENS", -4.4}, {"URGES", 3}, {"ATTACKS", -10}, {"NEGOTIATES_WITH", 7},
	{"COOPERATES_WITH", 3.5}, {"MEDIATES", 5}, {"PARTICIPATES_IN", 7},
}

// tallyRels builds the fixture's reports: 7 of the 8 entities as sources,
// every entity as a target, a date every 3 days from 2023-11-20 to
// 2024-04-28 (month starts and ends included), one report in 13 undated,
// and the two officials' MEMBER_OF.
func tallyRels() []fixtureRel {
	start := time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC)
	out := []fixtureRel{
		{"2023-11-20", "Ren Talo", "MEMBER_OF", "Norland", 0},
		{"2023-11-20", "Lia Moss", "MEMBER_OF", "Ostia", 0},
	}
	for i := 0; i < 400; i++ {
		src := tallyActors[(i*5)%6]
		if i%9 == 4 {
			src = tallyActors[6]
		}
		dst := tallyActors[(i*3+1)%8]
		if src.Name == dst.Name {
			dst = tallyActors[(i*3+2)%8]
		}
		kind := tallyTypes[i%len(tallyTypes)]
		date := start.AddDate(0, 0, (i*3)%161).Format("2006-01-02")
		if i%13 == 5 {
			date = ""
		}
		// Weights vary by tenths around the type's base weight.
		w := math.Round((kind.weight*(1+float64(i%4)/10))*10) / 10
		out = append(out, fixtureRel{date, src.Name, kind.typ, dst.Name, w})
	}
	return out
}

// writeTallyFixture writes tallyRels through Store.Write, one article per
// date (the undated ones in one undated article).
func writeTallyFixture(t *testing.T, s *graph.Store, rels []fixtureRel) {
	t.Helper()
	byDate := map[string][]actorgraph.Relation{}
	var dates []string
	for _, r := range rels {
		if _, ok := byDate[r.date]; !ok {
			dates = append(dates, r.date)
		}
		rel := actorgraph.Relation{
			Source: r.source, Type: actorgraph.RelType(r.rel), Target: r.target,
			Evidence: fmt.Sprintf("%s %s %s (%d).", r.source, r.rel, r.target, len(byDate[r.date])),
			Sentence: len(byDate[r.date]), Weight: r.weight, Confidence: 0.9, Rule: "fixture",
		}
		byDate[r.date] = append(byDate[r.date], rel)
	}
	var docs []actorgraph.Document
	for _, d := range dates {
		doc := fixtureDoc(d, byDate[d])
		doc.Extraction.Actors = tallyActors
		docs = append(docs, doc)
	}
	if _, err := s.Write(context.Background(), docs); err != nil {
		t.Fatalf("write tally fixture: %v", err)
	}
}

// tallyWindows are the windows both queries are checked on: all time,
// whole months, windows that cut months at both ends, one inside a single
// month, an open end and an open start.
var tallyWindows = []map[string]string{
	{},
	{"from": "2024-01-01", "to": "2024-02-29"},
	{"from": "2023-12-15", "to": "2024-03-10"},
	{"from": "2024-01-20", "to": "2024-01-25"},
	{"from": "2024-01-17", "to": "2024-02-11"},
	{"from": "2024-02-10"},
	{"to": "2024-02-14"},
	{"to": "2024-01-31"},
}

func TestTalliedQueriesMatchReports(t *testing.T) {
	s := graphtest.Open(t)
	rels := tallyRels()
	writeTallyFixture(t, s, rels)
	// First with the pair totals queued (all time reads the tallies), then
	// settled (all time reads the pair totals).
	for _, settled := range []bool{false, true} {
		if settled {
			if _, err := s.Settle(context.Background()); err != nil {
				t.Fatal(err)
			}
		} else if q := queued(t, s); q == 0 {
			t.Fatal("nothing queued after the write")
		}
		for _, win := range tallyWindows {
			for _, rollup := range []string{"false", "true"} {
				args := map[string]string{"rollup": rollup, "limit": "1000"}
				for k, v := range win {
					args[k] = v
				}
				label := fmt.Sprintf("settled %v %v", settled, args)
				want := tallyTension(rels, win, rollup == "true")
				checkTension(t, label, saved(t, s, "tension", args), want)
				// With an actor (read from its own tallies and reports): the
				// same rows, those with the actor. The actors of the first
				// row, by name.
				if len(want) > 0 {
					for _, who := range []any{want[0][0], want[0][1]} {
						var mine [][]any
						for _, w := range want {
							if w[0] == who || w[1] == who {
								mine = append(mine, w)
							}
						}
						args["actor"] = who.(string)
						checkTension(t, label+" actor", saved(t, s, "tension", args), mine)
					}
					delete(args, "actor")
				}
				checkRows(t, "alignment "+label, saved(t, s, "alignment", args), "a b", "alignment shared dot",
					tallyAlignment(rels, win, rollup == "true"), 1e-4)
			}
		}
	}
}

// checkTension compares the tension rows with want, in order.
func checkTension(t *testing.T, label string, res *graph.Result, want [][]any) {
	t.Helper()
	if len(want) == 0 {
		t.Fatalf("tension %s: the fixture gives no pairs", label)
	}
	checkRows(t, "tension "+label, res, "a b",
		"tension previous change a_to_b b_to_a criticizes opposes threatens attacks first last", want, 1e-9)
}

// checkRows compares res with want as sets of rows keyed by the key
// columns; the other columns are compared in order (floats within tol).
func checkRows(t *testing.T, label string, res *graph.Result, keys, cols string, want [][]any, tol float64) {
	t.Helper()
	idx := map[string]int{}
	for i, c := range res.Columns {
		idx[c] = i
	}
	names := append(strings.Fields(keys), strings.Fields(cols)...)
	nk := len(strings.Fields(keys))
	key := func(row []any) string { return fmt.Sprint(row[:nk]) }
	wantBy := map[string][]any{}
	for _, w := range want {
		wantBy[key(w)] = w
	}
	if len(res.Rows) != len(want) {
		t.Errorf("%s: %d rows, want %d", label, len(res.Rows), len(want))
	}
	for _, row := range res.Rows {
		got := make([]any, len(names))
		for j, c := range names {
			i, ok := idx[c]
			if !ok {
				t.Fatalf("%s: no column %q", label, c)
			}
			got[j] = row[i]
		}
		w, ok := wantBy[key(got)]
		if !ok {
			t.Errorf("%s: unexpected row %v", label, got)
			continue
		}
		for j := nk; j < len(names); j++ {
			if !near(got[j], w[j], tol) {
				t.Errorf("%s: %v %s = %#v, want %#v", label, got[:nk], names[j], got[j], w[j])
			}
		}
	}
}

func near(got, want any, tol float64) bool {
	if w, ok := want.(float64); ok {
		g, ok := got.(float64)
		return ok && math.Abs(g-w) <= tol+1e-9
	}
	return same(got, want)
}

// tallyReport is one fixture report with its ends resolved to entities.
type tallyReport struct {
	src, dst actorgraph.Actor
	typ      string
	date     string
	weight   float64
}

func tallyReports(rels []fixtureRel) []tallyReport {
	by := map[string]actorgraph.Actor{}
	for _, a := range tallyActors {
		by[a.Name] = a
	}
	var out []tallyReport
	for _, r := range rels {
		out = append(out, tallyReport{by[r.source], by[r.target], r.rel, r.date, r.weight})
	}
	return out
}

// home is who an entity counts as: with roll-up, an official counts as the
// government of their (single, in this fixture) MEMBER_OF.
func home(a actorgraph.Actor, rollup bool) actorgraph.Actor {
	if rollup && a.Type == actorgraph.Person {
		for _, g := range tallyActors {
			if g.Name == a.Affiliation {
				return g
			}
		}
	}
	return a
}

func isActor(a actorgraph.Actor) bool { return a.Type != actorgraph.Negotiation }

// inWindow says whether a report dated d (""= undated) is in [from, to],
// where an empty bound is open; undated reports are only in the window
// without bounds.
func inWindow(d, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	return d != "" && (from == "" || d >= from) && (to == "" || d <= to)
}

func tday(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

// tallyTension is the tension query's definition applied to the reports:
// rows a, b, tension, previous, change, a_to_b, b_to_a, criticizes,
// opposes, threatens, attacks, first, last.
func tallyTension(rels []fixtureRel, win map[string]string, rollup bool) [][]any {
	from, to := win["from"], win["to"]
	var pfrom, pto string
	if from != "" {
		end := time.Now().UTC()
		if to != "" {
			end = tday(to)
		} else {
			to = end.Format("2006-01-02")
		}
		days := int(math.Round(tday(to).Sub(tday(from)).Hours()/24)) + 1
		pfrom = tday(from).AddDate(0, 0, -days).Format("2006-01-02")
		pto = tday(from).AddDate(0, 0, -1).Format("2006-01-02")
	}
	type sums struct {
		a, b        actorgraph.Actor
		now, prev   float64
		ab, ba      int
		byType      map[string]int
		first, last string
		seen        bool
	}
	pairs := map[string]*sums{}
	for _, r := range tallyReports(rels) {
		if !isActor(r.src) || !isActor(r.dst) || !strings.Contains("CRITICIZES OPPOSES THREATENS ATTACKS", r.typ) {
			continue
		}
		s, d := home(r.src, rollup), home(r.dst, rollup)
		now := inWindow(r.date, from, to)
		prev := from != "" && inWindow(r.date, pfrom, pto)
		if s.ID() == d.ID() || !now && !prev {
			continue
		}
		a, b := s, d
		if b.ID() < a.ID() {
			a, b = b, a
		}
		k := a.ID() + "|" + b.ID()
		p := pairs[k]
		if p == nil {
			p = &sums{a: a, b: b, byType: map[string]int{}}
			pairs[k] = p
		}
		if !now {
			p.prev -= r.weight
			continue
		}
		p.now -= r.weight
		if s.ID() == a.ID() {
			p.ab++
		} else {
			p.ba++
		}
		p.byType[r.typ]++
		if r.date != "" && (p.first == "" || r.date < p.first) {
			p.first = r.date
		}
		if r.date > p.last {
			p.last = r.date
		}
	}
	var out [][]any
	for _, p := range pairs {
		var prev, change, first, last any
		if from != "" {
			prev, change = round(p.prev, 2), round(p.now-p.prev, 2)
		}
		if p.first != "" {
			first, last = p.first, p.last
		}
		out = append(out, []any{p.a.Name, p.b.Name, round(p.now, 2), prev, change, p.ab, p.ba,
			p.byType["CRITICIZES"], p.byType["OPPOSES"], p.byType["THREATENS"], p.byType["ATTACKS"], first, last})
	}
	return out
}

// tallyAlignment is the alignment query's definition applied to the
// reports (min_shared 1, every actor compared): rows a, b, alignment,
// shared, dot.
func tallyAlignment(rels []fixtureRel, win map[string]string, rollup bool) [][]any {
	vec := map[string]map[string]float64{}
	who := map[string]actorgraph.Actor{}
	add := func(s, t actorgraph.Actor, w float64) {
		s, t = home(s, rollup), home(t, rollup)
		if !isActor(s) || s.ID() == t.ID() {
			return
		}
		if vec[s.ID()] == nil {
			vec[s.ID()] = map[string]float64{}
		}
		who[s.ID()] = s
		vec[s.ID()][t.ID()] += w
	}
	for _, r := range tallyReports(rels) {
		if r.typ == "MEMBER_OF" || r.typ == "ADVISES" || !inWindow(r.date, win["from"], win["to"]) {
			continue
		}
		add(r.src, r.dst, r.weight)
		if actorgraph.RelType(r.typ).Symmetric() {
			add(r.dst, r.src, r.weight)
		}
	}
	length := func(v map[string]float64) float64 {
		n := 0.0
		for _, x := range v {
			n += x * x
		}
		return n
	}
	var ids []string
	for id, v := range vec {
		if length(v) > 0 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	var out [][]any
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			dot, shared := 0.0, 0
			for t, va := range vec[a] {
				if vb, ok := vec[b][t]; ok {
					dot += va * vb
					shared++
				}
			}
			if shared > 0 {
				cos := round(dot/math.Sqrt(length(vec[a])*length(vec[b])), 4)
				out = append(out, []any{who[a].Name, who[b].Name, cos, shared, round(dot, 2)})
			}
		}
	}
	return out
}

// TestBrokersCandidatesMatchFullRead checks the two ways brokers reads
// partners against each other. With a limit that at least that many
// mediators fill, it reads only the candidates' own tallies and reports;
// with a limit above the number of mediators, it reads every tally of the
// window. The first rows of the second must be the rows of the first.
func TestBrokersCandidatesMatchFullRead(t *testing.T) {
	s := graphtest.Open(t)
	writeTallyFixture(t, s, tallyRels())
	checked := 0
	for _, win := range tallyWindows {
		for _, top := range []string{"20", "2"} {
			args := map[string]string{"top_partners": top, "limit": "1000"}
			for k, v := range win {
				args[k] = v
			}
			full := saved(t, s, "brokers", args)
			mediators := 0
			for _, row := range full.Rows {
				if m, _ := row[2].(int64); m > 0 {
					mediators++
				}
			}
			if mediators < 3 {
				continue // the window of a few days
			}
			checked++
			for _, limit := range []int{1, mediators - 1} {
				args["limit"] = fmt.Sprint(limit)
				few := saved(t, s, "brokers", args)
				if len(few.Rows) != limit {
					t.Errorf("brokers %v: %d rows, want %d", args, len(few.Rows), limit)
					continue
				}
				for i, row := range few.Rows {
					if fmt.Sprint(row) != fmt.Sprint(full.Rows[i]) {
						t.Errorf("brokers %v: row %d = %v, want %v (the full read's)", args, i, row, full.Rows[i])
					}
				}
			}
		}
	}
	if want := 2 * (len(tallyWindows) - 1); checked < want {
		t.Errorf("compared %d windows and caps, want %d: the fixture has too few mediators", checked, want)
	}
}
