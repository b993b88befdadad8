package coref

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// Resolver is the coreference state of one article. The mention stage
// calls it as it reads, left to right; Finish settles the whole article.
type Resolver struct {
	d     *article.Doc
	g     *gazetteer.Gazetteer
	byKey map[string]int // a known person's identity (Leader.Key) -> index
	// surnames maps a person's surname (and given name for names written
	// family name first) to the person.
	surnames map[string]int
	// lastByClass is the latest negotiation of each class ("talks", "deal").
	lastByClass map[string]int
	lastPer     int // the most recent person, -1 if none
	lastOrg     int // the most recent acting government or organization, -1 if none
	lastGov     int // the most recent government named, -1 if none
	lastOrgan   int // the most recent organization named, -1 if none
	// pairs holds the latest two actors named together ("A and B"), of
	// persons and of other actors, for "the two leaders", "both sides".
	pairs map[bool][2]int
	// govPair is the latest two governments named together, for "both
	// countries"; zero if none.
	govPair [2]int
	// regimes maps "junta" and "regime" to the government last named with
	// them ("Mali's junta", "the junta in Niger"), for a bare "the junta".
	regimes map[string]int
	// groups maps the acronyms of organizations found in the text, not in
	// the gazetteer, to them ("TPLF").
	groups map[string]int
}

// New returns the resolver of the article d.
func New(d *article.Doc, g *gazetteer.Gazetteer) *Resolver {
	return &Resolver{d: d, g: g, byKey: map[string]int{}, surnames: map[string]int{}, lastByClass: map[string]int{},
		lastPer: -1, lastOrg: -1, lastGov: -1, lastOrgan: -1, pairs: map[bool][2]int{}, regimes: map[string]int{}, groups: map[string]int{}}
}

// Note remembers a mention the mention stage adds to sentence s: the
// latest person, government or organization, for pronouns, and the
// government of a regime noun ("Mali's junta").
func (c *Resolver) Note(s article.Sentence, m article.Mention) {
	if m.Type == actorgraph.Person {
		c.lastPer = m.Actor
	}
	if (m.Type == actorgraph.Government || m.Type == actorgraph.Organization) && m.Kind == article.Name {
		c.lastOrg = m.Actor
	}
	if m.Kind == article.Name && m.Type == actorgraph.Government {
		c.lastGov = m.Actor
	}
	if m.Kind == article.Name && m.Type == actorgraph.Organization {
		c.lastOrgan = m.Actor
	}
	c.noteRegime(s, m)
}

// EndSentence settles, once a sentence's mentions are read, which
// government and organization a description in a later sentence refers
// to: the first one named in this sentence, most often its subject
// ("South Korea hosted Japan's prime minister. The country also ...").
func (c *Resolver) EndSentence(out []article.Mention) {
	gov, org := false, false
	for _, m := range out {
		if m.Kind != article.Name {
			continue
		}
		if m.Type == actorgraph.Government && !gov {
			c.lastGov, gov = m.Actor, true
		}
		if m.Type == actorgraph.Organization && !org {
			c.lastOrgan, org = m.Actor, true
		}
	}
}

// Described returns the actor a definite description refers to: the
// latest government for "the country", "the kingdom", "the Gulf state"
// (gov), else the latest organization for "the bloc", "the alliance".
func (c *Resolver) Described(gov bool) (int, bool) {
	i := c.lastOrgan
	if gov {
		i = c.lastGov
	}
	return i, i >= 0
}

// Finish settles the article once every sentence has its mentions: each
// mention points at its canonical actor, titled persons without an
// affiliation take one from their sentence, and every person mention
// records the actor the person serves (Mention.Of), for the frames.
func (c *Resolver) Finish() {
	for i := range c.d.Sents {
		for j := range c.d.Sents[i].Mentions {
			m := &c.d.Sents[i].Mentions[j]
			m.Actor = c.d.Actors.Canon(m.Actor)
			if m.Kind != article.Modifier {
				c.d.Actors.List[m.Actor].Used = true
			}
		}
	}
	for i := range c.d.Sents {
		c.fallbackAffiliations(i)
	}
	c.noteAffiliations()
}

// Regime returns the government last named with a regime noun ("junta").
func (c *Resolver) Regime(noun string) (int, bool) {
	gov, ok := c.regimes[noun]
	return gov, ok
}

// SetRegime makes gov the government of a regime noun ("the junta in
// Niger").
func (c *Resolver) SetRegime(noun string, gov int) { c.regimes[noun] = gov }

// Group returns the organization an acronym stands for in this article
// ("TPLF"), if it was named in full with it.
func (c *Resolver) Group(acronym string) (int, bool) {
	i, ok := c.groups[acronym]
	return i, ok
}

// SetGroup makes an acronym name organization i later in the article
// ("the Tigray People's Liberation Front (TPLF)").
func (c *Resolver) SetGroup(acronym string, i int) { c.groups[acronym] = i }

// fallbackAffiliations gives a titled person without an affiliation the
// one of the nearest person before it in the sentence ("US Trade
// Representative A, Commerce Secretary B"), else of the nearest
// government mentioned before it, else after it.
func (c *Resolver) fallbackAffiliations(si int) {
	ms := c.d.Sents[si].Mentions
	for j, m := range ms {
		r := c.d.Actors.List[m.Actor]
		if m.Kind != article.Person || r.Actor.Role == "" || r.Actor.Affiliation != "" {
			continue
		}
		aff := ""
		for k := j - 1; k >= 0 && aff == ""; k-- {
			if (ms[k].Kind == article.Person || m.Start-ms[k].End <= 10) && !c.governedAt(si, ms[k].Start) {
				aff = c.affiliationName(ms[k])
			}
		}
		for k := j + 1; k < len(ms) && aff == "" && ms[k].Start-m.End <= 10; k++ {
			x := ms[k]
			if (x.Type == actorgraph.Government || x.Type == actorgraph.Organization) && x.Kind == article.Name && !x.Place &&
				!c.governedAt(si, x.Start) && !strings.HasPrefix(c.d.Sents[si].Lower[x.End-1], "counterpart") && !c.spokeOrMet(si, m.End, x.Start) {
				aff = c.d.Actors.List[x.Actor].Actor.Name // "B, who leads the Freedonian army"
			}
			if x.Kind == article.Person && c.listed(si, m.End, x.Start) {
				aff = c.affiliationName(x) // "Treasury Secretary A, Commerce Secretary B and US Trade Representative C"
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

// spokeOrMet reports whether a speech or meeting verb stands in tokens
// [a, b) of sentence si: "A, the national security adviser, met Uganda":
// Uganda is whom A met, not A's government.
func (c *Resolver) spokeOrMet(si, a, b int) bool {
	s := c.d.Sents[si]
	for k := a; k < b; k++ {
		if s.Words[k].In(gazetteer.Speech) || s.Words[k].In(gazetteer.MeetingWords) {
			return true
		}
	}
	return false
}

// listed reports whether tokens [a, b) of sentence si join two persons
// of one list: a comma or "and" and no verb between.
func (c *Resolver) listed(si, a, b int) bool {
	s := c.d.Sents[si]
	join := false
	for k := a; k < b; k++ {
		switch {
		case s.Lower[k] == "," || s.Lower[k] == "and":
			join = true
		case s.Words[k].In(gazetteer.Speech) || s.Words[k].In(gazetteer.MeetingWords):
			return false
		}
	}
	return join
}

// governedAt reports whether a preposition of governing stands right
// before token i of sentence si: "conflict with Iran", said A: Iran is not A's government.
func (c *Resolver) governedAt(si, i int) bool {
	if i == 0 {
		return false
	}
	return c.d.Sents[si].Words[i-1].In(gazetteer.Governing)
}

// affiliationName is the government a mention gives a neighbour: a
// government itself, or a person's affiliation.
func (c *Resolver) affiliationName(m article.Mention) string {
	r := c.d.Actors.List[m.Actor].Actor
	switch {
	case m.Type == actorgraph.Government:
		return r.Name
	case m.Kind == article.Person:
		if e, ok := c.g.Entry(r.Affiliation); ok && e.Type == actorgraph.Government {
			return r.Affiliation // "IDF chief of staff A, intelligence chief B": B serves the state
		}
	}
	return ""
}

// noteAffiliations records on every person mention the actor the person
// serves, for the rules ("A said Tokyo was concerned": A speaks for Japan).
func (c *Resolver) noteAffiliations() {
	for i := range c.d.Sents {
		for j := range c.d.Sents[i].Mentions {
			m := &c.d.Sents[i].Mentions[j]
			if m.Type == actorgraph.Person {
				m.Of = c.d.Actors.AffilOf(c.d.Actors.Canon(m.Actor)) + 1
			}
		}
	}
}

// Pronoun resolves a pronoun at token i of sentence s, whose mentions so
// far are out: "he", "she", "his", "her" to the most recent person, "its"
// to a government or organization. It returns out with the pronoun's
// mention added and the token after it, else out and i.
func (c *Resolver) Pronoun(s article.Sentence, out []article.Mention, i int) ([]article.Mention, int) {
	w := s.Lower[i]
	if w == "its" && c.lastOrg >= 0 {
		// "Russia vetoed a resolution condemning its invasion": the first
		// government or organization of the sentence, else the latest one;
		// a capital named as a place is no owner ("talks in Cairo
		// collapsed and Hamas suspended its participation")
		org := c.lastOrg
		for _, m := range out {
			if (m.Type == actorgraph.Government || m.Type == actorgraph.Organization) && m.Kind == article.Name && !m.Place {
				org = m.Actor
				break
			}
		}
		t := c.d.Actors.List[org].Actor.Type
		out = append(out, article.Mention{Start: i, End: i + 1, Actor: org, Type: t, Kind: article.Pronoun})
		return out, i + 1
	}
	if c.lastPer < 0 || !(s.Words[i].In(gazetteer.He) || s.Words[i].In(gazetteer.She)) {
		return out, i
	}
	m := article.Mention{Start: i, End: i + 1, Actor: c.lastPer, Type: actorgraph.Person, Kind: article.Pronoun}
	out = append(out, m)
	return out, i + 1
}

// noteRegime remembers the government of a mention followed by "junta" or
// "regime" ("Mali's junta", "the Syrian regime").
func (c *Resolver) noteRegime(s article.Sentence, m article.Mention) {
	if m.Type != actorgraph.Government {
		return
	}
	if w := s.Lower[m.End-1]; s.Words[m.End-1].In(gazetteer.Regimes) {
		c.regimes[w] = m.Actor // "the Malian junta"
		return
	}
	j := m.End
	if j < len(s.Lower) && s.Lower[j] == "'s" {
		j++
	}
	if j < len(s.Lower) && s.Lower[j] == "military" {
		j++
	}
	if j < len(s.Lower) && s.Words[j].In(gazetteer.Regimes) {
		c.regimes[s.Lower[j]] = m.Actor
	}
}
