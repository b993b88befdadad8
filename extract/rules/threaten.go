package rules

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// threatenTo is the trigger of "A threatened to cut supplies to B".
var threatenTo = &gazetteer.Trigger{Type: actorgraph.Threatens, CAMEO: "130", Frame: "verb", Name: "THREATENS/verb/threaten-to"}

// threatenedActs reads a threat made with an infinitive: "A threatened to
// use force against B", "A threatened to cut water supplies to B". The
// first government, organization or person named in the infinitive's
// clause (within twelve words, before a clause break) is threatened; a
// threat that names no one ("threatened to close the strait") is none.
func (m *Matcher) threatenedActs(s Sentence) []Hit {
	var hits []Hit
	for j, w := range s.Lower {
		if j+2 >= len(s.Lower) || s.Lower[j+1] != "to" || !isThreaten(w) || !m.factual(s, j) {
			continue
		}
		o := occurrence{t: threatenTo, start: j, end: j + 2}
		subj := m.subject(s, o)
		if len(subj) == 0 {
			continue
		}
		for k := j + 2; k < len(s.Lower) && k <= j+14; k++ {
			if clauseBreak[s.Lower[k]] || s.Lower[k] == "," {
				break
			}
			x, ok := mentionAt(s, k)
			if !ok || x.Type == actorgraph.Negotiation || same(x, subj) {
				continue
			}
			for _, a := range subj {
				hits = append(hits, hit(a, x, actorgraph.Threatens, o, 0.5))
			}
			break
		}
	}
	return hits
}

// isThreaten reports whether w is a form of "threaten".
func isThreaten(w string) bool {
	switch w {
	case "threaten", "threatens", "threatened", "threatening":
		return true
	}
	return false
}

// mentionAt returns the mention that starts at token k, if any.
func mentionAt(s Sentence, k int) (Mention, bool) {
	for _, x := range s.Mentions {
		if x.Start == k {
			return x, true
		}
	}
	return Mention{}, false
}
