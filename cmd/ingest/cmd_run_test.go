package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// runCLI runs the ingest command in-process, as main does, and returns its
// exit code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	io := &IO{In: strings.NewReader(""), Out: &out, Err: &errOut}
	cmd := newRootCommand(io)
	cmd.SetArgs(args)
	ctx := context.Background()
	code := exitCode(ctx, io, cmd.ExecuteContext(ctx))
	return code, out.String(), errOut.String()
}

// TestRunIngestsAndReportsBadFile ingests a folder with one bad file into
// the real Neo4j: the good articles are in the graph with their relations,
// stderr names the bad file, and the exit status is 1. A second run changes
// nothing.
func TestRunIngestsAndReportsBadFile(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Title: Ministers meet\nDate: 2025-02-03\n\n" +
			"Chile signed an agreement with Bolivia on Monday.\n",
		"b.jsonl":  `{"title":"Sanctions","text":"The European Union imposed sanctions on Belarus on Friday.","url":"https://example.org/b"}` + "\n",
		"bad.json": `{"title": "Broken", "text": `,
		"skip.csv": "not,an,article\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"run", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database, "--workers", "2", dir}
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)

	code, out, errOut := runCLI(t, args...)
	if code != exitError {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitError, errOut)
	}
	bad := filepath.Join(dir, "bad.json")
	if lines := strings.Split(strings.TrimSpace(errOut), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], "ingest: "+bad+": malformed JSON") {
		t.Errorf("stderr %q, want one line naming %s", errOut, bad)
	}
	// The Browser hint names the port the server serves HTTP on.
	_, httpPort, err := net.SplitHostPort(st.HTTPAddress(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "articles: 2 new, 0 changed, 0 unchanged, 1 failed") || !strings.Contains(out, "http://localhost:"+httpPort+"/browser/") {
		t.Errorf("stdout:\n%s", out)
	}
	if strings.Contains(out+errOut, cfg.Password) {
		t.Fatal("the password was printed")
	}

	rows := graphtest.Rows(t, st, "MATCH (a:Article) RETURN a.path AS path ORDER BY path", nil)
	var paths []string
	for _, r := range rows {
		paths = append(paths, filepath.Base(r["path"].(string)))
	}
	sort.Strings(paths)
	if strings.Join(paths, " ") != "a.txt b.jsonl" {
		t.Fatalf("articles in the graph: %v", paths)
	}
	rels := graphtest.Rows(t, st, `MATCH (:Government {name: 'Chile'})-[r:COOPERATES_WITH]-(:Government {name: 'Bolivia'})
		RETURN r.evidence AS evidence`, nil)
	if len(rels) != 1 || !strings.Contains(rels[0]["evidence"].(string), "signed an agreement") {
		t.Errorf("COOPERATES_WITH Chile-Bolivia: %v", rels)
	}

	code, out, _ = runCLI(t, args...)
	if code != exitError || !strings.Contains(out, "articles: 0 new, 0 changed, 2 unchanged, 1 failed") {
		t.Errorf("rerun: exit %d, stdout:\n%s", code, out)
	}
}

func TestRunNeedsPathsAndSaneFlags(t *testing.T) {
	if code, _, errOut := runCLI(t, "run"); code != exitUsage || !strings.Contains(errOut, "at least one file or folder") {
		t.Errorf("no path: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "run", "--batch-size", "-1", "x"); code != exitUsage || !strings.Contains(errOut, "must not be negative") {
		t.Errorf("negative batch: exit %d, stderr %q", code, errOut)
	}
}

func TestRunUnreachableNeo4j(t *testing.T) {
	code, out, errOut := runCLI(t, "run", "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-password", "not-printed-secret", t.TempDir())
	if code != exitUnavailable || !strings.Contains(errOut, "bolt://127.0.0.1:1") || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if strings.Contains(errOut, "not-printed-secret") {
		t.Error("the password was printed")
	}
}

// The first run on a database without the schema says what it waits for:
// creating the constraints and indexes and their coming online.
func TestRunFirstRunSaysSchema(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	ctx := context.Background()
	for _, show := range []string{"SHOW CONSTRAINTS YIELD name RETURN 'CONSTRAINT' AS kind, name",
		"SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL " +
			"AND name <> 'actorgraph_test_marker' RETURN 'INDEX' AS kind, name"} {
		for _, r := range graphtest.Rows(t, st, show, nil) {
			if _, err := neo4j.ExecuteQuery(ctx, st.Driver(), fmt.Sprintf("DROP %s `%s`", r["kind"], r["name"]), nil,
				neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(st.Database())); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	start := time.Now()
	code, _, errOut := runCLI(t, "run", "../../examples", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database)
	t.Logf("first run: %s\n%s", time.Since(start).Round(time.Millisecond), errOut)
	for _, want := range []string{"ingest: creating the schema: ", "(first run on this database)",
		"ingest: waiting for the new indexes to come online", "ingest: schema ready after "} {
		if code != exitOK || !strings.Contains(errOut, want) {
			t.Errorf("exit %d; stderr lacks %q:\n%s", code, want, errOut)
		}
	}
	// A second run has the schema: nothing said about it.
	code, _, errOut = runCLI(t, "run", "../../examples", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database)
	if code != exitOK || strings.Contains(errOut, "schema") {
		t.Errorf("second run: exit %d, stderr:\n%s", code, errOut)
	}
}
