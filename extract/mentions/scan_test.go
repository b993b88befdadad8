package mentions

import (
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/coref"
)

// read returns the mentions of each sentence of text as "surface =
// Type:Name kind", the actor after coreference's Finish.
func read(t *testing.T, text string) []string {
	t.Helper()
	e := newTest(t)
	d := &article.Doc{Src: text, Date: "2024-03-01", ID: "t"}
	co := coref.New(d, e.g)
	e.f.Read(d, co)
	co.Finish()
	kinds := map[article.Kind]string{article.Name: "name", article.Modifier: "modifier", article.Person: "person",
		article.Pronoun: "pronoun", article.Negotiation: "negotiation"}
	var out []string
	for si, s := range d.Sents {
		for _, m := range s.Mentions {
			surface := text[s.Tokens[m.Start].Start:s.Tokens[m.End-1].End]
			r := d.Actors.List[m.Actor]
			name := r.Actor.Name
			if r.Talks != nil {
				name = r.Talks.Name()
			}
			out = append(out, fmt.Sprintf("%d %s = %s:%s %s", si, surface, r.Actor.Type, name, kinds[m.Kind]))
		}
	}
	return out
}

func TestMentions(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a government by name and by demonym with a noun", "Germany condemned Israeli officials.", []string{
			"0 Germany = Government:Germany name",
			"0 Israeli officials = Government:Israel name",
		}},
		{"a demonym that only qualifies", "A Chinese firm won the bid.", []string{
			"0 Chinese = Government:China modifier",
		}},
		{"a titled person and the affiliation before the title", "Freedonian Foreign Minister Jane Roe met Kenyan President John Doe.", []string{
			"0 Foreign Minister Jane Roe = Person:Jane Roe person",
			"0 Kenyan = Government:Kenya modifier",
			"0 President John Doe = Person:John Doe person",
		}},
		{"a title in apposition, then a surname and a pronoun", "Jane Roe, the Kenyan foreign minister, arrived. Roe said she was ready.", []string{
			"0 Jane Roe = Person:Jane Roe person",
			"0 Kenyan = Government:Kenya modifier",
			"0 foreign minister = Person:Jane Roe person", // the title names her again
			"1 Roe = Person:Jane Roe person",
			"1 she = Person:Jane Roe pronoun",
		}},
		{"a state agent is the government, a non-state group an organization", "Syrian rebels attacked Egyptian lawmakers.", []string{
			"0 Syrian rebels = Organization:Syrian rebels name",
			"0 Egyptian lawmakers = Government:Egypt name",
		}},
		{"a group unknown to the gazetteer and its acronym", "The Ruritanian People's Liberation Front (RPLF) rejected the deal. The RPLF then left.", []string{
			"0 The Ruritanian People's Liberation Front (RPLF) = Organization:Ruritanian People's Liberation Front name",
			"1 RPLF = Organization:Ruritanian People's Liberation Front name",
		}},
		{"negotiations with year, topic and venue", "The 2015 nuclear deal was discussed at talks in Vienna. The talks ended.", []string{
			"0 2015 nuclear deal = Negotiation:2015 nuclear deal negotiation",
			"0 talks in Vienna = Negotiation:Vienna talks negotiation",
			"1 talks = Negotiation:Vienna talks negotiation",
		}},
		{"the junta in a country, later alone", "The junta in Niger expelled diplomats. The junta said more.", []string{
			"0 The junta in Niger = Government:Niger name",
			"1 The junta = Government:Niger name",
		}},
		{"a dateline is no actor", "NAIROBI — Kenya hosted the summit.", []string{
			"0 Kenya = Government:Kenya name",
			"0 summit = Negotiation:summit negotiation",
		}},
		{"an administration named by its leader", "The Biden administration imposed tariffs.", []string{
			"0 Biden administration = Government:United States name",
		}},
	} {
		got := read(t, c.text)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: %q\ngot\n\t%s\nwant\n\t%s", c.name, c.text, strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
		}
	}
}
