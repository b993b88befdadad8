package queries

import (
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

const sample = `// name: sample
// description: A query to test the header parser.
// param: from date = null -- first day; null: all time
// param: who string -- required actor
// param: n integer = 25 -- rows
// param: w float = 0.5
// param: up boolean = true -- roll up
// param: period week|month = month -- bucket
//
// Score: the sum of x.
// Second line: more words.
MATCH (n) RETURN n LIMIT $n
`

func TestParseHeader(t *testing.T) {
	q, err := Parse("sample.cypher", sample)
	if err != nil {
		t.Fatal(err)
	}
	if q.Name != "sample" || q.Description != "A query to test the header parser." || q.File != "sample.cypher" {
		t.Errorf("name %q description %q file %q", q.Name, q.Description, q.File)
	}
	if q.Doc != "Score: the sum of x.\nSecond line: more words." {
		t.Errorf("doc = %q", q.Doc)
	}
	want := []struct {
		name, typ string
		required  bool
		def       any
		doc       string
	}{
		{"from", "date", false, nil, "first day; null: all time"},
		{"who", "string", true, nil, "required actor"},
		{"n", "integer", false, int64(25), "rows"},
		{"w", "float", false, 0.5, ""},
		{"up", "boolean", false, true, "roll up"},
		{"period", "week|month", false, "month", "bucket"},
	}
	if len(q.Params) != len(want) {
		t.Fatalf("%d params, want %d: %+v", len(q.Params), len(want), q.Params)
	}
	for i, w := range want {
		p := q.Params[i]
		if p.Name != w.name || p.TypeName() != w.typ || p.Required != w.required || p.Default != w.def || p.Doc != w.doc {
			t.Errorf("param %d = %+v, want %+v", i, p, w)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := map[string]string{
		"no name":        "// description: d\nRETURN 1",
		"no description": "// name: x\nRETURN 1",
		"bad type":       "// name: x\n// description: d\n// param: a text\nRETURN 1",
		"bad default":    "// name: x\n// description: d\n// param: a integer = ten\nRETURN 1",
		"bad choice":     "// name: x\n// description: d\n// param: a week|month = day\nRETURN 1",
		"bad name":       "// name: x\n// description: d\n// param: a-b string\nRETURN 1",
		"twice":          "// name: x\n// description: d\n// param: a string\n// param: a string\nRETURN 1",
		"no type":        "// name: x\n// description: d\n// param: a\nRETURN 1",
	}
	for name, text := range cases {
		if _, err := Parse("bad.cypher", text); err == nil || !strings.Contains(err.Error(), "bad.cypher") {
			t.Errorf("%s: err = %v, want an error naming bad.cypher", name, err)
		}
	}
}

func TestBind(t *testing.T) {
	q, err := Parse("sample.cypher", sample)
	if err != nil {
		t.Fatal(err)
	}
	got, err := q.Bind(map[string]string{"from": "2024-02-01", "who": `a"b'c`, "n": "3", "up": "false"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"from": time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC), "who": `a"b'c`,
		"n": int64(3), "w": 0.5, "up": false, "period": "month",
	}
	if len(got) != len(want) {
		t.Fatalf("bound %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %#v, want %#v", k, got[k], v)
		}
	}
	// Defaults fill in; null stays nil.
	got, err = q.Bind(map[string]string{"who": "x", "from": "null"})
	if err != nil || got["from"] != nil || got["n"] != int64(25) || got["up"] != true {
		t.Errorf("defaults: %v, %v", got, err)
	}
}

func TestBindErrors(t *testing.T) {
	q, err := Parse("sample.cypher", sample)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args map[string]string
		want string
	}{
		{map[string]string{}, "needs parameter who"},
		{map[string]string{"who": "x", "nope": "1"}, `no parameter "nope"`},
		{map[string]string{"who": "x", "n": "1.5"}, "not a valid integer"},
		{map[string]string{"who": "x", "n": "1; MATCH (m) DETACH DELETE m"}, "not a valid integer"},
		{map[string]string{"who": "x", "from": "01/02/2024"}, "not a valid date"},
		{map[string]string{"who": "x", "from": "2024-02-30"}, "not a valid date"},
		{map[string]string{"who": "x", "up": "maybe"}, "not a valid boolean"},
		{map[string]string{"who": "x", "w": "abc"}, "not a valid float"},
		{map[string]string{"who": "x", "period": "year"}, "not one of week, month"},
	}
	for _, c := range cases {
		_, err := q.Bind(c.args)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Bind(%v) = %v, want error with %q", c.args, err, c.want)
		}
	}
}

func TestLoadRejectsDuplicateNames(t *testing.T) {
	fsys := fstest.MapFS{
		"a.cypher": {Data: []byte("// name: x\n// description: d\nRETURN 1")},
		"b.cypher": {Data: []byte("// name: x\n// description: d\nRETURN 2")},
	}
	if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), "already used by a.cypher") {
		t.Fatalf("err = %v", err)
	}
}

var paramRef = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// Every embedded query parses, has a definition in words, and declares
// exactly the parameters its text uses.
func TestEmbeddedQueries(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, q := range all {
		names = append(names, q.Name)
		if len(q.Doc) < 200 {
			t.Errorf("%s: the header should define its scores in words (%d chars)", q.Name, len(q.Doc))
		}
		if q.File != q.Name+".cypher" {
			t.Errorf("%s: file %s should be named after the query", q.Name, q.File)
		}
		used := map[string]bool{}
		for _, m := range paramRef.FindAllStringSubmatch(q.Text, -1) {
			used[m[1]] = true
		}
		for _, p := range q.Params {
			if !used[p.Name] {
				t.Errorf("%s: parameter %s declared but not used", q.Name, p.Name)
			}
			delete(used, p.Name)
		}
		for name := range used {
			t.Errorf("%s: $%s used but not declared", q.Name, name)
		}
	}
	sort.Strings(names)
	want := "actors alignment brokers evidence officials stances tension tension-timeline"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("queries = %s, want %s", got, want)
	}
	if _, err := Get("tension"); err != nil {
		t.Error(err)
	}
	if _, err := Get("nope"); err == nil || !strings.Contains(err.Error(), "alignment") {
		t.Errorf("Get(nope) = %v, want an error listing the queries", err)
	}
}
