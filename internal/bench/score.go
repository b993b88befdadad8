package bench

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
)

// Agree runs ex over articles [0, n) of g and scores what it reads against
// what the generator says they state, with package eval as `ingest eval`
// scores annotated articles: actors by name or alias and type, relations
// by (source, type, target) between matched actors, either direction for
// symmetric types, duplicates within an article counted once.
func Agree(ex actorgraph.Extractor, g *corpusgen.Generator, n int) eval.Report {
	gold := make([]actorgraph.Extraction, n)
	pred := make([]actorgraph.Extraction, n)
	for i := range n {
		s := g.Article(i)
		gold[i], pred[i] = s.Gold, ex.Extract(s.Article)
		// Joined by id: the generator's gold and the extraction may name
		// the article's path differently.
		gold[i].ID, gold[i].Path = s.Article.ID, ""
		pred[i].ID, pred[i].Path = s.Article.ID, ""
	}
	return eval.Score(gold, pred)
}
