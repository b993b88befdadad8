package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/text"
)

// reader is the state of one extraction: the article as the stages
// fill it, and what the mention scan remembers while it reads.
type reader struct {
	article.Doc
	g *gazetteer.Gazetteer
	// stateAgent is the token after a state agent noun read by groupAgent
	// for the phrase being read ("Egyptian lawmakers"), else 0.
	stateAgent int
	byKey      map[string]int // a known person's identity (Leader.Key) -> index
	lastNeg    int            // the most recent negotiation, -1 if none
	// surnames maps a person's surname (and given name for names written
	// family name first) to the person.
	surnames map[string]int
	// lastByClass is the latest negotiation of each class ("talks", "deal").
	lastByClass map[string]int
	lastPer     int // the most recent person, -1 if none
	lastOrg     int // the most recent acting government or organization, -1 if none
	// pairs holds the latest two actors named together ("A and B"), of
	// persons and of other actors, for "the two leaders", "both sides".
	pairs map[bool][2]int
	// regimes maps "junta" and "regime" to the government last named with
	// them ("Mali's junta", "the junta in Niger"), for a bare "the junta".
	regimes map[string]int
	// groups maps the acronyms of organizations found in the text, not in
	// the gazetteer, to them ("TPLF").
	groups  map[string]int
	tokBase int // global token count before the current sentence
	// mbuf holds the mentions of the sentences read so far; its spare
	// capacity is where the next sentence's mentions are collected.
	mbuf []article.Mention
	// lex maps lower-case words to what the word lists say of them.
	lex map[string]lexEntry
}

func newReader(g *gazetteer.Gazetteer, src string) *reader {
	return &reader{Doc: article.Doc{Src: src}, g: g, byKey: map[string]int{}, surnames: map[string]int{}, lastByClass: map[string]int{}, lastNeg: -1, lastPer: -1, lastOrg: -1, pairs: map[bool][2]int{}, regimes: map[string]int{}, groups: map[string]int{}}
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
		a.tokBase += len(s.Tokens)
	}
	a.mergePersons()
	for i := range a.Sents {
		for j := range a.Sents[i].Mentions {
			m := &a.Sents[i].Mentions[j]
			m.Actor = a.Actors.Canon(m.Actor)
			if m.Kind != article.Modifier {
				a.Actors.List[m.Actor].Used = true
			}
		}
	}
	for i := range a.Sents {
		a.fallbackAffiliations(i)
	}
}

// fallbackAffiliations gives a titled person without an affiliation the
// one of the nearest person before it in the sentence ("US Trade
// Representative A, Commerce Secretary B"), else of the nearest
// government mentioned before it, else after it.
func (a *reader) fallbackAffiliations(si int) {
	ms := a.Sents[si].Mentions
	for j, m := range ms {
		r := a.Actors.List[m.Actor]
		if m.Kind != article.Person || r.Actor.Role == "" || r.Actor.Affiliation != "" {
			continue
		}
		aff := ""
		for k := j - 1; k >= 0 && aff == ""; k-- {
			if (ms[k].Kind == article.Person || m.Start-ms[k].End <= 10) && !a.governedAt(si, ms[k].Start) {
				aff = a.affiliationName(ms[k])
			}
		}
		for k := j + 1; k < len(ms) && aff == "" && ms[k].Start-m.End <= 10; k++ {
			x := ms[k]
			if (x.Type == actorgraph.Government || x.Type == actorgraph.Organization) && x.Kind == article.Name && !x.Place &&
				!a.governedAt(si, x.Start) && !strings.HasPrefix(a.Sents[si].Lower[x.End-1], "counterpart") {
				aff = a.Actors.List[x.Actor].Actor.Name // "B, who leads the Freedonian army"
			}
		}
		if aff != "" {
			r.Actor.Affiliation = aff
			if r.First < 0 {
				r.First = si
			}
		}
	}
}

// governedAt reports whether a preposition stands right before token i of
// sentence si: "conflict with Iran", said A: Iran is not A's government.
func (a *reader) governedAt(si, i int) bool {
	if i == 0 {
		return false
	}
	switch a.Sents[si].Lower[i-1] {
	case "with", "against", "on", "to", "in", "from", "at", "over", "about", "toward", "towards", "into", "by":
		return true
	}
	return false
}

// affiliationName is the government a mention gives a neighbour: a
// government itself, or a person's affiliation.
func (a *reader) affiliationName(m article.Mention) string {
	r := a.Actors.List[m.Actor].Actor
	switch {
	case m.Type == actorgraph.Government:
		return r.Name
	case m.Kind == article.Person:
		if e, ok := a.g.Entry(r.Affiliation); ok && e.Type == actorgraph.Government {
			return r.Affiliation // "IDF chief of staff A, intelligence chief B": B serves the state
		}
	}
	return ""
}

// noteAffiliations records on every person mention the actor the person
// serves, for the rules ("A said Tokyo was concerned": A speaks for Japan).
func (a *reader) noteAffiliations() {
	for i := range a.Sents {
		for j := range a.Sents[i].Mentions {
			m := &a.Sents[i].Mentions[j]
			if m.Type == actorgraph.Person {
				m.Of = a.Actors.AffilOf(a.Actors.Canon(m.Actor)) + 1
			}
		}
	}
}
