package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph"
)

// negotiationFor returns the actor of negotiation n: an earlier one it is
// compatible with (unless fresh, an indefinite mention: "a customs pact",
// which only its proper name joins to an earlier one), a new one if it
// says something specific, the latest one for a definite bare mention
// ("the talks"), else -1.
func (a *article) negotiationFor(n *negotiation, det string, fresh bool) int {
	if n.specific() {
		for i := len(a.actors) - 1; i >= 0; i-- {
			if o := a.actors[i].neg; o != nil && compatible(o, n) && (!fresh || n.label != "" && o.label == n.label) {
				mergeNeg(o, n)
				a.lastNeg = i
				return i
			}
		}
		i := a.actorFor(actorgraph.Negotiation, "\x00neg"+itoa(len(a.actors)))
		a.actors[i].neg = n
		a.lastNeg = i
		return i
	}
	if n.head == "meeting" && det != "the" {
		return -1 // "a meeting", "his meeting with": no talks of the article
	}
	if last, ok := a.lastByClass[n.class]; ok && det != "between" && det != "anchored" && (det == "the" || det == "these" || det == "those" || det == "its" || det == "their" || n.class == "talks") {
		a.lastNeg = last // the latest of its class: a deal is not the talks that led to it
		return last
	}
	if n.class == "talks" && n.head != "process" && n.head != "conference" && n.head != "meeting" && det != "a" || det == "anchored" {
		i := a.actorFor(actorgraph.Negotiation, "\x00neg"+itoa(len(a.actors)))
		a.actors[i].neg = n
		a.lastNeg = i
		return i
	}
	return -1
}

func compatible(o, n *negotiation) bool {
	if o.class != n.class {
		return false
	}
	same := func(x, y string) bool { return x == "" || y == "" || x == y }
	if !same(o.year, n.year) || !same(o.venue, n.venue) || !same(o.label, n.label) {
		return false
	}
	if len(o.topics) > 0 && len(n.topics) > 0 && !overlap(o.topics, n.topics) {
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

func mergeNeg(o, n *negotiation) {
	if o.year == "" {
		o.year = n.year
	}
	if o.venue == "" {
		o.venue = n.venue
	}
	if o.label == "" {
		o.label = n.label
	}
	for _, t := range n.topics {
		if !overlap(o.topics, []string{t}) {
			o.topics = append(o.topics, t)
		}
	}
	if len(o.parts) == 0 {
		o.parts = n.parts
	}
	if !o.specific() || o.head == "negotiation" {
		o.head = n.head
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
