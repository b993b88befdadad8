package graph_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/readmodel"
)

// dyadDoc is a small article from Ostmark about Velland on date (empty:
// undated), whose relations are rels (source, type, target, weight).
func dyadDoc(url, date string, rels ...actorgraph.Relation) actorgraph.Document {
	a := actorgraph.Article{URL: url, Title: "Ostmark and Velland", Text: "Ostmark and Velland " + url}
	if date != "" {
		a.Published = day(date)
	}
	a.Finish()
	for i := range rels {
		rels[i].Sentence = i
		rels[i].Evidence = "sentence about Ostmark and Velland"
		if info, ok := rels[i].Type.Info(); ok && rels[i].CAMEO == "" {
			rels[i].CAMEO = info.CAMEO
		}
	}
	return actorgraph.Document{Article: a, Extraction: actorgraph.Extraction{
		ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL,
		Actors: []actorgraph.Actor{
			{Name: "Ostmark", Type: actorgraph.Government},
			{Name: "Velland", Type: actorgraph.Government},
			{Name: "Ilse Marr", Type: actorgraph.Person, Affiliation: "Ostmark"},
		},
		Relations: rels,
	}}
}

func rel(src string, t actorgraph.RelType, dst string, w float64) actorgraph.Relation {
	return actorgraph.Relation{Source: src, Type: t, Target: dst, Weight: w}
}

// drift counts the dyads that differ from the reports.
func drift(t *testing.T, s *graph.Store) int64 {
	t.Helper()
	n, err := readmodel.Drift(context.Background(), s.Driver(), s.Database())
	if err != nil {
		t.Fatalf("dyad drift: %v", err)
	}
	return n
}

// dyad returns the properties of the dyad from source to target, or nil.
func dyad(t *testing.T, s *graph.Store, source, target string) map[string]any {
	t.Helper()
	rows := graphtest.Rows(t, s, `MATCH (:Entity {id: $s})-[d:DYAD]->(:Entity {id: $t}) RETURN properties(d) AS p`,
		map[string]any{"s": source, "t": target})
	if len(rows) > 1 {
		t.Fatalf("%d dyads from %s to %s", len(rows), source, target)
	}
	if len(rows) == 0 {
		return nil
	}
	return rows[0]["p"].(map[string]any)
}

// execWrite runs one statement that writes.
func execWrite(t *testing.T, s *graph.Store, cypher string) {
	t.Helper()
	if _, err := neo4j.ExecuteQuery(context.Background(), s.Driver(), cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.Database())); err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
}

// TestDyadsSumReports: a dyad holds the sums of the reports from its
// source to its target, conflict and cooperation apart; a changed article
// that drops a report updates it, and one that drops the last deletes it.
// Structural edges make no dyad.
func TestDyadsSumReports(t *testing.T) {
	s := graphtest.Open(t)
	o, v := "government:ostmark", "government:velland"
	write(t, s, dyadDoc("https://example.test/a", "2024-03-02",
		rel("Ostmark", actorgraph.Criticizes, "Velland", -2), rel("Ostmark", actorgraph.Sanctions, "Velland", -8),
		rel("Ostmark", actorgraph.Urges, "Velland", 3), rel("Ilse Marr", actorgraph.MemberOf, "Ostmark", 0)))
	write(t, s, dyadDoc("https://example.test/b", "2024-05-20",
		rel("Ostmark", actorgraph.NegotiatesWith, "Velland", 7), rel("Ostmark", actorgraph.Supports, "Velland", 3.4)))
	got := dyad(t, s, o, v)
	want := map[string]any{"reports": int64(5), "conflict": 10.0, "cooperation": 10.4, "mutual": 7.0,
		"pressure": 3.0, "criticizes": int64(1), "sanctions": int64(1), "urges": int64(1), "negotiates_with": int64(1),
		"supports": int64(1), "attacks": int64(0), "verbal_cooperation": int64(3), "verbal_conflict": int64(1),
		"material_conflict": int64(1), "first": "2024-03-02", "last": "2024-05-20", "key": o + "|" + v}
	for k, w := range want {
		if g := graph.Plain(got[k]); g != w {
			t.Errorf("dyad %s = %v, want %v", k, g, w)
		}
	}
	if got["lock"] != nil {
		t.Errorf("dyad keeps its lock property: %v", got)
	}
	if d := dyad(t, s, "person:ilse-marr", o); d != nil {
		t.Errorf("MEMBER_OF made a dyad: %v", d)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d dyads differ from the reports", n)
	}
	changed := dyadDoc("https://example.test/a", "2024-03-02", rel("Ostmark", actorgraph.Criticizes, "Velland", -2))
	changed.Article.Text += " (corrected)"
	changed.Article.ContentHash = actorgraph.ContentHash(changed.Article.Title, changed.Article.Text)
	write(t, s, changed)
	if d := dyad(t, s, o, v); d["reports"] != int64(3) || d["conflict"] != 2.0 || d["sanctions"] != int64(0) {
		t.Errorf("dyad after the change = %v, want 3 reports, conflict 2, no sanctions", d)
	}
	gone := dyadDoc("https://example.test/b", "2024-05-20", rel("Velland", actorgraph.Criticizes, "Ostmark", -2))
	gone.Article.Text += " (corrected)"
	gone.Article.ContentHash = actorgraph.ContentHash(gone.Article.Title, gone.Article.Text)
	write(t, s, gone)
	if d := dyad(t, s, o, v); d["reports"] != int64(1) || d["cooperation"] != 0.0 {
		t.Errorf("dyad after the second change = %v, want the criticism alone", d)
	}
	if d := dyad(t, s, v, o); d == nil || d["criticizes"] != int64(1) {
		t.Errorf("reverse dyad = %v, want one criticism", d)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d dyads differ from the reports after the changes", n)
	}
}

// TestDyadsUnderConcurrentWriters: writers that add reports of the same
// pair at the same time all count: the dyad locks before it reads.
func TestDyadsUnderConcurrentWriters(t *testing.T) {
	s := graphtest.Open(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		var docs []actorgraph.Document
		for i := range 6 {
			docs = append(docs, dyadDoc(fmt.Sprintf("https://example.test/w%d-%d", w, i), fmt.Sprintf("2024-0%d-1%d", 1+i%6, w),
				rel("Ostmark", actorgraph.Criticizes, "Velland", -2),
				rel("Velland", actorgraph.Opposes, "Ostmark", -4)))
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			for _, d := range docs { // one article per transaction: many commits interleave
				if _, err := s.Write(ctx, []actorgraph.Document{d}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent write: %v", err)
	}
	if d := dyad(t, s, "government:ostmark", "government:velland"); d == nil || d["reports"] != int64(24) || d["conflict"] != 48.0 {
		t.Errorf("dyad = %v, want 24 reports, conflict 48", d)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d dyads differ from the reports", n)
	}
}

// Drift itself notices a dyad that is off, one that is missing and one
// with no report; Rebuild repairs all three.
func TestDriftNoticedAndRebuilt(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	write(t, s, dyadDoc("https://example.test/d", "2024-07-07",
		rel("Ostmark", actorgraph.Criticizes, "Velland", -2), rel("Velland", actorgraph.Supports, "Ostmark", 3.4)))
	if n := drift(t, s); n != 0 {
		t.Fatalf("drift = %d before tampering", n)
	}
	execWrite(t, s, "MATCH (:Government {name: 'Ostmark'})-[d:DYAD]->() SET d.reports = d.reports + 1")
	execWrite(t, s, "MATCH (:Government {name: 'Velland'})-[d:DYAD]->() DELETE d")
	execWrite(t, s, "MATCH (a:Government {name: 'Ostmark'}), (p:Person) CREATE (p)-[:DYAD {key: p.id + '|' + a.id, reports: 1}]->(a)")
	if n := drift(t, s); n != 3 {
		t.Errorf("drift = %d after tampering with three dyads, want 3", n)
	}
	n, err := readmodel.Rebuild(ctx, s.Driver(), s.Database())
	if err != nil || n != 2 {
		t.Fatalf("rebuild: %d pairs, %v; want 2 pairs", n, err)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("drift = %d after Rebuild", n)
	}
}

// TestOnlyDomainLabels: a graph written by the store holds the domain's
// labels only; the read model is relationships between them.
func TestOnlyDomainLabels(t *testing.T) {
	s := graphtest.Open(t)
	write(t, s, dyadDoc("https://example.test/l", "2024-07-08",
		rel("Ostmark", actorgraph.Criticizes, "Velland", -2), rel("Ilse Marr", actorgraph.MemberOf, "Ostmark", 0)))
	rows := graphtest.Rows(t, s, `MATCH (n) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels`, nil)
	domain := map[string]bool{}
	for _, l := range graph.NodeLabels {
		domain[l] = true
	}
	for _, l := range rows[0]["labels"].([]any) {
		if !domain[l.(string)] {
			t.Errorf("label %s is not a domain label (%v)", l, graph.NodeLabels)
		}
	}
}

// Replacing a changed article finds its reports through the unique index
// on key (by the article id in front of the key), for every type.
func TestClearSeeksReportsByKeyPrefix(t *testing.T) {
	s := graphtest.Open(t)
	for typ, cypher := range graph.ClearRelStmts {
		res, err := neo4j.ExecuteQuery(context.Background(), s.Driver(), "EXPLAIN "+cypher,
			map[string]any{"ids": []string{"https://example.test/x"}}, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.Database()))
		if err != nil {
			t.Fatalf("explain clear %s: %v", typ, err)
		}
		text, _ := res.Summary.Plan().Arguments()["string-representation"].(string)
		if !strings.Contains(text, "RelationshipUniqueIndexSeekByRange") || strings.Contains(text, "RelationshipTypeScan") {
			t.Errorf("clear %s does not seek the key index:\n%s", typ, text)
		}
	}
}

// TestUpgradeReplacesLegacyReadModel: a graph of an older version, with
// report keys without the article id in front and the read model before
// dyads (:Tally, :Pair, :PairQueue, :PairLock and their schema), is
// upgraded: keys rekeyed, legacy nodes and schema gone, dyads built.
func TestUpgradeReplacesLegacyReadModel(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	write(t, s, dyadDoc("https://example.test/old", "2024-04-02",
		rel("Ostmark", actorgraph.Criticizes, "Velland", -2), rel("Velland", actorgraph.Supports, "Ostmark", 3.4)))
	for _, q := range []string{
		"MATCH ()-[d:DYAD]->() DELETE d",
		"DROP CONSTRAINT dyad_key",
		"MATCH ()-[r]->() WHERE r.key STARTS WITH r.article_id + ' ' SET r.key = substring(r.key, size(r.article_id) + 1)",
		"CREATE CONSTRAINT tallies_id IF NOT EXISTS FOR (x:Tally) REQUIRE x.id IS UNIQUE",
		"CREATE INDEX tallies_cover IF NOT EXISTS FOR (x:Tally) ON (x.type, x.source, x.target, x.n, x.w)",
		"CREATE CONSTRAINT pair_totals_id IF NOT EXISTS FOR (x:Pair) REQUIRE x.id IS UNIQUE",
		"CREATE CONSTRAINT pair_lock_id IF NOT EXISTS FOR (x:PairLock) REQUIRE x.id IS UNIQUE",
		"CREATE (:Tally {id: 'a|b|CRITICIZES|2024-04', n: 1}), (:Pair {id: 'a|b', n: 1}), (:PairQueue {id: 'q'}), (:PairLock {id: 'pairs'})",
	} {
		execWrite(t, s, q)
	}
	execWrite(t, s, "DROP CONSTRAINT tallies_id") // a graph from before tallies: rekeyed
	done, err := s.Upgrade(ctx)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	if len(done) < 2 {
		t.Errorf("upgrade did %v, want rekeys and the legacy nodes deleted", done)
	}
	if _, err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("apply schema: %v", err)
	}
	if _, err := readmodel.Rebuild(ctx, s.Driver(), s.Database()); err != nil {
		t.Fatalf("rebuild: %v", err)
	}
	if rows := graphtest.Rows(t, s, "MATCH (x) WHERE x:Tally OR x:Pair OR x:PairQueue OR x:PairLock RETURN count(x) AS n", nil); rows[0]["n"] != int64(0) {
		t.Errorf("%v legacy nodes left", rows[0]["n"])
	}
	if rows := graphtest.Rows(t, s, "SHOW CONSTRAINTS YIELD name WHERE name IN ['pair_totals_id', 'pair_lock_id', 'dyad_key'] RETURN collect(name) AS names", nil); !sameSet(rows[0]["names"], "dyad_key") {
		t.Errorf("constraints after the upgrade = %v, want dyad_key only", rows[0]["names"])
	}
	if rows := graphtest.Rows(t, s, "MATCH ()-[r:CRITICIZES|SUPPORTS]->() WHERE NOT r.key STARTS WITH r.article_id + ' ' RETURN r.key AS k", nil); len(rows) > 0 {
		t.Errorf("keys not upgraded: %v", rows)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d dyads differ from the reports after the upgrade", n)
	}
	if d := dyad(t, s, "government:velland", "government:ostmark"); d == nil || d["supports"] != int64(1) {
		t.Errorf("dyad Velland -> Ostmark = %v, want one support", d)
	}
}
