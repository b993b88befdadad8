package rules

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// Matcher applies the trigger frames of a gazetteer. It is read-only after
// New and safe for concurrent use.
type Matcher struct {
	g     *gazetteer.Gazetteer
	first map[string][]int // a first-word form -> trigger indexes
	// next indexes the triggers of a first-word form by the first of their
	// following words, so that a verb with hundreds of patterns tries only
	// those whose next word is near; loose holds those with no following
	// word or a word list there.
	next  map[string]map[string][]int
	loose map[string][]int
}

// New indexes the triggers of g.
func New(g *gazetteer.Gazetteer) *Matcher {
	m := &Matcher{g: g, first: map[string][]int{}, next: map[string]map[string][]int{}, loose: map[string][]int{}}
	for i, t := range g.Triggers {
		for _, f := range t.Forms {
			m.first[f] = append(m.first[f], i)
			if len(t.Rest) == 0 || t.Rest[0][0] == '@' {
				m.loose[f] = append(m.loose[f], i)
				continue
			}
			if m.next[f] == nil {
				m.next[f] = map[string][]int{}
			}
			m.next[f][t.Rest[0]] = append(m.next[f][t.Rest[0]], i)
		}
	}
	return m
}

// candidates returns, in index order, the triggers that may start at token
// i: those of its form with no following word, and those whose first
// following word stands within the next five tokens.
func (m *Matcher) candidates(s Sentence, i int, buf []int) []int {
	w := s.Lower[i]
	buf = append(buf[:0], m.loose[w]...)
	if nx := m.next[w]; nx != nil {
		for j := i + 1; j < len(s.Lower) && j <= i+5; j++ {
			for _, ti := range nx[s.Lower[j]] {
				if !slices.Contains(buf, ti) {
					buf = append(buf, ti)
				}
			}
		}
	}
	slices.Sort(buf)
	return buf
}

// IsTrigger reports whether the lower-case word w starts a trigger.
func (m *Matcher) IsTrigger(w string) bool { return len(m.first[w]) > 0 }

// IsVerb reports whether the lower-case word w starts a verb trigger: one
// of the project's own, or a verb that the field's dictionary codes alone
// (a verb known only with the words of its patterns does not count, so a
// clause reads as before).
func (m *Matcher) IsVerb(w string) bool {
	for _, i := range m.first[w] {
		if t := &m.g.Triggers[i]; t.Frame != "noun" && (t.Source == "" || len(t.Rest) == 0) {
			return true
		}
	}
	return false
}

// stanceVerbAt reports whether a verb trigger of a stance (criticism,
// support, opposition, appeal, threat) starts at token j: "condemned",
// "welcomed", "blamed".
func (m *Matcher) stanceVerbAt(s Sentence, j int) bool {
	if s.Tokens[j].IsCap() {
		return false
	}
	for _, i := range m.first[s.Lower[j]] {
		t := &m.g.Triggers[i]
		if t.Frame != "verb" || t.Source != "" && len(t.Rest) > 0 {
			continue
		}
		switch t.Type {
		case actorgraph.Criticizes, actorgraph.Supports, actorgraph.Opposes, actorgraph.Urges, actorgraph.Threatens:
			if _, ok := m.matchRest(s, j+1, t.Rest, true); ok {
				return true // "held Chile responsible", not "held a phone call"
			}
		}
	}
	return false
}

// nounTriggerAt reports whether a noun trigger with its following words
// ("attack on", "invasion of", "sanctions on") starts at token j.
func (m *Matcher) nounTriggerAt(s Sentence, j int) bool {
	for _, i := range m.first[s.Lower[j]] {
		t := &m.g.Triggers[i]
		if t.Frame != "noun" || len(t.Rest) == 0 {
			continue
		}
		if _, ok := m.matchRest(s, j+1, t.Rest, false); ok {
			return true
		}
	}
	return false
}

// occurrence is a trigger found at tokens [start, end).
type occurrence struct {
	t          *gazetteer.Trigger
	start, end int
	passive    bool
}

// triggers finds the longest trigger at each token.
func (m *Matcher) triggers(s Sentence) []occurrence {
	var out []occurrence
	var cands []int
	for i := 0; i < len(s.Lower); i++ {
		if !m.trigger(s, i) {
			continue // no trigger starts here
		}
		if i > 0 && s.Tokens[i].IsCap() {
			continue // a word of a name: "the Associated Press"
		}
		if s.Lower[i] == "back" && i+1 < len(s.Lower) && (prepositions[s.Lower[i+1]] || s.Lower[i+1] == "from" || s.Lower[i+1] == "home") {
			continue // "called its ambassador back from Tehran": an adverb
		}
		best := occurrence{start: i, end: i}
		cands = m.candidates(s, i, cands)
		for _, ti := range cands {
			t := &m.g.Triggers[ti]
			end, ok := m.matchRest(s, i+1, t.Rest, t.Frame == "verb" || t.Frame == "process")
			if !ok || gerundNoun(s, i, t) {
				continue // "his meeting with" is the noun frame, not the verb
			}
			// The longest wins; of equal ones, a process frame when a
			// negotiation follows ("hosted a new round of talks").
			if end > best.end || end == best.end && best.t != nil && processWins(s, t, best.t, end) {
				best = occurrence{t: t, start: i, end: end}
			}
		}
		if best.t == nil || best.t.Type == actorgraph.Sanctions && m.undone(s, i) {
			continue // "lifted the sanctions on X": no sanctions by the one who lifts them
		}
		best.passive = (best.t.Frame == "verb" && s.Lower[i] == best.t.Past || best.t.Frame == "fixed" && len(best.t.Rest) == 0 && strings.HasSuffix(s.Lower[i], "ed")) &&
			(beBefore(s, i) || best.end < len(s.Lower) && s.Lower[best.end] == "by") // ", attended by X"
		out = append(out, best)
		i = best.end - 1
	}
	return out
}

// hopedClause reports whether the trigger at i stands in the clause that
// the verb of wanting or hoping at k governs: "Japan hopes China will join
// the talks" (a finite verb of that clause, "will" or a modal, is between
// them, and no clause break).
func (m *Matcher) hopedClause(s Sentence, k, i int) bool {
	if s.Tokens[k].IsCap() || !strings.HasPrefix(s.Lower[k], "hope") && !strings.HasPrefix(s.Lower[k], "want") && !strings.HasPrefix(s.Lower[k], "expect") {
		return false
	}
	for j := k + 1; j < i; j++ {
		if s.Lower[j] == "will" || s.Lower[j] == "would" || m.in(s, gazetteer.Modal, j) {
			return true
		}
	}
	return false
}

// undone reports whether a verb that lifts, eases or blocks measures
// stands within four words before token i ("lifted the sanctions on",
// "blocked new sanctions against").
func (m *Matcher) undone(s Sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if m.in(s, gazetteer.Undo, k) {
			return true
		}
		if !s.Tokens[k].IsWord() {
			return false
		}
	}
	return false
}

// processWins reports whether, of two triggers of equal length, t should
// replace best: a process frame when a negotiation follows, another frame
// when none does ("agreed to the deal", "agreed to resume flights").
func processWins(s Sentence, t, best *gazetteer.Trigger, end int) bool {
	neg := negAfter(s, end)
	return t.Frame == "process" && neg || best.Frame == "process" && t.Frame != "process" && !neg
}

// determiners make an -ing form a noun: "the meeting", "a bilateral meeting".
var determiners = gazetteer.Set("determiners")

// gerundNoun reports whether the verb form at i is used as a noun: right
// after a determiner ("the start"), or an -ing form a few words after one
// ("a bilateral meeting").
func gerundNoun(s Sentence, i int, t *gazetteer.Trigger) bool {
	if t.Frame != "verb" && t.Frame != "process" {
		return false
	}
	if i > 0 && determiners[s.Lower[i-1]] {
		return true
	}
	// An -ing form, or the -s form of a dictionary verb, a few words after a
	// determiner is a noun: "a bilateral meeting", "any joint patrols".
	if !strings.HasSuffix(s.Lower[i], "ing") && !(t.Source != "" && strings.HasSuffix(s.Lower[i], "s")) {
		return false
	}
	for _, x := range s.Mentions {
		if x.End == i && x.Kind == Modifier {
			return true // "Mexican exports shipped to": a demonym's noun
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if determiners[s.Lower[k]] || s.Lower[k] == "'s" {
			return true // "a bilateral meeting", "Biden's flashing warning lights"
		}
		if !s.Tokens[k].IsWord() {
			return false
		}
	}
	return false
}

// negAfter reports whether a negotiation is mentioned within ten tokens
// from token i, before any actor: "hosted the talks", not "hosted the
// Korean president for a summit", which is a meeting.
func negAfter(s Sentence, i int) bool {
	for _, x := range s.Mentions {
		if x.Start < i || !x.Acts() {
			continue
		}
		return x.Type == actorgraph.Negotiation && x.Start-i <= 10
	}
	return false
}

// matchRest matches the fixed words of a trigger from token j, allowing up
// to four other words before the first of them ("raised serious concerns"),
// but not a new verb phrase ("agreed to open talks with" is no "agreed with").
// A word "@list" matches any word of that list of words.txt ("described the
// move as @negative").
func (m *Matcher) matchRest(s Sentence, j int, rest []string, gaps bool) (int, bool) {
	if len(rest) == 0 {
		return j, true
	}
	maxGap := 0
	evaluative := false // "called Greek objections to the survey inadmissible"
	for _, w := range rest {
		evaluative = evaluative || len(w) > 1 && w[0] == '@'
	}
	if gaps {
		maxGap = 4
		if evaluative {
			maxGap = 8
		}
	}
	for gap := 0; gap <= maxGap && j+gap < len(s.Lower); gap++ {
		k := j + gap
		ok := true
		for i, w := range rest {
			for k < len(s.Lower) && (isQuote(s.Lower[k]) || i > 0 && w[0] == '@' && articles[s.Lower[k]]) {
				k++ // "worried" by, "described it as a provocation"
			}
			if k >= len(s.Lower) || !m.wordIs(s, k, w) {
				ok = false
				break
			}
			k++
		}
		if ok {
			return k, true
		}
		if w := s.Lower[j+gap]; w == "to" && !evaluative || !s.Tokens[j+gap].IsWord() && w != "\"" && w != "“" && w != "”" && w != "'s" || s.Tokens[j+gap].IsCap() && gapActor(s, j+gap) < 0 && !m.in(s, gazetteer.Weekdays, j+gap) {
			break
		}
	}
	return j, false
}

// wordIs reports whether token k of s is the trigger word w: the same
// lower-case word, or, for "@list", a word of that list.
func (m *Matcher) wordIs(s Sentence, k int, w string) bool {
	if len(w) > 1 && w[0] == '@' {
		if l, ok := gazetteer.ListNamed(w[1:]); ok {
			return m.in(s, l, k)
		}
		return false
	}
	return s.Lower[k] == w
}

// articles may stand before the word of a list in a trigger: "described
// the move as a provocation".
var articles = gazetteer.Set("articles")

var beForms = gazetteer.Set("beforms")

// beBefore reports whether a form of "be" stands within two words before i.
func beBefore(s Sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if beForms[s.Lower[k]] {
			return true
		}
		if !s.Tokens[k].IsWord() || s.Lower[k] == "and" || s.Lower[k] == "but" {
			return false // "were respectful but blamed X" is active
		}
	}
	return false
}

// factual reports whether the trigger at i is an asserted event: not
// negated, not under a modal, a condition or a verb of wanting or trying.
func (m *Matcher) factual(s Sentence, i int) bool {
	if alleged(s, i) || i > 0 && strings.HasSuffix(s.Lower[i], "ing") && topicPreps[s.Lower[i-1]] {
		return false // "talks on normalizing relations": a topic, not an event
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.Lower[k]
		if m.in(s, gazetteer.Negation, k) || strings.HasSuffix(w, "n't") || m.in(s, gazetteer.Modal, k) && !s.Tokens[k].IsCap() {
			return false // but "In early May Russia attacked": a month
		}
		if w == "to" && k > 0 && m.governs(s, k) {
			return false
		}
		if w == "to" && k > 0 && (s.Lower[k-1] == "about" || s.Lower[k-1] == "poised" || s.Lower[k-1] == "set") && !s.Tokens[k-1].IsCap() {
			return false // "is about to restore ties": not yet real
		}
		if m.in(s, gazetteer.NonFactual, k) && (k >= i-2 || m.hopedClause(s, k, i)) {
			return false // "considered a visit to", "proposed talks with", "hopes X will join"
		}
		if w == "," || w == ";" || w == ":" || w == "and" || w == "but" {
			break // "rebuffed his attempts to restart talks and warned X"
		}
	}
	for k := i - 1; k >= 0; k-- {
		w := s.Lower[k]
		if w == ";" || w == "—" || w == ":" {
			break
		}
		if m.in(s, gazetteer.Conditional, k) {
			return false
		}
	}
	return true
}

// topicPreps introduce an -ing form that names a topic.
var topicPreps = gazetteer.Set("topicpreps")

// alleged reports whether the -ing trigger at i is what someone is
// accused of ("accusing X of siding with Y"): an allegation, not a fact.
func alleged(s Sentence, i int) bool {
	if i < 2 || s.Lower[i-1] != "of" || !strings.HasSuffix(s.Lower[i], "ing") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		w := s.Lower[k]
		if strings.HasPrefix(w, "accus") || strings.HasPrefix(w, "suspect") || strings.HasPrefix(w, "charg") {
			return true
		}
		if w == "," || w == ";" {
			return false
		}
	}
	return false
}

// governs reports whether the "to" at k completes a verb of wanting,
// trying or appealing ("hopes to", "urged Iran to", "failed to").
func (m *Matcher) governs(s Sentence, k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 5; j-- {
		w := s.Lower[j]
		if s.Tokens[j].IsCap() {
			continue // a word of a name, not counted: "the Rapid Support Forces were to start talks", "pressed the United Nations Security Council on Saturday to"
		}
		n++
		if m.in(s, gazetteer.NonFactual, j) {
			return true
		}
		for _, ti := range m.first[w] {
			if m.g.Triggers[ti].Type == "URGES" || m.g.Triggers[ti].Type == "THREATENS" {
				return true
			}
		}
	}
	return false
}

// gapActor returns the index of the government or organization mention
// covering token j ("expelled the French ambassador"), else -1.
func gapActor(s Sentence, j int) int {
	for k, x := range s.Mentions {
		if x.Start <= j && j < x.End && (x.Type == actorgraph.Government || x.Type == actorgraph.Organization) {
			return k
		}
	}
	return -1
}
