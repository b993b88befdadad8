package source

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph"
)

// fuzzBudget bounds the time one fuzz input may take to parse.
const fuzzBudget = 2 * time.Second

var textSeeds = []string{
	"Title: A\nDate: 2024-01-02\nURL: https://example.org/a\n\nBody.",
	"# Heading\n\nBody text.",
	"Title: only header\n",
	"\ufeffTitle: bom\r\n\r\nBody\r\n",
	"no header at all",
	"Title: x\n\n\x00binary",
	"Title: caf\xe9\n\nbody",
	"Date: the 31st of Smarch\n\nBody.",
	"",
}

var jsonSeeds = []string{
	`{"title":"A","text":"Body.","date":"2024-01-02","url":"u","source":"s"}`,
	`{"title":"A","body":"Body.","published":"Jan 2, 2024"}`,
	`{"title": 1, "text": "x"}`,
	`[1,2,3]`,
	`{"text": "a"} {"text": "b"}`,
	`{"text": "unterminated`,
	`null`,
	`{"text":"\ud800"}`,
}

// checkResult asserts what every parse must satisfy: an article has valid
// UTF-8 text, an error is a KindInput Error naming the input.
func checkResult(t *testing.T, input string, a actorgraph.Article, err error) {
	t.Helper()
	if err != nil {
		var e *actorgraph.Error
		if !errors.As(err, &e) || e.Kind != actorgraph.KindInput || !strings.HasPrefix(e.Input, input) {
			t.Fatalf("error %v does not name %s as bad input", err, input)
		}
		return
	}
	if strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		t.Fatalf("article with empty or invalid text: %+v", a)
	}
}

func timed(t *testing.T, f func()) {
	t.Helper()
	start := time.Now()
	f()
	if d := time.Since(start); d > fuzzBudget {
		t.Fatalf("took %v, budget %v", d, fuzzBudget)
	}
}

func FuzzParseText(f *testing.F) {
	for _, s := range textSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		timed(t, func() {
			a, err := ParseText("f.txt", data)
			checkResult(t, "f.txt", a, err)
		})
	})
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range jsonSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		timed(t, func() {
			a, err := ParseJSON("f.json", data)
			checkResult(t, "f.json", a, err)
		})
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(strings.Join(jsonSeeds, "\n")))
	f.Add([]byte("\n\n" + jsonSeeds[0] + "\r\n" + jsonSeeds[1]))
	f.Fuzz(func(t *testing.T, data []byte) {
		timed(t, func() {
			lines := 0
			err := ReadJSONL(context.Background(), bytes.NewReader(data), "f.jsonl", func(it actorgraph.Item) error {
				lines++
				checkResult(t, "f.jsonl:", it.Article, it.Err)
				if it.Err == nil && (it.Article.Line < 1 || it.Article.ID == "" || it.Article.Path != "f.jsonl") {
					t.Fatalf("article not finished: %+v", it.Article)
				}
				return nil
			})
			if err != nil {
				t.Fatalf("ReadJSONL: %v", err)
			}
			if max := bytes.Count(data, []byte("\n")) + 1; lines > max {
				t.Fatalf("%d items from %d lines", lines, max)
			}
		})
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-01-02", "March 3rd, 2021", "Sept. 9, 2021", "9999-99-99", "1st"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ParseDate(s)
		if !got.IsZero() && got.Year() < 1 {
			t.Fatalf("ParseDate(%q) = %v", s, got)
		}
	})
}
