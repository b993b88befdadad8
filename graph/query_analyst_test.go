package graph_test

import (
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestOfficialsPressureIsNotSupport: an official who criticized a
// government and urged it to show restraint holds net conflict toward it
// (appeals count as pressure), not +1 as the Goldstein weights sum to, in
// officials and in stances.
func TestOfficialsPressureIsNotSupport(t *testing.T) {
	s := graphtest.Open(t)
	a := actorgraph.Article{URL: "https://example.test/pressure", Title: "t", Published: day("2024-07-01"),
		Text: "Ida Lund criticized Borvia and urged Borvia to show restraint."}
	a.Finish()
	write(t, s, actorgraph.Document{Article: a, Extraction: actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: "test/1",
		Actors: []actorgraph.Actor{{Name: "Ida Lund", Type: actorgraph.Person}, {Name: "Aldoria", Type: actorgraph.Government},
			{Name: "Borvia", Type: actorgraph.Government}},
		Relations: []actorgraph.Relation{
			{Source: "Ida Lund", Type: actorgraph.MemberOf, Target: "Aldoria", Evidence: a.Text, Role: "envoy", Rule: "t"},
			{Source: "Ida Lund", Type: actorgraph.Criticizes, Target: "Borvia", Evidence: a.Text, Weight: -2, CAMEO: "111", Rule: "t"},
			{Source: "Ida Lund", Type: actorgraph.Urges, Target: "Borvia", Evidence: a.Text, Sentence: 0, Start: 1, Weight: 3, CAMEO: "020", Rule: "t"},
		}}})
	expect(t, saved(t, s, "officials", map[string]string{"government": "government:aldoria"}), "official reports conflict appeals net",
		[]any{"Ida Lund", 2, 1, 1, -5.0})
	expect(t, saved(t, s, "stances", map[string]string{"target": "government:borvia"}), "actor stance reports urges",
		[]any{"Ida Lund", -5.0, 2, 1})
}
