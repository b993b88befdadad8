package extract

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
)

// negotiationFor returns the actor of negotiation n: an earlier one it is
// compatible with (unless fresh, an indefinite mention: "a customs pact",
// which only its proper name joins to an earlier one), a new one if it
// says something specific, the latest one for a definite bare mention
// ("the talks"), else -1.
func (a *reader) negotiationFor(n *article.Talks, det string, fresh bool) int {
	if n.Specific() {
		for i := a.Actors.Len() - 1; i >= 0; i-- {
			if o := a.Actors.List[i].Talks; o != nil && compatible(o, n) && (!fresh || n.Label != "" && o.Label == n.Label) {
				mergeNeg(o, n)
				a.lastNeg = i
				return i
			}
		}
		i := a.Actors.For(actorgraph.Negotiation, "\x00neg"+strconv.Itoa(a.Actors.Len()))
		a.Actors.List[i].Talks = n
		a.lastNeg = i
		return i
	}
	if n.Head == "meeting" && det != "the" {
		return -1 // "a meeting", "his meeting with": no talks of the article
	}
	if last, ok := a.lastByClass[n.Class]; ok && det != "between" && det != "anchored" && (det == "the" || det == "these" || det == "those" || det == "its" || det == "their" || n.Class == "talks") {
		a.lastNeg = last // the latest of its class: a deal is not the talks that led to it
		return last
	}
	if n.Class == "talks" && n.Head != "process" && n.Head != "conference" && n.Head != "meeting" && det != "a" || det == "anchored" {
		i := a.Actors.For(actorgraph.Negotiation, "\x00neg"+strconv.Itoa(a.Actors.Len()))
		a.Actors.List[i].Talks = n
		a.lastNeg = i
		return i
	}
	return -1
}

func compatible(o, n *article.Talks) bool {
	if o.Class != n.Class {
		return false
	}
	same := func(x, y string) bool { return x == "" || y == "" || x == y }
	if !same(o.Year, n.Year) || !same(o.Venue, n.Venue) || !same(o.Label, n.Label) {
		return false
	}
	if len(o.Topics) > 0 && len(n.Topics) > 0 && !overlap(o.Topics, n.Topics) {
		return false
	}
	return true
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

func mergeNeg(o, n *article.Talks) {
	if o.Year == "" {
		o.Year = n.Year
	}
	if o.Venue == "" {
		o.Venue = n.Venue
	}
	if o.Label == "" {
		o.Label = n.Label
	}
	for _, t := range n.Topics {
		if !overlap(o.Topics, []string{t}) {
			o.Topics = append(o.Topics, t)
		}
	}
	if len(o.Parts) == 0 {
		o.Parts = n.Parts
	}
	if !o.Specific() || o.Head == "negotiation" {
		o.Head = n.Head
	}
}
