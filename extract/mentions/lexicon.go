package mentions

import (
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// Bits of a gazetteer.Word that the mention stage adds, so that one
// look-up per token answers every "is this word in that list" of the
// scan. A "T" bit is about the word without one final dot ("gen." as
// "gen"). They sit from gazetteer.FreeBit up, below the bits of the rules.
const (
	wTitle       gazetteer.Word = 1 << (gazetteer.FreeBit + iota) // a title: "minister"
	wHonorific                                                    // "mr"
	wTitleStartT                                                  // the first word of a title
	wHonorificT
	wUnitT
	wQualifierT
	wPortfolioT
	// wStart and wPhrase are set on the lower-case form of every first
	// token of a phrase and of every phrase: a token whose form has no
	// such bit cannot start or be one.
	wStart
	wPhrase
	wStep // "the", "both", "its": words a step of the scan reads
)

// wUnit marks a unit before a title ("ministry"): the bit of the units
// list itself.
const wUnit gazetteer.Word = 1 << gazetteer.Units

// The bits of the mention stage stay below those of the rules: this
// constant overflows, and the build fails, when they do not.
const _ = uint64(rules.WordVerb>>1) - uint64(wStep)

// lowerForm is the form of a token's text kept in article.Sentence.Lower.
func lowerForm(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	return strings.ToLower(s)
}

// lexEntry is a word of the lexicon and its bits; word is kept so that
// the lower-case forms of tokens can share it instead of a copy.
type lexEntry struct {
	word string
	bits gazetteer.Word
}

// newLexicon maps every word the scan asks about to its entry.
func newLexicon(g *gazetteer.Gazetteer, m *rules.Matcher) map[string]lexEntry {
	lex := wordBits(g, m)
	out := make(map[string]lexEntry, len(lex))
	for w, b := range lex {
		out[w] = lexEntry{w, b}
	}
	return out
}

// wordBits maps every word the scan asks about to its Word.
func wordBits(g *gazetteer.Gazetteer, m *rules.Matcher) map[string]gazetteer.Word {
	lex := m.Lexicon()
	var qualifiers, portfolios []string
	for w, b := range lex {
		if b.In(gazetteer.Qualifiers) {
			qualifiers = append(qualifiers, w)
		}
		if b.In(gazetteer.Portfolios) {
			portfolios = append(portfolios, w)
		}
	}
	set := func(words []string, exact, trimmed gazetteer.Word) {
		for _, w := range words {
			lex[w] |= exact
			if trimmed != 0 {
				lex[w+"."] |= trimmed // TrimSuffix(w+".", ".") == w
				if !strings.HasSuffix(w, ".") {
					lex[w] |= trimmed
				}
			}
		}
	}
	set(qualifiers, 0, wQualifierT)
	set(portfolios, 0, wPortfolioT)
	set(wordsOf(g.Titles), wTitle, 0)
	set(wordsOf(g.TitleStarts), 0, wTitleStartT)
	set(wordsOf(g.Honorifics), wHonorific, wHonorificT)
	set(g.ListWords(gazetteer.Units), wUnit, wUnitT)
	set([]string{"the", "both", "its"}, wStep, 0)
	for w := range g.Starts {
		lex[lowerForm(w)] |= wStart
	}
	for w := range g.Phrases {
		lex[lowerForm(w)] |= wPhrase
	}
	return lex
}

// word returns the lower-case form of a token's text (lowerForm) and its
// Word. An ASCII word found in the lexicon shares the lexicon's string.
func (a *reader) word(text string) (string, gazetteer.Word) {
	var buf [32]byte
	if len(text) > len(buf) {
		w := lowerForm(text)
		return w, a.lex[w].bits
	}
	b := buf[:len(text)]
	upper := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			w := lowerForm(text)
			return w, a.lex[w].bits
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		b[i] = c
	}
	if !upper {
		return text, a.lex[text].bits
	}
	if e, ok := a.lex[string(b)]; ok {
		return e.word, e.bits
	}
	return string(b), 0
}

// wordsOf returns the keys of m.
func wordsOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// in reports whether token j of s is in the word list l.
func in(s article.Sentence, l gazetteer.List, j int) bool { return s.Words[j].In(l) }

// has reports whether token j of s has any of the bits b.
func has(s article.Sentence, j int, b gazetteer.Word) bool { return s.Words[j]&b != 0 }

// knownAt reports whether token j of s is a gazetteer phrase on its own.
func (a *reader) knownAt(s article.Sentence, j int) bool {
	return has(s, j, wPhrase) && a.known(s.Tokens[j].Text)
}
