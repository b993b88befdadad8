package graph_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// exportDoc is one invented article: Quorland (QRL) and Pellinor (PLN),
// and Ana Vell, a minister of Quorland.
func exportDoc(url, date string, rels ...actorgraph.Relation) actorgraph.Document {
	a := actorgraph.Article{URL: url, Title: "Report " + url, Text: "Text of " + url + "."}
	a.Published, _ = time.Parse("2006-01-02", date)
	a.Finish()
	actors := []actorgraph.Actor{{Name: "Quorland", Type: actorgraph.Government, ISO3: "QRL"},
		{Name: "Pellinor", Type: actorgraph.Government, ISO3: "PLN"},
		{Name: "Ana Vell", Type: actorgraph.Person, Role: "minister"}}
	for i := range rels {
		rels[i].Sentence, rels[i].Confidence, rels[i].Rule = i, 0.9, "t"
		rels[i].Evidence = rels[i].Source + " " + string(rels[i].Type) + " " + rels[i].Target + "."
	}
	return actorgraph.Document{Article: a, Extraction: actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(),
		URL: a.URL, Actors: actors, Relations: rels}}
}

// Events, nodes and edges as they leave the graph: one event per report,
// num_articles counting the articles with the same report that day, a
// person's country through MEMBER_OF, and the filters.
func TestExport(t *testing.T) {
	s := graphtest.Open(t)
	crit := actorgraph.Relation{Source: "Quorland", Type: actorgraph.Criticizes, Target: "Pellinor", Weight: -2, CAMEO: "111"}
	threat := actorgraph.Relation{Source: "Ana Vell", Type: actorgraph.Threatens, Target: "Pellinor", Weight: -4.4, CAMEO: "138"}
	member := actorgraph.Relation{Source: "Ana Vell", Type: actorgraph.MemberOf, Target: "Quorland"}
	docs := []actorgraph.Document{
		exportDoc("https://example.test/1", "2024-05-02", crit, member),
		exportDoc("https://example.test/2", "2024-05-02", crit),
		exportDoc("https://example.test/3", "2024-06-10", threat, member),
	}
	if _, err := s.Write(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	events := exportEvents(t, s, graph.ExportFilter{Types: []actorgraph.RelType{actorgraph.Criticizes, actorgraph.Threatens}})
	if len(events) != 3 {
		t.Fatalf("events: %+v", events)
	}
	e := events[0] // 2024-05-02, article 1
	if e.Date != "2024-05-02" || e.Source.Name != "Quorland" || e.Source.ISO3 != "QRL" || e.Source.Type != "Government" ||
		e.Target.ISO3 != "PLN" || e.Relation != "CRITICIZES" || e.CAMEO != "111" || e.Goldstein != -2 || e.Articles != 2 ||
		e.URL != "https://example.test/1" || e.Title != "Report https://example.test/1" || e.Evidence != "Quorland CRITICIZES Pellinor." {
		t.Errorf("event 0: %+v", e)
	}
	if th := events[2]; th.Source.Type != "Person" || th.Source.ISO3 != "QRL" || th.Articles != 1 || th.Date != "2024-06-10" {
		t.Errorf("threat: %+v", th)
	}
	june := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	if got := exportEvents(t, s, graph.ExportFilter{From: june}); len(got) != 2 || got[0].Relation != "MEMBER_OF" && got[1].Relation != "MEMBER_OF" {
		t.Errorf("from June: %+v", got)
	}
	if got := exportEvents(t, s, graph.ExportFilter{To: june, Actor: "Pellinor"}); len(got) != 2 {
		t.Errorf("to June, Pellinor: %+v", got)
	}
	if got := exportEvents(t, s, graph.ExportFilter{Actor: "person:ana-vell", Types: []actorgraph.RelType{actorgraph.MemberOf}}); len(got) != 2 {
		t.Errorf("Ana Vell's MEMBER_OF: %+v", got)
	}
	var edges []export.Edge
	if err := s.Edges(context.Background(), graph.ExportFilter{}, func(e export.Edge) error { edges = append(edges, e); return nil }); err != nil {
		t.Fatal(err)
	}
	sort.Slice(edges, func(i, j int) bool { return edges[i].Relation < edges[j].Relation })
	want := []export.Edge{
		{Source: "government:quorland", Target: "government:pellinor", Relation: "CRITICIZES", Weight: 2, Goldstein: -4, First: "2024-05-02", Last: "2024-05-02"},
		{Source: "person:ana-vell", Target: "government:quorland", Relation: "MEMBER_OF", Weight: 2, First: "2024-05-02", Last: "2024-06-10"},
		{Source: "person:ana-vell", Target: "government:pellinor", Relation: "THREATENS", Weight: 1, Goldstein: -4.4, First: "2024-06-10", Last: "2024-06-10"},
	}
	if len(edges) != 3 || edges[0] != want[0] || edges[1] != want[1] || edges[2] != want[2] {
		t.Errorf("edges:\n%+v\nwant\n%+v", edges, want)
	}
	nodes := map[string]export.Node{}
	if err := s.Nodes(context.Background(), graph.ExportFilter{}, func(n export.Node) error { nodes[n.ID] = n; return nil }); err != nil {
		t.Fatal(err)
	}
	if len(nodes) != 3 || nodes["person:ana-vell"] != (export.Node{ID: "person:ana-vell", Label: "Ana Vell", Type: "Person", ISO3: "QRL", Reports: 3}) {
		t.Errorf("nodes: %+v", nodes)
	}
}

// exportEvents collects the events of f, sorted by date and article.
func exportEvents(t *testing.T, s *graph.Store, f graph.ExportFilter) []export.Event {
	t.Helper()
	var out []export.Event
	if err := s.Events(context.Background(), f, func(e export.Event) error { out = append(out, e); return nil }); err != nil {
		t.Fatal(err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ArticleID+out[i].Relation < out[j].ArticleID+out[j].Relation
	})
	return out
}
