package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
)

func gov(name string, aliases ...string) actorgraph.Actor {
	return actorgraph.Actor{Name: name, Type: actorgraph.Government, Aliases: aliases}
}

func per(name string, aliases ...string) actorgraph.Actor {
	return actorgraph.Actor{Name: name, Type: actorgraph.Person, Aliases: aliases}
}

func rel(s string, t actorgraph.RelType, d string) actorgraph.Relation {
	return actorgraph.Relation{Source: s, Type: t, Target: d}
}

// goldDoc is a small hand-made gold article.
func goldDoc() actorgraph.Extraction {
	return actorgraph.Extraction{
		ID: "a1", Path: "gold/a1.json",
		Actors: []actorgraph.Actor{gov("Freedonia", "the Freedonians"), gov("Sylvania"), per("Rufus Firefly", "Firefly")},
		Relations: []actorgraph.Relation{
			rel("Rufus Firefly", actorgraph.MemberOf, "Freedonia"),
			rel("Freedonia", actorgraph.MeetsWith, "Sylvania"),
			rel("Sylvania", actorgraph.Criticizes, "Rufus Firefly"),
		},
	}
}

func TestScoreArticle(t *testing.T) {
	pred := actorgraph.Extraction{
		Path: "corpus/articles/a1.txt",
		Actors: []actorgraph.Actor{
			gov("the freedonians"), // alias, other case: a match
			gov("Sylvania"),
			{Name: "Firefly", Type: actorgraph.Government}, // wrong type: spurious, and Firefly is missed
			per("Chicolini"), // not in gold
		},
		Relations: []actorgraph.Relation{
			rel("Sylvania", actorgraph.MeetsWith, "the freedonians"), // symmetric, reversed: a match
			rel("Freedonia", actorgraph.MeetsWith, "Sylvania"),       // duplicate of the above
			rel("Rufus Firefly", actorgraph.Criticizes, "Sylvania"),  // reversed: wrong direction
			rel("Chicolini", actorgraph.Supports, "Sylvania"),        // unknown end
			rel("Rufus Firefly", actorgraph.MemberOf, "Freedonia"),   // exact
		},
	}
	a := ScoreArticle(goldDoc(), pred)
	if a.Actors != (Counts{TP: 2, FP: 2, FN: 1}) {
		t.Errorf("actors: got %+v, want TP 2 FP 2 FN 1", a.Actors)
	}
	if a.Relations != (Counts{TP: 2, FP: 2, FN: 1}) {
		t.Errorf("relations: got %+v, want TP 2 FP 2 FN 1 (missed %v, spurious %v)", a.Relations, a.MissedRelations, a.SpuriousRelations)
	}
	// Pairs ignore type and direction: Firefly-Sylvania now matches.
	if a.Pairs != (Counts{TP: 3, FP: 1, FN: 0}) {
		t.Errorf("pairs: got %+v, want TP 3 FP 1 FN 0", a.Pairs)
	}
	if c := a.ByType[actorgraph.Criticizes]; c != (Counts{FP: 1, FN: 1}) {
		t.Errorf("CRITICIZES: got %+v, want FP 1 FN 1", c)
	}
	if c := a.ByType[actorgraph.MeetsWith]; c != (Counts{TP: 1}) {
		t.Errorf("MEETS_WITH: got %+v, want TP 1", c)
	}
	if len(a.MissedActors) != 1 || !strings.HasPrefix(a.MissedActors[0], "Rufus Firefly") {
		t.Errorf("missed actors: %v", a.MissedActors)
	}
}

func TestScoreJoinsAndSums(t *testing.T) {
	g1 := goldDoc()
	g2 := actorgraph.Extraction{ID: "https://example.org/b", Path: "b.json",
		Actors: []actorgraph.Actor{gov("Sylvania")}}
	g3 := actorgraph.Extraction{ID: "c", Path: "c.json", Actors: []actorgraph.Actor{gov("Freedonia")}}
	preds := []actorgraph.Extraction{
		{Path: "x/a1.txt", Actors: goldDoc().Actors, Relations: goldDoc().Relations}, // by base name
		{ID: "https://example.org/b", Actors: []actorgraph.Actor{gov("Sylvania")}},   // by id
		{ID: "zzz", Path: "other.txt"},                                               // no gold
	}
	r := Score([]actorgraph.Extraction{g1, g2, g3}, preds)
	if r.NoPrediction != 1 || r.NoGold != 1 {
		t.Errorf("got %d without prediction, %d without gold; want 1 and 1", r.NoPrediction, r.NoGold)
	}
	if r.Actors != (Counts{TP: 4, FN: 1}) {
		t.Errorf("actors: got %+v, want TP 4 FN 1", r.Actors)
	}
	if r.Relations != (Counts{TP: 3}) {
		t.Errorf("relations: got %+v, want TP 3", r.Relations)
	}
	if got := r.Actors.F1(); math.Abs(got-8.0/9.0) > 1e-9 {
		t.Errorf("actor F1 = %v, want 8/9", got)
	}
}

func TestCounts(t *testing.T) {
	var zero Counts
	if zero.Precision() != 0 || zero.Recall() != 0 || zero.F1() != 0 {
		t.Errorf("zero counts give non-zero scores")
	}
	c := Counts{TP: 3, FP: 1, FN: 2}
	if c.Precision() != 0.75 || c.Recall() != 0.6 || math.Abs(c.F1()-2*0.75*0.6/1.35) > 1e-12 {
		t.Errorf("got P %v R %v F1 %v", c.Precision(), c.Recall(), c.F1())
	}
}

func TestParseGoldAndTable(t *testing.T) {
	g, err := ParseGold("dir/a1.json", []byte(`{"actors":[{"name":"Sylvania","type":"Government"}],"relations":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	if Key(g) != "a1" || g.ID != "a1" {
		t.Errorf("key %q id %q, want a1", Key(g), g.ID)
	}
	if _, err := ParseGold("bad.json", []byte(`{"actors":`)); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("got %v, want an error naming bad.json", err)
	}
	r := Score([]actorgraph.Extraction{g}, []actorgraph.Extraction{{Path: "a1.txt", Actors: g.Actors}})
	var b strings.Builder
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	last := lines[len(lines)-4:]
	if !strings.HasPrefix(last[0], "scope") || !strings.HasPrefix(last[1], "actors") ||
		!strings.HasPrefix(last[2], "relations") || !strings.HasPrefix(last[3], "pairs") {
		t.Errorf("last four lines are not the summary:\n%s", strings.Join(last, "\n"))
	}
	if !strings.Contains(last[1], "1.000") {
		t.Errorf("actors line %q, want a perfect score", last[1])
	}
}
