package graph_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
)

// The fixture of the saved-query tests: four invented governments, two of
// their officials, a regional organization and one negotiation.
var fixtureActors = []actorgraph.Actor{
	{Name: "Aldoria", Type: actorgraph.Government},
	{Name: "Borvia", Type: actorgraph.Government},
	{Name: "Cestia", Type: actorgraph.Government},
	{Name: "Dunmark", Type: actorgraph.Government},
	{Name: "Mara Quill", Type: actorgraph.Person, Affiliation: "Aldoria", Role: "foreign minister"},
	{Name: "Tomas Vey", Type: actorgraph.Person, Affiliation: "Borvia", Role: "defense minister"},
	{Name: "Eastern League", Type: actorgraph.Organization},
	{Name: "Harbor Talks", Type: actorgraph.Negotiation},
}

// fixtureRel is one report: the article's date ("" for an undated article)
// and the relation with its Goldstein weight.
type fixtureRel struct {
	date                string
	source, rel, target string
	weight              float64
}

// fixtureRels is the whole fixture graph. Ids sort as government:* <
// negotiation:* < organization:* < person:*, which decides the a/b order
// of pairs in the results.
var fixtureRels = []fixtureRel{
	{"2024-01-10", "Aldoria", "CRITICIZES", "Borvia", -2},
	{"2024-02-05", "Mara Quill", "THREATENS", "Borvia", -4.4},
	{"2024-02-20", "Borvia", "OPPOSES", "Aldoria", -4},
	{"2024-01-15", "Cestia", "CRITICIZES", "Borvia", -2},
	{"", "Tomas Vey", "CRITICIZES", "Aldoria", -2},
	{"2024-01-05", "Aldoria", "SUPPORTS", "Harbor Talks", 3.4},
	{"2024-01-06", "Cestia", "SUPPORTS", "Harbor Talks", 3.4},
	{"2024-01-07", "Borvia", "OPPOSES", "Harbor Talks", -4},
	{"2024-01-08", "Eastern League", "MEDIATES", "Harbor Talks", 5},
	{"2024-01-09", "Aldoria", "PARTICIPATES_IN", "Harbor Talks", 7},
	{"2024-01-09", "Borvia", "PARTICIPATES_IN", "Harbor Talks", 7},
	{"2024-01-12", "Eastern League", "MEETS_WITH", "Aldoria", 1},
	{"2024-01-13", "Borvia", "MEETS_WITH", "Eastern League", 1},
	{"2024-03-01", "Dunmark", "COOPERATES_WITH", "Cestia", 3.5},
	{"2024-02-10", "Aldoria", "NEGOTIATES_WITH", "Borvia", 7},
	{"2024-01-02", "Mara Quill", "MEMBER_OF", "Aldoria", 0},
	{"2024-01-02", "Tomas Vey", "MEMBER_OF", "Borvia", 0},
}

// writeFixture writes the fixture through the store's own write path: one
// article per date, each relation its own sentence.
func writeFixture(t *testing.T, s *graph.Store) {
	t.Helper()
	byDate := map[string][]actorgraph.Relation{}
	var dates []string
	for _, r := range fixtureRels {
		if _, ok := byDate[r.date]; !ok {
			dates = append(dates, r.date)
		}
		rel := actorgraph.Relation{
			Source: r.source, Type: actorgraph.RelType(r.rel), Target: r.target,
			Evidence: fmt.Sprintf("%s %s %s.", r.source, r.rel, r.target),
			Sentence: len(byDate[r.date]), Weight: r.weight, Confidence: 0.9, Rule: "fixture",
		}
		for _, a := range fixtureActors {
			if a.Name == r.source && r.rel == "MEMBER_OF" {
				rel.Role = a.Role
			}
		}
		byDate[r.date] = append(byDate[r.date], rel)
	}
	var docs []actorgraph.Document
	for _, d := range dates {
		docs = append(docs, fixtureDoc(d, byDate[d]))
	}
	if _, err := s.Write(context.Background(), docs); err != nil {
		t.Fatalf("write fixture: %v", err)
	}
}

func fixtureDoc(date string, rels []actorgraph.Relation) actorgraph.Document {
	a := actorgraph.Article{Title: "Report of " + date, Text: "Fixture article of " + date + "."}
	if date != "" {
		a.URL = "https://example.test/" + date
		a.Published, _ = time.Parse("2006-01-02", date)
	} else {
		a.Title = "Undated report"
	}
	a.Finish()
	ex := actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL,
		Actors: fixtureActors, Relations: rels}
	return actorgraph.Document{Article: a, Extraction: ex}
}
