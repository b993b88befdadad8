package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
)

func TestParseHTMLFile(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		published time.Time
		url       string
		first     string // start of the text
		contains  string
	}{
		{
			file:      "harbor-talks.html",
			title:     "Harbor talks resume in Oslo",
			published: time.Date(2031, 5, 14, 8, 30, 0, 0, time.UTC), // JSON-LD
			url:       "https://news.example.org/2031/harbor-talks",
			first:     "Norway hosted a new round of talks on Tuesday",
			contains:  "The European Union sent an observer",
		},
		{
			file:      "grain-corridor.html",
			title:     "Grain corridor deal signed",
			published: time.Date(2031, 6, 2, 8, 0, 0, 0, time.UTC), // article:published_time
			first:     "Turkey and Egypt signed an agreement on Monday",
			contains:  "The United Nations welcomed the deal",
		},
		{
			file:      "border-meeting.html",
			title:     "Border commission meets",
			published: time.Date(2031, 7, 19, 0, 0, 0, 0, time.UTC), // <time datetime>
			contains:  "Chile urged the commission",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "web", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := ParseHTMLFile(path, data)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if !a.Published.Equal(tt.published) {
				t.Errorf("published = %s, want %s", a.Published, tt.published)
			}
			if a.URL != tt.url {
				t.Errorf("url = %q, want %q", a.URL, tt.url)
			}
			if !strings.HasPrefix(a.Text, tt.first) || !strings.Contains(a.Text, tt.contains) {
				t.Errorf("text = %q", a.Text)
			}
			for _, junk := range []string{"SHOULD-NOT-APPEAR", "<p>", "Newsletter"} {
				if strings.Contains(a.Text, junk) {
					t.Errorf("text keeps boilerplate %q:\n%s", junk, a.Text)
				}
			}
			if strings.Contains(a.Text, "\n\n\n") {
				t.Errorf("text has runs of blank lines: %q", a.Text)
			}
		})
	}
}

func TestParseHTMLKeepsParagraphs(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "web", "grain-corridor.html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseHTMLFile("grain-corridor.html", data)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Split(a.Text, "\n\n")); n != 3 {
		t.Errorf("text has %d paragraphs, want 3:\n%s", n, a.Text)
	}
}

func TestParseHTMLErrors(t *testing.T) {
	tests := map[string]string{
		"empty.html":  "",
		"blank.html":  "<html><head><title>Nothing</title></head><body>  </body></html>",
		"script.html": "<html><body><script>var x = 1;</script></body></html>",
	}
	for name, body := range tests {
		_, err := ParseHTMLFile(name, []byte(body))
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !strings.HasPrefix(err.Error(), name+": ") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
}

func TestWalkReadsHTMLFiles(t *testing.T) {
	dir := filepath.Join("testdata", "web")
	var got []string
	err := Walk(context.Background(), []string{dir}, func(it actorgraph.Item) error {
		if it.Err != nil {
			t.Errorf("%v", it.Err)
			return nil
		}
		a := it.Article
		if a.Path == "" || a.Source != dir || a.ContentHash == "" || a.Text == "" {
			t.Errorf("%s: path %q source %q hash %q", a.ID, a.Path, a.Source, a.ContentHash)
		}
		got = append(got, filepath.Base(a.Path)+" "+a.ID[:7])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "border-meeting.html sha256:,grain-corridor.html sha256:,harbor-talks.html https:/"
	if strings.Join(got, ",") != want {
		t.Errorf("walked %q, want %q (feeds skipped, canonical URL as id)", strings.Join(got, ","), want)
	}
}

// Pages in another charset than UTF-8 are decoded, from the HTTP header or
// from <meta charset>.
func TestParseHTMLCharsets(t *testing.T) {
	para := "<p>The mayor of Z\xfcrich welcomed the delegations from M\xe1laga and Link\xf6ping to a conference on river traffic, which opened on Monday with a session on the shared rules for barges.</p>"
	page := func(meta string) []byte {
		return []byte("<html><head>" + meta + "<title>River traffic</title></head><body><article>" + para + para + "</article></body></html>")
	}
	tests := []struct {
		name, contentType string
		body              []byte
	}{
		{"header", "text/html; charset=ISO-8859-1", page("")},
		{"meta", "", page(`<meta charset="windows-1252">`)},
		{"utf-8 without meta", "text/html", []byte(strings.NewReplacer("\xfc", "ü", "\xe1", "á", "\xf6", "ö").Replace(string(page(""))))},
	}
	for _, tt := range tests {
		a, err := ParseHTML(tt.body, tt.contentType, nil, tt.name)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !strings.Contains(a.Text, "Zürich") || !strings.Contains(a.Text, "Málaga and Linköping") {
			t.Errorf("%s: text = %q", tt.name, a.Text)
		}
	}
}
