package graph_test

import (
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestKeyedPersonIsOneNode: two articles spell one person two ways; the
// extractor gives both the person's key, so the graph holds one node,
// named by the key, with both spellings among its aliases and both
// articles' relations.
func TestKeyedPersonIsOneNode(t *testing.T) {
	s := graphtest.Open(t)
	doc := func(url, name, target string) actorgraph.Document {
		a := actorgraph.Article{URL: url, Title: "t", Published: day("2024-05-01"), Text: name + " criticized " + target + "."}
		a.Finish()
		ex := actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: "test/1",
			Actors: []actorgraph.Actor{
				{Name: name, Type: actorgraph.Person, Key: "Zara Oyelaran"},
				{Name: target, Type: actorgraph.Government},
			},
			Relations: []actorgraph.Relation{{Source: name, Type: actorgraph.Criticizes, Target: target,
				Evidence: a.Text, Weight: -2, CAMEO: "111", Confidence: 0.7, Rule: "test"}},
		}
		return actorgraph.Document{Article: a, Extraction: ex}
	}
	write(t, s, doc("https://example.test/k1", "Zara Oyélaran", "Freedonia"), doc("https://example.test/k2", "Zara Oyelaran-Bey", "Sylvania"))
	rows := graphtest.Rows(t, s, `MATCH (p:Person) OPTIONAL MATCH (p)-[r:CRITICIZES]->()
		RETURN p.id AS id, p.name AS name, p.aliases AS aliases, count(r) AS n`, nil)
	if len(rows) != 1 {
		t.Fatalf("%d person nodes, want 1: %v", len(rows), rows)
	}
	r := rows[0]
	if r["id"] != "person:zara-oyelaran" || r["name"] != "Zara Oyelaran" || r["n"] != int64(2) ||
		!sameSet(r["aliases"], "Zara Oyélaran", "Zara Oyelaran-Bey") {
		t.Errorf("person node %v", r)
	}
}
