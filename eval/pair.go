package eval

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// A link is one relation seen from one of its ends: the key of the other
// end and the type. Direction is left out: MODEL.md pairs negotiations by
// "same other end and type".
type link struct {
	other string
	t     actorgraph.RelType
}

// linksByEnd returns, for every end key of rels (as end resolves it), the
// set of links of the relations touching it. A relation from an end to
// itself gives no link.
func linksByEnd(rels []actorgraph.Relation, end func(string) string) map[string]map[link]bool {
	out := map[string]map[link]bool{}
	add := func(k, other string, t actorgraph.RelType) {
		if k == other {
			return
		}
		if out[k] == nil {
			out[k] = map[link]bool{}
		}
		out[k][link{other, t}] = true
	}
	for _, r := range rels {
		s, d := end(r.Source), end(r.Target)
		add(s, d, r.Type)
		add(d, s, r.Type)
	}
	return out
}

// shared counts the links in both a and b.
func shared(a, b map[link]bool) int {
	n := 0
	for l := range a {
		if b[l] {
			n++
		}
	}
	return n
}

// pairing is a predicted negotiation paired with a gold one by the
// relations they share.
type pairing struct {
	pred   int // index in the predicted actors
	gold   int // index in the gold actors
	shared int // relations shared: same other end and type
}

// pairNegotiations pairs, one to one, each predicted negotiation whose
// name matches no gold negotiation's name or alias with the gold
// negotiation of the article, not itself matched by name, with which it
// shares the most relations (same other end and type, either direction;
// other ends as matched by name). A pair needs at least one shared
// relation. Candidates are taken greedily: more shared relations first;
// on a tie, the gold negotiation listed first in the gold file, then the
// predicted one listed first in the prediction. So the result does not
// depend on map order.
func pairNegotiations(m matcher, gold, pred actorgraph.Extraction, predType map[string]actorgraph.ActorType) []pairing {
	free, open := m.openNegotiations(pred.Actors)
	if len(free) == 0 || len(open) == 0 {
		return nil
	}
	gl := linksByEnd(gold.Relations, func(n string) string { return m.end(n, "") })
	pl := linksByEnd(pred.Relations, func(n string) string { return m.end(n, predType[strings.ToLower(n)]) })
	var cands []pairing
	for _, gi := range free {
		for _, pi := range open {
			key := m.end(pred.Actors[pi].Name, actorgraph.Negotiation)
			if n := shared(pl[key], gl[m.gold[gi].Name]); n > 0 {
				cands = append(cands, pairing{pred: pi, gold: gi, shared: n})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].shared > cands[j].shared })
	var out []pairing
	usedG, usedP := map[int]bool{}, map[int]bool{}
	for _, c := range cands {
		if !usedG[c.gold] && !usedP[c.pred] {
			usedG[c.gold], usedP[c.pred] = true, true
			out = append(out, c)
		}
	}
	return out
}

// openNegotiations returns the gold negotiations that no predicted
// negotiation names (by name or alias), in gold order, and the predicted
// negotiations that name no gold one, in predicted order (one per name,
// case-insensitively).
func (m matcher) openNegotiations(pred []actorgraph.Actor) (free, open []int) {
	named := map[int]bool{}
	seen := map[string]bool{}
	for i, p := range pred {
		if p.Type != actorgraph.Negotiation {
			continue
		}
		if g := m.find(p.Name, p.Type); g >= 0 {
			named[g] = true
		} else if k := strings.ToLower(p.Name); !seen[k] {
			seen[k] = true
			open = append(open, i)
		}
	}
	for i, g := range m.gold {
		if g.Type == actorgraph.Negotiation && !named[i] {
			free = append(free, i)
		}
	}
	return free, open
}
