package mentions

import (
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/coref"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
	"github.com/actorgraph/actorgraph/extract/text"
)

// reader is the state of the mention stage for one article: the
// article it fills, the coreference resolver it calls, and what the scan
// remembers while it reads.
type reader struct {
	*article.Doc
	g  *gazetteer.Gazetteer
	co *coref.Resolver
	// stateAgent is the token after a state agent noun read by groupAgent
	// for the phrase being read ("Egyptian lawmakers"), else 0.
	stateAgent int
	// mbuf holds the mentions of the sentences read so far; its spare
	// capacity is where the next sentence's mentions are collected.
	mbuf []article.Mention
	// lex maps lower-case words to what the word lists say of them.
	lex map[string]lexEntry
}

// Finder is the mention stage: the gazetteer and the lexicon of every
// word the scan asks about. It is read-only after New and safe for
// concurrent use.
type Finder struct {
	g   *gazetteer.Gazetteer
	lex map[string]lexEntry
}

// New returns the Finder of the gazetteer g. Its lexicon is that of the
// frames m (the word lists, and which words start a trigger or a verb
// trigger) with the mention stage's own bits added, so that the
// Sentence.Words it writes serve the frames too.
func New(g *gazetteer.Gazetteer, m *rules.Matcher) *Finder {
	return &Finder{g: g, lex: newLexicon(g, m)}
}

// Read splits and tokenizes the text of d into d.Spans and d.Sents, and
// finds the mentions of each sentence, left to right, adding their actors
// to d.Actors. Mentions that refer back (surnames, pronouns, "the two
// leaders", "the talks") are resolved through co as they are read.
func (f *Finder) Read(d *article.Doc, co *coref.Resolver) {
	a := &reader{Doc: d, g: f.g, co: co, lex: f.lex}
	a.read()
}

// tokenize splits the text into sentences and tokens, with the lower-case
// form and Word of each token. The tokens of all sentences share three
// arrays, for fewer allocations.
func (a *reader) tokenize() []article.Sentence {
	a.Spans = text.Split(a.Src)
	all := make([]text.Token, 0, len(a.Src)/5+len(a.Spans))
	ends := make([]int, len(a.Spans))
	for i, sp := range a.Spans {
		all = text.AppendTokens(all, sp.Text, sp.Start)
		ends[i] = len(all)
	}
	lower := make([]string, len(all))
	words := make([]gazetteer.Word, len(all))
	for j, t := range all {
		lower[j], words[j] = a.word(t.Text)
	}
	sents := make([]article.Sentence, len(a.Spans))
	from := 0
	for i, to := range ends {
		sents[i] = article.Sentence{Tokens: all[from:to:to], Lower: lower[from:to:to], Words: words[from:to:to]}
		from = to
	}
	a.mbuf = make([]article.Mention, 0, len(all)/4+8)
	return sents
}

// read splits and tokenizes the text and finds the mentions of each sentence.
func (a *reader) read() {
	a.Sents = a.tokenize()
	for i := range a.Sents {
		s := &a.Sents[i]
		s.Mentions = a.mentions(i, *s)
		a.meetingVenue(*s)
	}
}
