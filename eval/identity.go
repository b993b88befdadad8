package eval

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// Link says that, in one article, a predicted node stands for a gold actor
// or negotiation: the predicted actor matched it by name or alias, or was
// paired with it by shared relations.
type Link struct {
	// Gold names the gold actor or negotiation as "Name (Type)".
	Gold string
	// Node is the predicted actor's graph id (actorgraph.Actor.ID), the
	// key of the node the graph would write for it.
	Node string
}

// Identity measures, over a corpus, how predicted nodes line up with gold
// entities across articles (issue 20): one real-world thing should be one
// node, and two different things never one node.
//
// A gold entity is a gold name and type. Two negotiations are one entity
// only when their gold names are identical, so different negotiations in
// different articles stay different. Other gold actors of one type are one
// entity when their names are equal or the name of one is an alias of the
// other, case-insensitively ("Kim Jong-un" in one gold file, "Kim Jong
// Un" with the alias "Kim Jong-un" in another); the entity is named by the
// first of its gold names in byte order.
type Identity struct {
	// Repeated counts the gold entities named in two or more articles;
	// Nodes counts the predicted nodes that stand for a gold entity.
	Repeated, Nodes int
	// Splits are the repeated gold entities that became two or more
	// nodes; each part is a node.
	Splits []Spread
	// Merges are the nodes that stand for two or more gold entities; each
	// part is a gold entity.
	Merges []Spread
}

// Spread is one split or one merge: Name (a gold entity or a node) and
// what it spread over, sorted by name.
type Spread struct {
	Name  string
	Parts []Part
}

// Part is one node of a split or one gold entity of a merge, with the
// keys of the articles where it stands for the Spread's Name, sorted.
type Part struct {
	Name     string
	Articles []string
}

// entity is the name of a gold actor as a Link's Gold.
func entity(g actorgraph.Actor) string { return g.Name + " (" + string(g.Type) + ")" }

// linkNodes records the gold entities of the article and, for every
// predicted actor the graph would write, the gold entity it stands for.
func (a *Article) linkNodes(m matcher, gold, pred actorgraph.Extraction) {
	for _, g := range gold.Actors {
		a.Entities = append(a.Entities, entity(g))
	}
	for _, p := range pred.Actors {
		if !p.Type.Valid() || actorgraph.Slug(p.Name) == "" {
			continue // the graph writes no node for it
		}
		if i := m.findPred(p.Name, p.Type); i >= 0 {
			a.Links = append(a.Links, Link{Gold: entity(m.gold[i]), Node: p.ID()})
		}
	}
}

// spreadIndex maps a key to its parts, each to the articles where.
type spreadIndex map[string]map[string]map[string]bool

func (x spreadIndex) add(key, part, article string) {
	if x[key] == nil {
		x[key] = map[string]map[string]bool{}
	}
	if x[key][part] == nil {
		x[key][part] = map[string]bool{}
	}
	x[key][part][article] = true
}

// spreads returns the keys accepted by keep that have two or more parts,
// sorted by key.
func (x spreadIndex) spreads(keep func(string) bool) []Spread {
	var out []Spread
	for k, parts := range x {
		if len(parts) < 2 || !keep(k) {
			continue
		}
		s := Spread{Name: k}
		for p, arts := range parts {
			s.Parts = append(s.Parts, Part{Name: p, Articles: sortedKeys(arts)})
		}
		sort.Slice(s.Parts, func(i, j int) bool { return s.Parts[i].Name < s.Parts[j].Name })
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// measureIdentity finds the splits and merges over scored articles; same
// maps each gold actor's Link name to its entity (see sameEntities).
func measureIdentity(arts []Article, same map[string]string) Identity {
	named := map[string]map[string]bool{}
	byGold, byNode := spreadIndex{}, spreadIndex{}
	for _, a := range arts {
		for _, e := range a.Entities {
			if named[same[e]] == nil {
				named[same[e]] = map[string]bool{}
			}
			named[same[e]][a.Key] = true
		}
		for _, l := range a.Links {
			byGold.add(same[l.Gold], l.Node, a.Key)
			byNode.add(l.Node, same[l.Gold], a.Key)
		}
	}
	id := Identity{Nodes: len(byNode)}
	for _, arts := range named {
		if len(arts) >= 2 {
			id.Repeated++
		}
	}
	id.Splits = byGold.spreads(func(e string) bool { return len(named[e]) >= 2 })
	id.Merges = byNode.spreads(func(string) bool { return true })
	return id
}

// sameEntities maps the name of every gold actor, as in a Link, to the
// name of its entity, as Identity says: negotiations by identical name,
// other actors by name or alias equal to another's name.
func sameEntities(gold []actorgraph.Extraction) map[string]string {
	u := unionFind{}
	byName := map[string]string{} // lower-case entity name -> first seen
	for _, x := range gold {
		for _, g := range x.Actors {
			e := entity(g)
			u.union(e, e)
			if g.Type == actorgraph.Negotiation {
				continue
			}
			if f, ok := byName[strings.ToLower(e)]; ok {
				u.union(f, e)
			} else {
				byName[strings.ToLower(e)] = e
			}
		}
	}
	for _, x := range gold {
		for _, g := range x.Actors {
			if g.Type == actorgraph.Negotiation {
				continue
			}
			for _, al := range g.Aliases {
				if f, ok := byName[strings.ToLower(entity(actorgraph.Actor{Name: al, Type: g.Type}))]; ok {
					u.union(f, entity(g))
				}
			}
		}
	}
	out := make(map[string]string, len(u))
	for e := range u {
		out[e] = u.find(e)
	}
	return out
}

// unionFind maps an element to its parent; a root is the least element
// of its set in byte order.
type unionFind map[string]string

func (u unionFind) find(x string) string {
	for u[x] != x {
		x = u[x]
	}
	return x
}

// union joins the sets of a and b, adding them first if new.
func (u unionFind) union(a, b string) {
	for _, x := range []string{a, b} {
		if _, ok := u[x]; !ok {
			u[x] = x
		}
	}
	ra, rb := u.find(a), u.find(b)
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
}
