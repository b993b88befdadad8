package extract

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/coref"
	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/mentions"
	"github.com/actorgraph/actorgraph/extract/output"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// version names the extractor and its rule set.
const version = "actorgraph-rules/0.2"

// Extractor is the rule-based actorgraph.Extractor. It is read-only after
// New and safe for concurrent use.
type Extractor struct {
	g *gazetteer.Gazetteer
	f *mentions.Finder
	m *rules.Matcher
}

// New loads the gazetteer and rules and returns an Extractor.
func New() (*Extractor, error) { return NewWith() }

// NewWith is New with users' dictionaries (actors, agents, verbs) added on
// top of the built-in knowledge; their entries win over built-in ones.
func NewWith(dicts ...dict.Set) (*Extractor, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	if err := g.AddDictionaries(dicts...); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	m := rules.New(g)
	return &Extractor{g: g, f: mentions.New(g, m), m: m}, nil
}

// Version names the extractor and its rule set.
func (e *Extractor) Version() string { return version }

// Origin says where the knowledge behind an actor or a relation's rule was
// read: a data file of the gazetteer, a dictionary's file and line, or
// "text" for an actor read from the text alone (a titled person, an
// unknown group). For --explain.
type Origin struct {
	Actors    map[string]string `json:"actors"`
	Relations []string          `json:"relations"`
}

// Explain returns the origins of the actors and relations of x.
func (e *Extractor) Explain(x actorgraph.Extraction) Origin {
	o := Origin{Actors: map[string]string{}, Relations: make([]string, len(x.Relations))}
	for _, a := range x.Actors {
		src := e.g.EntryOrigin(a.Name)
		if a.Type == actorgraph.Person {
			src = ""
			if l, ok := e.g.LeaderOn(a.Name, true, x.Date); ok {
				src = l.Source
			}
		}
		if src == "" && a.Kind == "group" {
			src = e.g.AgentOrigin(a.Name)
		}
		if src == "" {
			src = "text"
		}
		o.Actors[a.Name] = src
	}
	for i, r := range x.Relations {
		if o.Relations[i] = e.g.RuleOrigin(r.Rule); o.Relations[i] == "" {
			o.Relations[i] = "rules" // a title, an apposition: the extractor's own rules
		}
	}
	return o
}

// ActorCode returns the CAMEO actor code of an extracted actor when the
// knowledge has one: a government's ISO3 (or a dictionary's own code), an
// organization's dictionary code, a person's affiliation's code; else "".
func (e *Extractor) ActorCode(a actorgraph.Actor) string {
	if a.Type == actorgraph.Person {
		if a.Affiliation == "" {
			return ""
		}
		return e.g.EntryCode(a.Affiliation)
	}
	if c := e.g.EntryCode(a.Name); c != "" {
		return c
	}
	if a.Kind == "group" && a.Affiliation != "" {
		return e.g.EntryCode(a.Affiliation) // "Syrian rebels": the country's code
	}
	return ""
}

// TypeOf returns the relation type a CAMEO event code maps to, and false
// when it maps to none (statements, intentions, yielding, investigating).
func (e *Extractor) TypeOf(code string) (actorgraph.RelType, bool) { return e.g.TypeOf(code) }

// IdentityOf returns the graph id that the current identity rules give to
// an actor of type t stored under name: a known person's key (another
// spelling of a listed person is that person), else the id of the name,
// whose slug folds diacritics. For `ingest migrate`, which merges the
// nodes of older graphs that these rules make one.
func (e *Extractor) IdentityOf(t actorgraph.ActorType, name string) string {
	if t == actorgraph.Person && len(strings.Fields(name)) > 1 {
		if l, ok := e.g.LeaderOn(name, false, ""); ok && l.Key != "" {
			return actorgraph.ActorID(t, l.Key)
		}
	}
	return actorgraph.ActorID(t, name)
}

// NameOf returns the name the current rules give to an actor of type t
// stored under name: a known person's own name, else name.
func (e *Extractor) NameOf(t actorgraph.ActorType, name string) string {
	if t == actorgraph.Person && len(strings.Fields(name)) > 1 {
		if l, ok := e.g.LeaderOn(name, false, ""); ok && l.Key != "" {
			return l.Key
		}
	}
	return name
}

// Redefined lists the built-in entries that users' dictionaries redefined,
// each once, as "file:line: what".
func (e *Extractor) Redefined() []string { return e.g.Redefined() }

// Extract reads the actors and relations of one article. The output is
// deterministic: actors sorted by type and name, relations by sentence.
func (e *Extractor) Extract(a actorgraph.Article) actorgraph.Extraction {
	x := actorgraph.Extraction{
		ID:        a.ID,
		Path:      a.Path,
		Title:     a.Title,
		Date:      a.Date(),
		URL:       a.URL,
		Extractor: version,
		Actors:    []actorgraph.Actor{},
		Relations: []actorgraph.Relation{},
	}
	d := &article.Doc{Src: a.Text, Date: x.Date, ID: x.ID}
	co := coref.New(d, e.g)
	e.f.Read(d, co) // text and mentions, resolved as they are read
	co.Finish()     // canonical actors, affiliations from the sentence
	hits := e.frames(d)
	x.Actors, x.Relations = output.Build(d, e.g, hits)
	return x
}

// frames applies the verb and noun frames to each sentence of d, with the
// article's latest negotiation before it, for participation without a
// named negotiation ("the delegation included").
func (e *Extractor) frames(d *article.Doc) [][]article.Hit {
	hits := make([][]article.Hit, len(d.Sents))
	lastNeg := -1
	for i, s := range d.Sents {
		hits[i] = e.m.Apply(s, lastNeg)
		for _, m := range s.Mentions {
			if m.Type == actorgraph.Negotiation {
				lastNeg = m.Actor
			}
		}
	}
	return hits
}

var _ actorgraph.Extractor = (*Extractor)(nil)
