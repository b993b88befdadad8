package coref

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// twoPlural reads "the two producers", "both neighbours" at token i: any
// plural noun after "the two" or "both" that names no time or thing
// (notparties). It returns the token after the noun and whether the noun
// names persons (personnouns).
func twoPlural(s article.Sentence, i int) (end int, persons, ok bool) {
	k := i + 1
	if s.Lower[i] == "the" {
		if k >= len(s.Lower) || s.Lower[k] != "two" {
			return 0, false, false
		}
		k++
	}
	if k+1 < len(s.Lower) && adjective(s, k) && plural(s, k+1) {
		k++ // "the two economic giants", "both nuclear-armed neighbours"
	}
	if k >= len(s.Lower) || !plural(s, k) {
		return 0, false, false
	}
	return k + 1, s.Words[k].In(gazetteer.PersonNouns), true
}

// plural reports whether token k is a lower-case plural noun that may
// name two actors: no time or thing of the notparties list.
func plural(s article.Sentence, k int) bool {
	return !s.Tokens[k].IsCap() && isLowerWord(s.Lower[k]) && len(s.Lower[k]) >= 4 &&
		strings.HasSuffix(s.Lower[k], "s") && !s.Words[k].In(gazetteer.NotParties)
}

// adjective reports whether token k may qualify the plural after it: a
// lower-case word, hyphenated or not, that is no plural itself.
func adjective(s article.Sentence, k int) bool {
	w := s.Lower[k]
	return !s.Tokens[k].IsCap() && s.Tokens[k].IsWord() && len(w) >= 3 && !strings.HasSuffix(w, "s") &&
		(isLowerWord(w) || strings.Contains(w, "-"))
}

// pairPhrase returns the number of tokens of the phrase of pairphrases
// ("the two leaders", "both sides") at token i, or 0.
func (c *Resolver) pairPhrase(s article.Sentence, i int) int {
	var buf [64]byte
	key := buf[:0] // the words so far, joined by "_" as in words.txt
	for n := 1; n <= 6 && i+n <= len(s.Lower); n++ {
		w := s.Lower[i+n-1]
		if strings.IndexByte(w, '_') >= 0 {
			return 0
		}
		if n > 1 {
			key = append(key, '_')
		}
		key = append(key, w...)
		if n > 1 && c.g.In(gazetteer.PairPhrases, string(key)) {
			return n
		}
	}
	return 0
}

// Both reads "the two leaders", "both sides" at token i of sentence s,
// whose mentions so far are out, as the two actors last named together:
// two mentions over the same words. It returns out with them and the
// token after the phrase, else out and i.
func (c *Resolver) Both(s article.Sentence, out []article.Mention, i int) ([]article.Mention, int) {
	low := s.Lower
	if low[i] != "the" && low[i] != "both" || low[i] == "the" && (i+1 >= len(low) || low[i+1] != "two" && low[i+1] != "warring" && low[i+1] != "parties") {
		return out, i // every phrase read here starts "the two", "the warring", "the parties" or "both"
	}
	if n := c.pairPhrase(s, i); n > 0 {
		return c.pairAt(s, out, i, i+n, s.Words[i+n-1].In(gazetteer.PersonNouns))
	}
	if end, persons, ok := twoPlural(s, i); ok {
		return c.pairAt(s, out, i, end, persons)
	}
	return out, i
}

// stateNouns end a pair phrase that names two governments ("both
// countries", "the two nations"): the last two governments named
// together, not a government and its army.
var stateNouns = gazetteer.Set("statenouns")

// pairAt adds the last pair of persons (or of other actors) as two
// mentions over tokens [i, end).
func (c *Resolver) pairAt(s article.Sentence, out []article.Mention, i, end int, persons bool) ([]article.Mention, int) {
	c.NotePairs(s, out, true) // "A met B as the two leaders clashed"
	pair, ok := c.pairs[persons]
	if stateNouns[s.Lower[end-1]] {
		pair, ok = c.govPair, c.govPair != [2]int{}
	}
	if !ok {
		return out, i
	}
	for _, actor := range pair {
		t := c.d.Actors.List[actor].Actor.Type
		out = append(out, article.Mention{Start: i, End: end, Actor: actor, Type: t, Kind: article.Name})
	}
	return out, end
}

// NotePairs remembers the last two acting actors joined by "and" or by a
// meeting verb in sentence s, whose mentions are out, by whether they are persons. With
// meetOnly, only a meeting counts: in "A and B urged both sides", both
// sides are not A and B.
func (c *Resolver) NotePairs(s article.Sentence, out []article.Mention, meetOnly bool) {
	prev := -1
	for k, y := range out {
		if !y.Acts() {
			continue // modifiers lie inside: "met Ugandan President B"
		}
		p := prev
		prev = k
		if p < 0 {
			continue
		}
		x := out[p]
		if x.Actor == y.Actor || x.Kind == article.Pronoun || y.Kind == article.Pronoun ||
			x.Type == actorgraph.Negotiation || y.Type == actorgraph.Negotiation ||
			(x.Type == actorgraph.Person) != (y.Type == actorgraph.Person) {
			continue
		}
		if and, meet := joined(s, out, x.End, y.Start); meet || and && !meetOnly {
			c.pairs[x.Type == actorgraph.Person] = [2]int{x.Actor, y.Actor}
			if x.Type == actorgraph.Government && y.Type == actorgraph.Government {
				c.govPair = [2]int{x.Actor, y.Actor}
			}
		}
	}
}

// joined reports whether tokens [i, j) join two mentions by "and" (with
// "the" or modifiers around it), or by a meeting verb ("A met B", "A spoke
// Monday with B").
func joined(s article.Sentence, out []article.Mention, i, j int) (and, meet bool) {
	for k := i; k < j; k++ {
		switch w := s.Lower[k]; {
		case w == "and":
			and = true
		case s.Words[k].In(gazetteer.MeetingWords):
			meet = true
		case w == "the" || w == "with" || s.Words[k].In(gazetteer.Weekdays) || inModifier(s, out, k):
		default:
			return false, false
		}
	}
	return and, meet
}

// inModifier reports whether token k lies in a modifier mention.
func inModifier(s article.Sentence, out []article.Mention, k int) bool {
	for _, m := range out {
		if m.Kind == article.Modifier && m.Start <= k && k < m.End {
			return true
		}
	}
	return false
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}
