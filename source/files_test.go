package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
)

// writeFiles creates files (name -> content) under a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// collect walks paths and returns the articles and the errors, in order.
func collect(t *testing.T, paths ...string) ([]actorgraph.Article, []error) {
	t.Helper()
	var arts []actorgraph.Article
	var errs []error
	err := Walk(context.Background(), paths, func(it actorgraph.Item) error {
		if it.Err != nil {
			errs = append(errs, it.Err)
		} else {
			arts = append(arts, it.Article)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return arts, errs
}

// inputOf returns the Input of err, failing unless err is a KindInput Error.
func inputOf(t *testing.T, err error) string {
	t.Helper()
	var e *actorgraph.Error
	if !errors.As(err, &e) || e.Kind != actorgraph.KindInput {
		t.Fatalf("error %v (%T) is not a KindInput *actorgraph.Error", err, err)
	}
	return e.Input
}

func TestParseTextHeader(t *testing.T) {
	in := "Title: Ministers meet in Lisbon\r\nDate: 2024-03-05\r\nURL: https://example.org/a \r\n" +
		"Source: Example Wire\r\nAuthor: someone\r\n\r\nThe ministers met.\r\nThey spoke.\r\n"
	a, err := ParseText("a.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Ministers meet in Lisbon" || a.Date() != "2024-03-05" ||
		a.URL != "https://example.org/a" || a.Source != "Example Wire" {
		t.Errorf("header = %q %q %q %q", a.Title, a.Date(), a.URL, a.Source)
	}
	if a.Text != "The ministers met.\nThey spoke." {
		t.Errorf("text = %q", a.Text)
	}
}

func TestParseTextWithoutHeader(t *testing.T) {
	cases := []struct{ name, in, title, text string }{
		{"title line", "Talks resume\n\nThe talks resumed.", "Talks resume", "The talks resumed."},
		{"markdown heading", "# Talks resume\n\nBody.", "Talks resume", "Body."},
		{"no blank line", "First line.\nSecond line.", "", "First line.\nSecond line."},
		{"single line", "Only a body.", "", "Only a body."},
		{"body line with colon", "Why it matters: a lot.\n\nMore.", "Why it matters: a lot.", "More."},
		{"long first line", strings.Repeat("x", 201) + "\n\nBody.", "", strings.Repeat("x", 201) + "\n\nBody."},
	}
	for _, c := range cases {
		a, err := ParseText("a.txt", []byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Title != c.title || a.Text != c.text {
			t.Errorf("%s: title %q text %q, want %q %q", c.name, a.Title, a.Text, c.title, c.text)
		}
	}
}

func TestParseTextErrors(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"empty", "", "empty file"},
		{"blank", " \n\t\n", "empty file"},
		{"binary", "Title: x\n\nab\x00cd", "binary data"},
		{"latin1", "Title: caf\xe9\n\nbody", "not valid UTF-8"},
		{"header only", "Title: Nothing here\nDate: 2024-01-01\n", "no text"},
	}
	for _, c := range cases {
		_, err := ParseText("dir/bad.txt", []byte(c.in))
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if got := inputOf(t, err); got != "dir/bad.txt" {
			t.Errorf("%s: input %q", c.name, got)
		}
		if !strings.HasPrefix(err.Error(), "dir/bad.txt: ") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q, want it to name the file and say %q", c.name, err, c.want)
		}
	}
}

func TestWalkFolderOrderAndFields(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":         "Title: B\n\nBody b.",
		"a.md":          "# A\n\nBody a.",
		"sub/c.json":    `{"title":"C","body":"Body c.","published":"March 3rd, 2021","url":"https://example.org/c"}`,
		"sub/d.jsonl":   `{"title":"D1","text":"Body d1."}` + "\n\n" + `{"title":"D2","text":"Body d2.","source":"Wire"}` + "\n",
		"notes.pdf":     "not read",
		".hidden.txt":   "Title: H\n\nHidden.",
		".git/x.txt":    "Title: G\n\nGit.",
		"sub/README":    "no extension",
		"sub/image.PNG": "\x89PNG",
	})
	arts, errs := collect(t, dir)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, a := range arts {
		rel, _ := filepath.Rel(dir, a.Path)
		got = append(got, filepath.ToSlash(rel)+"|"+a.Title)
	}
	// a.md is left out: Markdown in a folder is a README or notes, not news.
	want := "b.txt|B sub/c.json|C sub/d.jsonl|D1 sub/d.jsonl|D2"
	if strings.Join(got, " ") != want {
		t.Fatalf("articles %v, want %s", got, want)
	}
	c, d2 := arts[1], arts[3]
	if c.Date() != "2021-03-03" || c.ID != "https://example.org/c" || c.Text != "Body c." {
		t.Errorf("json article: %+v", c)
	}
	if d2.Line != 3 || d2.Source != "Wire" || arts[2].Line != 1 || arts[2].Source != filepath.ToSlash(dir) {
		t.Errorf("jsonl lines/sources: %d %q %d %q", arts[2].Line, arts[2].Source, d2.Line, d2.Source)
	}
	for _, a := range arts {
		if a.ContentHash != actorgraph.ContentHash(a.Title, a.Text) || a.ID == "" {
			t.Errorf("%s: not finished: id %q hash %q", a.Title, a.ID, a.ContentHash)
		}
	}
}

func TestWalkNamedFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A body.", "x.pdf": "pdf", "n.md": "Title: N\n\nNamed Markdown."})
	arts, errs := collect(t, filepath.Join(dir, "x.pdf"), filepath.Join(dir, "missing.txt"), filepath.Join(dir, "a.txt"),
		filepath.Join(dir, "n.md"))
	// A .md file named explicitly is read (in a folder it is skipped).
	if len(arts) != 2 || arts[0].Text != "A body." || arts[1].Title != "N" {
		t.Fatalf("articles: %+v", arts)
	}
	if len(errs) != 2 {
		t.Fatalf("errors: %v", errs)
	}
	if inputOf(t, errs[0]) != filepath.Join(dir, "x.pdf") || !strings.Contains(errs[0].Error(), "unsupported file type") {
		t.Errorf("named pdf: %v", errs[0])
	}
	if inputOf(t, errs[1]) != filepath.Join(dir, "missing.txt") || !strings.Contains(errs[1].Error(), "no such file") {
		t.Errorf("missing file: %v", errs[1])
	}
}

func TestWalkStopsOnCallbackError(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.txt": "C."})
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{dir}, func(actorgraph.Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Fatalf("err %v after %d items", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{dir}, func(actorgraph.Item) error { t.Fatal("called"); return nil }); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled walk: %v", err)
	}
}
