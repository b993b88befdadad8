package output

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// builder is the state of the output stage for one article.
type builder struct {
	*article.Doc
	g *gazetteer.Gazetteer
}

// Build returns the actors and relations of an article, given the hits
// of the frames in each of its sentences. Actors are sorted by type and
// name, relations by sentence, source, type and target.
func Build(d *article.Doc, g *gazetteer.Gazetteer, hits [][]article.Hit) ([]actorgraph.Actor, []actorgraph.Relation) {
	a := &builder{Doc: d, g: g}
	names := a.finalNames(hits)
	return a.output(names), a.relations(g, hits, names)
}

// finalNames returns the output name of every canonical actor that is
// kept; negotiations are named from what is known of them, and a
// negotiation with nothing to name it by is dropped.
func (a *builder) finalNames(hits [][]article.Hit) map[int]string {
	names := map[int]string{}
	byName := map[string]int{}
	related := a.related(hits)
	for i, r := range a.Actors.List {
		if a.Actors.Canon(i) != i {
			continue
		}
		if !r.Used && !related[i] {
			continue // only ever a modifier: "a Chinese firm", "the Hanoi summit"
		}
		name := apostrophed(r)
		if r.Talks != nil {
			if !r.Talks.Specific() {
				r.Talks.Venue = a.hostVenue(i, hits)
			}
			if !r.Talks.Specific() {
				r.Talks.Parts = a.participants(i, hits)
			}
			if !r.Talks.Specific() {
				continue
			}
			name = r.Talks.Name()
			key := r.Talks.WithHead(r.Talks.Class).Name() // "maritime talks" = "maritime negotiations"
			if j, ok := byName[key]; ok {
				r.Alias = j
				continue
			}
			byName[key] = i
			r.Actor.Key = a.negotiationKey(i, name, hits)
		}
		names[i] = name
	}
	return names
}

// apostrophed returns the actor's name as the text writes it when the
// dictionary drops its apostrophes: "Tigray Peoples Liberation Front" is
// written "Tigray People's Liberation Front" (the same node: identity
// ignores apostrophes).
func apostrophed(r *article.Record) string {
	name := r.Actor.Name
	if strings.ContainsAny(name, "'’") {
		return name
	}
	best := ""
	for al := range r.Aliases {
		al = strings.ReplaceAll(al, "’", "'")
		if strings.Contains(al, "'") && !strings.HasSuffix(al, "'") && strings.ReplaceAll(al, "'", "") == name && (best == "" || al < best) {
			best = al
		}
	}
	if best == "" {
		return name
	}
	return best
}

// hostVenue returns the capital of the government that hosts negotiation
// n ("Kenya hosted a summit": in Nairobi), or "".
func (a *builder) hostVenue(n int, hits [][]article.Hit) string {
	for _, hs := range hits {
		for _, h := range hs {
			if h.Target != n || h.Type != actorgraph.Mediates || !strings.Contains(h.Rule, "/host") {
				continue
			}
			src := a.Actors.List[a.Actors.Canon(h.Source)].Actor
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
func (a *builder) related(hits [][]article.Hit) map[int]bool {
	m := map[int]bool{}
	for _, hs := range hits {
		for _, h := range hs {
			m[a.Actors.Canon(h.Source)], m[a.Actors.Canon(h.Target)] = true, true
		}
	}
	return m
}

// participants returns the short names of the governments and
// organizations that take part in negotiation n, in the order the article
// first names them.
func (a *builder) participants(n int, hits [][]article.Hit) []string {
	var idx []int
	seen := map[int]bool{}
	for _, hs := range hits {
		for _, h := range hs {
			src := a.Actors.Canon(h.Source)
			if h.Target != n || h.Type != actorgraph.ParticipatesIn || seen[src] || a.Actors.List[src].Actor.Type == actorgraph.Person {
				continue
			}
			seen[src] = true
			idx = append(idx, src)
		}
	}
	sort.Ints(idx) // in the order the article names them
	var out []string
	for _, i := range idx {
		if e, ok := a.g.Entry(a.Actors.List[i].Actor.Name); ok {
			out = append(out, a.g.Short(e))
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// output returns the kept actors, sorted by type and name.
func (a *builder) output(names map[int]string) []actorgraph.Actor {
	out := []actorgraph.Actor{}
	for i, name := range names {
		r := a.Actors.List[i]
		act := r.Actor
		act.Name = name
		if act.Key == name {
			act.Key = "" // the name is the identity
		}
		if r.Talks != nil {
			act.Topic = strings.Join(r.Talks.Topics, " ")
			act.Venue = r.Talks.Venue
		}
		for al := range r.Aliases {
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
	a     *builder
	g     *gazetteer.Gazetteer
	names map[int]string
	seen  map[string]bool
	out   []actorgraph.Relation
}

// emit adds the relation of hit h in sentence si between src and dst,
// unless an end was dropped, it is internal to one side, or a duplicate.
func (e *emitter) emit(si, src, dst int, h article.Hit, role string) {
	a := e.a
	s, okS := e.names[a.Actors.Canon(src)]
	t, okT := e.names[a.Actors.Canon(dst)]
	if !okS || !okT || s == t || role == "" && a.sameSide(a.Actors.Canon(src), a.Actors.Canon(dst), h.Type) {
		return
	}
	k := s + "\x00" + string(h.Type) + "\x00" + t + "\x00" + strconv.Itoa(si)
	if e.seen[k] {
		return
	}
	e.seen[k] = true
	sp := a.Spans[si]
	e.out = append(e.out, actorgraph.Relation{
		Source: s, Type: h.Type, Target: t, Evidence: sp.Text,
		Sentence: si, Start: sp.Start, End: sp.End,
		Weight: weight(e.g, h), CAMEO: h.CAMEO, Confidence: h.Confidence, Rule: h.Rule, Role: role,
	})
}

// relations converts the hits of every sentence, adds MEMBER_OF and
// ADVISES for persons with a role or affiliation, and sorts them.
func (a *builder) relations(g *gazetteer.Gazetteer, hits [][]article.Hit, names map[int]string) []actorgraph.Relation {
	e := &emitter{a: a, g: g, names: names, seen: map[string]bool{}, out: []actorgraph.Relation{}}
	for si, hs := range hits {
		for _, h := range hs {
			e.emit(si, h.Source, h.Target, h, "")
		}
	}
	for i := range names {
		r := a.Actors.List[i]
		if r.Actor.Type != actorgraph.Person || r.Actor.Affiliation == "" || r.First < 0 {
			continue
		}
		aff := a.Actors.AffilOf(i)
		if aff < 0 {
			continue
		}
		e.emit(r.First, i, aff, article.Hit{Type: actorgraph.MemberOf, Rule: "MEMBER_OF/title", Confidence: 0.8}, r.Actor.Role)
		if strings.Contains(strings.ToLower(r.Actor.Role), "advis") {
			to := aff
			if p := a.advisedPerson(r.First, i); p >= 0 {
				to = p // "the national security adviser to Prime Minister X": X
			}
			e.emit(r.First, i, to, article.Hit{Type: actorgraph.Advises, Rule: "ADVISES/title", Confidence: 0.7}, r.Actor.Role)
		}
	}
	sortRelations(e.out)
	return e.out
}

// advisedPerson returns the person an adviser of sentence si advises when
// the sentence names one: "adviser to" (or "advisor to") followed, past
// up to four words of a title, by a person other than the adviser; else
// -1.
func (a *builder) advisedPerson(si, adviser int) int {
	if si < 0 || si >= len(a.Sents) {
		return -1
	}
	s := a.Sents[si]
	for j := 0; j+1 < len(s.Lower); j++ {
		if w := s.Lower[j]; (w != "adviser" && w != "advisor") || s.Lower[j+1] != "to" {
			continue
		}
		for _, m := range s.Mentions {
			if m.Start > j+1 && m.Start <= j+6 && m.Type == actorgraph.Person && m.Kind == article.Person &&
				a.Actors.Canon(m.Actor) != a.Actors.Canon(adviser) {
				return a.Actors.Canon(m.Actor)
			}
		}
	}
	return -1
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
func (a *builder) sameSide(x, y int, t actorgraph.RelType) bool {
	ax, ay := a.Actors.List[x].Actor, a.Actors.List[y].Actor
	if ax.Type == actorgraph.Person && ax.Affiliation == ay.Name || ay.Type == actorgraph.Person && ay.Affiliation == ax.Name {
		return true
	}
	return t == actorgraph.MeetsWith && ax.Type == actorgraph.Person && ay.Type == actorgraph.Person &&
		ax.Affiliation != "" && ax.Affiliation == ay.Affiliation
}

// weight is the Goldstein value of the hit's CAMEO code, else the type's.
func weight(g *gazetteer.Gazetteer, h article.Hit) float64 {
	if w, ok := g.Goldstein[h.CAMEO]; ok && h.CAMEO != "" {
		return w
	}
	info, _ := h.Type.Info()
	return info.Goldstein
}
