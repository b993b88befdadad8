package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
	"github.com/actorgraph/actorgraph/extract/text"
)

// record is one actor of an article while it is being read.
type record struct {
	actor   actorgraph.Actor
	aliases map[string]bool
	alias   int // the canonical record after merging persons, else itself
	first   int // sentence where the role or affiliation was read, -1 if none
	neg     *negotiation
	lastTok int  // global token position of the last mention, for pronouns
	used    bool // named as an actor, not only as a modifier ("a Chinese firm")
}

// article is the state of one extraction.
type article struct {
	g    *gazetteer.Gazetteer
	src  string
	date string // YYYY-MM-DD or empty: which dated roles of the dictionaries hold
	id   string // the article's id, for identities that hold in it only
	// stateAgent is the token after a state agent noun read by groupAgent
	// for the phrase being read ("Egyptian lawmakers"), else 0.
	stateAgent int
	actors     []*record
	byName     map[actorKey]int // actor type and name -> index
	byKey      map[string]int   // a known person's identity (Leader.Key) -> index
	sents      []rules.Sentence
	spans      []text.Sentence
	lastNeg    int // the most recent negotiation, -1 if none
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
	mbuf []rules.Mention
	// lex maps lower-case words to what the word lists say of them.
	lex map[string]lexEntry
}

func newArticle(g *gazetteer.Gazetteer, src string) *article {
	return &article{g: g, src: src, byName: map[actorKey]int{}, byKey: map[string]int{}, surnames: map[string]int{}, lastByClass: map[string]int{}, lastNeg: -1, lastPer: -1, lastOrg: -1, pairs: map[bool][2]int{}, regimes: map[string]int{}, groups: map[string]int{}}
}

// actorKey identifies an actor of an article by type and name.
type actorKey struct {
	t    actorgraph.ActorType
	name string
}

// actorFor returns the index of the actor of type t named name, adding it.
func (a *article) actorFor(t actorgraph.ActorType, name string) int {
	k := actorKey{t, name}
	if i, ok := a.byName[k]; ok {
		return i
	}
	i := len(a.actors)
	a.actors = append(a.actors, &record{
		actor:   actorgraph.Actor{Name: name, Type: t},
		aliases: map[string]bool{},
		alias:   i,
		first:   -1,
	})
	a.byName[k] = i
	return i
}

// entryActor returns the actor of a gazetteer entry, adding it.
func (a *article) entryActor(e *gazetteer.Entry) int {
	i := a.actorFor(e.Type, e.Name)
	r := a.actors[i]
	r.actor.ISO3, r.actor.Kind, r.actor.Affiliation = e.ISO3, e.Kind, e.Affiliation
	return i
}

// seen records the surface text of a mention as an alias of actor i.
func (a *article) seen(i int, surface string) {
	if oddSpace(surface) {
		surface = strings.Join(strings.Fields(surface), " ")
	}
	if surface != "" {
		a.actors[i].aliases[surface] = true
	}
}

// canon follows merges to the canonical record index.
func (a *article) canon(i int) int {
	for a.actors[i].alias != i {
		i = a.actors[i].alias
	}
	return i
}

// tokenize splits the text into sentences and tokens, with the lower-case
// form and Word of each token. The tokens of all sentences share three
// arrays, for fewer allocations.
func (a *article) tokenize() []rules.Sentence {
	a.spans = text.Split(a.src)
	all := make([]text.Token, 0, len(a.src)/5+len(a.spans))
	ends := make([]int, len(a.spans))
	for i, sp := range a.spans {
		all = text.AppendTokens(all, sp.Text, sp.Start)
		ends[i] = len(all)
	}
	lower := make([]string, len(all))
	words := make([]gazetteer.Word, len(all))
	for j, t := range all {
		lower[j], words[j] = a.word(t.Text)
	}
	sents := make([]rules.Sentence, len(a.spans))
	from := 0
	for i, to := range ends {
		sents[i] = rules.Sentence{Tokens: all[from:to:to], Lower: lower[from:to:to], Words: words[from:to:to]}
		from = to
	}
	a.mbuf = make([]rules.Mention, 0, len(all)/4+8)
	return sents
}

// read splits and tokenizes the text and finds the mentions of each sentence.
func (a *article) read() {
	a.sents = a.tokenize()
	for i := range a.sents {
		s := &a.sents[i]
		s.Mentions = a.mentions(i, *s)
		a.meetingVenue(*s)
		a.tokBase += len(s.Tokens)
	}
	a.mergePersons()
	for i := range a.sents {
		for j := range a.sents[i].Mentions {
			m := &a.sents[i].Mentions[j]
			m.Actor = a.canon(m.Actor)
			if m.Kind != rules.Modifier {
				a.actors[m.Actor].used = true
			}
		}
	}
	for i := range a.sents {
		a.fallbackAffiliations(i)
	}
}

// fallbackAffiliations gives a titled person without an affiliation the
// one of the nearest person before it in the sentence ("US Trade
// Representative A, Commerce Secretary B"), else of the nearest
// government mentioned before it, else after it.
func (a *article) fallbackAffiliations(si int) {
	ms := a.sents[si].Mentions
	for j, m := range ms {
		r := a.actors[m.Actor]
		if m.Kind != rules.Person || r.actor.Role == "" || r.actor.Affiliation != "" {
			continue
		}
		aff := ""
		for k := j - 1; k >= 0 && aff == ""; k-- {
			if (ms[k].Kind == rules.Person || m.Start-ms[k].End <= 10) && !a.governedAt(si, ms[k].Start) {
				aff = a.affiliationName(ms[k])
			}
		}
		for k := j + 1; k < len(ms) && aff == "" && ms[k].Start-m.End <= 10; k++ {
			x := ms[k]
			if (x.Type == actorgraph.Government || x.Type == actorgraph.Organization) && x.Kind == rules.Name && !x.Place &&
				!a.governedAt(si, x.Start) && !strings.HasPrefix(a.sents[si].Lower[x.End-1], "counterpart") {
				aff = a.actors[x.Actor].actor.Name // "B, who leads the Freedonian army"
			}
		}
		if aff != "" {
			r.actor.Affiliation = aff
			if r.first < 0 {
				r.first = si
			}
		}
	}
}

// governedAt reports whether a preposition stands right before token i of
// sentence si: "conflict with Iran", said A: Iran is not A's government.
func (a *article) governedAt(si, i int) bool {
	if i == 0 {
		return false
	}
	switch a.sents[si].Lower[i-1] {
	case "with", "against", "on", "to", "in", "from", "at", "over", "about", "toward", "towards", "into", "by":
		return true
	}
	return false
}

// affiliationName is the government a mention gives a neighbour: a
// government itself, or a person's affiliation.
func (a *article) affiliationName(m rules.Mention) string {
	r := a.actors[m.Actor].actor
	switch {
	case m.Type == actorgraph.Government:
		return r.Name
	case m.Kind == rules.Person:
		if e, ok := a.g.Entry(r.Affiliation); ok && e.Type == actorgraph.Government {
			return r.Affiliation // "IDF chief of staff A, intelligence chief B": B serves the state
		}
	}
	return ""
}

// noteAffiliations records on every person mention the actor the person
// serves, for the rules ("A said Tokyo was concerned": A speaks for Japan).
func (a *article) noteAffiliations() {
	for i := range a.sents {
		for j := range a.sents[i].Mentions {
			m := &a.sents[i].Mentions[j]
			if m.Type == actorgraph.Person {
				m.Of = a.affilOf(a.canon(m.Actor)) + 1
			}
		}
	}
}

// oddSpace reports whether s holds a line break, a tab or two spaces in a
// row.
func oddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t', '\r':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}
