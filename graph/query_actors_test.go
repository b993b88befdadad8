package graph_test

import (
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestActorsQuery searches actors by any name: case and accents ignored,
// ISO3 codes and aliases found, exact matches first, a type and a
// government as filters, and the counts of reports and articles.
func TestActorsQuery(t *testing.T) {
	s := graphtest.Open(t)
	a := actorgraph.Article{URL: "https://example.test/actors", Title: "t", Published: day("2024-06-01"),
		Text: "Zoë Ardent criticized Freedonia. Freedonia urged Sylvania."}
	a.Finish()
	write(t, s, actorgraph.Document{Article: a, Extraction: actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: "test/1",
		Actors: []actorgraph.Actor{
			{Name: "Zoë Ardent", Type: actorgraph.Person, Aliases: []string{"Ardent"}, Affiliation: "Sylvania"},
			{Name: "Freedonia", Type: actorgraph.Government, Aliases: []string{"Freedonian"}, ISO3: "FRD"},
			{Name: "Sylvania", Type: actorgraph.Government, ISO3: "SYL"},
		},
		Relations: []actorgraph.Relation{
			{Source: "Zoë Ardent", Type: actorgraph.Criticizes, Target: "Freedonia", Evidence: "Zoë Ardent criticized Freedonia.", Weight: -2, Rule: "t"},
			{Source: "Zoë Ardent", Type: actorgraph.MemberOf, Target: "Sylvania", Evidence: "Zoë Ardent criticized Freedonia.", Rule: "t"},
			{Source: "Freedonia", Type: actorgraph.Urges, Target: "Sylvania", Evidence: "Freedonia urged Sylvania.", Weight: 3, Rule: "t"},
		}}})
	expect(t, saved(t, s, "actors", map[string]string{"q": "zoe"}), "id name reports articles exact",
		[]any{"person:zoe-ardent", "Zoë Ardent", 2, 1, false})
	expect(t, saved(t, s, "actors", map[string]string{"q": "frd"}), "id exact",
		[]any{"government:freedonia", true})
	expect(t, saved(t, s, "actors", map[string]string{"q": "FREEDONIAN"}), "id exact",
		[]any{"government:freedonia", true})
	expect(t, saved(t, s, "actors", map[string]string{"type": "Government"}), "id reports",
		[]any{"government:freedonia", 2}, []any{"government:sylvania", 2})
	expect(t, saved(t, s, "actors", map[string]string{"government": "sylvania"}), "id",
		[]any{"person:zoe-ardent"})
	expect(t, saved(t, s, "actors", map[string]string{"q": "nobody"}), "id")
}
