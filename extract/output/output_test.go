package output

import (
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/text"
)

// fixture is an article of three sentences whose actors are added by
// each case; every actor is used unless its name ends in "?".
type fixture struct {
	persons []person // persons: name, role, affiliation, first sentence
	others  []string // "Government:China", "Organization:NATO?"
	talks   []article.Talks
	hits    [][]article.Hit
}

type person struct {
	name, role, affil string
	first             int
}

func load(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// doc builds the Doc of a fixture; actors are indexed in the order
// others, persons, talks.
func (f fixture) doc(g *gazetteer.Gazetteer) *article.Doc {
	d := &article.Doc{Date: "2024-03-01", ID: "a1"}
	for i := 0; i < 3; i++ {
		s := fmt.Sprintf("Sentence %d.", i)
		d.Spans = append(d.Spans, text.Sentence{Text: s, Start: 20 * i, End: 20*i + len(s)})
	}
	for _, o := range f.others {
		typ, name, _ := strings.Cut(o, ":")
		unused := strings.HasSuffix(name, "?")
		name = strings.TrimSuffix(name, "?")
		var i int
		if e, ok := g.Entry(name); ok {
			i = d.Actors.Entry(e)
		} else {
			i = d.Actors.For(actorgraph.ActorType(typ), name)
		}
		d.Actors.List[i].Used = !unused
		d.Actors.Seen(i, name)
	}
	for _, p := range f.persons {
		i := d.Actors.For(actorgraph.Person, p.name)
		r := d.Actors.List[i]
		r.Actor.Role, r.Actor.Affiliation, r.First, r.Used = p.role, p.affil, p.first, true
	}
	for k := range f.talks {
		i := d.Actors.For(actorgraph.Negotiation, fmt.Sprintf("\x00neg%d", k))
		d.Actors.List[i].Talks = &f.talks[k]
		d.Actors.List[i].Used = true
	}
	return d
}

func TestRelations(t *testing.T) {
	g := load(t)
	crit := article.Hit{Type: actorgraph.Criticizes, CAMEO: "111", Rule: "CRITICIZES/verb/test", Confidence: 0.9}
	meet := article.Hit{Type: actorgraph.MeetsWith, Rule: "MEETS_WITH/test", Confidence: 0.8}
	at := func(h article.Hit, src, dst int) article.Hit { h.Source, h.Target = src, dst; return h }
	// actors: 0 China, 1 United States, 2 Jane Roe (US), 3 John Doe (US adviser)
	base := fixture{
		others: []string{"Government:China", "Government:United States"},
		persons: []person{
			{"Jane Roe", "Secretary of State", "United States", 0},
			{"John Doe", "national security adviser", "United States", 2},
		},
	}
	for _, c := range []struct {
		name string
		hits [][]article.Hit
		want []string // "sentence source TYPE target weight role"
	}{
		{"memberships only", nil, []string{
			"0 Jane Roe MEMBER_OF United States 0 Secretary of State",
			"2 John Doe ADVISES United States 0 national security adviser",
			"2 John Doe MEMBER_OF United States 0 national security adviser",
		}},
		{"CAMEO weight, sorted by sentence", [][]article.Hit{{}, {at(crit, 1, 0)}, {at(crit, 0, 1)}}, []string{
			"0 Jane Roe MEMBER_OF United States 0 Secretary of State",
			"1 United States CRITICIZES China -2 ",
			"2 China CRITICIZES United States -2 ",
			"2 John Doe ADVISES United States 0 national security adviser",
			"2 John Doe MEMBER_OF United States 0 national security adviser",
		}},
		{"one side and duplicates dropped", [][]article.Hit{{at(crit, 2, 1), at(meet, 2, 3), at(crit, 1, 0), at(crit, 1, 0)}}, []string{
			"0 Jane Roe MEMBER_OF United States 0 Secretary of State",
			"0 United States CRITICIZES China -2 ",
			"2 John Doe ADVISES United States 0 national security adviser",
			"2 John Doe MEMBER_OF United States 0 national security adviser",
		}},
	} {
		_, rels := Build(base.doc(g), g, c.hits)
		var got []string
		for _, r := range rels {
			got = append(got, fmt.Sprintf("%d %s %s %s %g %s", r.Sentence, r.Source, r.Type, r.Target, r.Weight, r.Role))
			if want := fmt.Sprintf("Sentence %d.", r.Sentence); r.Evidence != want || r.Start != 20*r.Sentence {
				t.Errorf("%s: evidence %q at %d, want %q at %d", c.name, r.Evidence, r.Start, want, 20*r.Sentence)
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\ngot\n\t%s\nwant\n\t%s", c.name, strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
		}
	}
}

func TestActors(t *testing.T) {
	g := load(t)
	part := article.Hit{Type: actorgraph.ParticipatesIn, Rule: "PARTICIPATES_IN/test"}
	host := article.Hit{Type: actorgraph.Mediates, Rule: "MEDIATES/host"}
	at := func(h article.Hit, src, dst int) article.Hit { h.Source, h.Target = src, dst; return h }
	for _, c := range []struct {
		name string
		f    fixture
		want []string // "Type:Name key=Key venue=Venue"
	}{
		{"a modifier only is dropped", fixture{others: []string{"Government:China", "Government:Iran?"}},
			[]string{"Government:China key= venue="}},
		{"a related modifier is kept", fixture{others: []string{"Government:China", "Government:Iran?"},
			hits: [][]article.Hit{{at(article.Hit{Type: actorgraph.Criticizes}, 0, 1)}}},
			[]string{"Government:China key= venue=", "Government:Iran key= venue="}},
		{"bare talks are dropped", fixture{talks: []article.Talks{{Class: "talks", Head: "talks"}}}, nil},
		{"talks named by their parties", fixture{others: []string{"Government:China", "Government:United States"},
			talks: []article.Talks{{Class: "talks", Head: "talks"}},
			hits:  [][]article.Hit{{at(part, 1, 2), at(part, 0, 2)}}},
			[]string{"Government:China key= venue=", "Government:United States key= venue=",
				"Negotiation:China-US talks key=China-US talks 2024 venue="}},
		{"talks named by their host's capital", fixture{others: []string{"Government:Kenya"},
			talks: []article.Talks{{Class: "talks", Head: "summit"}},
			hits:  [][]article.Hit{{at(host, 0, 1)}}},
			[]string{"Government:Kenya key= venue=", "Negotiation:Nairobi summit key=Nairobi summit (2024-03-01, " + scopeHash("a1") + ") venue=Nairobi"}},
		{"one name for talks and negotiations", fixture{talks: []article.Talks{
			{Class: "talks", Head: "talks", Topics: []string{"maritime"}},
			{Class: "talks", Head: "negotiations", Topics: []string{"maritime"}}}},
			[]string{"Negotiation:maritime talks key=maritime talks (2024-03-01, " + scopeHash("a1") + ") venue="}},
		{"a label is its own identity", fixture{talks: []article.Talks{{Class: "deal", Head: "partnership", Label: "AUKUS", Year: "2021"}}},
			[]string{"Negotiation:2021 AUKUS partnership key=AUKUS partnership venue="}},
	} {
		actors, _ := Build(c.f.doc(g), g, c.f.hits)
		var got []string
		for _, a := range actors {
			got = append(got, fmt.Sprintf("%s:%s key=%s venue=%s", a.Type, a.Name, a.Key, a.Venue))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\ngot\n\t%s\nwant\n\t%s", c.name, strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
		}
	}
}

// scopeHash is the hash part of the scope of an article with this id.
func scopeHash(id string) string {
	b := &builder{Doc: &article.Doc{ID: id}}
	return b.scope()
}
