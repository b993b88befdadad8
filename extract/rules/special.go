package rules

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// through reads "talks with X through Y": Y mediates the negotiation.
func (m *Matcher) through(s Sentence, lastNeg int) []Hit {
	n := negIn(s, -1)
	if n < 0 {
		return nil
	}
	var hits []Hit
	for j, w := range s.Lower {
		if w != "through" && w != "via" {
			continue
		}
		k := firstFrom(s, j+1)
		if k < 0 || s.Mentions[k].Start > j+2 {
			continue
		}
		x := s.Mentions[k]
		hits = append(hits, Hit{Source: x.Actor, Target: n, Type: actorgraph.Mediates, CAMEO: "045", Rule: "MEDIATES/through", Confidence: 0.6})
	}
	return hits
}

// delegation reads "the delegation included A, B and C", "the delegation
// was led by A" and "among those in the meeting were A and B": each takes
// part in the negotiation.
func (m *Matcher) delegation(s Sentence, lastNeg int) []Hit {
	n := negIn(s, lastNeg)
	if n < 0 {
		return nil
	}
	if hits := delegationsFrom(s, n); hits != nil {
		return hits
	}
	for j, w := range s.Lower {
		led := w == "by" && j > 0 && (s.Lower[j-1] == "led" || s.Lower[j-1] == "headed")
		if w != "included" && w != "includes" && w != "include" && w != "were" && !led {
			continue
		}
		if !m.delegationBefore(s, j) {
			continue
		}
		k := firstFrom(s, j+1)
		if k < 0 || s.Mentions[k].Start > j+2 {
			continue
		}
		var hits []Hit
		for _, p := range s.Mentions[k:] {
			if p.Type == actorgraph.Person {
				hits = append(hits, Hit{Source: p.Actor, Target: n, Type: actorgraph.ParticipatesIn, CAMEO: "046", Rule: "PARTICIPATES_IN/delegation", Confidence: 0.6})
			}
		}
		return hits
	}
	return nil
}

func (m *Matcher) delegationBefore(s Sentence, j int) bool {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		switch s.Lower[k] {
		case "delegation", "delegations", "among", "team", "negotiators", "side":
			return true
		}
	}
	return false
}

// mediators reads "Egyptian and Qatari mediators", "with Turkish
// mediation" and "mediators from Egypt and Qatar": each government mediates the negotiation of the
// sentence, else the article's latest one.
func (m *Matcher) mediators(s Sentence, lastNeg int) []Hit {
	n := negIn(s, lastNeg)
	if n < 0 {
		return nil
	}
	var hits []Hit
	for _, x := range s.Mentions {
		if x.Kind == Modifier && x.End == x.Start+1 && m.g.Suffixed(gazetteer.Sponsors, s.Lower[x.Start]) {
			if n := negIn(s, -1); n >= 0 {
				hits = append(hits, Hit{Source: x.Actor, Target: n, Type: actorgraph.Mediates, CAMEO: "045", Rule: "MEDIATES/sponsored", Confidence: 0.6})
			}
		}
	}
	for j, w := range s.Lower {
		if w != "mediators" && w != "mediator" && w != "mediation" {
			continue
		}
		var parts []Mention
		if k := lastBefore(s, j); k >= 0 {
			parts = modifiers(s, k) // "Qatari and Egyptian mediation"
		} else if w != "mediation" && j+2 < len(s.Lower) && s.Lower[j+1] == "from" {
			if k := firstFrom(s, j+2); k >= 0 && s.Mentions[k].Start <= j+3 {
				parts = group(s, k, 1)
			}
		}
		target := n
		if w == "mediation" {
			target = negIn(s, -1) // "with Turkish mediation, A and B reached a deal"
		}
		for _, x := range parts {
			if x.Type != actorgraph.Negotiation && target >= 0 {
				hits = append(hits, Hit{Source: x.Actor, Target: target, Type: actorgraph.Mediates, CAMEO: "045", Rule: "MEDIATES/mediators", Confidence: 0.6})
			}
		}
	}
	return hits
}

// lastBefore returns the government or organization mention ending right
// before token j, modifier or not ("Qatari mediators"), else -1.
func lastBefore(s Sentence, j int) int {
	for k, x := range s.Mentions {
		if x.End == j && (x.Type == actorgraph.Government || x.Type == actorgraph.Organization) {
			return k
		}
	}
	return -1
}

// modifiers returns mention k and the government or organization mentions
// joined to it by "and" or commas before it ("Egyptian and Qatari").
func modifiers(s Sentence, k int) []Mention {
	out := []Mention{s.Mentions[k]}
	for j := k - 1; j >= 0; j-- {
		x, prev := s.Mentions[j], out[len(out)-1]
		if x.Type != actorgraph.Government && x.Type != actorgraph.Organization {
			break
		}
		if joined, _ := coordinated(s, x.End, prev.Start); !joined {
			break
		}
		out = append(out, x)
	}
	return out
}

// tellTo is the trigger of "A told B to stop": a demand.
var tellTo = &gazetteer.Trigger{Type: actorgraph.Urges, CAMEO: "020", Frame: "verb", Name: "URGES/verb/tell-to"}

// tellWord reports whether w is a form of "tell".
func tellWord(w string) bool {
	switch w {
	case "told", "tell", "tells", "telling":
		return true
	}
	return false
}

// told reads "A told B to stop": A urges B. "A told reporters that" is
// no demand.
func (m *Matcher) told(s Sentence) []Hit {
	var hits []Hit
	for j, w := range s.Lower {
		if !tellWord(w) {
			continue
		}
		k := firstFrom(s, j+1)
		if k < 0 || s.Mentions[k].Start > j+2 || s.Mentions[k].Type == actorgraph.Negotiation {
			continue
		}
		obj := group(s, k, 1)
		end := obj[len(obj)-1].End
		if end+1 >= len(s.Lower) || s.Lower[end] != "to" || s.Tokens[end+1].IsCap() {
			continue
		}
		o := occurrence{t: tellTo, start: j, end: j + 1}
		if !m.factual(s, j) {
			continue
		}
		for _, a := range m.subject(s, o) {
			for _, b := range obj {
				hits = append(hits, hit(a, b, actorgraph.Urges, o, 0.6))
			}
		}
	}
	return hits
}

// allies reads a standing tie said in passing, by a noun of one of the
// apposition lists of words.txt: "A, a close ally of B,", "A, B's ally,",
// "A, its treaty ally,", "B's ally A" (COOPERATES_WITH), "A, a fierce
// critic of B" (CRITICIZES), "A, a staunch supporter of B" (SUPPORTS),
// "A, an opponent of B" (OPPOSES), whatever the sentence says they did.
func (m *Matcher) allies(s Sentence) []Hit {
	var hits []Hit
	for j := range s.Lower {
		role, ok := m.appositionRole(s, j)
		if !ok {
			continue
		}
		a, b := -1, -1
		if j+2 < len(s.Lower) && s.Lower[j+1] == "of" {
			if k := firstFrom(s, j+2); k >= 0 && s.Mentions[k].Start == j+2 || k >= 0 && s.Mentions[k].Start == j+3 && s.Lower[j+2] == "the" {
				b = k // "a close ally of B"
			}
		}
		start := j // the first word of the noun phrase of the ally
		for start > 0 && j-start < 3 && s.Tokens[start-1].IsWord() && !s.Tokens[start-1].IsCap() && s.Lower[start-1] != "'s" && !possessivePronoun[s.Lower[start-1]] {
			start--
		}
		if b < 0 {
			b = owner(s, start) // "B's ally", "its ally"
			if b >= 0 {
				start = s.Mentions[b].Start
			}
		}
		if b < 0 {
			continue
		}
		if start > 1 && s.Lower[start-1] == "," {
			a = endingAt(s, start-1) // "A, a close ally of B"
		} else if k := firstFrom(s, j+1); k >= 0 && s.Mentions[k].Start == j+1 && s.Lower[start] != "," {
			a = k // "B's ally A"
		}
		if a < 0 || s.Mentions[a].Actor == s.Mentions[b].Actor || s.Mentions[a].Type == actorgraph.Negotiation || s.Mentions[b].Type == actorgraph.Negotiation {
			continue
		}
		hits = append(hits, Hit{Source: s.Mentions[a].Actor, Target: s.Mentions[b].Actor, Type: role.t, CAMEO: role.cameo, Rule: string(role.t) + "/" + role.rule, Confidence: 0.6})
	}
	return hits
}

// appositionRole is what a noun of an apposition says of the tie.
type appositionRole struct {
	t           actorgraph.RelType
	cameo, rule string
}

// appositionRoles are the apposition lists and the ties they name.
var appositionRoles = []struct {
	list gazetteer.List
	role appositionRole
}{
	{gazetteer.Allies, appositionRole{actorgraph.CooperatesWith, "050", "ally"}},
	{gazetteer.Critics, appositionRole{actorgraph.Criticizes, "111", "critic"}},
	{gazetteer.Supporters, appositionRole{actorgraph.Supports, "051", "supporter"}},
	{gazetteer.Opponents, appositionRole{actorgraph.Opposes, "120", "opponent"}},
}

// appositionRole returns the tie the lower-case noun at token j names.
func (m *Matcher) appositionRole(s Sentence, j int) (appositionRole, bool) {
	if s.Tokens[j].IsCap() {
		return appositionRole{}, false
	}
	for _, r := range appositionRoles {
		if m.in(s, r.list, j) {
			return r.role, true
		}
	}
	return appositionRole{}, false
}

// owner returns the mention that owns the noun phrase starting at token
// i: "B's" right before it, or a possessive pronoun ("its", "their")
// resolved to an actor; else -1.
func owner(s Sentence, i int) int {
	for k, x := range s.Mentions {
		if x.Kind == Pronoun && x.End == i && x.Start == i-1 && possessivePronoun[s.Lower[x.Start]] {
			return k
		}
		if x.End == i-1 && s.Lower[i-1] == "'s" && x.Acts() {
			return k
		}
	}
	return -1
}

var possessivePronoun = gazetteer.Set("possessives")

// endingAt returns the acting mention that ends right before token i,
// else -1.
func endingAt(s Sentence, i int) int {
	for k, x := range s.Mentions {
		if x.End == i && x.Acts() && x.Kind != Pronoun {
			return k
		}
	}
	return -1
}

// backers reads "Iran-backed rebels", "the Russian-armed separatists":
// the name before the suffix supports the actor the phrase names.
func (m *Matcher) backers(s Sentence) []Hit {
	var hits []Hit
	for k, x := range s.Mentions {
		if x.Kind != Modifier || x.End != x.Start+1 || !m.g.Suffixed(gazetteer.Backers, s.Lower[x.Start]) {
			continue
		}
		for _, y := range s.Mentions[k+1:] {
			if y.Start > x.End+2 {
				break // "Iran-backed Houthi rebels": a word of the name may come between
			}
			if y.Acts() && y.Type != actorgraph.Negotiation && y.Actor != x.Actor {
				hits = append(hits, Hit{Source: x.Actor, Target: y.Actor, Type: actorgraph.Supports, CAMEO: "070", Rule: "SUPPORTS/backed", Confidence: 0.6})
				break
			}
		}
	}
	return hits
}

// delegationsFrom reads "the delegations from Israel, the United States
// and Qatar": each government takes part in negotiation n.
func delegationsFrom(s Sentence, n int) []Hit {
	for j, w := range s.Lower {
		if w != "delegations" && w != "delegation" && w != "negotiators" || j+2 >= len(s.Lower) || s.Lower[j+1] != "from" {
			continue
		}
		k := firstFrom(s, j+2)
		if k < 0 || s.Mentions[k].Start > j+3 {
			continue
		}
		var hits []Hit
		for _, x := range group(s, k, 1) {
			if x.Type != actorgraph.Negotiation {
				hits = append(hits, Hit{Source: x.Actor, Target: n, Type: actorgraph.ParticipatesIn, CAMEO: "046", Rule: "PARTICIPATES_IN/delegations-from", Confidence: 0.6})
			}
		}
		return hits
	}
	return nil
}
