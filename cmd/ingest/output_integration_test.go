package main_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestHostileTextOutput: titles with terminal escapes and a spreadsheet
// formula go into the graph through `ingest run`, beside an empty file
// whose name holds a newline and an escape sequence. The run's error is
// one line with both made visible; `query evidence` prints no raw control
// byte as a table and no cell that starts a formula as CSV; JSON keeps
// the title as stored.
func TestHostileTextOutput(t *testing.T) {
	graphtest.Open(t)
	env := neo4jEnv(graphtest.Config())
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "Title: Evil \x1b]0;pwned\x07 title \x1b[2J here\nURL: https://inj.example/1\n\nFrance criticized Germany over the talks.\n")
	writeFile(t, filepath.Join(dir, "b.txt"), "Title: =HYPERLINK(\"http://evil.example\",\"x\")\nURL: https://inj.example/2\n\nFrance criticized Germany over the fisheries.\n")
	writeFile(t, filepath.Join(dir, "c\ningest: forged\x1b[31m.txt"), "")
	r := ingest(t, time.Minute, env, "run", dir)
	want := "ingest: " + dir + `/c\ningest: forged\x1b[31m.txt: empty file`
	if r.code != 1 || len(r.errLines()) != 1 || r.errLines()[0] != want {
		t.Errorf("run: exit %d, stderr %q; want 1 and the one line %q", r.code, r.errOut, want)
	}
	args := []string{"query", "evidence", "-p", "a=France", "-p", "b=Germany"}
	table := ingest(t, time.Minute, env, args...)
	if table.code != 0 || strings.ContainsAny(table.out, "\x1b\x07") || !strings.Contains(table.out, `Evil \x1b]0;pwned\x07 title \x1b[2J here`) {
		t.Errorf("table: exit %d, want 0 and the title with visible escapes:\n%q", table.code, table.out)
	}
	csv := ingest(t, time.Minute, env, append(args, "--format", "csv")...)
	if csv.code != 0 || !strings.Contains(csv.out, `,"'=HYPERLINK(""http://evil.example"",""x"")",`) || strings.Contains(csv.out, ",=") || !strings.Contains(csv.out, ",-2,") {
		t.Errorf("csv: exit %d, want 0, the formula quoted with a leading apostrophe and the weight -2:\n%s", csv.code, csv.out)
	}
	js := ingest(t, time.Minute, env, append(args, "--format", "json")...)
	if !strings.Contains(js.out, `"Evil \u001b]0;pwned\u0007 title \u001b[2J here"`) {
		t.Errorf("json: want the title as stored, escaped by JSON:\n%s", js.out)
	}
}
