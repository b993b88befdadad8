package main

import (
	"encoding/json"
	"strings"
	"testing"
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
