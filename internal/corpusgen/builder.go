package corpusgen

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// builder writes one article and records what it states.
type builder struct {
	g      *Generator
	rng    *rand.Rand
	govs   [4]int    // g1..g4: indexes into countries
	people [4]person // p1..p4; p4 advises p1 and is named without a title
	org    organization
	topic  topic
	venue  string

	text      strings.Builder
	sentences int
	words     int
	seen      map[string]bool // slots already named in the text
	actors    map[string]actorgraph.Actor
	rels      []actorgraph.Relation
	queues    map[string][]*template
}

// newBuilder draws the cast of one article.
func newBuilder(g *Generator, rng *rand.Rand) *builder {
	c := g.cat
	b := &builder{g: g, rng: rng, seen: map[string]bool{},
		actors: map[string]actorgraph.Actor{}, queues: map[string][]*template{}}
	b.drawGovernments()
	taken := map[string]bool{}
	for i := 0; i < 3; i++ {
		b.people[i] = g.personOf(rng, b.govs[i], taken)
	}
	b.people[3] = g.personOf(rng, b.govs[0], taken)
	b.org = c.orgs[g.orgs.draw(rng)]
	b.topic = c.topics[g.topics.draw(rng)]
	b.venue = c.venues[g.venues.draw(rng)]
	return b
}

// drawGovernments draws the article's four distinct governments.
func (b *builder) drawGovernments() {
	if b.g.cfg.Skew == 0 {
		perm := b.rng.Perm(len(b.g.cat.countries))
		copy(b.govs[:], perm[:4])
		return
	}
	for i := range b.govs {
		for {
			x := b.g.countries.draw(b.rng)
			if !slices.Contains(b.govs[:i], x) {
				b.govs[i] = x
				break
			}
		}
	}
}

// negotiation is the canonical name of the article's negotiation.
func (b *builder) negotiation() string {
	return b.venue + " " + b.topic.word + " talks"
}

// slotIndex returns the 0-based index of slots like "g2" or "p3".
func slotIndex(slot string) int { return int(slot[1] - '1') }

// actor returns the canonical actor a slot stands for.
func (b *builder) actor(slot string) actorgraph.Actor {
	c := b.g.cat
	switch slot[0] {
	case 'g':
		n := c.countries[b.govs[slotIndex(slot)]]
		return actorgraph.Actor{Name: n.name, Type: actorgraph.Government, ISO3: n.iso3}
	case 'p':
		p := b.people[slotIndex(slot)]
		a := actorgraph.Actor{Name: p.name(), Type: actorgraph.Person, Aliases: []string{p.family}}
		if slot != "p4" {
			a.Affiliation, a.Role = c.countries[p.gov].name, p.role
		}
		return a
	case 'o':
		return actorgraph.Actor{Name: b.org.name, Type: actorgraph.Organization, Kind: b.org.kind}
	}
	return actorgraph.Actor{Name: b.negotiation(), Type: actorgraph.Negotiation,
		Topic: b.topic.word, Venue: b.venue}
}

// mention renders a slot as it appears in the text at this point, and
// reports whether this is a person's first, titled mention.
func (b *builder) mention(s segment) (string, bool) {
	c := b.g.cat
	switch {
	case s.slot == "venue":
		return b.venue, false
	case s.slot == "day":
		return weekdays[b.rng.IntN(len(weekdays))], false
	case s.slot == "topic":
		return b.topic.phrase, false
	case s.slot == "months":
		return strconv.Itoa(2 + b.rng.IntN(15)), false
	case s.slot == "year":
		return strconv.Itoa(2008 + b.rng.IntN(15)), false
	case s.slot == "count":
		return strconv.Itoa(3 + b.rng.IntN(40)), false
	}
	first := !b.seen[s.slot]
	b.seen[s.slot] = true
	a := b.actor(s.slot)
	b.actors[a.ID()] = a
	switch s.slot[0] {
	case 'g':
		n := c.countries[b.govs[slotIndex(s.slot)]]
		switch s.field {
		case "capital":
			return n.capital, false
		case "demonym":
			return n.demonym, false
		}
		return strings.TrimSpace(n.article + " " + n.name), false
	case 'p':
		p := b.people[slotIndex(s.slot)]
		if !first {
			return p.family, false
		}
		if s.slot == "p4" {
			return p.name(), false
		}
		return c.countries[p.gov].demonym + " " + p.role + " " + p.name(), true
	case 'o':
		return strings.TrimSpace(b.org.article + " " + b.org.name), false
	}
	return "the " + b.negotiation(), false
}

// render fills a template and returns the text and the persons introduced
// with their titles.
func (b *builder) render(t *template) (string, []string) {
	var sb strings.Builder
	var introduced []string
	for _, s := range t.segs {
		if s.slot == "" {
			sb.WriteString(s.lit)
			continue
		}
		m, intro := b.mention(s)
		if intro {
			introduced = append(introduced, s.slot)
		}
		sb.WriteString(m)
	}
	return capitalize(sb.String()), introduced
}

// renderTitle fills a headline template.
func (b *builder) renderTitle() string {
	t := b.g.cat.titles[b.rng.IntN(len(b.g.cat.titles))]
	s, _ := b.render(t)
	// A headline does not introduce anyone: the body names them in full.
	b.seen = map[string]bool{}
	b.actors = map[string]actorgraph.Actor{}
	return s
}

// next draws a template of kind, without repeating one until all were used.
func (b *builder) next(kind string) *template {
	q := b.queues[kind]
	if len(q) == 0 {
		all := b.g.cat.templates[kind]
		q = make([]*template, len(all))
		for i, j := range b.rng.Perm(len(all)) {
			q[i] = all[j]
		}
	}
	b.queues[kind] = q[1:]
	return q[0]
}

// sentence appends one sentence of kind to the current paragraph and records
// its relations.
func (b *builder) sentence(kind string, startParagraph bool) {
	t := b.next(kind)
	s, introduced := b.render(t)
	switch {
	case b.text.Len() == 0:
	case startParagraph:
		b.text.WriteString("\n\n")
	default:
		b.text.WriteString(" ")
	}
	start := b.text.Len()
	b.text.WriteString(s)
	b.words += words(s)
	end := b.text.Len()
	for _, r := range t.rels {
		b.addRel(b.actor(r.source).Name, r.typ, b.actor(r.target).Name, "", s, start, end)
	}
	for _, slot := range introduced {
		p := b.actor(slot)
		gov := b.actor("g" + slot[1:])
		b.actors[gov.ID()] = gov
		b.addRel(p.Name, actorgraph.MemberOf, p.Affiliation, p.Role, s, start, end)
	}
	b.sentences++
}

func (b *builder) addRel(src string, typ actorgraph.RelType, dst, role, evidence string, start, end int) {
	info, _ := typ.Info()
	b.rels = append(b.rels, actorgraph.Relation{
		Source: src, Type: typ, Target: dst, Evidence: evidence,
		Sentence: b.sentences, Start: start, End: end,
		Weight: info.Goldstein, CAMEO: info.CAMEO, Confidence: 1, Rule: Rule, Role: role,
	})
}

// bodyPlan is the kinds of the paragraphs after the lead, repeated.
var bodyPlan = []string{"talks", "reaction", "quote", "background", "reaction", "talks", "background", "quote"}

// writeBody writes paragraphs until the text has about n words.
func (b *builder) writeBody(n int) string {
	b.sentence("lead", true)
	b.sentence("background", false)
	for p := 0; b.words < n; p++ {
		kind := bodyPlan[p%len(bodyPlan)]
		count := 3 + b.rng.IntN(2)
		if kind == "quote" {
			count = 2
		}
		for i := 0; i < count; i++ {
			k := kind
			if kind == "quote" && i > 0 {
				k = "background"
			}
			b.sentence(k, i == 0)
		}
	}
	return b.text.String()
}

// gold returns the extraction of the finished article.
func (b *builder) gold(a actorgraph.Article) actorgraph.Extraction {
	actors := make([]actorgraph.Actor, 0, len(b.actors))
	for _, x := range b.actors {
		actors = append(actors, x)
	}
	sort.Slice(actors, func(i, j int) bool { return actors[i].ID() < actors[j].ID() })
	return actorgraph.Extraction{
		ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: Rule,
		Actors: actors, Relations: b.rels,
	}
}
