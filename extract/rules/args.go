package rules

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// clauseBreak ends the search for a subject or an object.
var clauseBreak = gazetteer.Set("clausebreaks")

// prepositions put a mention in a phrase that is not the subject.
var prepositions = gazetteer.Set("prepositions")

// subject returns the acting mention nearest before the trigger in its
// clause that is not in a prepositional phrase (else the nearest one),
// with the mentions coordinated with it. A modifier right before a noun
// trigger is its subject ("Israeli sabotage").
func (m *Matcher) subject(s Sentence, o occurrence) []Mention {
	if x, ok := nounOwner(s, o); ok {
		return []Mention{x} // "over Latvian strikes on", "India's missile attacks on"
	}
	if g := forGerund(s, o); g != nil {
		return g
	}
	if g := m.antecedent(s, o); g != nil {
		return g
	}
	if o.start > 1 && strings.HasSuffix(s.Lower[o.start], "ing") && gerundPreps[s.Lower[o.start-1]] {
		return clauseSubject(s, o.start-1) // "A met B before travelling to C": A travels
	}
	if o.start > 1 && o.t.Frame == "verb" && strings.HasSuffix(s.Lower[o.start], "ing") && s.Lower[o.start-1] == "," {
		if g := clauseSubject(s, o.start-1); g != nil {
			return g // "A highlighted the crisis X is going through, blaming B": A blames
		}
	}
	if g := appositionHead(s, o); g != nil {
		return g // "A, national security adviser to President B, met C": A met C
	}
	var fallback []Mention
	cut := m.sharedSubject(s, o)
	for k := len(s.Mentions) - 1; k >= 0; k-- {
		x := s.Mentions[k]
		if x.End > cut {
			continue
		}
		if m.broken(s, x.End, cut) {
			break
		}
		if !x.Acts() && !adjacent(s, x.End, o.start) || x.Place && o.t.Frame == "noun" && adjacent(s, x.End, o.start) ||
			x.Type == actorgraph.Negotiation || possessive(s, x) && (o.t.Frame != "noun" || o.start-x.End > 3) {
			continue
		}
		if o.t.Frame == "noun" && !adjacent(s, x.End, o.start) && o.start-x.End > 6 {
			break // a noun's subject is its possessor or the subject of a light verb
		}
		if o.t.Frame == "noun" && m.stanceBetween(s, x.End, o.start) {
			break // "Germany condemned the invasion of X": Germany invades no one
		}

		g := group(s, k, -1)
		first := g[len(g)-1].Start
		// "praised both governments and urged China": the object of an
		// earlier verb is not the subject; "condemning its invasion" is.
		objectOf := first > 0 && m.verb(s, first-1) && !possessive(s, x) && !adjacent(s, x.End, o.start)
		if !governed(s, first) && !objectOf {
			return g
		}
		if fallback == nil {
			fallback = g
		}
		for k > 0 && s.Mentions[k].Start > g[len(g)-1].Start {
			k-- // go on before the whole group
		}
	}
	return fallback
}

// appositionHead returns the person whose apposition closes with the
// comma right before a verb trigger: "A, the adviser to President B,
// met C" (A, not B). The apposition opens with a comma right after the
// person, at most twelve tokens before, and holds no clause break.
func appositionHead(s Sentence, o occurrence) []Mention {
	if o.t.Frame != "verb" || o.start < 3 || s.Lower[o.start-1] != "," {
		return nil
	}
	for c := o.start - 2; c > 0 && c >= o.start-13; c-- {
		w := s.Lower[c]
		if clauseBreak[w] {
			return nil
		}
		if w != "," {
			continue
		}
		for k, x := range s.Mentions {
			if x.End == c && x.Type == actorgraph.Person && x.Kind != Pronoun {
				return []Mention{s.Mentions[k]}
			}
		}
		return nil
	}
	return nil
}

// nounOwner returns the demonym or possessor right before a noun trigger,
// past at most two modifying words: the one who does what the noun names.
func nounOwner(s Sentence, o occurrence) (Mention, bool) {
	if o.t.Frame != "noun" {
		return Mention{}, false
	}
	for k := len(s.Mentions) - 1; k >= 0; k-- {
		x := s.Mentions[k]
		if x.End > o.start {
			continue
		}
		own := x.Kind == Pronoun && x.End == x.Start+1 && possessivePronoun[s.Lower[x.Start]] // "its invasion of"
		ok := (x.Type == actorgraph.Government && x.Kind != Pronoun || possessorOf(s, x) && x.Acts() || own) && nounModifiers(s, x.End, o.start)
		return x, ok
	}
	return Mention{}, false
}

// possessorOf reports whether mention x is followed by "'s".
func possessorOf(s Sentence, x Mention) bool {
	return x.End < len(s.Lower) && (s.Lower[x.End] == "'s" || s.Lower[x.End] == "’s")
}

// nounModifiers reports whether tokens [a, b) are at most two lower-case
// words, after an optional "'s", that modify a noun trigger ("missile",
// "air", "repeated"): the mention before them is the noun's subject.
func nounModifiers(s Sentence, a, b int) bool {
	if a < b && (s.Lower[a] == "'s" || s.Lower[a] == "’s") {
		a++
	}
	words := 0
	for k := a; k < b; k++ {
		if isQuote(s.Lower[k]) {
			continue // its "savage" invasion
		}
		if words++; words > 2 || !s.Tokens[k].IsWord() || s.Tokens[k].IsCap() || prepositions[s.Lower[k]] || determiners[s.Lower[k]] || s.Lower[k] == "and" {
			return false
		}
	}
	return true
}

// possessive reports whether a pronoun mention is a possessive ("his").
func possessive(s Sentence, x Mention) bool {
	if x.Kind != Pronoun {
		return false
	}
	w := s.Lower[x.Start]
	return w == "his" || w == "her" || w == "its" || w == "their"
}

// people are nouns whose "from X" names who acts.
var people = gazetteer.Set("groupnouns")

// governed reports whether a preposition stands before token i (skipping
// determiners and modifiers such as "the", "senior").
func governed(s Sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.Lower[k]
		if w == "from" && k > 0 && people[s.Lower[k-1]] {
			return false // "diplomats from Iran and China met"
		}
		if prepositions[w] {
			return true
		}
		if w != "the" && w != "a" && w != "an" && w != "senior" && w != "former" && w != "top" {
			return false
		}
	}
	return false
}

// object returns the acting mention nearest after the trigger in its
// clause, with the mentions coordinated with it.
func (m *Matcher) object(s Sentence, o occurrence, subj []Mention) []Mention {
	for k, x := range s.Mentions {
		if x.Start < o.end || x.Kind == Pronoun && (same(x, subj) || (s.Lower[x.Start] == "its" || s.Lower[x.Start] == "their") && (o.t.Type != actorgraph.Attacks || !namedBefore(s, x))) {
			continue // "raised concerns of its own that Israel ..."
		}
		if x.Start-o.end > reach(o) || m.broken(s, o.end, x.Start) || m.conditionalIn(s, o.end, x.Start) ||
			o.t.Frame != "noun" && comma(s, o.end, x.Start) {
			return nil
		}
		if m.stanceOn(s, o, x) {
			return []Mention{x} // "condemned the Chadian drone attack"
		}
		if m.struckIn(s, o, x) {
			return []Mention{x} // "struck targets in Syria"
		}
		if !x.Acts() || o.t.Frame == "verb" && len(o.t.Rest) == 0 && venue(s, x.Start) || possessive(s, x) && k+1 < len(s.Mentions) && s.Mentions[k+1].Start <= x.End+1 ||
			possessor(s, k) {
			continue // "met with his Chinese counterpart Wang": his is not the object; "rebuffed his attempts" is
		}
		if o.t.Frame == "noun" && len(o.t.Rest) == 0 && !governed(s, x.Start) {
			return nil // "the mediation and praised Qatar": not the mediation's object
		}
		if n := len(o.t.Rest); n > 0 && o.t.Type.Symmetric() && !prepositions[o.t.Rest[n-1]] && !withBefore(s, x.Start) {
			return nil // "reached a deal after he met": a deal is with someone
		}
		if o.t.Frame == "verb" && (m.verbBetween(s, o.end, x.Start) || m.headBetween(s, o.end, x.Start)) {
			return nil // "praised both governments and urged China"
		}
		if o.t.Frame == "verb" && (m.nounBetween(s, o.end, x.Start) || m.sufferedBetween(s, o.end, x.Start)) {
			return nil // "condemned the attack on X": a stance on the attacker, not on X
		}
		if o.t.Type != actorgraph.Sanctions && m.measuresBetween(s, o.start, x.Start) {
			return nil // "blocked the sanctions against X": no stance against X
		}
		return group(s, k, 1)
	}
	return nil
}

// namedBefore reports whether the actor of pronoun x is named earlier in
// the sentence by a name that is not a place. An attack on "its boats"
// attacks it ("The Philippine coast guard said Chinese vessels fired at
// its boats"); "called on its members" and "suspended its participation"
// have no object in "its", and in "talks in Cairo collapsed and Hamas
// suspended its participation" Cairo only says where.
func namedBefore(s Sentence, x Mention) bool {
	for _, y := range s.Mentions {
		if y.Start >= x.Start {
			break
		}
		if y.Actor == x.Actor && y.Kind == Name && !y.Place {
			return true
		}
	}
	return false
}

// measuresBetween reports whether a noun of sanctions stands in tokens
// [a, b).
func (m *Matcher) measuresBetween(s Sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if m.in(s, gazetteer.Measures, k) {
			return true
		}
	}
	return false
}

// reach is how far after a trigger its object may start: right after a
// preposition ("call on X"), a few words after a verb, further after a noun.
func reach(o occurrence) int {
	switch {
	case len(o.t.Rest) > 0 && prepositions[o.t.Rest[len(o.t.Rest)-1]]:
		return 3
	case o.t.Frame == "noun":
		return 8
	}
	return 5
}

// comma reports whether a comma lies in tokens [a, b).
func comma(s Sentence, a, b int) bool {
	for j := a; j < b; j++ {
		if s.Lower[j] == "," {
			return true
		}
	}
	return false
}

// verbBetween reports whether another trigger verb lies in tokens [a, b).
func (m *Matcher) verbBetween(s Sentence, a, b int) bool {
	for j := a; j < b; j++ {
		if m.trigger(s, j) && !s.Tokens[j].IsCap() && (j == 0 || !determiners[s.Lower[j-1]]) {
			return true
		}
	}
	return false
}

// stanceBetween reports whether a verb of stance stands in tokens [a, b).
func (m *Matcher) stanceBetween(s Sentence, a, b int) bool {
	for j := a; j < b; j++ {
		if m.stanceVerbAt(s, j) {
			return true
		}
	}
	return false
}

// nounBetween reports whether a noun trigger with its preposition stands
// in tokens [a, b).
func (m *Matcher) nounBetween(s Sentence, a, b int) bool {
	for j := a; j < b; j++ {
		if m.nounTriggerAt(s, j) {
			return true
		}
	}
	return false
}

// sufferedBetween reports whether a noun of what is done to someone
// stands right before "of" in tokens [a, b): "denounced the overthrow of
// President X" is no criticism of X.
func (m *Matcher) sufferedBetween(s Sentence, a, b int) bool {
	for j := a; j+1 < b; j++ {
		if m.in(s, gazetteer.Suffered, j) && s.Lower[j+1] == "of" {
			return true
		}
	}
	return false
}

// headBetween reports whether a negotiation noun lies in tokens [a, b):
// "oppose any agreement with X" opposes the agreement, not X.
func (m *Matcher) headBetween(s Sentence, a, b int) bool {
	for j := a; j < b; j++ {
		if m.in(s, gazetteer.Heads, j) {
			return true
		}
	}
	return false
}

// venue reports whether the mention at token i is a place: "in X", "at X",
// "in southern X".
func venue(s Sentence, i int) bool {
	if i > 1 && directions[s.Lower[i-1]] {
		i--
	}
	return i > 0 && placeWords[s.Lower[i-1]]
}

// placeWords put a mention in a place: "in X", "off X", "near X".
var placeWords = gazetteer.Set("placewords")

// struckIn reports whether x is the place whose targets an attack
// strikes: "struck targets in Syria", "shelled positions in southern
// Lebanon", "fired missiles at bases inside Iraq". The place is a
// government named by its country, and a noun of the targets list stands
// right before the preposition.
func (m *Matcher) struckIn(s Sentence, o occurrence, x Mention) bool {
	if o.t.Type != actorgraph.Attacks || o.t.Frame == "noun" || x.Type != actorgraph.Government || x.Kind != Name {
		return false
	}
	i := x.Start
	if i > 0 && directions[s.Lower[i-1]] {
		i--
	}
	if i-2 < o.end || !placePrepositions[s.Lower[i-1]] || !m.in(s, gazetteer.Targets, i-2) {
		return false
	}
	for j := o.end; j < i-2; j++ {
		if s.Tokens[j].IsCap() || !s.Tokens[j].IsWord() {
			return false // "shelled Kurdish militia positions in Syria": whose positions is said
		}
	}
	return true
}

// placePrepositions put targets in a place.
var placePrepositions = gazetteer.Set("targetplaces")

// conditionalIn reports whether a condition word lies in tokens [a, b).
func (m *Matcher) conditionalIn(s Sentence, a, b int) bool {
	for j := a; j < b; j++ {
		if m.in(s, gazetteer.Conditional, j) {
			return true
		}
	}
	return false
}

// withBefore reports whether "with" (and maybe "the") comes right before token i.
func withBefore(s Sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if s.Lower[k] == "with" {
			return true
		}
		if s.Lower[k] != "the" {
			return false
		}
	}
	return false
}

// same reports whether x refers to one of the actors of ms.
func same(x Mention, ms []Mention) bool {
	for _, m := range ms {
		if m.Actor == x.Actor {
			return true
		}
	}
	return false
}

// agent returns the mention after "by" following a passive trigger.
func (m *Matcher) agent(s Sentence, from int) []Mention {
	for j := from; j < len(s.Lower) && j < from+6; j++ {
		if s.Lower[j] != "by" {
			continue
		}
		for k, x := range s.Mentions {
			if x.Start > j && x.Start <= j+3 && x.Acts() {
				return group(s, k, 1)
			}
		}
	}
	return nil
}

// broken reports whether a clause break lies in tokens [a, b).
func (m *Matcher) broken(s Sentence, a, b int) bool {
	for j := a; j < b; j++ {
		if clauseBreak[s.Lower[j]] && !shortParenthesis(s, j) {
			return true
		}
	}
	return false
}

// shortParenthesis reports whether the bracket at token j opens or closes
// a parenthesis of at most three tokens, an acronym or an age ("the
// Economic Community of West African States (ECOWAS) threatened"): it
// breaks no clause.
func shortParenthesis(s Sentence, j int) bool {
	switch s.Lower[j] {
	case "(":
		for k := j + 1; k < len(s.Lower) && k <= j+4; k++ {
			if s.Lower[k] == ")" {
				return true
			}
		}
	case ")":
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if s.Lower[k] == "(" {
				return true
			}
		}
	}
	return false
}

// adjacent reports whether only a possessive lies between a and b.
func adjacent(s Sentence, a, b int) bool {
	return a == b || (b == a+1 && s.Lower[a] == "'s")
}

// group returns mention k and the mentions coordinated with it, walking in
// direction dir (-1 back, 1 forward): "Iran, the EU, France and China".
//
// A list joined by commas only is not a coordination ("in the talks,
// Jane Roe said"): some pair must be joined by "and" or "as well as".
// Negotiations are not coordinated with actors.
func group(s Sentence, k, dir int) []Mention {
	out := []Mention{s.Mentions[k]}
	prev := s.Mentions[k]
	and := false
	for j := k + dir; j >= 0 && j < len(s.Mentions); j += dir {
		x := s.Mentions[j]
		a, b := x.End, prev.Start
		if dir > 0 {
			a, b = prev.End, x.Start
		}
		if !x.Acts() || x.Actor == prev.Actor && x.Start != prev.Start {
			continue // "and the North Korean leader Kim": the modifier is inside; "A, the envoy of X,": A again
		}
		joined, withAnd := coordinated(s, a, b)
		if !joined && dir > 0 && s.Lower[a] == "," {
			if j2 := pastApposition(s, j, prev.End); j2 > 0 {
				j, x, joined, withAnd = j2, s.Mentions[j2], true, true // "A, the envoy of X, and B"
			}
		}
		if x.Start == prev.Start && x.End == prev.End {
			joined, withAnd = true, true // "the two leaders": one phrase, two actors
		} else if len(out) > 1 && out[0].Start == out[1].Start && out[0].End == out[1].End {
			break // "met B, and the two leaders": the pair is A and B already
		}
		if !joined || (x.Type == actorgraph.Negotiation) != (prev.Type == actorgraph.Negotiation) {
			break
		}
		and = and || withAnd
		out = append(out, x)
		prev = x
	}
	if !and {
		return out[:1]
	}
	return out
}

// coordinated reports whether tokens [a, b) only join two mentions, and
// whether "and" is among them.
func coordinated(s Sentence, a, b int) (joined, and bool) {
	if b <= a {
		return false, false
	}
	if appositionAnd(s, a, b) {
		return true, true // "A, the secretary of X, and B"
	}
	for j := a; j < b; j++ {
		if inModifier(s, j) {
			continue
		}
		switch s.Lower[j] {
		case "and", "&":
			joined, and = true, true
		case "as", "well":
			if !asWellAs(s, j) {
				return false, false // "A as the two leaders": no list
			}
			joined, and = true, true
		case ",":
			joined = true
		case "the":
		default:
			return false, false
		}
	}
	return joined, and
}

// inModifier reports whether token j belongs to a modifier mention.
func inModifier(s Sentence, j int) bool {
	for _, m := range s.Mentions {
		if m.Kind == Modifier && m.Start <= j && j < m.End {
			return true
		}
	}
	return false
}

// between reads "talks between A and B" (and "A and B's talks"): two
// parties negotiate with each other; every party takes part.
func (m *Matcher) between(s Sentence) []Hit {
	var hits []Hit
	for _, x := range s.Mentions {
		if x.Type != actorgraph.Negotiation || x.End+1 >= len(s.Lower) || !m.in(s, gazetteer.Involving, x.End) {
			continue
		}
		k := firstFrom(s, x.End+1)
		if k < 0 || s.Mentions[k].Start > x.End+4 {
			continue
		}
		parts := group(s, k, 1)
		pair := actorgraph.NegotiatesWith
		if x.Head == "summit" || x.Head == "meeting" {
			pair = actorgraph.MeetsWith
		}
		hits = append(hits, parties(parts, x.Actor, pair, "talks-between")...)
	}
	return hits
}

// parties gives PARTICIPATES_IN for each party and NEGOTIATES_WITH for two.
func parties(parts []Mention, neg int, pair actorgraph.RelType, rule string) []Hit {
	var hits []Hit
	for _, p := range parts {
		hits = append(hits, Hit{Source: p.Actor, Target: neg, Type: actorgraph.ParticipatesIn, CAMEO: "046", Rule: rule, Confidence: 0.7})
	}
	if len(parts) == 2 {
		info, _ := pair.Info()
		hits = append(hits, Hit{Source: parts[0].Actor, Target: parts[1].Actor, Type: pair, CAMEO: info.CAMEO, Rule: rule, Confidence: 0.7})
	}
	return hits
}

// firstFrom returns the first acting mention starting at or after token j.
func firstFrom(s Sentence, j int) int {
	for k, x := range s.Mentions {
		if x.Start >= j && x.Acts() {
			return k
		}
	}
	return -1
}
