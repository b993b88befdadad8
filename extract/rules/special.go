package rules

import "github.com/actorgraph/actorgraph"

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

// delegation reads "the delegation included A, B and C" and "among those
// in the meeting were A and B": each takes part in the negotiation.
func (m *Matcher) delegation(s Sentence, lastNeg int) []Hit {
	n := negIn(s, lastNeg)
	if n < 0 {
		return nil
	}
	for j, w := range s.Lower {
		if w != "included" && w != "includes" && w != "include" && w != "were" {
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
		case "delegation", "delegations", "among", "team", "negotiators":
			return true
		}
	}
	return false
}
