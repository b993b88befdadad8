package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
)

// TestWalkBadFiles puts one bad file of each kind next to a good one: each
// bad file gives one error naming it, and the good article still comes
// through.
func TestWalkBadFiles(t *testing.T) {
	bad := map[string]string{
		"empty.txt":      "",
		"binary.txt":     "\x7fELF\x00\x00\x01",
		"latin1.txt":     "Title: Caf\xe9\n\nLe caf\xe9.",
		"broken.json":    `{"title": "x", "text": "unterminated`,
		"syntax.json":    `{"title": "x" "text": "y"}`,
		"types.json":     `{"title": 42, "text": "Body."}`,
		"array.json":     `[{"title": "x", "text": "y"}]`,
		"two.json":       `{"text": "a"} {"text": "b"}`,
		"notext.json":    `{"title": "Only a title"}`,
		"nulltext.jsonl": `{"title": "x", "text": null}`,
	}
	want := map[string]string{
		"empty.txt":      "empty file",
		"binary.txt":     "binary data",
		"latin1.txt":     "not valid UTF-8 (first bad byte at offset 10)",
		"broken.json":    "malformed JSON",
		"syntax.json":    "malformed JSON at byte",
		"types.json":     `field "title" is a JSON number, want a string`,
		"array.json":     "want a JSON object",
		"two.json":       "more than one value",
		"notext.json":    "article has no text",
		"nulltext.jsonl": "article has no text",
	}
	files := map[string]string{"good.txt": "Title: Good\n\nA good body."}
	for k, v := range bad {
		files[k] = v
	}
	dir := writeFiles(t, files)
	arts, errs := collect(t, dir)
	if len(arts) != 1 || arts[0].Title != "Good" {
		t.Fatalf("articles %+v, want only the good one", arts)
	}
	seen := map[string]bool{}
	for _, err := range errs {
		name := filepath.Base(inputOf(t, err))
		name = strings.TrimSuffix(name, ":1") // the JSONL file names its line
		seen[name] = true
		if !strings.Contains(err.Error(), want[name]) {
			t.Errorf("%s: error %q, want %q", name, err, want[name])
		}
	}
	if len(errs) != len(bad) || len(seen) != len(bad) {
		t.Errorf("got %d errors for %v, want one per bad file (%d)", len(errs), seen, len(bad))
	}
}

func TestJSONLBrokenMiddleLine(t *testing.T) {
	in := `{"title":"One","text":"First."}` + "\n" +
		`{"title":"Two","text":` + "\n" +
		`{"title":"Three","text":"Third.","date":"2 Jan 2024"}` + "\r\n" +
		`{"title":"Four","text":["not","a","string"]}` + "\n" +
		`{"title":"Five","text":"Fifth."}`
	var titles, errs []string
	err := ReadJSONL(context.Background(), strings.NewReader(in), "feed.jsonl", func(it actorgraph.Item) error {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
			return nil
		}
		titles = append(titles, it.Article.Title+"@"+it.Article.Path+":"+string(rune('0'+it.Article.Line)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(titles, " ") != "One@feed.jsonl:1 Three@feed.jsonl:3 Five@feed.jsonl:5" {
		t.Errorf("articles %v", titles)
	}
	if len(errs) != 2 || !strings.HasPrefix(errs[0], "feed.jsonl:2: malformed JSON") ||
		!strings.HasPrefix(errs[1], `feed.jsonl:4: field "text" is a JSON array`) {
		t.Errorf("errors %q", errs)
	}
}

// TestJSONLTooLongLine checks that a line over MaxArticleBytes is one error
// for that line and that the lines after it are still read.
func TestJSONLTooLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 17 MiB line")
	}
	var b bytes.Buffer
	b.WriteString(`{"title":"Before","text":"Before."}` + "\n")
	b.WriteString(`{"title":"Huge","text":"`)
	b.Write(bytes.Repeat([]byte("a"), MaxArticleBytes+1024))
	b.WriteString(`"}` + "\n")
	b.WriteString(`{"title":"After","text":"After."}`)
	path := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, path)
	if len(arts) != 2 || arts[0].Title != "Before" || arts[1].Title != "After" || arts[1].Line != 3 {
		t.Fatalf("articles %+v", arts)
	}
	if len(errs) != 1 || inputOf(t, errs[0]) != path+":2" || !strings.Contains(errs[0].Error(), "line too long") {
		t.Fatalf("errors %v", errs)
	}
}

func TestTooLargeTextFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 17 MiB file")
	}
	path := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("word "), MaxArticleBytes/5+10), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, path)
	if len(arts) != 0 || len(errs) != 1 || inputOf(t, errs[0]) != path || !strings.Contains(errs[0].Error(), "file too large") {
		t.Fatalf("articles %d, errors %v", len(arts), errs)
	}
}

func TestParseDate(t *testing.T) {
	cases := map[string]string{
		"2021-04-21":                      "2021-04-21",
		" 2021-04-21 ":                    "2021-04-21",
		"2021-04-21T23:30:00-05:00":       "2021-04-21", // the article's own calendar date
		"2021-04-21T10:00:00Z":            "2021-04-21",
		"2021-04-21 10:00:00":             "2021-04-21",
		"2021/04/21":                      "2021-04-21",
		"April 21, 2021":                  "2021-04-21",
		"Apr 21, 2021":                    "2021-04-21",
		"Apr. 21, 2021":                   "2021-04-21",
		"Sept. 9, 2021":                   "2021-09-09",
		"21 April 2021":                   "2021-04-21",
		"21 Apr 2021":                     "2021-04-21",
		"April 21st, 2021":                "2021-04-21",
		"Wednesday, April 21, 2021":       "2021-04-21",
		"Wed, 21 Apr 2021 08:00:00 +0000": "2021-04-21",
		"Wed, 21 Apr 2021 08:00:00 GMT":   "2021-04-21",
		"April 2021":                      "2021-04-01",
		"":                                "",
		"yesterday":                       "",
		"04/05/2021":                      "", // ambiguous day/month order
		"2021-13-45":                      "",
	}
	for in, want := range cases {
		got := ParseDate(in)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != want {
			t.Errorf("ParseDate(%q) = %q, want %q", in, s, want)
		}
	}
}

// TestOddDatesAreNotErrors checks that absent and unreadable dates leave the
// date unknown and the article readable.
func TestOddDatesAreNotErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":  "Title: A\nDate: sometime last spring\n\nBody.",
		"b.txt":  "Title: B\n\nBody.",
		"c.json": `{"title":"C","text":"Body.","date":"the 5th"}`,
	})
	arts, errs := collect(t, dir)
	if len(errs) != 0 || len(arts) != 3 {
		t.Fatalf("articles %d, errors %v", len(arts), errs)
	}
	for _, a := range arts {
		if !a.Published.IsZero() || a.Date() != "" {
			t.Errorf("%s: date %v, want unknown", a.Title, a.Published)
		}
	}
}

// TestJSONNulEscapeIsBinary: the JSON escape \u0000 in any field is
// refused as binary data, as a raw NUL byte in a text file is; in JSONL
// the other lines still come through.
func TestJSONNulEscapeIsBinary(t *testing.T) {
	for _, field := range []string{"title", "text", "url", "source"} {
		obj := `{"title": "T", "text": "Body.", "url": "https://x.example/", "source": "S"}`
		obj = strings.Replace(obj, `"`+field+`": "`, `"`+field+`": "a\u0000`, 1)
		_, err := ParseJSON("a.json", []byte(obj))
		if err == nil || !strings.Contains(err.Error(), `binary data, not text (field "`+field+`" holds a NUL character`) {
			t.Errorf("%s with \\u0000: error %v, want binary data naming the field", field, err)
		}
	}
	in := `{"title":"One","text":"First."}` + "\n" + `{"title":"Evil\u0000","text":"Second."}` + "\n" + `{"title":"Three","text":"Third."}`
	var titles, errs []string
	err := ReadJSONL(context.Background(), strings.NewReader(in), "w.jsonl", func(it actorgraph.Item) error {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
		} else {
			titles = append(titles, it.Article.Title)
		}
		return nil
	})
	if err != nil || len(errs) != 1 || !strings.HasPrefix(errs[0], "w.jsonl:2: binary data") || strings.Join(titles, ",") != "One,Three" {
		t.Errorf("JSONL: titles %v, errors %v (%v); want One,Three and one error for line 2", titles, errs, err)
	}
}
