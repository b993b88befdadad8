package eval

import (
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Article is the score of one article, with what was missed and what was
// predicted wrongly.
type Article struct {
	Key               string
	Actors, Relations Counts
	Pairs             Counts
	MissedActors      []string
	SpuriousActors    []string
	MissedRelations   []string
	SpuriousRelations []string
	// Paired lists the predicted negotiations paired with a gold one by
	// the relations they share, as "predicted -> gold (n shared)".
	Paired []string
	// Entities are the gold actors and negotiations of the article and
	// Links the predicted nodes that stand for them (see Identity).
	Entities         []string
	Links            []Link
	ByType           map[actorgraph.RelType]Counts
	HasPred, HasGold bool
}

// Report is the score of a corpus.
type Report struct {
	Articles                 []Article // sorted by key
	Actors, Relations, Pairs Counts
	ByType                   map[actorgraph.RelType]Counts
	// NoPrediction counts gold articles without a prediction (scored as
	// all missed); NoGold counts predictions without a gold file (ignored).
	NoPrediction, NoGold int
	// Identity is the splits and merges of gold entities across articles.
	Identity Identity
}

// Key returns the join key of an extraction: the base name of its path
// without extension, else its id.
func Key(x actorgraph.Extraction) string {
	if x.Path != "" {
		b := path.Base(strings.ReplaceAll(x.Path, "\\", "/"))
		return strings.TrimSuffix(b, path.Ext(b))
	}
	return x.ID
}

// ParseGold reads one gold file; name is its file name, used as its key.
func ParseGold(name string, data []byte) (actorgraph.Extraction, error) {
	var x actorgraph.Extraction
	if err := json.Unmarshal(data, &x); err != nil {
		return x, fmt.Errorf("gold %s: %w", name, err)
	}
	b := path.Base(strings.ReplaceAll(name, "\\", "/"))
	x.Path = b
	if x.ID == "" {
		x.ID = strings.TrimSuffix(b, path.Ext(b))
	}
	return x, nil
}

// Score scores predictions against gold extractions. Gold is joined to a
// prediction by Key, else by id.
func Score(gold, pred []actorgraph.Extraction) Report {
	byKey, byID := map[string]int{}, map[string]int{}
	for i, p := range pred {
		byKey[Key(p)] = i
		if p.ID != "" {
			byID[p.ID] = i
		}
	}
	used := map[int]bool{}
	rep := Report{ByType: map[actorgraph.RelType]Counts{}}
	for _, g := range gold {
		i, ok := byKey[Key(g)]
		if !ok {
			i, ok = byID[g.ID]
		}
		var p actorgraph.Extraction
		if ok {
			p, used[i] = pred[i], true
		} else {
			rep.NoPrediction++
		}
		a := ScoreArticle(g, p)
		a.HasPred = ok
		rep.add(a)
	}
	rep.NoGold = len(pred) - len(used)
	sort.Slice(rep.Articles, func(i, j int) bool { return rep.Articles[i].Key < rep.Articles[j].Key })
	rep.Identity = measureIdentity(rep.Articles, sameEntities(gold))
	return rep
}

func (r *Report) add(a Article) {
	r.Articles = append(r.Articles, a)
	r.Actors.Add(a.Actors)
	r.Relations.Add(a.Relations)
	r.Pairs.Add(a.Pairs)
	for t, c := range a.ByType {
		x := r.ByType[t]
		x.Add(c)
		r.ByType[t] = x
	}
}
