package rules

import (
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/text"
)

// sentence tokenizes s and marks as mentions the words given, in order,
// each a Government with its own actor index.
func sentence(s string, names ...string) Sentence {
	toks := text.Tokenize(s, 0)
	out := Sentence{Tokens: toks}
	for _, t := range toks {
		out.Lower = append(out.Lower, strings.ToLower(t.Text))
	}
	for i, t := range toks {
		for a, n := range names {
			if t.Text == n {
				out.Mentions = append(out.Mentions, Mention{Start: i, End: i + 1, Actor: a, Type: actorgraph.Government, Kind: Name})
			}
		}
	}
	return out
}

func newMatcher(t *testing.T) *Matcher {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return New(g)
}

func TestApply(t *testing.T) {
	m := newMatcher(t)
	names := []string{"Ruritania", "Freedonia", "Sylvania", "Grand Fenwick"}
	tests := []struct {
		text string
		want []string // "source TYPE target" by actor index
	}{
		{"Ruritania condemned Freedonia.", []string{"0 CRITICIZES 1"}},
		{"Freedonia was condemned by Ruritania.", []string{"0 CRITICIZES 1"}},
		{"Ruritania and Sylvania condemned Freedonia.", []string{"0 CRITICIZES 1", "2 CRITICIZES 1"}},
		{"Ruritania urged Freedonia and Sylvania to talk.", []string{"0 URGES 1", "0 URGES 2"}},
		{"Ruritania did not condemn Freedonia.", nil},
		{"Ruritania might condemn Freedonia.", nil},
		{"If Ruritania condemns Freedonia, Sylvania will act.", nil},
		{"Ruritania wants to condemn Freedonia.", nil},
		{"Ruritania and Freedonia met on Friday.", []string{"0 MEETS_WITH 1"}},
		{"Ruritania and Freedonia fought each other.", []string{"0 ATTACKS 1", "1 ATTACKS 0"}},
		{"In Sylvania, Ruritania condemned Freedonia.", []string{"0 CRITICIZES 1"}},
	}
	for _, tt := range tests {
		s := sentence(tt.text, names...)
		var got []string
		for _, h := range m.Apply(s, -1) {
			a, b := h.Source, h.Target
			if h.Type.Symmetric() && a > b {
				a, b = b, a
			}
			got = append(got, string(rune('0'+a))+" "+string(h.Type)+" "+string(rune('0'+b)))
			if h.Rule == "" || h.CAMEO == "" {
				t.Errorf("%q: hit without rule or CAMEO: %+v", tt.text, h)
			}
		}
		sort.Strings(got)
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestGroupNeedsAnd(t *testing.T) {
	s := sentence("Ruritania, Freedonia, Sylvania and Grand met.", "Ruritania", "Freedonia", "Sylvania", "Grand")
	if g := group(s, 3, -1); len(g) != 4 {
		t.Errorf("list with and: got %d members, want 4", len(g))
	}
	s = sentence("In Ruritania, Freedonia spoke.", "Ruritania", "Freedonia")
	if g := group(s, 1, -1); len(g) != 1 {
		t.Errorf("comma only: got %d members, want 1", len(g))
	}
}
