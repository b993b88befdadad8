package extract

import (
	"fmt"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// version names the extractor and its rule set.
const version = "actorgraph-rules/0.2"

// Extractor is the rule-based actorgraph.Extractor. It is read-only after
// New and safe for concurrent use.
type Extractor struct {
	g   *gazetteer.Gazetteer
	m   *rules.Matcher
	lex map[string]lexEntry
}

// New loads the gazetteer and rules and returns an Extractor.
func New() (*Extractor, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	m := rules.New(g)
	return &Extractor{g: g, m: m, lex: newLexicon(g, m)}, nil
}

// Version names the extractor and its rule set.
func (e *Extractor) Version() string { return version }

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
	art := newArticle(e.g, a.Text)
	art.date = x.Date
	art.lex = e.lex
	art.read()
	art.noteAffiliations()
	hits := make([][]rules.Hit, len(art.sents))
	lastNeg := -1
	for i, s := range art.sents {
		hits[i] = e.m.Apply(s, lastNeg)
		for _, m := range s.Mentions {
			if m.Type == actorgraph.Negotiation {
				lastNeg = m.Actor
			}
		}
	}
	names := art.finalNames(hits)
	x.Actors = art.output(names)
	x.Relations = art.relations(e.g, hits, names)
	return x
}

var _ actorgraph.Extractor = (*Extractor)(nil)
