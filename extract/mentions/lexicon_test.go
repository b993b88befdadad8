package mentions

import (
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// fixture is the knowledge the tests of the stage share.
type fixture struct {
	g   *gazetteer.Gazetteer
	m   *rules.Matcher
	f   *Finder
	lex map[string]lexEntry
}

var (
	shared     fixture
	sharedErr  error
	sharedOnce sync.Once
)

// newTest returns the knowledge, loaded once for all tests.
func newTest(t testing.TB) fixture {
	t.Helper()
	sharedOnce.Do(func() {
		var g *gazetteer.Gazetteer
		if g, sharedErr = gazetteer.Default(); sharedErr == nil {
			m := rules.New(g)
			f := New(g, m)
			shared = fixture{g, m, f, f.lex}
		}
	})
	if sharedErr != nil {
		t.Fatalf("gazetteer: %v", sharedErr)
	}
	return shared
}

// trickyWords are token texts that exercise the fast paths of the scan:
// ASCII in any case, curly apostrophes, non-ASCII capitals, dots, long
// words and invalid UTF-8.
var trickyWords = []string{
	"the", "The", "THE", "said", "Said", "minister", "Minister", "Gen.", "gen.", "Gen", "mr.", "Mr", "MR.",
	"U.S.", "u.s.", "UN", "Israel", "israeli", "Israeli", "Beijing", "its", "Its", "both", "Both",
	"ministry", "Ministry.", "foreign", "Foreign.", "senior", "Senior.", "talks", "Talks", "he", "She",
	"d’Ivoire", "D’IVOIRE", "Côte", "ÇA", "Ürümqi", "İstanbul", "ǅemal", "K\u212aelvin",
	"Supercalifragilisticexpialidocious", "SUPERCALIFRAGILISTICEXPIALIDOCIOUSLY", "a\xffb", "\xff", "",
}

// TestWordMatchesLowerForm checks the fast lower-casing of tokens against
// the plain definition, and their bits against the lexicon.
func TestWordMatchesLowerForm(t *testing.T) {
	e := newTest(t)
	a := &reader{g: e.g, lex: e.lex}
	for _, w := range trickyWords {
		want := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		got, bits := a.word(w)
		if got != want {
			t.Errorf("word(%q) = %q, want %q", w, got, want)
		}
		if lowerForm(w) != want {
			t.Errorf("lowerForm(%q) = %q, want %q", w, lowerForm(w), want)
		}
		if bits != e.lex[want].bits {
			t.Errorf("word(%q) bits %b, want %b", w, bits, e.lex[want].bits)
		}
	}
}

// TestLexiconBits checks every bit of the lexicon against the map or list
// it stands for, on every word it holds and on the tricky words.
func TestLexiconBits(t *testing.T) {
	e := newTest(t)
	g := e.g
	words := append([]string{}, trickyWords...)
	for w := range e.lex {
		words = append(words, w, w+".", strings.TrimSuffix(w, "."))
	}
	starts, phrases := map[string]bool{}, map[string]bool{}
	for w := range g.Starts {
		starts[lowerForm(w)] = true
	}
	for w := range g.Phrases {
		phrases[lowerForm(w)] = true
	}
	for _, w := range words {
		b := e.lex[w].bits
		tw := strings.TrimSuffix(w, ".")
		checks := []struct {
			name string
			bit  gazetteer.Word
			want bool
		}{
			{"title", wTitle, g.Titles[w]},
			{"honorific", wHonorific, g.Honorifics[w]},
			{"unit", wUnit, g.In(gazetteer.Units, w)},
			{"title start (trimmed)", wTitleStartT, g.TitleStarts[tw]},
			{"honorific (trimmed)", wHonorificT, g.Honorifics[tw]},
			{"unit (trimmed)", wUnitT, g.In(gazetteer.Units, tw)},
			{"qualifier (trimmed)", wQualifierT, g.In(gazetteer.Qualifiers, tw)},
			{"portfolio (trimmed)", wPortfolioT, g.In(gazetteer.Portfolios, tw)},
			{"phrase start", wStart, starts[w]},
			{"phrase", wPhrase, phrases[w]},
			{"step word", wStep, w == "the" || w == "both" || w == "its"},
			{"trigger", rules.WordTrigger, e.m.IsTrigger(w)},
			{"verb", rules.WordVerb, e.m.IsVerb(w)},
		}
		for l := gazetteer.Negation; l <= gazetteer.Portfolios; l++ {
			if b.In(l) != g.In(l, w) {
				t.Errorf("%q: list %d bit %v, list says %v", w, l, b.In(l), g.In(l, w))
			}
		}
		for _, c := range checks {
			if (b&c.bit != 0) != c.want {
				t.Errorf("%q: %s bit %v, want %v", w, c.name, b&c.bit != 0, c.want)
			}
		}
	}
}
