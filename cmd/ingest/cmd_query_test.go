package main

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/queries"
)

func TestQueryListAndShow(t *testing.T) {
	code, out, errOut := runCLI(t, "query", "list")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	all, err := queries.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != len(all)+1 || !strings.HasPrefix(lines[0], "NAME") {
		t.Fatalf("list:\n%s", out)
	}
	for i, q := range all {
		if q.Name == "list" || q.Name == "show" {
			t.Errorf("a saved query may not be called %q: ingest query %s means something else", q.Name, q.Name)
		}
		if !strings.HasPrefix(lines[i+1], q.Name+" ") || !strings.HasSuffix(lines[i+1], q.Description) {
			t.Errorf("line %d = %q, want %s ... %s", i+1, lines[i+1], q.Name, q.Description)
		}
	}
	code, out, _ = runCLI(t, "query", "list", "--format", "csv")
	if code != exitOK || !strings.HasPrefix(out, "name,parameters,description\nactors,") {
		t.Errorf("list as csv (exit %d):\n%s", code, out)
	}
	code, out, _ = runCLI(t, "query", "show", "evidence")
	if code != exitOK || !strings.Contains(out, "  a            actor        required") || !strings.Contains(out, "Order: date") {
		t.Errorf("show evidence (exit %d):\n%s", code, out)
	}
}

// Each saved query is a subcommand whose help holds its parameters and
// score definitions; shell completion offers query names, parameter names
// and choices.
func TestQueryHelpAndCompletion(t *testing.T) {
	code, out, _ := runCLI(t, "query", "tension", "--help")
	for _, want := range []string{"Parameters (--NAME value, or --param NAME=value):",
		"  from         date         default null", "Tension of a pair {A, B} in a window", "--from date", "--rollup boolean[=true]"} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("query tension --help (exit %d) lacks %q:\n%s", code, want, out)
		}
	}
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"query", ""}, []string{"tension\t", "tension-timeline\t", "evidence\t", "list\t", "export-browser\t"}},
		{[]string{"query", "show", ""}, []string{"alignment\t", "stances\t"}},
		{[]string{"query", "tension", "--param", ""}, []string{"from=\t", "rollup=\t", "limit=\t"}},
		{[]string{"query", "tension", "--"}, []string{"--from\t", "--actor\t", "--format\t"}},
		{[]string{"query", "alignment", "--order", ""}, []string{"aligned", "divergent"}},
	}
	for _, c := range cases {
		code, out, errOut := runCLI(t, append([]string{"__complete"}, c.args...)...)
		for _, want := range c.want {
			if code != exitOK || !strings.Contains(out, want) {
				t.Errorf("completion of %q (exit %d, %s) lacks %q:\n%s", c.args, code, errOut, want, out)
			}
		}
	}
	code, out, _ = runCLI(t, "completion", "bash")
	if code != exitOK || !strings.Contains(out, "bash completion") {
		t.Errorf("completion bash: exit %d\n%.200s", code, out)
	}
}

func TestQueryUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"query"}, "needs list, show NAME or a query name"},
		{[]string{"query", "nope"}, `no saved query "nope"`},
		{[]string{"query", "tension", "--format", "xml"}, `--format "xml"`},
		{[]string{"query", "tension", "--param", "limit"}, `--param "limit": want key=value`},
		{[]string{"query", "tension", "--param", "limit=1", "--param", "limit=2"}, "--param limit given twice"},
		{[]string{"query", "tension", "extra"}, `unexpected argument "extra"`},
		{[]string{"query", "show"}, "needs one query name"},
		{[]string{"query", "tension", "--limit", "1", "--param", "limit=2"}, "parameter limit given twice"},
		{[]string{"query", "tension", "--format", "yaml", "-o", "x.yaml"}, `--format "yaml": want table, csv, json or jsonl`},
	}
	for _, c := range cases {
		code, out, errOut := runCLI(t, c.args...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, out, errOut, c.want)
		}
	}
}

// queryFixture writes one invented article: Quorland criticizes Pellinor,
// Pellinor threatens Quorland.
func queryFixture(t *testing.T) []string {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	a := actorgraph.Article{URL: "https://example.test/q1", Title: `Quorland and Pellinor, "at odds"`,
		Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), Text: "Quorland criticized Pellinor. Pellinor warned Quorland."}
	a.Finish()
	ex := actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL,
		Actors: []actorgraph.Actor{{Name: "Quorland", Type: actorgraph.Government}, {Name: "Pellinor", Type: actorgraph.Government}},
		Relations: []actorgraph.Relation{
			{Source: "Quorland", Type: actorgraph.Criticizes, Target: "Pellinor", Evidence: `Quorland said "enough, really".`, Sentence: 0, Weight: -2, Confidence: 0.9, Rule: "t"},
			{Source: "Pellinor", Type: actorgraph.Threatens, Target: "Quorland", Evidence: "Pellinor warned Quorland.", Sentence: 1, Weight: -4.4, Confidence: 0.9, Rule: "t"},
		}}
	if _, err := st.Write(context.Background(), []actorgraph.Document{{Article: a, Extraction: ex}}); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	return []string{"--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database}
}

func TestQueryFormats(t *testing.T) {
	conn := queryFixture(t)
	// Tension: 2 (criticize) + 4.4 (threaten) = 6.4; government:pellinor
	// sorts first, so a = Pellinor and a_to_b is the threat.
	code, out, errOut := runCLI(t, append([]string{"query", "tension", "--format", "json"}, conn...)...)
	want := `[
  {"a": "Pellinor", "b": "Quorland", "tension": 6.4, "cooperation": 0, "previous": null, "change": null, "a_to_b": 1, "b_to_a": 1, "criticizes": 1, "opposes": 0, "threatens": 1, "sanctions": 0, "attacks": 0, "appeals": 0, "first": "2024-05-02", "last": "2024-05-02"}
]
`
	if code != exitOK || out != want || errOut != "tension: 1 rows\n" {
		t.Errorf("json: exit %d\n%s\nwant\n%s\nstderr %q", code, out, want, errOut)
	}
	code, out, _ = runCLI(t, append([]string{"query", "evidence", "-p", "a=Quorland", "--param", "b=government:pellinor",
		"--format", "csv"}, conn...)...)
	want = "date,source,type,target,weight,confidence,evidence,title,url,article_id,rule\n" +
		`2024-05-02,Quorland,CRITICIZES,Pellinor,-2,0.9,"Quorland said ""enough, really"".","Quorland and Pellinor, ""at odds""",https://example.test/q1,https://example.test/q1,t` + "\n" +
		"2024-05-02,Pellinor,THREATENS,Quorland,-4.4,0.9,Pellinor warned Quorland.,\"Quorland and Pellinor, \"\"at odds\"\"\",https://example.test/q1,https://example.test/q1,t\n"
	if code != exitOK || out != want {
		t.Errorf("csv: exit %d\n%s\nwant\n%s", code, out, want)
	}
	code, out, _ = runCLI(t, append([]string{"query", "tension", "--param", "actor=Quorland"}, conn...)...)
	want = "A         B         TENSION  COOPERATION  PREVIOUS  CHANGE  A_TO_B  B_TO_A  CRITICIZES  OPPOSES  THREATENS  SANCTIONS  ATTACKS  APPEALS  FIRST       LAST\n" +
		"Pellinor  Quorland  6.4      0                              1       1       1           0        1          0          0        0        2024-05-02  2024-05-02\n"
	if code != exitOK || out != want {
		t.Errorf("table: exit %d\n%q\nwant\n%q", code, out, want)
	}
	// A parameter as its own flag; JSON lines written to a file with -o.
	file := filepath.Join(t.TempDir(), "tension.jsonl")
	code, out, errOut = runCLI(t, append([]string{"query", "tension", "--actor", "Quorland", "--rollup", "--format", "jsonl", "-o", file}, conn...)...)
	got, _ := os.ReadFile(file)
	want = `{"a":"Pellinor","b":"Quorland","tension":6.4,"cooperation":0,"previous":null,"change":null,"a_to_b":1,"b_to_a":1,"criticizes":1,"opposes":0,"threatens":1,"sanctions":0,"attacks":0,"appeals":0,"first":"2024-05-02","last":"2024-05-02"}` + "\n"
	if code != exitOK || out != "" || string(got) != want || !strings.Contains(errOut, "wrote "+file) {
		t.Errorf("jsonl -o: exit %d, stdout %q, stderr %q, file:\n%s\nwant\n%s", code, out, errOut, got, want)
	}
	// A bad value is a usage error naming the parameter; nothing on stdout.
	code, out, errOut = runCLI(t, append([]string{"query", "tension", "--param", "from=yesterday"}, conn...)...)
	if code != exitUsage || out != "" || !strings.Contains(errOut, `param from: "yesterday" is not a valid date`) {
		t.Errorf("bad date: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// After `ingest run examples/`, every saved query answers, and the top
// tension pair's score is the sum of minus the weights of the conflict
// reports that the evidence query lists for that pair, and the sum of its
// timeline: the numbers match their definitions on real extractions.
func TestQueriesOnExamples(t *testing.T) {
	graphtest.Open(t)
	cfg := graphtest.Config()
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	conn := []string{"--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database}
	if code, _, errOut := runCLI(t, append([]string{"run", "../../examples"}, conn...)...); code != exitOK {
		t.Fatalf("ingest run examples: exit %d: %s", code, errOut)
	}
	query := func(args ...string) []map[string]any {
		t.Helper()
		code, out, errOut := runCLI(t, append(append([]string{"query"}, args...), append(conn, "--format", "json")...)...)
		var rows []map[string]any
		if code != exitOK || json.Unmarshal([]byte(out), &rows) != nil {
			t.Fatalf("query %v: exit %d, stderr %s, stdout %s", args, code, errOut, out)
		}
		return rows
	}
	for _, rollup := range []string{"false", "true"} {
		top := query("tension", "-p", "rollup="+rollup, "-p", "limit=1")
		if len(top) != 1 {
			t.Fatalf("no tension in the examples (rollup=%s)", rollup)
		}
		a, b, tension := top[0]["a"].(string), top[0]["b"].(string), top[0]["tension"].(float64)
		sum, source, target := 0.0, "", ""
		for _, r := range query("evidence", "-p", "a="+a, "-p", "b="+b, "-p", "rollup="+rollup) {
			switch r["type"] {
			case "CRITICIZES", "OPPOSES", "THREATENS", "SANCTIONS", "ATTACKS":
				sum -= r["weight"].(float64)
				source, target = r["source"].(string), r["target"].(string)
			}
		}
		timeline := 0.0
		for _, r := range query("tension-timeline", "-p", "a="+a, "-p", "b="+b, "-p", "rollup="+rollup) {
			timeline += r["tension"].(float64)
		}
		if math.Abs(sum-tension) > 0.01 || math.Abs(timeline-tension) > 0.01 {
			t.Errorf("rollup=%s: tension(%s, %s) = %v, evidence gives %v, timeline %v", rollup, a, b, tension, sum, timeline)
		}
		// The source of a conflict report holds a stance toward its target.
		found := false
		for _, r := range query("stances", "-p", "target="+target) {
			found = found || r["actor"] == source
		}
		if !found {
			t.Errorf("stances toward %s do not list %s", target, source)
		}
	}
	if len(query("alignment", "-p", "min_shared=1")) == 0 || len(query("brokers")) == 0 {
		t.Error("alignment or brokers found nothing in the examples")
	}
	query("officials", "-p", "government=Turkey")
}

func TestQueryUnreachableNeo4j(t *testing.T) {
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", "not-the-password")
	code, out, errOut := runCLI(t, "query", "tension", "--neo4j-uri", "bolt://127.0.0.1:1")
	if code != exitUnavailable || out != "" || !strings.Contains(errOut, "bolt://127.0.0.1:1") || strings.Contains(errOut, "not-the-password") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 3 naming the URI, without the password", code, out, errOut)
	}
}

// Without a password, the error says so, not that the credentials were
// refused.
func TestQueryNoPassword(t *testing.T) {
	graphtest.Open(t)
	cfg := graphtest.Config()
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", "")
	code, out, errOut := runCLI(t, "query", "tension", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User)
	if code != exitUnavailable || out != "" || !strings.HasPrefix(errOut, "ingest: no password: set ACTORGRAPH_NEO4J_PASSWORD") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 3 and \"no password: set ACTORGRAPH_NEO4J_PASSWORD\"", code, out, errOut)
	}
}

// runSaved binds before it runs: a bad value or a missing required
// parameter is a usage error naming the query, and nothing reaches Neo4j.
func TestRunSavedBadParameterIsUsageError(t *testing.T) {
	st := graphtest.Open(t)
	q, err := queries.Get("tension")
	if err != nil {
		t.Fatal(err)
	}
	_, err = runSaved(context.Background(), st, q, map[string]string{"limit": "ten"})
	if actorgraph.KindOf(err) != actorgraph.KindUsage || !strings.Contains(err.Error(), "query tension") {
		t.Errorf("err = %v (kind %v), want a usage error naming the query", err, actorgraph.KindOf(err))
	}
	q, _ = queries.Get("evidence")
	if _, err = runSaved(context.Background(), st, q, map[string]string{"a": "x"}); actorgraph.KindOf(err) != actorgraph.KindUsage {
		t.Errorf("missing b: err = %v, want a usage error", err)
	}
	res, err := runSaved(context.Background(), st, q, map[string]string{"a": "x", "b": "y"})
	if err != nil || len(res.Columns) < 3 {
		t.Errorf("evidence x y: %v, %v", res, err)
	}
}
