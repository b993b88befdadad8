package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/readmodel"
)

// TestMigrateCreatesMissingSchema drops one index, runs `ingest migrate`
// and checks that it recreates that index and reports the rest as present.
func TestMigrateCreatesMissingSchema(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	_, err := neo4j.ExecuteQuery(context.Background(), st.Driver(), "DROP INDEX article_published", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(st.Database()))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	code, out, errOut := runCLI(t, "migrate", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %s", code, errOut)
	}
	if !strings.Contains(out, "created  article_published\n") || !strings.Contains(out, "exists   entity_id\n") ||
		strings.Contains(out, "created  entity_id") {
		t.Errorf("stdout:\n%s", out)
	}
	if !strings.Contains(errOut, "1 created") {
		t.Errorf("stderr %q, want a summary with 1 created", errOut)
	}
	rows := graphtest.Rows(t, st, "SHOW INDEXES YIELD name WHERE name = 'article_published' RETURN name", nil)
	if len(rows) != 1 {
		t.Errorf("article_published index not recreated")
	}
}

// TestMigrateWrongPassword checks the exit status and the one line of a
// refused login, which must not show the password.
func TestMigrateWrongPassword(t *testing.T) {
	graphtest.Open(t)
	cfg := graphtest.Config()
	const wrong = "not-the-password-4711"
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", wrong)
	code, out, errOut := runCLI(t, "migrate", "--neo4j-uri", cfg.URI, "--neo4j-database", cfg.Database)
	if code != exitUnavailable {
		t.Errorf("exit %d, want %d", code, exitUnavailable)
	}
	if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, cfg.URI) || strings.Contains(errOut+out, wrong) {
		t.Errorf("stderr %q: want one line naming %s, without the password", errOut, cfg.URI)
	}
}

// TestMigrateMergesOneActor writes a graph the way an older version did: one
// listed person under two spellings (two nodes), reported by three
// articles, with a person only the text knows under an accented name whose
// old id kept the accent. `ingest migrate --dry-run` lists the merges and
// changes nothing; `ingest migrate` merges them, keeping every report,
// evidence and mention, the tallies equal to the reports; a second run
// merges nothing.
func TestMigrateMergesOneActor(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	ctx := context.Background()
	doc := func(url, person, target string) actorgraph.Document {
		a := actorgraph.Article{URL: url, Title: "t", Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC),
			Text: person + " criticized " + target + "."}
		a.Finish()
		return actorgraph.Document{Article: a, Extraction: actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL,
			Extractor: "old/1", Actors: []actorgraph.Actor{
				{Name: person, Type: actorgraph.Person, Affiliation: "Russia"},
				{Name: target, Type: actorgraph.Government},
				{Name: "Russia", Type: actorgraph.Government},
			},
			Relations: []actorgraph.Relation{
				{Source: person, Type: actorgraph.Criticizes, Target: target, Evidence: a.Text, Weight: -2, CAMEO: "111", Confidence: 0.7, Rule: "old"},
				{Source: person, Type: actorgraph.MemberOf, Target: "Russia", Evidence: a.Text, Confidence: 0.8, Rule: "old", Role: "foreign minister"},
			}}}
	}
	if _, err := st.WriteBatch(ctx, []actorgraph.Document{
		doc("https://example.test/m1", "Sergey Lavrov", "Georgia"),
		doc("https://example.test/m2", "Sergei Lavrov", "Moldova"),
		doc("https://example.test/m3", "Sergey Lavrov", "Moldova"),
		doc("https://example.test/m4", "Ivo Škoda", "Georgia"),
	}); err != nil {
		t.Fatal(err)
	}
	// The older slug kept accents: give that node its old id.
	for _, q := range []string{`MATCH (p:Person {name: 'Ivo Škoda'}) SET p.id = 'person:ivo-škoda'`,
		`MATCH (:Person {name: 'Ivo Škoda'})-[d:DYAD]->() SET d.key = replace(d.key, 'ivo-skoda', 'ivo-škoda')`} {
		if _, err := neo4j.ExecuteQuery(ctx, st.Driver(), q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(st.Database())); err != nil {
			t.Fatal(err)
		}
	}
	census := `MATCH ()-[r]->() WHERE NOT r:DYAD WITH type(r) AS t, count(r) AS n, collect(r.evidence) AS ev
		RETURN t, n, size([e IN ev WHERE e IS NOT NULL]) AS evidence ORDER BY t`
	before := graphtest.Rows(t, st, census, nil)

	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	args := []string{"migrate", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database}
	code, out, errOut := runCLI(t, append(args, "--dry-run")...)
	if code != exitOK || !strings.Contains(out, "would merge person:sergey-lavrov into person:sergei-lavrov (Sergei Lavrov)") ||
		!strings.Contains(out, "would merge person:ivo-škoda into person:ivo-skoda") {
		t.Fatalf("dry run: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if n := len(graphtest.Rows(t, st, `MATCH (p:Person) RETURN p`, nil)); n != 3 {
		t.Fatalf("the dry run changed the graph: %d persons, want 3", n)
	}

	code, out, errOut = runCLI(t, args...)
	if code != exitOK || !strings.Contains(out, "merged person:sergey-lavrov into person:sergei-lavrov (Sergei Lavrov): 4 relationships, 2 mentions moved") {
		t.Fatalf("migrate: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	persons := graphtest.Rows(t, st, `MATCH (p:Person) RETURN p.id AS id, p.aliases AS aliases ORDER BY id`, nil)
	if len(persons) != 2 || persons[0]["id"] != "person:ivo-skoda" || persons[1]["id"] != "person:sergei-lavrov" {
		t.Fatalf("persons after migrate: %v", persons)
	}
	if after := graphtest.Rows(t, st, census, nil); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("relationships and evidence changed:\nbefore %v\nafter  %v", before, after)
	}
	if drift, err := readmodel.Drift(ctx, st.Driver(), st.Database()); err != nil || drift != 0 {
		t.Errorf("dyads differ from the reports: %d (%v)", drift, err)
	}
	code, out, _ = runCLI(t, args...)
	if code != exitOK || strings.Contains(out, "merged") {
		t.Errorf("second run: exit %d, stdout:\n%s", code, out)
	}
}
