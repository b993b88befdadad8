package graph_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// tallyDoc is a small article from Ostmark about Velland on date (empty:
// undated), whose relations are rels (source, type, target, weight).
func tallyDoc(url, date string, rels ...actorgraph.Relation) actorgraph.Document {
	a := actorgraph.Article{URL: url, Title: "Ostmark and Velland", Text: "Ostmark and Velland " + url}
	if date != "" {
		a.Published = day(date)
	}
	a.Finish()
	for i := range rels {
		rels[i].Sentence = i
		rels[i].Evidence = "sentence about Ostmark and Velland"
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

func drift(t *testing.T, s *graph.Store) int64 {
	t.Helper()
	n, err := s.TallyDrift(context.Background())
	if err != nil {
		t.Fatalf("tally drift: %v", err)
	}
	return n
}

// tally returns n, w, first and last of one tally, or nil when absent.
func tally(t *testing.T, s *graph.Store, key string) map[string]any {
	t.Helper()
	rows := graphtest.Rows(t, s, `MATCH (x:Tally {id: $key})
		RETURN x.n AS n, x.w AS w, toString(x.first) AS first, toString(x.last) AS last, x.type AS type`,
		map[string]any{"key": key})
	if len(rows) > 1 {
		t.Fatalf("%d tallies with key %s", len(rows), key)
	}
	if len(rows) == 0 {
		return nil
	}
	return rows[0]
}

// execWrite runs one statement that writes.
func execWrite(t *testing.T, s *graph.Store, cypher string) {
	t.Helper()
	if _, err := neo4j.ExecuteQuery(context.Background(), s.Driver(), cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.Database())); err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
}

func TestTalliesSumReports(t *testing.T) {
	s := graphtest.Open(t)
	crit := "government:ostmark|government:velland|CRITICIZES|2024-05"
	write(t, s,
		tallyDoc("https://example.test/t1", "2024-05-20",
			rel("Ostmark", actorgraph.Criticizes, "Velland", -2),
			rel("Ostmark", actorgraph.Threatens, "Velland", -4.4),
			rel("Velland", actorgraph.MeetsWith, "Ostmark", 1)), // symmetric: stored ostmark -> velland
		tallyDoc("https://example.test/t2", "2024-05-03",
			rel("Ostmark", actorgraph.Criticizes, "Velland", -2),
			rel("Ilse Marr", actorgraph.MemberOf, "Ostmark", 0)),
	)
	// One more in the same month in a later batch, one in June, one undated.
	write(t, s,
		tallyDoc("https://example.test/t3", "2024-05-31", rel("Ostmark", actorgraph.Criticizes, "Velland", -2)),
		tallyDoc("https://example.test/t4", "2024-06-01", rel("Ostmark", actorgraph.Criticizes, "Velland", -2)),
		tallyDoc("https://example.test/t5", "", rel("Ostmark", actorgraph.Criticizes, "Velland", -2)))
	got := tally(t, s, crit)
	if got == nil || got["n"] != int64(3) || got["w"] != -6.0 || got["first"] != "2024-05-03" || got["last"] != "2024-05-31" {
		t.Errorf("May CRITICIZES tally = %v, want n 3, w -6, 2024-05-03..2024-05-31", got)
	}
	if got := tally(t, s, "government:ostmark|government:velland|MEETS_WITH|2024-05"); got == nil || got["n"] != int64(1) {
		t.Errorf("MEETS_WITH tally (symmetric, stored by id order) = %v, want n 1", got)
	}
	if got := tally(t, s, "government:ostmark|government:velland|CRITICIZES|-"); got == nil || got["n"] != int64(1) || got["first"] != nil {
		t.Errorf("undated tally = %v, want n 1 and no dates", got)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d tallies differ from the reports", n)
	}
	// MEMBER_OF is structural: reported, never tallied.
	if rows := graphtest.Rows(t, s, `MATCH (x:Tally) WHERE x.type IN ['MEMBER_OF', 'ADVISES'] RETURN x.id AS id`, nil); len(rows) != 0 {
		t.Errorf("tallies of structural types: %v", rows)
	}
	if rows := graphtest.Rows(t, s, `MATCH (:Person)-[r:MEMBER_OF]->(:Government) RETURN count(r) AS n`, nil); rows[0]["n"] != int64(1) {
		t.Errorf("MEMBER_OF reports = %v, want 1", rows[0]["n"])
	}

	// A changed article: t1 now reports one criticism only, in June.
	changed := tallyDoc("https://example.test/t1", "2024-06-10", rel("Ostmark", actorgraph.Criticizes, "Velland", -2))
	changed.Article.Text += " (corrected)"
	changed.Article.ContentHash = actorgraph.ContentHash(changed.Article.Title, changed.Article.Text)
	if res := write(t, s, changed); res.Statuses[0] != actorgraph.StatusChanged {
		t.Fatalf("status = %v, want changed", res.Statuses[0])
	}
	if got := tally(t, s, crit); got == nil || got["n"] != int64(2) || got["last"] != "2024-05-31" {
		t.Errorf("May CRITICIZES tally after the change = %v, want n 2", got)
	}
	if got := tally(t, s, "government:ostmark|government:velland|THREATENS|2024-05"); got != nil {
		t.Errorf("THREATENS tally of the replaced report is still there: %v", got)
	}
	if got := tally(t, s, "government:ostmark|government:velland|CRITICIZES|2024-06"); got == nil || got["n"] != int64(2) ||
		got["first"] != "2024-06-01" || got["last"] != "2024-06-10" {
		t.Errorf("June CRITICIZES tally = %v, want n 2, 2024-06-01..2024-06-10", got)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d tallies differ from the reports after a change", n)
	}
}

// Two writers with the same new articles at once: each report is written
// once, and so is each tally (the second writer finds the reports there and
// recomputes the tallies instead of adding to them).
func TestTalliesUnderConcurrentWriters(t *testing.T) {
	s := graphtest.Open(t)
	var docs []actorgraph.Document
	for i, d := range []string{"2024-01-05", "2024-01-06", "2024-02-07", "2024-02-08", "2024-03-09", "2024-03-10"} {
		docs = append(docs, tallyDoc("https://example.test/c"+string(rune('a'+i)), d,
			rel("Ostmark", actorgraph.Criticizes, "Velland", -2),
			rel("Velland", actorgraph.Opposes, "Ostmark", -4)))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if _, err := s.WriteBatch(ctx, docs); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent write: %v", err)
	}
	if c := counts(t, s); c.Rels["CRITICIZES"] != 6 || c.Rels["OPPOSES"] != 6 {
		t.Errorf("reports = %v, want 6 of each", c.Rels)
	}
	if got := tally(t, s, "government:ostmark|government:velland|CRITICIZES|2024-02"); got == nil || got["n"] != int64(2) {
		t.Errorf("February tally = %v, want n 2", got)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d tallies differ from the reports", n)
	}
}

// A graph written before tallies (old keys, article_id indexes, no tallies)
// is upgraded by Migrate, and a changed article then replaces its reports.
func TestMigrateUpgradesOlderGraph(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	doc := tallyDoc("https://example.test/old", "2024-04-02",
		rel("Ostmark", actorgraph.Criticizes, "Velland", -2), rel("Velland", actorgraph.Supports, "Ostmark", 3.4))
	write(t, s, doc)
	for _, q := range []string{
		"MATCH (x:Tally) DELETE x",
		"MATCH ()-[r]->() WHERE r.key STARTS WITH r.article_id + ' ' SET r.key = substring(r.key, size(r.article_id) + 1)",
		"DROP CONSTRAINT tallies_id",
		"DROP INDEX tallies_cover",
		"CREATE INDEX rel_criticizes_article_id IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.article_id)",
		"CREATE INDEX tallies_type IF NOT EXISTS FOR (x:Tally) ON (x.type)",
	} {
		execWrite(t, s, q)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d tallies differ from the reports after the upgrade", n)
	}
	if rows := graphtest.Rows(t, s, "MATCH ()-[r:CRITICIZES|SUPPORTS]->() WHERE NOT r.key STARTS WITH r.article_id + ' ' RETURN r.key AS k", nil); len(rows) > 0 {
		t.Errorf("keys not upgraded: %v", rows)
	}
	if rows := graphtest.Rows(t, s, "SHOW INDEXES YIELD name WHERE name IN ['rel_criticizes_article_id', 'tallies_type', 'tallies_id', 'tallies_cover'] RETURN collect(name) AS names", nil); !sameSet(rows[0]["names"], "tallies_id", "tallies_cover") {
		t.Errorf("indexes after upgrade = %v, want tallies_id and tallies_cover only", rows[0]["names"])
	}
	changed := tallyDoc("https://example.test/old", "2024-04-02", rel("Ostmark", actorgraph.Criticizes, "Velland", -2))
	changed.Article.Text += " (corrected)"
	changed.Article.ContentHash = actorgraph.ContentHash(changed.Article.Title, changed.Article.Text)
	write(t, s, changed)
	if c := counts(t, s); c.Rels["CRITICIZES"] != 1 || c.Rels["SUPPORTS"] != 0 {
		t.Errorf("reports after the change = %v, want 1 CRITICIZES and no SUPPORTS", c.Rels)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d tallies differ from the reports after a change", n)
	}
}

// TallyDrift itself notices a tally that is off.
func TestTallyDriftNotices(t *testing.T) {
	s := graphtest.Open(t)
	write(t, s, tallyDoc("https://example.test/d", "2024-07-07", rel("Ostmark", actorgraph.Criticizes, "Velland", -2)))
	if n := drift(t, s); n != 0 {
		t.Fatalf("drift = %d before tampering", n)
	}
	execWrite(t, s, "MATCH (x:Tally) SET x.n = x.n + 1")
	if n := drift(t, s); n != 1 {
		t.Errorf("drift = %d after tampering with one tally, want 1", n)
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

// A graph written when structural types were tallied loses those tallies
// at the next Migrate, and nothing else.
func TestMigrateDropsStructuralTallies(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	write(t, s, tallyDoc("https://example.test/s1", "2024-05-20",
		rel("Ilse Marr", actorgraph.MemberOf, "Ostmark", 0),
		rel("Ostmark", actorgraph.Criticizes, "Velland", -2)))
	key := "person:ilse-marr|government:ostmark|MEMBER_OF|2024-05"
	execWrite(t, s, `CREATE (:Tally {id: '`+key+`', source: 'person:ilse-marr', target: 'government:ostmark',
		type: 'MEMBER_OF', month: date('2024-05-01'), n: 1, w: 0.0, first: date('2024-05-20'), last: date('2024-05-20')})`)
	if n := drift(t, s); n != 1 {
		t.Fatalf("drift with a stale MEMBER_OF tally = %d, want 1", n)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if got := tally(t, s, key); got != nil {
		t.Errorf("MEMBER_OF tally after Migrate: %v", got)
	}
	if got := tally(t, s, "government:ostmark|government:velland|CRITICIZES|2024-05"); got == nil || got["n"] != int64(1) {
		t.Errorf("CRITICIZES tally after Migrate = %v, want n 1", got)
	}
	if n := drift(t, s); n != 0 {
		t.Errorf("%d tallies differ from the reports after Migrate", n)
	}
}
