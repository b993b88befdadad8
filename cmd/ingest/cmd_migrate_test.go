package main

import (
	"context"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph/graphtest"
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
