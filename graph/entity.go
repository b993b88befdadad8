package graph

import (
	"strings"

	"github.com/actorgraph/actorgraph"
)

// entity gathers what a batch says about one actor or negotiation node.
type entity struct {
	id      string
	typ     actorgraph.ActorType
	props   map[string]string
	aliases []string
}

// addEntities merges the valid actors of one extraction into ents and
// returns the names by which the extraction's relations refer to them.
func addEntities(ents map[string]*entity, actors []actorgraph.Actor) names {
	n := names{exact: map[string]string{}, fold: map[string]string{}}
	seen := map[string]bool{}
	for _, a := range actors {
		if !a.Type.Valid() || actorgraph.Slug(a.Name) == "" {
			continue
		}
		id := a.ID()
		e := ents[id]
		if e == nil {
			e = &entity{id: id, typ: a.Type, props: map[string]string{}}
			ents[id] = e
		}
		e.merge(a)
		if !seen[id] {
			seen[id] = true
			n.order = append(n.order, id)
		}
		n.exact[a.Name] = id
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			k := strings.ToLower(strings.TrimSpace(s))
			if _, taken := n.fold[k]; !taken && k != "" {
				n.fold[k] = id
			}
		}
	}
	return n
}

// merge adds what a says: non-empty properties win over earlier ones,
// aliases are a union in the order first seen.
func (e *entity) merge(a actorgraph.Actor) {
	name := a.Name
	if a.Key != "" {
		name = a.Key // the known person's own name; the text's spelling is an alias
		a.Aliases = append([]string{a.Name}, a.Aliases...)
	}
	for k, v := range map[string]string{
		"name": name, "role": a.Role, "affiliation": a.Affiliation,
		"iso3": a.ISO3, "kind": a.Kind, "topic": a.Topic, "venue": a.Venue,
	} {
		if v != "" {
			e.props[k] = v
		}
	}
	for _, al := range a.Aliases {
		if strings.TrimSpace(al) == "" || al == name || contains(e.aliases, al) {
			continue
		}
		e.aliases = append(e.aliases, al)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// row is the statement row of e.
func (e *entity) row() row {
	props := row{}
	for k, v := range e.props {
		props[k] = v
	}
	aliases := make([]any, len(e.aliases))
	for i, a := range e.aliases {
		aliases[i] = a
	}
	return row{"id": e.id, "props": props, "aliases": aliases}
}
