package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// negotiationKey returns the identity of negotiation i across articles
// (docs/extraction.md, "Identity"): a generic phrase such as "peace talks"
// or "Washington talks" is never one.
//   - A proper name ("AUKUS partnership") is its own identity.
//   - Else the parties (the governments and organizations the name joins
//     or that take part in it), ordered by name, with the topics, the class
//     of the head ("talks" or "deal") and the year (the negotiation's own,
//     else the article's): "Armenia-Azerbaijan peace talks 2023". Mentions
//     of one process merge across articles within that year.
//   - A negotiation with fewer than two known parties cannot be told from
//     another with the same words, so it is an identity of its article
//     only: "peace talks (2023-05-04, 1a2b3c4d)".
func (a *article) negotiationKey(i int, name string, hits [][]rules.Hit) string {
	n := a.actors[i].neg
	if n.label != "" {
		p := *n
		p.venue, p.year, p.parts = "", "", nil
		return p.name()
	}
	year := n.year
	if year == "" && len(a.date) >= 4 {
		year = a.date[:4]
	}
	parties := a.parties(i, hits)
	if len(parties) >= 2 {
		w := append([]string{strings.Join(parties, "-")}, n.topics...)
		w = append(w, n.class)
		if year != "" {
			w = append(w, year)
		}
		return strings.Join(w, " ")
	}
	return name + " (" + a.scope() + ")"
}

// parties returns the short names of the governments and organizations
// that negotiation i joins in its name ("US-China") or that take part in
// it, sorted.
func (a *article) parties(i int, hits [][]rules.Hit) []string {
	seen := map[string]bool{}
	for _, p := range a.actors[i].neg.parts {
		seen[p] = true
	}
	for _, hs := range hits {
		for _, h := range hs {
			src := a.actors[a.canon(h.Source)].actor
			if a.canon(h.Target) != i || h.Type != actorgraph.ParticipatesIn || src.Type == actorgraph.Person {
				continue
			}
			if e, ok := a.g.Entry(src.Name); ok {
				seen[a.short(e)] = true
			} else {
				seen[src.Name] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// scope names this article for identities that hold in it only: its date
// and eight hex digits of a hash of its id.
func (a *article) scope() string {
	sum := sha256.Sum256([]byte(a.id))
	h := hex.EncodeToString(sum[:4])
	if a.date == "" {
		return h
	}
	return a.date + ", " + h
}
