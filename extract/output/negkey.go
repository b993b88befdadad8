package output

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
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
func (a *builder) negotiationKey(i int, name string, hits [][]article.Hit) string {
	n := a.Actors.List[i].Talks
	if n.Label != "" {
		p := *n
		p.Venue, p.Year, p.Parts = "", "", nil
		return p.Name()
	}
	year := n.Year
	if year == "" && len(a.Date) >= 4 {
		year = a.Date[:4]
	}
	parties := a.parties(i, hits)
	if len(parties) >= 2 {
		w := append([]string{strings.Join(parties, "-")}, n.Topics...)
		w = append(w, n.Class)
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
func (a *builder) parties(i int, hits [][]article.Hit) []string {
	seen := map[string]bool{}
	for _, p := range a.Actors.List[i].Talks.Parts {
		seen[p] = true
	}
	for _, hs := range hits {
		for _, h := range hs {
			src := a.Actors.List[a.Actors.Canon(h.Source)].Actor
			if a.Actors.Canon(h.Target) != i || h.Type != actorgraph.ParticipatesIn || src.Type == actorgraph.Person {
				continue
			}
			if e, ok := a.g.Entry(src.Name); ok {
				seen[a.g.Short(e)] = true
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
func (a *builder) scope() string {
	sum := sha256.Sum256([]byte(a.ID))
	h := hex.EncodeToString(sum[:4])
	if a.Date == "" {
		return h
	}
	return a.Date + ", " + h
}
