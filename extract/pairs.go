package extract

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// bothPhrases refer back to two actors named together; the bool says
// whether they are persons.
var bothPhrases = []struct {
	words   []string
	persons bool
}{
	{[]string{"the", "two", "leaders"}, true},
	{[]string{"the", "two", "men"}, true},
	{[]string{"both", "leaders"}, true},
	{[]string{"the", "two", "countries"}, false},
	{[]string{"the", "two", "governments"}, false},
	{[]string{"the", "two", "sides"}, false},
	{[]string{"both", "countries"}, false},
	{[]string{"both", "governments"}, false},
	{[]string{"both", "sides"}, false},
	{[]string{"both", "parties"}, false},
}

// both reads "the two leaders", "both sides" at token i as the two actors
// last named together: two mentions over the same words.
func (a *article) both(sc *scan, i int) int {
	low := sc.s.Lower
	for _, p := range bothPhrases {
		if i+len(p.words) > len(low) || !prefix(low[i:], p.words) {
			continue
		}
		pair, ok := a.pairs[p.persons]
		if !ok {
			return i
		}
		end := i + len(p.words)
		for _, actor := range pair {
			t := a.actors[actor].actor.Type
			sc.out = append(sc.out, rules.Mention{Start: i, End: end, Actor: actor, Type: t, Kind: rules.Name})
		}
		return end
	}
	return i
}

func prefix(words, p []string) bool {
	for k, w := range p {
		if words[k] != w {
			return false
		}
	}
	return true
}

// notePairs remembers the last two acting actors joined by "and" in the
// sentence, by whether they are persons.
func (a *article) notePairs(sc *scan) {
	ms := sc.out
	for k := 1; k < len(ms); k++ {
		x, y := ms[k-1], ms[k]
		if !x.Acts() || !y.Acts() || x.Actor == y.Actor || x.Kind == rules.Pronoun || y.Kind == rules.Pronoun ||
			x.Type == actorgraph.Negotiation || y.Type == actorgraph.Negotiation ||
			(x.Type == actorgraph.Person) != (y.Type == actorgraph.Person) || !joinedByAnd(sc.s, x.End, y.Start) {
			continue
		}
		a.pairs[x.Type == actorgraph.Person] = [2]int{x.Actor, y.Actor}
	}
}

// joinedByAnd reports whether tokens [i, j) are "and", with "the" or
// modifiers around it.
func joinedByAnd(s rules.Sentence, i, j int) bool {
	and := false
	for k := i; k < j; k++ {
		switch s.Lower[k] {
		case "and":
			and = true
		case "the":
		default:
			return false
		}
	}
	return and
}
