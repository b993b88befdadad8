package graph_test

import (
	"time"

	"github.com/actorgraph/actorgraph"
)

// The documents below are invented for the tests; they describe no real
// event.

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// talksDoc reports a foreign minister of Freedonia meeting Sylvania's
// government about a river treaty, with one critical remark.
func talksDoc() actorgraph.Document {
	text := "Freedonian Foreign Minister Rufus Firefly met Sylvanian officials in Geneva on Monday. " +
		"Both governments took part in the Lake Accord talks. " +
		"Firefly criticized Sylvania over border patrols."
	a := actorgraph.Article{
		URL:       "https://example.test/news/lake-accord-1",
		Title:     "Firefly meets Sylvanian officials on the Lake Accord",
		Source:    "example.test",
		Published: day("2024-03-04"),
		Text:      text,
	}
	a.Finish()
	ex := actorgraph.Extraction{
		ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: "test/1",
		Actors: []actorgraph.Actor{
			{Name: "Rufus Firefly", Type: actorgraph.Person, Aliases: []string{"Firefly"}, Affiliation: "Freedonia", Role: "foreign minister"},
			{Name: "Freedonia", Type: actorgraph.Government, Aliases: []string{"Freedonian"}, ISO3: "FRD"},
			{Name: "Sylvania", Type: actorgraph.Government, Aliases: []string{"Sylvanian officials"}},
			{Name: "Lake Accord talks", Type: actorgraph.Negotiation, Topic: "water", Venue: "Geneva"},
		},
		Relations: []actorgraph.Relation{
			{Source: "Rufus Firefly", Type: actorgraph.MemberOf, Target: "Freedonia", Role: "foreign minister",
				Evidence: "Freedonian Foreign Minister Rufus Firefly met Sylvanian officials in Geneva on Monday.", Sentence: 0, Start: 0, End: 86, Confidence: 0.9, Rule: "title-before-name"},
			// Symmetric: stored from government:sylvania (smaller id) to person:rufus-firefly.
			{Source: "Rufus Firefly", Type: actorgraph.MeetsWith, Target: "Sylvania",
				Evidence: "Freedonian Foreign Minister Rufus Firefly met Sylvanian officials in Geneva on Monday.", Sentence: 0, Start: 0, End: 86, Weight: 1, CAMEO: "040", Confidence: 0.8, Rule: "meet"},
			{Source: "Freedonia", Type: actorgraph.ParticipatesIn, Target: "Lake Accord talks",
				Evidence: "Both governments took part in the Lake Accord talks.", Sentence: 1, Start: 87, End: 139, Weight: 7, Confidence: 0.7, Rule: "take-part"},
			{Source: "sylvania", Type: actorgraph.ParticipatesIn, Target: "Lake Accord talks",
				Evidence: "Both governments took part in the Lake Accord talks.", Sentence: 1, Start: 87, End: 139, Weight: 7, Confidence: 0.7, Rule: "take-part"},
			{Source: "Firefly", Type: actorgraph.Criticizes, Target: "Sylvania",
				Evidence: "Firefly criticized Sylvania over border patrols.", Sentence: 2, Start: 140, End: 188, Weight: -2, CAMEO: "111", Confidence: 0.85, Rule: "criticize"},
			// Skipped: unknown end, unknown type, self-loop.
			{Source: "Nobody", Type: actorgraph.Urges, Target: "Sylvania"},
			{Source: "Freedonia", Type: "LOVES", Target: "Sylvania"},
			{Source: "Freedonia", Type: actorgraph.Supports, Target: "Freedonia"},
		},
	}
	return actorgraph.Document{Article: a, Extraction: ex}
}
