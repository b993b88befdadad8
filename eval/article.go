package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// matcher finds the gold actor a predicted name refers to.
type matcher struct {
	gold []actorgraph.Actor
	// paired maps the lower-case name of a predicted negotiation paired
	// by its relations (see pairNegotiations) to its gold actor's index.
	paired map[string]int
}

// find returns the index of the gold actor whose name or alias equals
// name (case-insensitively) and whose type is t ("" for any), or -1.
func (m matcher) find(name string, t actorgraph.ActorType) int {
	for i, g := range m.gold {
		if t != "" && g.Type != t {
			continue
		}
		if strings.EqualFold(g.Name, name) {
			return i
		}
		for _, al := range g.Aliases {
			if strings.EqualFold(al, name) {
				return i
			}
		}
	}
	return -1
}

// findPred is find for a predicted name: a negotiation paired by its
// relations stands for its pair.
func (m matcher) findPred(name string, t actorgraph.ActorType) int {
	if t == actorgraph.Negotiation {
		if i, ok := m.paired[strings.ToLower(name)]; ok {
			return i
		}
	}
	return m.find(name, t)
}

// ScoreArticle scores one predicted extraction against its gold one. A
// predicted negotiation whose name matches no gold one is first paired
// with a gold negotiation by the relations they share (see
// pairNegotiations) and then scored as that one.
func ScoreArticle(gold, pred actorgraph.Extraction) Article {
	a := Article{Key: Key(gold), HasGold: true, ByType: map[actorgraph.RelType]Counts{}}
	predType := map[string]actorgraph.ActorType{}
	for _, p := range pred.Actors {
		predType[strings.ToLower(p.Name)] = p.Type
	}
	m := matcher{gold: gold.Actors, paired: map[string]int{}}
	for _, p := range pairNegotiations(m, gold, pred, predType) {
		name := pred.Actors[p.pred].Name
		m.paired[strings.ToLower(name)] = p.gold
		a.Paired = append(a.Paired, fmt.Sprintf("%s -> %s (%d shared)", name, m.gold[p.gold].Name, p.shared))
	}
	a.scoreActors(m, gold, pred)
	a.linkNodes(m, gold, pred)
	a.scoreRelations(m, gold, pred, predType)
	return a
}

// scoreActors counts predicted actors against gold ones; a gold actor
// matched twice counts once, the second prediction as spurious.
func (a *Article) scoreActors(m matcher, gold, pred actorgraph.Extraction) {
	matched := make([]bool, len(gold.Actors))
	for _, p := range pred.Actors {
		i := m.findPred(p.Name, p.Type)
		if i >= 0 && !matched[i] {
			matched[i] = true
			a.Actors.TP++
			continue
		}
		a.Actors.FP++
		a.SpuriousActors = append(a.SpuriousActors, p.Name+" ("+string(p.Type)+")")
	}
	for i, g := range gold.Actors {
		if !matched[i] {
			a.Actors.FN++
			a.MissedActors = append(a.MissedActors, g.Name+" ("+string(g.Type)+")")
		}
	}
}

// end maps a relation end to a key: the name of the gold actor it
// matches, else "?" and the lower-case name.
func (m matcher) end(name string, t actorgraph.ActorType) string {
	return m.key(name, m.find(name, t))
}

// endPred is end for a predicted relation end (see findPred).
func (m matcher) endPred(name string, t actorgraph.ActorType) string {
	return m.key(name, m.findPred(name, t))
}

func (m matcher) key(name string, i int) string {
	if i >= 0 {
		return m.gold[i].Name
	}
	return "?" + strings.ToLower(name)
}

type triple struct {
	src, dst string
	t        actorgraph.RelType
}

func (x triple) pair() [2]string {
	if x.src > x.dst {
		return [2]string{x.dst, x.src}
	}
	return [2]string{x.src, x.dst}
}

func (x triple) norm() triple {
	if x.t.Symmetric() && x.src > x.dst {
		x.src, x.dst = x.dst, x.src
	}
	return x
}

func (x triple) String() string { return x.src + " " + string(x.t) + " " + x.dst }

func (a *Article) scoreRelations(m matcher, gold, pred actorgraph.Extraction, predType map[string]actorgraph.ActorType) {
	g := map[triple]bool{}
	for _, r := range gold.Relations {
		g[triple{m.end(r.Source, ""), m.end(r.Target, ""), r.Type}.norm()] = true
	}
	p := map[triple]bool{}
	for _, r := range pred.Relations {
		s := m.endPred(r.Source, predType[strings.ToLower(r.Source)])
		t := m.endPred(r.Target, predType[strings.ToLower(r.Target)])
		p[triple{s, t, r.Type}.norm()] = true
	}
	a.Relations = a.compare(g, p)
	gp, pp := map[[2]string]bool{}, map[[2]string]bool{}
	for x := range g {
		gp[x.pair()] = true
	}
	for x := range p {
		pp[x.pair()] = true
	}
	for k := range pp {
		if gp[k] {
			a.Pairs.TP++
		} else {
			a.Pairs.FP++
		}
	}
	for k := range gp {
		if !pp[k] {
			a.Pairs.FN++
		}
	}
}

// compare counts predicted triples p against gold triples g, per type too.
func (a *Article) compare(g, p map[triple]bool) Counts {
	var c Counts
	bump := func(t actorgraph.RelType, f func(*Counts)) {
		x := a.ByType[t]
		f(&x)
		a.ByType[t] = x
	}
	for x := range p {
		if g[x] {
			c.TP++
			bump(x.t, func(c *Counts) { c.TP++ })
			continue
		}
		c.FP++
		bump(x.t, func(c *Counts) { c.FP++ })
		a.SpuriousRelations = append(a.SpuriousRelations, x.String())
	}
	for x := range g {
		if !p[x] {
			c.FN++
			bump(x.t, func(c *Counts) { c.FN++ })
			a.MissedRelations = append(a.MissedRelations, x.String())
		}
	}
	sort.Strings(a.SpuriousRelations)
	sort.Strings(a.MissedRelations)
	return c
}
