package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// finalNames returns the output name of every canonical actor that is
// kept; negotiations are named from what is known of them, and a
// negotiation with nothing to name it by is dropped.
func (a *article) finalNames(hits [][]rules.Hit) map[int]string {
	names := map[int]string{}
	byName := map[string]int{}
	related := a.related(hits)
	for i, r := range a.actors {
		if a.canon(i) != i {
			continue
		}
		if !r.used && !related[i] {
			continue // only ever a modifier: "a Chinese firm", "the Hanoi summit"
		}
		name := r.actor.Name
		if r.neg != nil {
			if !r.neg.specific() {
				r.neg.venue = a.hostVenue(i, hits)
			}
			if !r.neg.specific() {
				r.neg.parts = a.participants(i, hits)
			}
			if !r.neg.specific() {
				continue
			}
			name = r.neg.name()
			key := r.neg.withHead(r.neg.class).name() // "maritime talks" = "maritime negotiations"
			if j, ok := byName[key]; ok {
				r.alias = j
				continue
			}
			byName[key] = i
			r.actor.Key = a.negotiationKey(i, name, hits)
		}
		names[i] = name
	}
	return names
}

// hostVenue returns the capital of the government that hosts negotiation
// n ("Kenya hosted a summit": in Nairobi), or "".
func (a *article) hostVenue(n int, hits [][]rules.Hit) string {
	for _, hs := range hits {
		for _, h := range hs {
			if h.Target != n || h.Type != actorgraph.Mediates || !strings.Contains(h.Rule, "/host") {
				continue
			}
			src := a.actors[a.canon(h.Source)].actor
			name := src.Name
			if src.Type == actorgraph.Person {
				name = src.Affiliation
			}
			if e, ok := a.g.Entry(name); ok && e.Type == actorgraph.Government && e.Capital != "" {
				return e.Capital
			}
		}
	}
	return ""
}

// related returns the actors that are an end of a hit.
func (a *article) related(hits [][]rules.Hit) map[int]bool {
	m := map[int]bool{}
	for _, hs := range hits {
		for _, h := range hs {
			m[a.canon(h.Source)], m[a.canon(h.Target)] = true, true
		}
	}
	return m
}

// participants returns the short names of the governments and
// organizations that take part in negotiation n, in the order the article
// first names them.
func (a *article) participants(n int, hits [][]rules.Hit) []string {
	var idx []int
	seen := map[int]bool{}
	for _, hs := range hits {
		for _, h := range hs {
			src := a.canon(h.Source)
			if h.Target != n || h.Type != actorgraph.ParticipatesIn || seen[src] || a.actors[src].actor.Type == actorgraph.Person {
				continue
			}
			seen[src] = true
			idx = append(idx, src)
		}
	}
	sort.Ints(idx) // in the order the article names them
	var out []string
	for _, i := range idx {
		if e, ok := a.g.Entry(a.actors[i].actor.Name); ok {
			out = append(out, a.short(e))
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// output returns the kept actors, sorted by type and name.
func (a *article) output(names map[int]string) []actorgraph.Actor {
	out := []actorgraph.Actor{}
	for i, name := range names {
		r := a.actors[i]
		act := r.actor
		act.Name = name
		if act.Key == name {
			act.Key = "" // the name is the identity
		}
		if r.neg != nil {
			act.Topic = strings.Join(r.neg.topics, " ")
			act.Venue = r.neg.venue
		}
		for al := range r.aliases {
			if al != name {
				act.Aliases = append(act.Aliases, al)
			}
		}
		sort.Strings(act.Aliases)
		out = append(out, act)
	}
	slices.SortFunc(out, func(x, y actorgraph.Actor) int {
		if x.Type != y.Type {
			return cmp.Compare(typeRank(x.Type), typeRank(y.Type))
		}
		return strings.Compare(x.Name, y.Name)
	})
	return out
}

func typeRank(t actorgraph.ActorType) int {
	for i, x := range actorgraph.ActorTypes {
		if x == t {
			return i
		}
	}
	return len(actorgraph.ActorTypes)
}

// emitter collects the relations of an article, once per sentence.
type emitter struct {
	a     *article
	g     *gazetteer.Gazetteer
	names map[int]string
	seen  map[string]bool
	out   []actorgraph.Relation
}

// emit adds the relation of hit h in sentence si between src and dst,
// unless an end was dropped, it is internal to one side, or a duplicate.
func (e *emitter) emit(si, src, dst int, h rules.Hit, role string) {
	a := e.a
	s, okS := e.names[a.canon(src)]
	t, okT := e.names[a.canon(dst)]
	if !okS || !okT || s == t || role == "" && a.sameSide(a.canon(src), a.canon(dst), h.Type) {
		return
	}
	k := s + "\x00" + string(h.Type) + "\x00" + t + "\x00" + itoa(si)
	if e.seen[k] {
		return
	}
	e.seen[k] = true
	sp := a.spans[si]
	e.out = append(e.out, actorgraph.Relation{
		Source: s, Type: h.Type, Target: t, Evidence: sp.Text,
		Sentence: si, Start: sp.Start, End: sp.End,
		Weight: weight(e.g, h), CAMEO: h.CAMEO, Confidence: h.Confidence, Rule: h.Rule, Role: role,
	})
}

// relations converts the hits of every sentence, adds MEMBER_OF and
// ADVISES for persons with a role or affiliation, and sorts them.
func (a *article) relations(g *gazetteer.Gazetteer, hits [][]rules.Hit, names map[int]string) []actorgraph.Relation {
	e := &emitter{a: a, g: g, names: names, seen: map[string]bool{}, out: []actorgraph.Relation{}}
	for si, hs := range hits {
		for _, h := range hs {
			e.emit(si, h.Source, h.Target, h, "")
		}
	}
	for i := range names {
		r := a.actors[i]
		if r.actor.Type != actorgraph.Person || r.actor.Affiliation == "" || r.first < 0 {
			continue
		}
		aff := a.affilOf(i)
		if aff < 0 {
			continue
		}
		e.emit(r.first, i, aff, rules.Hit{Type: actorgraph.MemberOf, Rule: "MEMBER_OF/title", Confidence: 0.8}, r.actor.Role)
		if strings.Contains(strings.ToLower(r.actor.Role), "advis") {
			e.emit(r.first, i, aff, rules.Hit{Type: actorgraph.Advises, Rule: "ADVISES/title", Confidence: 0.7}, r.actor.Role)
		}
	}
	sortRelations(e.out)
	return e.out
}

func sortRelations(out []actorgraph.Relation) {
	// Sort positions, not the large relations, then place them.
	idx := make([]int32, len(out))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		x, y := &out[i], &out[j]
		if c := cmp.Compare(x.Sentence, y.Sentence); c != 0 {
			return c
		}
		if c := strings.Compare(x.Source, y.Source); c != 0 {
			return c
		}
		if c := strings.Compare(string(x.Type), string(y.Type)); c != 0 {
			return c
		}
		return strings.Compare(x.Target, y.Target)
	})
	sorted := make([]actorgraph.Relation, len(out))
	for k, i := range idx {
		sorted[k] = out[i]
	}
	copy(out, sorted)
}

// sameSide reports whether a relation links a person with their own
// government or organization, or two persons of the same one meeting:
// internal business, not an act between actors.
func (a *article) sameSide(x, y int, t actorgraph.RelType) bool {
	ax, ay := a.actors[x].actor, a.actors[y].actor
	if ax.Type == actorgraph.Person && ax.Affiliation == ay.Name || ay.Type == actorgraph.Person && ay.Affiliation == ax.Name {
		return true
	}
	return t == actorgraph.MeetsWith && ax.Type == actorgraph.Person && ay.Type == actorgraph.Person &&
		ax.Affiliation != "" && ax.Affiliation == ay.Affiliation
}

// weight is the Goldstein value of the hit's CAMEO code, else the type's.
func weight(g *gazetteer.Gazetteer, h rules.Hit) float64 {
	if w, ok := g.Goldstein[h.CAMEO]; ok && h.CAMEO != "" {
		return w
	}
	info, _ := h.Type.Info()
	return info.Goldstein
}
