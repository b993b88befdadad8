package graph_test

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/readmodel"
)

// wire is a story written by the team, long enough for a signature.
const wire = `The foreign ministers of Aldoria and Borduria met in the port city of Veln on Tuesday
to resume talks on the disputed fishing grounds, a year after the last round collapsed over quotas.
Officials from both sides said the meeting lasted six hours and ended with an agreement to set up a
joint commission on catch limits, which will report to the two governments before the end of the
season. Aldoria's minister criticized Borduria for detaining fishing boats last spring, while her
Bordurian counterpart urged patience and called for an independent survey of fish stocks.`

// copyDoc is the wire story as published at url with its own headline and
// lines around it, with the extraction every copy gives.
func copyDoc(url, title, before, after string) actorgraph.Document {
	a := actorgraph.Article{URL: url, Title: title, Published: day("2024-04-02"), Text: before + wire + after}
	a.Finish()
	return actorgraph.Document{Article: a, Extraction: actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: "test/1",
		Actors: []actorgraph.Actor{{Name: "Aldoria", Type: actorgraph.Government}, {Name: "Borduria", Type: actorgraph.Government}},
		Relations: []actorgraph.Relation{{Source: "Aldoria", Type: actorgraph.Criticizes, Target: "Borduria",
			Evidence: "Aldoria's minister criticized Borduria.", Sentence: 3, Weight: -2, CAMEO: "111", Confidence: 0.8, Rule: "test"}}}}
}

// TestSyndicatedCopiesCountOnce: five copies of one wire story under five
// URLs, two in the first batch and three later, are one article's report:
// one CRITICIZES, four COPY_OF links, num_articles 5 on the canonical
// article and on its report, tallies equal to the reports. A different
// story is not a copy.
func TestSyndicatedCopiesCountOnce(t *testing.T) {
	s := graphtest.Open(t)
	var docs []actorgraph.Document
	for i := 0; i < 5; i++ {
		docs = append(docs, copyDoc(fmt.Sprintf("https://outlet%d.example/story", i), fmt.Sprintf("Headline %d", i),
			fmt.Sprintf("VELN (Outlet %d) - ", i), fmt.Sprintf(" Reporting by desk %d.", i)))
	}
	res := write(t, s, docs[:2]...)
	res2 := write(t, s, docs[2:]...)
	if res.Copies+res2.Copies != 4 {
		t.Errorf("copies %d + %d, want 4", res.Copies, res2.Copies)
	}
	rows := graphtest.Rows(t, s, `MATCH (:Government {name: 'Aldoria'})-[r:CRITICIZES]->() RETURN r.article_id AS a, r.num_articles AS n`, nil)
	if len(rows) != 1 || rows[0]["a"] != docs[0].Article.ID || rows[0]["n"] != int64(5) {
		t.Errorf("reports %v, want one of the first article with num_articles 5", rows)
	}
	rows = graphtest.Rows(t, s, `MATCH (c:Article {id: $id}) RETURN c.num_articles AS n, COUNT { (:Article)-[:COPY_OF]->(c) } AS copies`,
		map[string]any{"id": docs[0].Article.ID})
	if len(rows) != 1 || rows[0]["n"] != int64(5) || rows[0]["copies"] != int64(4) {
		t.Errorf("canonical article %v, want num_articles 5 and 4 copies", rows)
	}
	other := copyDoc("https://outlet9.example/other", "Other", "", "")
	other.Article.Text = "Borduria and Aldoria ended a second day of talks on fishing quotas in Veln without a deal, officials said, " +
		"as fishermen protested outside the conference hall. The Aldorian delegation accused Borduria of stalling and said it would ask " +
		"a regional court to rule on the catch limits, while the Bordurian side said it remained open to a joint survey of stocks."
	other.Article.Finish()
	other.Extraction.ID = other.Article.ID
	if r := write(t, s, other); r.Copies != 0 || r.Relations != 1 {
		t.Errorf("another story: %+v, want no copy and its own report", r)
	}
	if drift, err := readmodel.Drift(t.Context(), s.Driver(), s.Database()); err != nil || drift != 0 {
		t.Errorf("dyad drift %d (%v)", drift, err)
	}
}
