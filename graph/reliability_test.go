package graph_test

import (
	"context"
	"fmt"
	"math/rand"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// syntheticDocs builds n invented articles over a small pool of actors, so
// that articles share nodes. The same seed gives the same documents.
func syntheticDocs(n int, seed int64) []actorgraph.Document {
	rng := rand.New(rand.NewSource(seed))
	pool := []actorgraph.Actor{
		{Name: "Government Alpha", Type: actorgraph.Government}, {Name: "Government Beta", Type: actorgraph.Government},
		{Name: "Government Gamma", Type: actorgraph.Government}, {Name: "Envoy Delta", Type: actorgraph.Person},
		{Name: "Minister Epsilon", Type: actorgraph.Person}, {Name: "Union of Zeta", Type: actorgraph.Organization},
		{Name: "Eta round of talks", Type: actorgraph.Negotiation},
	}
	docs := make([]actorgraph.Document, n)
	for i := range docs {
		a := actorgraph.Article{URL: fmt.Sprintf("https://example.test/synthetic/%d/%d", seed, i),
			Title: fmt.Sprintf("Synthetic report %d", i), Published: day("2024-01-01").AddDate(0, 0, i),
			Text: fmt.Sprintf("Invented text number %d.", i)}
		a.Finish()
		ex := actorgraph.Extraction{ID: a.ID, Actors: pool}
		for j := 0; j < 6; j++ {
			src, dst := pool[rng.Intn(len(pool)-1)], pool[rng.Intn(len(pool))]
			rt := actorgraph.RelTypes[rng.Intn(len(actorgraph.RelTypes))].Type
			ex.Relations = append(ex.Relations, actorgraph.Relation{Source: src.Name, Type: rt, Target: dst.Name,
				Evidence: fmt.Sprintf("Sentence %d of report %d.", j, i), Sentence: j, Weight: float64(j), Rule: "synthetic"})
		}
		docs[i] = actorgraph.Document{Article: a, Extraction: ex}
	}
	return docs
}

func writeInBatches(ctx context.Context, s *graph.Store, docs []actorgraph.Document, size int) error {
	for i := 0; i < len(docs); i += size {
		if _, err := s.Write(ctx, docs[i:min(i+size, len(docs))]); err != nil {
			return err
		}
	}
	return nil
}

func TestConcurrentWritersMakeNoDuplicates(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	docs := syntheticDocs(40, 1)
	if err := writeInBatches(ctx, s, docs, 40); err != nil {
		t.Fatal(err)
	}
	clean := counts(t, s)
	if err := graphtest.Wipe(ctx, s); err != nil {
		t.Fatal(err)
	}
	// Two processes' worth of drivers, overlapping on docs[10:30], one of
	// them writing in reverse order so that they meet in the middle.
	other, err := graph.Open(ctx, graphtest.Config())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	reversed := append([]actorgraph.Document(nil), docs[10:]...)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i, job := range []struct {
		s    *graph.Store
		docs []actorgraph.Document
	}{{s, docs[:30]}, {other, reversed}, {other, docs[5:35]}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = writeInBatches(ctx, job.s, job.docs, 5)
		}()
	}
	start := time.Now()
	wg.Wait()
	t.Logf("concurrent writes took %v", time.Since(start))
	for _, err := range errs {
		if err != nil {
			t.Fatalf("concurrent write: %v", err)
		}
	}
	assertCounts(t, counts(t, s), clean)
	assertNoDuplicates(t, s)
}

func assertNoDuplicates(t *testing.T, s *graph.Store) {
	t.Helper()
	if rows := graphtest.Rows(t, s, `MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id`, nil); len(rows) > 0 {
		t.Errorf("duplicate node ids: %v", rows)
	}
	if rows := graphtest.Rows(t, s, `MATCH ()-[r]->() WHERE r.key IS NOT NULL
		WITH type(r) AS t, r.key AS k, count(*) AS c WHERE c > 1 RETURN t, k`, nil); len(rows) > 0 {
		t.Errorf("duplicate relationship keys: %v", rows)
	}
	if rows := graphtest.Rows(t, s, `MATCH (a:Article)-[m:MENTIONS]->(e) WITH a, e, count(m) AS c WHERE c > 1 RETURN a.id, e.id`, nil); len(rows) > 0 {
		t.Errorf("duplicate mentions: %v", rows)
	}
}

// hostile are names and titles that would change a query if it were built
// by pasting text.
var hostile = []string{
	`O'Hara "the Quiet" Backtick` + "`" + `s`,
	`Robert'); MATCH (n) DETACH DELETE n; //`,
	"Council {id: 'x'} `DROP` RETURN 1 // MERGE",
	`\u0027 OR 1=1 WITH $rows AS r CALL db.labels()`,
}

func TestHostileTextStoredVerbatim(t *testing.T) {
	s := graphtest.Open(t)
	var actors []actorgraph.Actor
	for _, h := range hostile {
		actors = append(actors, actorgraph.Actor{Name: h, Type: actorgraph.Organization, Aliases: []string{h + " alias"}, Kind: h})
	}
	a := actorgraph.Article{Title: strings.Join(hostile, " | "), Text: "An invented text; " + hostile[1]}
	a.Finish()
	ex := actorgraph.Extraction{ID: a.ID, Actors: actors, Relations: []actorgraph.Relation{
		{Source: hostile[0], Type: actorgraph.Criticizes, Target: hostile[1], Evidence: hostile[2], Rule: hostile[3]}}}
	write(t, s, actorgraph.Document{Article: a, Extraction: ex})

	for _, h := range hostile {
		rows := graphtest.Rows(t, s, `MATCH (o:Organization {name: $name}) RETURN o.id AS id, o.kind AS kind, o.aliases AS aliases`,
			map[string]any{"name": h})
		if len(rows) != 1 || rows[0]["kind"] != h || !sameSet(rows[0]["aliases"], h+" alias") ||
			rows[0]["id"] != actorgraph.ActorID(actorgraph.Organization, h) {
			t.Errorf("name %q: rows %v", h, rows)
		}
	}
	rows := graphtest.Rows(t, s, `MATCH (:Article {title: $title})-[:MENTIONS]->(e) RETURN count(e) AS n`, map[string]any{"title": a.Title})
	if rows[0]["n"] != int64(len(hostile)) {
		t.Errorf("article with hostile title mentions %v entities, want %d", rows[0]["n"], len(hostile))
	}
	rel := graphtest.Rows(t, s, `MATCH ()-[r:CRITICIZES]->() RETURN r.evidence AS ev, r.rule AS rule`, nil)
	if len(rel) != 1 || rel[0]["ev"] != hostile[2] || rel[0]["rule"] != hostile[3] {
		t.Errorf("relationship = %v", rel)
	}
	if c := counts(t, s); c.Nodes["Entity"] != int64(len(hostile)) || c.Nodes["Article"] != 1 {
		t.Errorf("counts = %+v: the hostile text changed the graph", c)
	}
}

func TestFailedBatchWritesNothing(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	// A :Person without :Entity makes the batch's MERGE create a second node
	// with the same id, which the person_id constraint rejects at the end
	// of the batch, after the first document's nodes were written.
	_, err := neo4j.ExecuteQuery(ctx, s.Driver(), `CREATE (:Person {id: 'person:rufus-firefly'})`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	if err != nil {
		t.Fatal(err)
	}
	docs := append(syntheticDocs(3, 2), talksDoc())
	_, err = s.Write(ctx, docs)
	if err == nil {
		t.Fatal("write succeeded despite the constraint violation")
	}
	if k := actorgraph.KindOf(err); k == actorgraph.KindUnavailable || k == actorgraph.KindAuth {
		t.Errorf("constraint violation classified as kind %d: %v", k, err)
	}
	c := counts(t, s)
	if c.Nodes["Article"] != 0 || c.Nodes["Entity"] != 0 || c.Nodes["Person"] != 1 || c.Relationships() != 0 || c.Rels["MENTIONS"] != 0 {
		t.Errorf("failed batch left %+v, want only the one :Person placed by the test", c)
	}
}

func TestOpenUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	uri := "bolt://" + l.Addr().String()
	l.Close() // nothing listens there now
	const pw = "pa55-never-shown-9137"
	_, err = graph.Open(context.Background(), graph.Config{URI: uri, User: "neo4j", Password: pw, ConnectTimeout: 3 * time.Second})
	if err == nil {
		t.Fatal("Open succeeded on a closed port")
	}
	if k := actorgraph.KindOf(err); k != actorgraph.KindUnavailable {
		t.Errorf("kind = %d, want KindUnavailable: %v", k, err)
	}
	msg := err.Error()
	if !strings.Contains(msg, uri) || !strings.Contains(msg, "scripts/neo4j.sh start") || strings.Contains(msg, pw) {
		t.Errorf("message %q: want the URI and how to start Neo4j, and never the password", msg)
	}
}

func TestOpenBadURI(t *testing.T) {
	_, err := graph.Open(context.Background(), graph.Config{URI: "htp:/nowhere", Password: "x-secret-x"})
	if actorgraph.KindOf(err) != actorgraph.KindUsage || strings.Contains(err.Error(), "x-secret-x") {
		t.Errorf("err = %v, want a usage error without the password", err)
	}
}

func TestOpenWrongPassword(t *testing.T) {
	graphtest.Open(t) // skips or fails when Neo4j is not there
	cfg := graphtest.Config()
	cfg.Password = fmt.Sprintf("wrong-%d-pw", time.Now().UnixNano())
	_, err := graph.Open(context.Background(), cfg)
	if err == nil {
		t.Fatal("Open succeeded with a wrong password")
	}
	if k := actorgraph.KindOf(err); k != actorgraph.KindAuth {
		t.Errorf("kind = %d, want KindAuth: %v", k, err)
	}
	msg := err.Error()
	if !strings.Contains(msg, cfg.URI) || !strings.Contains(msg, cfg.User) || !strings.Contains(msg, "ACTORGRAPH_NEO4J_PASSWORD") {
		t.Errorf("message %q: want the URI, the user and the variable to set", msg)
	}
	if strings.Contains(msg, cfg.Password) || strings.Contains(fmt.Sprintf("%+v %#v", err, err), cfg.Password) {
		t.Errorf("message contains the password: %q", msg)
	}
}

func TestOpenMissingDatabase(t *testing.T) {
	graphtest.Open(t)
	cfg := graphtest.Config()
	cfg.Database = "nosuchdatabase"
	_, err := graph.Open(context.Background(), cfg)
	if k := actorgraph.KindOf(err); k != actorgraph.KindUsage || !strings.Contains(fmt.Sprint(err), "nosuchdatabase") {
		t.Errorf("err = %v (kind %d), want a usage error naming the database", err, k)
	}
}

func TestVersion(t *testing.T) {
	s := graphtest.Open(t)
	v, err := s.Version(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(v, "Neo4j/5.") {
		t.Errorf("version = %q, want Neo4j/5.x", v)
	}
	if err := s.Ping(context.Background()); err != nil {
		t.Errorf("ping: %v", err)
	}
}
