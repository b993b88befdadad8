package graph_test

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

func write(t *testing.T, s *graph.Store, docs ...actorgraph.Document) graph.WriteResult {
	t.Helper()
	res, err := s.WriteBatch(context.Background(), docs)
	if err != nil {
		t.Fatalf("write: %v", err)
	}
	return res
}

func counts(t *testing.T, s *graph.Store) graph.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatalf("counts: %v", err)
	}
	return c
}

func TestWriteNewDocument(t *testing.T) {
	s := graphtest.Open(t)
	res := write(t, s, talksDoc())
	if len(res.Statuses) != 1 || res.Statuses[0] != actorgraph.StatusNew {
		t.Fatalf("statuses = %v, want [new]", res.Statuses)
	}
	if res.Skipped != 3 || res.Relations != 5 || res.Entities != 4 || res.Mentions != 4 {
		t.Errorf("result = %+v, want 4 entities, 5 relations, 4 mentions, 3 skipped", res)
	}
	c := counts(t, s)
	wantNodes := map[string]int64{"Entity": 4, "Actor": 3, "Person": 1, "Government": 2, "Organization": 0, "Negotiation": 1, "Article": 1}
	for l, n := range wantNodes {
		if c.Nodes[l] != n {
			t.Errorf("%d :%s nodes, want %d", c.Nodes[l], l, n)
		}
	}
	wantRels := map[string]int64{"MEMBER_OF": 1, "MEETS_WITH": 1, "PARTICIPATES_IN": 2, "CRITICIZES": 1, "MENTIONS": 4, "URGES": 0, "SUPPORTS": 0}
	for r, n := range wantRels {
		if c.Rels[r] != n {
			t.Errorf("%d %s relationships, want %d", c.Rels[r], r, n)
		}
	}
}

func TestWriteStoresNodeProperties(t *testing.T) {
	s := graphtest.Open(t)
	doc := talksDoc()
	write(t, s, doc)
	rows := graphtest.Rows(t, s, `MATCH (p:Person {id: 'person:rufus-firefly'})
		RETURN labels(p) AS labels, p.name AS name, p.aliases AS aliases, p.role AS role, p.affiliation AS aff`, nil)
	if len(rows) != 1 {
		t.Fatalf("%d Rufus Firefly nodes, want 1", len(rows))
	}
	r := rows[0]
	if !sameSet(r["labels"], "Entity", "Actor", "Person") {
		t.Errorf("labels = %v, want Entity, Actor, Person", r["labels"])
	}
	if r["name"] != "Rufus Firefly" || r["role"] != "foreign minister" || r["aff"] != "Freedonia" {
		t.Errorf("person = %v", r)
	}
	if !sameSet(r["aliases"], "Firefly") {
		t.Errorf("aliases = %v, want [Firefly]", r["aliases"])
	}
	neg := graphtest.Rows(t, s, `MATCH (n:Negotiation) RETURN labels(n) AS labels, n.id AS id, n.topic AS topic, n.venue AS venue`, nil)
	if len(neg) != 1 || neg[0]["id"] != "negotiation:lake-accord-talks" || neg[0]["topic"] != "water" ||
		neg[0]["venue"] != "Geneva" || !sameSet(neg[0]["labels"], "Entity", "Negotiation") {
		t.Errorf("negotiation = %v", neg)
	}
	art := graphtest.Rows(t, s, `MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.published AS published,
		a.content_hash AS hash, a.extractor AS extractor, a.ingested_at IS NOT NULL AS stamped, a.path AS path`, nil)
	if len(art) != 1 {
		t.Fatalf("%d articles, want 1", len(art))
	}
	a := art[0]
	if a["id"] != doc.Article.ID || a["title"] != doc.Article.Title || a["hash"] != doc.Article.ContentHash ||
		a["extractor"] != "test/1" || a["stamped"] != true || a["path"] != nil {
		t.Errorf("article = %v", a)
	}
	if d, ok := a["published"].(neo4j.Date); !ok || d.String() != "2024-03-04" {
		t.Errorf("published = %#v, want date 2024-03-04", a["published"])
	}
}

func TestWriteStoresRelationshipEvidence(t *testing.T) {
	s := graphtest.Open(t)
	doc := talksDoc()
	write(t, s, doc)
	rows := graphtest.Rows(t, s, `MATCH (a:Person {id: 'person:rufus-firefly'})-[r:CRITICIZES]->(b:Government {id: 'government:sylvania'})
		RETURN r.evidence AS evidence, r.date AS date, r.weight AS weight, r.rule AS rule, r.article_id AS article,
		       r.cameo AS cameo, r.confidence AS confidence, r.sentence AS sentence, r.start AS start, r.end AS end, r.key AS key`, nil)
	if len(rows) != 1 {
		t.Fatalf("%d CRITICIZES edges, want 1", len(rows))
	}
	r := rows[0]
	want := map[string]any{"evidence": "Firefly criticized Sylvania over border patrols.", "weight": -2.0, "rule": "criticize",
		"article": doc.Article.ID, "cameo": "111", "confidence": 0.85, "sentence": int64(2), "start": int64(140), "end": int64(188),
		"key": graph.RelKey(doc.Article.ID, actorgraph.Criticizes, "person:rufus-firefly", "government:sylvania", 2)}
	for k, v := range want {
		if r[k] != v {
			t.Errorf("%s = %#v, want %#v", k, r[k], v)
		}
	}
	if d, ok := r["date"].(neo4j.Date); !ok || d.String() != "2024-03-04" {
		t.Errorf("date = %#v, want date 2024-03-04", r["date"])
	}
	member := graphtest.Rows(t, s, `MATCH (:Person)-[r:MEMBER_OF]->(g:Government) RETURN g.id AS gov, r.role AS role`, nil)
	if len(member) != 1 || member[0]["gov"] != "government:freedonia" || member[0]["role"] != "foreign minister" {
		t.Errorf("MEMBER_OF = %v", member)
	}
}

func TestSymmetricStoredFromSmallerID(t *testing.T) {
	s := graphtest.Open(t)
	write(t, s, talksDoc())
	rows := graphtest.Rows(t, s, `MATCH (a)-[:MEETS_WITH]->(b) RETURN a.id AS src, b.id AS dst`, nil)
	if len(rows) != 1 || rows[0]["src"] != "government:sylvania" || rows[0]["dst"] != "person:rufus-firefly" {
		t.Errorf("MEETS_WITH = %v, want government:sylvania -> person:rufus-firefly", rows)
	}
}

func TestRewriteUnchangedWritesNothing(t *testing.T) {
	s := graphtest.Open(t)
	doc := talksDoc()
	write(t, s, doc)
	before := counts(t, s)
	stamp := graphtest.Rows(t, s, `MATCH (a:Article) RETURN a.ingested_at AS at`, nil)
	res := write(t, s, doc, doc)
	if res.Statuses[0] != actorgraph.StatusUnchanged || res.Statuses[1] != actorgraph.StatusUnchanged {
		t.Errorf("statuses = %v, want [unchanged unchanged]", res.Statuses)
	}
	if res.Relations != 0 || res.Entities != 0 {
		t.Errorf("unchanged rewrite wrote %+v", res)
	}
	assertCounts(t, counts(t, s), before)
	again := graphtest.Rows(t, s, `MATCH (a:Article) RETURN a.ingested_at AS at`, nil)
	if fmt.Sprint(again[0]["at"]) != fmt.Sprint(stamp[0]["at"]) {
		t.Errorf("ingested_at changed from %v to %v on an unchanged rewrite", stamp[0]["at"], again[0]["at"])
	}
	known, err := s.Known(context.Background(), []string{doc.Article.ID, "https://example.test/absent"})
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 1 || known[doc.Article.ID] != doc.Article.ContentHash {
		t.Errorf("Known = %v, want only %s -> its hash", known, doc.Article.ID)
	}
}

func TestChangedDocumentReplacesRelationships(t *testing.T) {
	s := graphtest.Open(t)
	doc := talksDoc()
	write(t, s, doc)
	changed := talksDoc()
	changed.Article.Text += " Sylvania rejected the criticism."
	changed.Article.ContentHash = actorgraph.ContentHash(changed.Article.Title, changed.Article.Text)
	changed.Extraction.Actors = changed.Extraction.Actors[1:3] // Freedonia, Sylvania
	changed.Extraction.Relations = []actorgraph.Relation{{Source: "Sylvania", Type: actorgraph.Opposes, Target: "Freedonia",
		Evidence: "Sylvania rejected the criticism.", Sentence: 3, Start: 189, End: 221, Weight: -4, Rule: "reject"}}
	res := write(t, s, changed)
	if res.Statuses[0] != actorgraph.StatusChanged {
		t.Fatalf("status = %v, want changed", res.Statuses[0])
	}
	c := counts(t, s)
	if c.Relationships() != 1 || c.Rels["OPPOSES"] != 1 || c.Rels["MENTIONS"] != 2 || c.Nodes["Article"] != 1 {
		t.Errorf("after change: %+v, want only the OPPOSES edge and 2 mentions", c)
	}
	rows := graphtest.Rows(t, s, `MATCH (a:Article) RETURN a.content_hash AS hash`, nil)
	if rows[0]["hash"] != changed.Article.ContentHash {
		t.Errorf("content_hash not updated")
	}
}

func TestBatchWithRepeatedArticle(t *testing.T) {
	s := graphtest.Open(t)
	first, second := talksDoc(), talksDoc()
	second.Article.Text += " A later edit."
	second.Article.ContentHash = actorgraph.ContentHash(second.Article.Title, second.Article.Text)
	second.Extraction.Relations = second.Extraction.Relations[:1]
	res := write(t, s, first, second)
	if res.Statuses[0] != actorgraph.StatusNew || res.Statuses[1] != actorgraph.StatusChanged {
		t.Errorf("statuses = %v, want [new changed]", res.Statuses)
	}
	if c := counts(t, s); c.Relationships() != 1 || c.Nodes["Article"] != 1 {
		t.Errorf("counts = %+v, want the last version only (1 relationship)", c)
	}
}

func TestMigrateTwice(t *testing.T) {
	s := graphtest.Open(t) // has applied the schema once
	changes, err := s.ApplySchema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		if c.Created {
			t.Errorf("second migrate created %s again", c.Name)
		}
	}
	names := map[string]bool{}
	for _, q := range []string{"SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name"} {
		for _, r := range graphtest.Rows(t, s, q+" RETURN name", nil) {
			names[r["name"].(string)] = true
		}
	}
	for _, c := range changes {
		if !names[c.Name] {
			t.Errorf("schema %s not in the database", c.Name)
		}
	}
	if len(changes) < 40 {
		t.Errorf("only %d schema statements", len(changes))
	}
}

func assertCounts(t *testing.T, got, want graph.Counts) {
	t.Helper()
	for k, v := range want.Nodes {
		if got.Nodes[k] != v {
			t.Errorf(":%s nodes = %d, want %d", k, got.Nodes[k], v)
		}
	}
	for k, v := range want.Rels {
		if got.Rels[k] != v {
			t.Errorf("%s relationships = %d, want %d", k, got.Rels[k], v)
		}
	}
}

// sameSet reports whether v is a list holding exactly the strings want.
func sameSet(v any, want ...string) bool {
	list, ok := v.([]any)
	if !ok || len(list) != len(want) {
		return false
	}
	have := map[any]bool{}
	for _, x := range list {
		have[x] = true
	}
	for _, w := range want {
		if !have[w] {
			return false
		}
	}
	return true
}

// The server says where it serves HTTP (the Neo4j Browser): host:port with
// a port number, which `ingest run` prints in its summary.
func TestHTTPAddress(t *testing.T) {
	s := graphtest.Open(t)
	addr := s.HTTPAddress(context.Background())
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatalf("HTTPAddress = %q: %v", addr, err)
	}
	if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 {
		t.Errorf("HTTPAddress = %q: port %q is not a port number", addr, port)
	}
}
