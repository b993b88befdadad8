package queries

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
)

func TestBrowserFavorites(t *testing.T) {
	q, err := Parse("x.cypher", "// name: x\n// description: d\n// param: a string -- who\n"+
		"// param: from date = null -- start\n// param: n integer = 5 -- how many\n// param: up boolean = false -- roll up\n"+
		"// param: p week|month = month -- period\n//\n// Doc.\nMATCH (n {id: $a})\n  // inner comment\nRETURN n LIMIT $n\n")
	if err != nil {
		t.Fatal(err)
	}
	old := browserExamples["a"]
	browserExamples["a"] = `O'Brien`
	defer func() { browserExamples["a"] = old }()
	favs := q.BrowserFavorites()
	params, query := favs[0], favs[1]
	want := "// x 1: parameters\n// d\n" +
		"// Edit the values (null: not given; dates as '2024-03-01'), run this,\n// then run \"x 2: query\".\n" +
		"//   a: who\n//   from: start\n//   n: how many\n//   up: roll up\n//   p: period\n" +
		":param a => 'O\\'Brien';\n:param from => null;\n:param n => 5;\n:param up => false;\n:param p => 'month';\n"
	if params.Name != "x 1: parameters" || params.File != "x-1-parameters.cypher" || params.Text != want {
		t.Errorf("parameters favorite %q %q:\n%s\nwant\n%s", params.Name, params.File, params.Text, want)
	}
	want = "// x 2: query\n// d\n// Run \"x 1: parameters\" first. Score definitions: `ingest query x --help`.\n" +
		"MATCH (n {id: $a})\nRETURN n LIMIT $n\n"
	if query.Name != "x 2: query" || query.File != "x-2-query.cypher" || query.Text != want {
		t.Errorf("query favorite %q %q:\n%s\nwant\n%s", query.Name, query.File, query.Text, want)
	}
	// One statement: no semicolon outside the header, so the Browser does
	// not show it as a script of several statements.
	if strings.Contains(q.Body(), ";") || !strings.HasPrefix(q.Body(), "MATCH") {
		t.Errorf("body: %q", q.Body())
	}
}

// Every saved query is one statement in its favorite, and the zip holds
// both favorites of each, in the folder the Browser makes.
func TestBrowserZip(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := BrowserZip(&buf, all); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != 2*len(all) {
		t.Fatalf("zip has %d files, want %d", len(zr.File), 2*len(all))
	}
	for i, f := range zr.File {
		fav := all[i/2].BrowserFavorites()[i%2]
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name != BrowserFolder+"/"+fav.File || string(got) != fav.Text {
			t.Errorf("zip file %d: %s, want %s", i, f.Name, fav.File)
		}
		if i%2 == 1 && strings.Contains(fav.Text, ";") {
			t.Errorf("%s: a semicolon makes the Browser split the query into statements", fav.Name)
		}
	}
}

// The style gives every relation type the colour of its class, and every
// kind of node its name as caption.
func TestBrowserStyle(t *testing.T) {
	colours := map[actorgraph.Quad]string{actorgraph.Conflict: "#C0392B", actorgraph.Cooperation: "#2E8B57",
		actorgraph.Appeal: "#E08E0B", actorgraph.Structural: "#7F8C8D"}
	rule := regexp.MustCompile(`(?s)(node|relationship)\.(\w+) \{(.*?)\n\}`)
	got := map[string]string{}
	for _, m := range rule.FindAllStringSubmatch(BrowserStyle, -1) {
		got[m[2]] = m[3]
	}
	for _, info := range actorgraph.RelTypes {
		if !strings.Contains(got[string(info.Type)], "color: "+colours[info.Quad]+";") {
			t.Errorf("%s (%s): want color %s, have %q", info.Type, info.Quad, colours[info.Quad], got[string(info.Type)])
		}
	}
	for _, label := range []string{"Government", "Person", "Organization", "Negotiation"} {
		if !strings.Contains(got[label], `caption: "{name}";`) {
			t.Errorf("node.%s: no name caption", label)
		}
	}
}
