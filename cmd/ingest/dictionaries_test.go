package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

const userActors = "name\ttype\taliases\taffiliation\trole\tfrom\tto\n" +
	"Coastal Liberation Front\tOrganization\tCLF\tChile\t\t\t\n" +
	"Marta Quispe\tPerson\tQuispe\tCoastal Liberation Front\tcommander\t2020-01-01\t\n"

const userArticle = "Title: Coast\nDate: 2023-04-05\n\n" +
	"Marta Quispe accused Peru of shelling the harbour. The CLF condemned Bolivia.\n"

// TestDictionaryFlag adds a user's actors with --dictionary and with
// ACTORGRAPH_DICTIONARIES: the group and its commander are found, with the
// affiliation of the dictionary, and --explain names the file and line.
func TestDictionaryFlag(t *testing.T) {
	dir := t.TempDir()
	dictPath := writeFile(t, dir, "mine.tsv", userActors)
	art := writeFile(t, dir, "a.txt", userArticle)

	code, out, errOut := runCLI(t, "extract", "--explain", "--dictionary", dictPath, art)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var x struct {
		Actors    []struct{ Name, Type, Affiliation string }
		Relations []struct{ Source, Type, Target string }
		Explain   struct{ Actors map[string]string }
	}
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	rels := map[string]bool{}
	for _, r := range x.Relations {
		rels[r.Source+" "+r.Type+" "+r.Target] = true
	}
	for _, w := range []string{"Marta Quispe CRITICIZES Peru", "Coastal Liberation Front CRITICIZES Bolivia"} {
		if !rels[w] {
			t.Errorf("missing %q in %v", w, rels)
		}
	}
	if got := x.Explain.Actors["Marta Quispe"]; got != dictPath+":3" {
		t.Errorf("explain of Marta Quispe = %q, want %s:3", got, dictPath)
	}

	t.Setenv("ACTORGRAPH_DICTIONARIES", dictPath)
	code, out, _ = runCLI(t, "extract", art)
	if code != 0 || !strings.Contains(out, `"Coastal Liberation Front"`) {
		t.Errorf("with ACTORGRAPH_DICTIONARIES: exit %d, output %s", code, out)
	}
}

// TestDictionaryErrors: a bad entry stops the command with a usage error
// naming the file and line; a redefined built-in entry is reported once.
func TestDictionaryErrors(t *testing.T) {
	dir := t.TempDir()
	art := writeFile(t, dir, "a.txt", userArticle)
	tests := []struct{ name, data, want string }{
		{"unknown type", "name\ttype\taliases\taffiliation\trole\tfrom\tto\nX\tThing\t\t\t\t\t\n", "bad.tsv:2: type \"Thing\""},
		{"bad date", "name\ttype\taliases\taffiliation\trole\tfrom\tto\nX\tPerson\t\tChile\t\t2020-02-30x\t\n", "bad.tsv:2: date"},
		{"unknown affiliation", "name\ttype\taliases\taffiliation\trole\tfrom\tto\nX Y\tPerson\t\tNowhere Land\t\t\t\n", "bad.tsv:2: X Y: affiliation \"Nowhere Land\""},
		{"unknown header", "who\twhat\n", "bad.tsv:1: unknown header"},
		{"broken Phoenix role", "ARNOR_ [ARN]\nJANE_ROE_\n\t[ARNGOV 20200101-]\n", "bad.tsv:3:"},
		{"bad verb code", "code\tverb\tforms\trest\n9x\tscold\t\t\n", "bad.tsv:2: code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, dir, "bad.tsv", tt.data)
			code, out, errOut := runCLI(t, "extract", "--dictionary", p, art)
			if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2, no output, %q", code, out, errOut, tt.want)
			}
		})
	}
	redef := writeFile(t, dir, "redef.tsv", "name\ttype\taliases\taffiliation\trole\tfrom\tto\nNATO\tOrganization\t\t\t\t\t\n")
	code, _, errOut := runCLI(t, "extract", "--dictionary", redef, art)
	if code != 0 || strings.Count(errOut, "redefines a built-in entry") != 1 {
		t.Errorf("redefinition: exit %d, stderr %q; want one report", code, errOut)
	}
}

// TestRunWritesDictionaryActorsAndNewTypes runs `ingest run --dictionary`
// into the real Neo4j: a user's actor and its member are nodes, and the new
// relation types arrive with their CAMEO code, Goldstein weight and rule.
func TestRunWritesDictionaryActorsAndNewTypes(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	dir := t.TempDir()
	dictPath := writeFile(t, dir, "mine.tsv", userActors)
	writeFile(t, dir, "a.txt", userArticle)
	writeFile(t, dir, "b.txt", "Title: Measures\nDate: 2023-04-06\n\n"+
		"Japan froze the assets of Peruvian banks. The Sudanese militias attacked Chad.\n")
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	code, _, errOut := runCLI(t, "run", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User,
		"--neo4j-database", cfg.Database, "--dictionary", dictPath, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows := graphtest.Rows(t, st, `MATCH (p:Person {name: 'Marta Quispe'})-[m:MEMBER_OF]->(o:Organization {name: 'Coastal Liberation Front'})
		RETURN m.role AS role`, nil)
	if len(rows) != 1 || rows[0]["role"] != "commander" {
		t.Errorf("the dictionary's person and group in the graph: %v", rows)
	}
	rows = graphtest.Rows(t, st, `MATCH (:Government {name: 'Japan'})-[r:SANCTIONS]->(:Government {name: 'Peru'})
		RETURN r.cameo AS cameo, r.weight AS weight, r.rule AS rule`, nil)
	if len(rows) != 1 || rows[0]["cameo"] != "163" || rows[0]["weight"] != -8.0 || !strings.HasPrefix(rows[0]["rule"].(string), "SANCTIONS/") {
		t.Errorf("SANCTIONS Japan -> Peru: %v", rows)
	}
	rows = graphtest.Rows(t, st, `MATCH (g:Organization {name: 'Sudanese militias'})-[:ATTACKS]->(:Government {name: 'Chad'})
		RETURN g.kind AS kind`, nil)
	if len(rows) != 1 {
		t.Errorf("the group actor and its attack: %v", rows)
	}
}
