package coref

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
)

// Negotiation returns the actor of negotiation n, read with determiner
// det (fresh for an indefinite mention), and remembers it as the latest
// of its class; -1 if the mention is no negotiation of the article.
func (c *Resolver) Negotiation(n *article.Talks, det string, fresh bool) int {
	i := c.negotiationFor(n, det, fresh)
	if i >= 0 {
		c.lastByClass[c.d.Actors.List[i].Talks.Class] = i
	}
	return i
}

// negotiationFor returns the actor of negotiation n: an earlier one it is
// compatible with (unless fresh, an indefinite mention: "a customs pact",
// which only its proper name joins to an earlier one), a new one if it
// says something specific, the latest one for a definite bare mention
// ("the talks"), else -1.
func (c *Resolver) negotiationFor(n *article.Talks, det string, fresh bool) int {
	if n.Specific() {
		for i := c.d.Actors.Len() - 1; i >= 0; i-- {
			if o := c.d.Actors.List[i].Talks; o != nil && compatible(o, n) && (!fresh || n.Label != "" && o.Label == n.Label) {
				mergeNeg(o, n)
				return i
			}
		}
		i := c.d.Actors.For(actorgraph.Negotiation, "\x00neg"+strconv.Itoa(c.d.Actors.Len()))
		c.d.Actors.List[i].Talks = n
		return i
	}
	if n.Head == "meeting" && det != "the" {
		return -1 // "a meeting", "his meeting with": no talks of the article
	}
	if last, ok := c.lastByClass[n.Class]; ok && det != "between" && det != "anchored" && (det == "the" || det == "these" || det == "those" || det == "its" || det == "their" || n.Class == "talks") {
		// the latest of its class: a deal is not the talks that led to it
		return last
	}
	if n.Class == "talks" && n.Head != "process" && n.Head != "conference" && n.Head != "meeting" && det != "a" || det == "anchored" {
		i := c.d.Actors.For(actorgraph.Negotiation, "\x00neg"+strconv.Itoa(c.d.Actors.Len()))
		c.d.Actors.List[i].Talks = n
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
