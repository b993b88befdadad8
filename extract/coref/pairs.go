package coref

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
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
	{[]string{"the", "two", "parties"}, false},
	{[]string{"the", "warring", "parties"}, false},
	{[]string{"the", "warring", "sides"}, false},
	{[]string{"the", "parties"}, false},
	{[]string{"both", "nations"}, false},
	{[]string{"the", "two", "presidents"}, true},
	{[]string{"the", "two", "ministers"}, true},
	{[]string{"the", "two", "foreign", "ministers"}, true},
	{[]string{"the", "two", "nations"}, false},
	{[]string{"the", "two", "neighbours"}, false},
	{[]string{"the", "two", "neighbors"}, false},
	{[]string{"the", "two", "allies"}, false},
	{[]string{"the", "two", "rivals"}, false},
	{[]string{"both", "nations"}, false},
}

// notParties are plurals after "the two" that name no actors.
var notParties = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "hours": true, "sessions": true,
	"rounds": true, "decades": true, "times": true, "issues": true, "sides'": true, "documents": true, "texts": true, "drafts": true}

// personNouns after "the two" are persons.
var personNouns = map[string]bool{"leaders": true, "men": true, "women": true, "presidents": true, "ministers": true,
	"envoys": true, "negotiators": true, "diplomats": true, "officials": true, "premiers": true, "heads": true}

// twoPlural reads "the two producers", "both neighbours": any plural noun
// after "the two" or "both" that names no time or thing of the list above.
func (c *Resolver) twoPlural(s article.Sentence, i int) []struct {
	words   []string
	persons bool
} {
	k := i + 1
	if s.Lower[i] == "the" {
		if k >= len(s.Lower) || s.Lower[k] != "two" {
			return nil
		}
		k++
	}
	if k >= len(s.Lower) || s.Tokens[k].IsCap() || !isLowerWord(s.Lower[k]) || len(s.Lower[k]) < 4 ||
		!strings.HasSuffix(s.Lower[k], "s") || notParties[s.Lower[k]] {
		return nil
	}
	words := append([]string{}, s.Lower[i:k+1]...)
	return []struct {
		words   []string
		persons bool
	}{{words, personNouns[s.Lower[k]]}}
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
	for _, p := range bothPhrases {
		if i+len(p.words) <= len(low) && prefix(low[i:], p.words) {
			return c.pairAt(s, out, i, i+len(p.words), p.persons)
		}
	}
	if p := c.twoPlural(s, i); len(p) > 0 {
		return c.pairAt(s, out, i, i+len(p[0].words), p[0].persons)
	}
	return out, i
}

// pairAt adds the last pair of persons (or of other actors) as two
// mentions over tokens [i, end).
func (c *Resolver) pairAt(s article.Sentence, out []article.Mention, i, end int, persons bool) ([]article.Mention, int) {
	c.NotePairs(s, out, true) // "A met B as the two leaders clashed"
	pair, ok := c.pairs[persons]
	if !ok {
		return out, i
	}
	for _, actor := range pair {
		t := c.Actors.List[actor].Actor.Type
		out = append(out, article.Mention{Start: i, End: end, Actor: actor, Type: t, Kind: article.Name})
	}
	return out, end
}

func prefix(words, p []string) bool {
	for k, w := range p {
		if words[k] != w {
			return false
		}
	}
	return true
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
		case meetingWords[w]:
			meet = true
		case w == "the" || w == "with" || weekdays[w] || inModifier(s, out, k):
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

// meetingWords join the two parties of a meeting.
var meetingWords = map[string]bool{"met": true, "meets": true, "spoke": true, "speaks": true, "talked": true,
	"hosted": true, "hosts": true, "received": true, "phoned": true, "called": true}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "today": true, "yesterday": true}

func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}
