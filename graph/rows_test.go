package graph

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
)

func TestRelKey(t *testing.T) {
	base := relKey("https://example.test/a", actorgraph.Urges, "government:a", "government:b", 3)
	if !strings.HasPrefix(base, "https://example.test/a ") || len(base) != len("https://example.test/a ")+32 ||
		base != relKey("https://example.test/a", actorgraph.Urges, "government:a", "government:b", 3) {
		t.Fatalf("key %q is not a stable 32-digit hash", base)
	}
	differ := map[string]string{
		"article":  relKey("https://example.test/b", actorgraph.Urges, "government:a", "government:b", 3),
		"type":     relKey("https://example.test/a", actorgraph.Opposes, "government:a", "government:b", 3),
		"source":   relKey("https://example.test/a", actorgraph.Urges, "government:c", "government:b", 3),
		"target":   relKey("https://example.test/a", actorgraph.Urges, "government:a", "government:c", 3),
		"sentence": relKey("https://example.test/a", actorgraph.Urges, "government:a", "government:b", 4),
		"reversed": relKey("https://example.test/a", actorgraph.Urges, "government:b", "government:a", 3),
		// Fields are separated, so shifting text between them changes the key.
		"boundary": relKey("https://example.test/a", actorgraph.Urges, "government:a government:b", "", 3),
	}
	for what, k := range differ {
		if k == base {
			t.Errorf("changing the %s does not change the key", what)
		}
	}
}

func doc(id, hash string) actorgraph.Document {
	return actorgraph.Document{Article: actorgraph.Article{ID: id, ContentHash: hash}}
}

func TestDecide(t *testing.T) {
	S := func(s ...actorgraph.WriteStatus) []actorgraph.WriteStatus { return s }
	const N, C, U = actorgraph.StatusNew, actorgraph.StatusChanged, actorgraph.StatusUnchanged
	tests := []struct {
		name    string
		docs    []actorgraph.Document
		known   map[string]string
		status  []actorgraph.WriteStatus
		write   []string // id/hash written
		replace []string
	}{
		{"new", []actorgraph.Document{doc("a", "1")}, nil, S(N), []string{"a/1"}, nil},
		{"unchanged", []actorgraph.Document{doc("a", "1")}, map[string]string{"a": "1"}, S(U), nil, nil},
		{"changed", []actorgraph.Document{doc("a", "2")}, map[string]string{"a": "1"}, S(C), []string{"a/2"}, []string{"a"}},
		{"twice in batch", []actorgraph.Document{doc("a", "1"), doc("a", "1")}, nil, S(N, U), []string{"a/1"}, nil},
		{"edited in batch", []actorgraph.Document{doc("a", "1"), doc("a", "2")}, nil, S(N, C), []string{"a/2"}, nil},
		{"back to graph version", []actorgraph.Document{doc("a", "2"), doc("a", "1")}, map[string]string{"a": "1"}, S(C, C), nil, nil},
		{"mixed", []actorgraph.Document{doc("a", "1"), doc("b", "9"), doc("c", "3")}, map[string]string{"a": "1", "b": "2"},
			S(U, C, N), []string{"b/9", "c/3"}, []string{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, write, replace := decide(tt.docs, tt.known)
			var wrote []string
			for _, d := range write {
				wrote = append(wrote, d.Article.ID+"/"+d.Article.ContentHash)
			}
			if !reflect.DeepEqual(status, tt.status) || !reflect.DeepEqual(wrote, tt.write) || !reflect.DeepEqual(replace, tt.replace) {
				t.Errorf("decide = %v, %v, %v; want %v, %v, %v", status, wrote, replace, tt.status, tt.write, tt.replace)
			}
		})
	}
}

func TestBuildPlan(t *testing.T) {
	a := actorgraph.Article{ID: "https://example.test/x", ContentHash: "h", Title: "T", Published: time.Date(2023, 5, 6, 0, 0, 0, 0, time.UTC)}
	ex := actorgraph.Extraction{Extractor: "v1", Actors: []actorgraph.Actor{
		{Name: "Zed Land", Type: actorgraph.Government, Aliases: []string{"Zeds", "Zeds", "Zed Land", " "}},
		{Name: "Ann Bee", Type: actorgraph.Person, Role: "envoy"},
		{Name: "Zed Land", Type: actorgraph.Government, Aliases: []string{"Zedlanders"}, ISO3: "ZZZ"},
		{Name: "", Type: actorgraph.Person},
		{Name: "Bad", Type: "Planet"},
	}, Relations: []actorgraph.Relation{
		{Source: "zeds", Type: actorgraph.MeetsWith, Target: "Ann Bee", Sentence: 1, Evidence: "e1"},     // symmetric, alias, reorder
		{Source: "Ann Bee", Type: actorgraph.MeetsWith, Target: "Zed Land", Sentence: 1, Evidence: "e1"}, // same report
		{Source: "Ann Bee", Type: actorgraph.Urges, Target: "Zed Land", Sentence: 2, Rule: "urge", Weight: 3},
		{Source: "Bad", Type: actorgraph.Urges, Target: "Zed Land"},
		{Source: "Ann Bee", Type: "HUGS", Target: "Zed Land"},
		{Source: "Zed Land", Type: actorgraph.Supports, Target: "Zeds"},
	}}
	p := buildPlan([]actorgraph.Document{{Article: a, Extraction: ex}})
	if p.skipped != 3 {
		t.Errorf("skipped = %d, want 3", p.skipped)
	}
	gov := p.entities[actorgraph.Government]
	if len(gov) != 1 || gov[0]["id"] != "government:zed-land" ||
		!reflect.DeepEqual(gov[0]["aliases"], []any{"Zeds", "Zedlanders"}) ||
		!reflect.DeepEqual(gov[0]["props"], row{"name": "Zed Land", "iso3": "ZZZ"}) {
		t.Errorf("government rows = %v", gov)
	}
	if len(p.entities[actorgraph.Person]) != 1 || len(p.entities) != 2 {
		t.Errorf("entities = %v, want Zed Land and Ann Bee only", p.entities)
	}
	meets := p.rels[actorgraph.MeetsWith]
	if len(meets) != 1 || meets[0]["source"] != "government:zed-land" || meets[0]["target"] != "person:ann-bee" ||
		meets[0]["key"] != relKey(a.ID, actorgraph.MeetsWith, "government:zed-land", "person:ann-bee", 1) {
		t.Errorf("MEETS_WITH rows = %v", meets)
	}
	urges := p.rels[actorgraph.Urges]
	if len(urges) != 1 || urges[0]["source"] != "person:ann-bee" {
		t.Fatalf("URGES rows = %v", urges)
	}
	props := urges[0]["props"].(row)
	if props["rule"] != "urge" || props["weight"] != 3.0 || props["article_id"] != a.ID || props["sentence"] != int64(2) ||
		props["cameo"] != nil || props["date"] == nil {
		t.Errorf("URGES props = %v", props)
	}
	if len(p.mentions) != 2 || len(p.articles) != 1 {
		t.Errorf("mentions = %v, articles = %v", p.mentions, p.articles)
	}
	ap := p.articles[0]["props"].(row)
	if ap["extractor"] != "v1" || ap["url"] != nil || ap["content_hash"] != "h" {
		t.Errorf("article props = %v", ap)
	}
}

func TestPrepareFillsFromExtraction(t *testing.T) {
	d := prepare(actorgraph.Document{Article: actorgraph.Article{Text: "body"},
		Extraction: actorgraph.Extraction{ID: "https://example.test/p", Title: "Title", Date: "2022-02-03", Path: "in/p.txt"}})
	a := d.Article
	if a.ID != "https://example.test/p" || a.Title != "Title" || a.Date() != "2022-02-03" || a.Path != "in/p.txt" ||
		a.ContentHash != actorgraph.ContentHash("Title", "body") {
		t.Errorf("prepared article = %+v", a)
	}
	if d := prepare(actorgraph.Document{Extraction: actorgraph.Extraction{Date: "March 3"}}); !d.Article.Published.IsZero() || d.Article.ID == "" {
		t.Errorf("bad date or missing id: %+v", d.Article)
	}
}

func TestStatementsUseFixedTypes(t *testing.T) {
	if len(relStmts) != len(actorgraph.RelTypes) || len(entityStmts) != len(actorgraph.ActorTypes) {
		t.Fatalf("%d relationship and %d entity statements", len(relStmts), len(entityStmts))
	}
	for _, r := range actorgraph.RelTypes {
		want := "CREATE (s)-[r:" + string(r.Type) + "]->(t)"
		if !strings.Contains(relStmts[r.Type], want) {
			t.Errorf("statement for %s lacks %q:\n%s", r.Type, want, relStmts[r.Type])
		}
	}
	if !strings.Contains(entityStmts[actorgraph.Person], "SET e:Actor:Person,") {
		t.Errorf("person statement: %s", entityStmts[actorgraph.Person])
	}
}
