package main_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// badFiles are inputs that must each be refused with one line naming the
// file (and line), keyed by file name, with the message they must give.
var badFiles = map[string]struct{ content, input, msg string }{
	"empty.txt":       {"", "empty.txt", "empty file"},
	"binary.txt":      {"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02", "binary.txt", "binary data"},
	"latin1.txt":      {"Title: Caf\xe9 talks\n\nLe ministre a parl\xe9 avec son homologue.\n", "latin1.txt", "not valid UTF-8"},
	"wrongtypes.json": {`{"title": 42, "text": ["Peru met Chile."], "date": true}`, "wrongtypes.json", `field "title"`},
	"mixed.jsonl": {`{"title":"Fjord talks","text":"Norway held talks with Iceland on Tuesday."}` + "\n" +
		`{"title": "Half a line", "text": "Kenya criticized Uganda` + "\n" +
		`{"title":"Andes dispute","text":"Peru criticized Ecuador on Friday."}` + "\n", "mixed.jsonl:2", "malformed JSON"},
	"scripts.html": {`<html><head><title>Only scripts</title><script>var s = "France criticized Germany on Monday.";</script></head>` +
		`<body><script>document.write("Spain urged Portugal to act.")</script><script src="a.js"></script></body></html>`,
		"scripts.html", "no article text"},
}

// goodFiles are odd but acceptable inputs: they go in.
var goodFiles = map[string]string{
	"plain.txt":   "Title: Grain corridor\nDate: 2025-03-04\n\nMoldova signed an agreement with Romania on Monday.\n",
	"odd.json":    `{"title":"Odd date","text":"Ghana urged Togo to reopen the border.","date":"sometime in the spring","url":"https://example.test/odd"}`,
	"nodate.txt":  "Title: Undated\n\nKenya signed an agreement with Tanzania.\n",
	"ordinal.txt": "Title: Ordinal date\nDate: March 3rd, 2021\n\nChile held talks with Bolivia about water.\n",
	"spanish.txt": "Title: Reunión en Lima\nDate: 2025-04-01\n\nEl ministro de Asuntos Exteriores de Perú se reunió " +
		"con su homólogo de Chile el martes para hablar del comercio.\n",
	"scripted.html": `<!doctype html><html><head><title>Border talks resume</title>
<script>var s = "Austria threatened Hungary on Sunday."; function f(){ return "Sweden attacked Finland"; }</script>
<meta property="article:published_time" content="2025-05-06T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><script>document.write("Poland condemned Lithuania.")</script>
<article><h1>Border talks resume</h1>
<p>Kenya held talks with Uganda on Monday about the shared border and the trade of goods across it, officials in both capitals said after the meeting ended late in the evening.</p>
<p>The two delegations agreed to meet again next month, and ministers said they expected a written agreement on customs before the end of the year.</p>
<script>window.x = "Norway criticized Denmark.";</script>
</article><footer>Copyright</footer></body></html>`,
}

// goodTitles are the titles of every article that must go in.
var goodTitles = []string{"Andes dispute", "Border talks resume", "Fjord talks", "Grain corridor",
	"Odd date", "Ordinal date", "Reunión en Lima", "Undated"}

// hugeSize is the size of the one-line file that must be refused.
const hugeSize = 50 << 20

// writeBadFolder writes badFiles, goodFiles and a 50 MB single-line file
// into a new folder and returns it.
func writeBadFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, f := range badFiles {
		writeFile(t, filepath.Join(dir, name), f.content)
	}
	for name, content := range goodFiles {
		writeFile(t, filepath.Join(dir, name), content)
	}
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString("Title: huge\n\n")
	for n := 0; n < hugeSize; n += 16 {
		w.WriteString("Peru met Chile. ")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkBadLines asserts that stderr has exactly one line per bad input,
// naming it with the expected message.
func checkBadLines(t *testing.T, dir string, r result) {
	t.Helper()
	want := map[string]string{"huge.txt": "file too large"}
	for _, f := range badFiles {
		want[f.input] = f.msg
	}
	var lines []string // status lines (progress, say) may come too
	for _, l := range r.errLines() {
		if strings.Contains(l, dir) {
			lines = append(lines, l)
		}
	}
	if len(lines) != len(want) {
		t.Errorf("stderr has %d lines naming inputs, want %d (one per bad input):\n%s", len(lines), len(want), r.errOut)
	}
	for input, msg := range want {
		prefix := "ingest: " + filepath.Join(dir, input) + ": "
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, prefix) && strings.Contains(l, msg) {
				found = true
			}
		}
		if !found {
			t.Errorf("no stderr line %q...%q in:\n%s", prefix, msg, r.errOut)
		}
	}
}

// TestBadInputExtract: `ingest extract` on a folder of bad and odd files
// prints the good articles, one line per bad file on stderr, exit 1.
func TestBadInputExtract(t *testing.T) {
	dir := writeBadFolder(t)
	r := ingest(t, time.Minute, nil, "extract", dir)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	checkBadLines(t, dir, r)
	var titles []string
	for _, line := range strings.Split(strings.TrimSpace(r.out), "\n") {
		var x struct {
			Title     string `json:"title"`
			Relations []struct {
				Evidence string `json:"evidence"`
			} `json:"relations"`
		}
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatalf("stdout line %q: %v", line, err)
		}
		titles = append(titles, x.Title)
		for _, rel := range x.Relations {
			if strings.Contains(rel.Evidence, "criticized Denmark") || strings.Contains(rel.Evidence, "Hungary") {
				t.Errorf("%s: relation read from a script: %q", x.Title, rel.Evidence)
			}
		}
	}
	sort.Strings(titles)
	if strings.Join(titles, "|") != strings.Join(goodTitles, "|") {
		t.Errorf("articles extracted: %q, want %q", titles, goodTitles)
	}
}

// TestBadInputRun: `ingest run` on the same folder writes exactly the good
// articles to Neo4j, nothing of the bad ones, and exits 1.
func TestBadInputRun(t *testing.T) {
	st := graphtest.Open(t)
	dir := writeBadFolder(t)
	r := ingest(t, 2*time.Minute, neo4jEnv(graphtest.Config()), "run", "--batch-size", "3", dir)
	if r.code != 1 {
		t.Errorf("exit %d, want 1; stderr:\n%s", r.code, r.errOut)
	}
	checkBadLines(t, dir, r)
	if want := "articles: 8 new, 0 changed, 0 unchanged, 7 failed"; !strings.Contains(r.out, want) {
		t.Errorf("stdout lacks %q:\n%s", want, r.out)
	}
	titles := column(t, st, `MATCH (a:Article) RETURN a.title AS v`)
	if strings.Join(titles, "|") != strings.Join(goodTitles, "|") {
		t.Errorf("articles in the graph: %q, want %q", titles, goodTitles)
	}
	for _, name := range []string{"empty.txt", "binary.txt", "latin1.txt", "wrongtypes.json", "scripts.html", "huge.txt"} {
		if n := column(t, st, `MATCH (a:Article) WHERE a.path ENDS WITH '/`+name+`' RETURN a.id AS v`); len(n) != 0 {
			t.Errorf("%s: %d articles written", name, len(n))
		}
	}
	leaked := graphtest.Rows(t, st, `MATCH ()-[r]->() WHERE r.evidence CONTAINS 'Kenya criticized'
		OR r.evidence CONTAINS 'Denmark' OR r.evidence CONTAINS 'Hungary' OR r.evidence CONTAINS 'Portugal'
		RETURN r.evidence AS e`, nil)
	if len(leaked) != 0 {
		t.Errorf("relations from bad input or scripts: %v", leaked)
	}
	dates := graphtest.Rows(t, st, `MATCH (a:Article) RETURN a.title AS t, toString(a.published) AS d ORDER BY t`, nil)
	want := map[string]any{"Undated": nil, "Odd date": nil, "Ordinal date": "2021-03-03", "Grain corridor": "2025-03-04", "Border talks resume": "2025-05-06"}
	for _, d := range dates {
		if w, ok := want[d["t"].(string)]; ok && d["d"] != w {
			t.Errorf("%s: published %v, want %v", d["t"], d["d"], w)
		}
	}
}
