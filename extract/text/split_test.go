package text

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func texts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "Talks began. They ended.", []string{"Talks began.", "They ended."}},
		{"titles", "Gen. Mark Hale met Mr. Stone. Dr. Ruiz left.", []string{"Gen. Mark Hale met Mr. Stone.", "Dr. Ruiz left."}},
		{"dotted acronym then a name", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted.", "It passed."}},
		{"dotted acronym ends a sentence", "They met the U.S. The talks failed.", []string{"They met the U.S.", "The talks failed."}},
		{"initial", "J. Smith spoke.", []string{"J. Smith spoke."}},
		{"question and exclamation", "Why now? Because! Fine.", []string{"Why now?", "Because!", "Fine."}},
		{"closing quote stays", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"glued after quote", `It was "fair."Next came the vote.`, []string{`It was "fair."`, "Next came the vote."}},
		{"glued after period", "They agreed.The end came.", []string{"They agreed.", "The end came."}},
		{"glued words", "a meeting in OsloWhat comes next: more talks", []string{"a meeting in Oslo", "What comes next: more talks"}},
		{"camel case names survive", "McDonald and DeSantis spoke.", []string{"McDonald and DeSantis spoke."}},
		{"blank line", "First part\n\nSecond part", []string{"First part", "Second part"}},
		{"bullets", "Intro:\n  • one point\n  • another point", []string{"Intro:", "one point", "another point"}},
		{"heading line", "Jane Writer\nThe story begins here.", []string{"Jane Writer", "The story begins here."}},
		{"wrapped line joins", "The long sentence keeps going past the end of the first line and\ncontinues here.",
			[]string{"The long sentence keeps going past the end of the first line and\ncontinues here."}},
		{"boilerplate", "Jane Writer\n·4 min read\n\nGo deeper\nText.", []string{"Jane Writer", "Text."}},
		{"numbers", "It fell 2.5 percent. Then 3.", []string{"It fell 2.5 percent.", "Then 3."}},
		{"empty", "  \n\n ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Split(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	in := "  Talks began.\n\n• They ended.Sadly “so.”"
	for _, s := range Split(in) {
		if in[s.Start:s.End] != s.Text {
			t.Errorf("sentence %q is not in[%d:%d] = %q", s.Text, s.Start, s.End, in[s.Start:s.End])
		}
	}
}

func TestTokenize(t *testing.T) {
	in := "Iran's U.S.-backed Ben-Shabbat (N'Djamena) didn't go."
	var got []string
	for _, tk := range Tokenize(in, 10) {
		if in[tk.Start-10:tk.End-10] != tk.Text {
			t.Errorf("token %q is not at its offsets", tk.Text)
		}
		got = append(got, tk.Text)
	}
	want := []string{"Iran", "'s", "U.S.", "-", "backed", "Ben-Shabbat", "(", "N'Djamena", ")", "didn't", "go", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize\n got %q\nwant %q", got, want)
	}
}

// TestSplitPathological checks that inputs built to be slow stay linear.
func TestSplitPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	inputs := map[string]string{
		"5 MB single line":  strings.Repeat("The envoy met the U.S. delegation in Vienna, and ", 5<<20/50),
		"nested quotes":     strings.Repeat(`"‘“(`, 200000) + "x" + strings.Repeat(`)”’"`, 200000),
		"only punctuation":  strings.Repeat(".!?…—,;:", 400000),
		"one long word":     strings.Repeat("a", 3<<20) + "Bcd",
		"many initials":     strings.Repeat("A. ", 1<<20),
		"many short lines":  strings.Repeat("x\n", 1<<20),
		"lower-upper churn": strings.Repeat("abcDef", 500000),
		"not UTF-8":         strings.Repeat("\x80", 3*MaxSentence) + strings.Repeat("\xff ", 1000),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			ss := Split(in)
			for _, s := range ss {
				Tokenize(s.Text, s.Start)
			}
			if d := time.Since(start); d > 10*time.Second { // linear: well under a second on an idle core
				t.Errorf("took %v for %d bytes", d, len(in))
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Talks began. They ended.", `He said "no."Then`, "U.S. envoy Rob Stone met.", "a\n\n• b\n· 3 min read",
		"TehranDriving the news:", "...", "“‘(", "", "Mr. A. B. Cé.Dé", "\xff\xfe.A",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		start := time.Now()
		prev := 0
		for _, s := range Split(in) {
			if s.Start < prev || s.End < s.Start || s.End > len(in) || in[s.Start:s.End] != s.Text || s.Text == "" {
				t.Fatalf("bad sentence %+v in %q", s, in)
			}
			prev = s.End
			for _, tk := range Tokenize(s.Text, s.Start) {
				if tk.Start < s.Start || tk.End > s.End || tk.End <= tk.Start {
					t.Fatalf("bad token %+v in sentence %+v", tk, s)
				}
			}
		}
		if d := time.Since(start); d > time.Second+time.Duration(len(in))*time.Microsecond {
			t.Fatalf("took %v for %d bytes", d, len(in))
		}
	})
}

func TestSplitCapsLength(t *testing.T) {
	in := strings.Repeat("word ", 3*MaxSentence) + strings.Repeat("é", MaxSentence) + " end"
	ss := Split(in)
	if len(ss) < 5 {
		t.Fatalf("got %d sentences, want the text cut into several", len(ss))
	}
	total := 0
	for _, s := range ss {
		if len(s.Text) > MaxSentence || in[s.Start:s.End] != s.Text || !utf8.ValidString(s.Text) {
			t.Errorf("sentence of %d bytes at %d:%d", len(s.Text), s.Start, s.End)
		}
		total += len(strings.Fields(s.Text))
	}
	if want := len(strings.Fields(in)) + 1; total != want { // the run of é is cut once
		t.Errorf("got %d words in all sentences, want %d: text lost or repeated", total, want)
	}
}
