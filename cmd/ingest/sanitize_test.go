package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"plain text, accents: é ü 中": "plain text, accents: é ü 中",
		"title \x1b]0;pwned\x07":     `title \x1b]0;pwned\x07`,
		"clear \x1b[2J":              `clear \x1b[2J`,
		"a\nb\rc\td":                 `a\nb\rc\td`,
		"del \x7f c1 \u009b":         `del \x7f c1 \x9b`,
		"rtl \u202egnp.exe":          `rtl \u202egnp.exe`,
		"bad \xff byte, real \uFFFD": `bad \xff byte, real ` + "\uFFFD",
	} {
		if got := printable(in); got != want {
			t.Errorf("printable(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`,
		"+1+2":                       "'+1+2", "-1+2": "'-1+2", "@SUM(A1)": "'@SUM(A1)", "\t=1": "'\t=1", "\r=1": "'\r=1",
		"France": "France", "": "", "a=b": "a=b",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWritersNeutraliseHostileText: a table shows no raw control byte; a
// CSV text cell cannot start a formula while a negative number keeps its
// sign; JSON escapes controls itself.
func TestWritersNeutraliseHostileText(t *testing.T) {
	res := &graph.Result{Columns: []string{"title", "weight", "n"},
		Rows: [][]any{{"\x1b]0;pwned\x07=cmd", -2.5, int64(-3)}, {"=1+2", 1.0, int64(1)}}}
	var b bytes.Buffer
	if err := writeTable(&b, res); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(b.String(), "\x1b\x07") || !strings.Contains(b.String(), `\x1b]0;pwned\x07=cmd`) {
		t.Errorf("table:\n%q", b.String())
	}
	b.Reset()
	if err := writeCSV(&b, res); err != nil {
		t.Fatal(err)
	}
	want := "title,weight,n\n\x1b]0;pwned\x07=cmd,-2.5,-3\n'=1+2,1,1\n"
	if b.String() != want {
		t.Errorf("csv:\n%q\nwant\n%q", b.String(), want)
	}
}

// TestErrorLineIsOneLine: a file name with a newline and an escape
// sequence cannot forge a second "ingest:" line or colour the terminal.
func TestErrorLineIsOneLine(t *testing.T) {
	var b bytes.Buffer
	errorLine(&b, "/in/c\ningest: forged\x1b[31m.txt: empty file")
	if got, want := b.String(), "ingest: /in/c\\ningest: forged\\x1b[31m.txt: empty file\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
