package rules

import "github.com/actorgraph/actorgraph/extract/gazetteer"

// Bits of a gazetteer.Word that the matcher adds to the gazetteer's.
const (
	WordTrigger gazetteer.Word = 1 << 62 // the word starts a trigger
	WordVerb    gazetteer.Word = 1 << 61 // the word starts a verb trigger
)

// Lexicon returns a new map from every word of the gazetteer's word lists
// and every first word of a trigger to its Word, with WordTrigger and
// WordVerb set. Sentence.Words holds the Words of a sentence's tokens.
func (m *Matcher) Lexicon() map[string]gazetteer.Word {
	lex := m.g.Lexicon()
	for w := range m.first {
		lex[w] |= WordTrigger
		if m.IsVerb(w) {
			lex[w] |= WordVerb
		}
	}
	return lex
}

// in reports whether token j of s is in list l.
func (m *Matcher) in(s Sentence, l gazetteer.List, j int) bool {
	if s.Words != nil {
		return s.Words[j].In(l)
	}
	return m.g.In(l, s.Lower[j])
}

// trigger reports whether token j of s starts a trigger.
func (m *Matcher) trigger(s Sentence, j int) bool {
	if s.Words != nil {
		return s.Words[j]&WordTrigger != 0
	}
	return m.IsTrigger(s.Lower[j])
}

// verb reports whether token j of s starts a verb trigger.
func (m *Matcher) verb(s Sentence, j int) bool {
	if s.Words != nil {
		return s.Words[j]&WordVerb != 0
	}
	return m.IsVerb(s.Lower[j])
}
