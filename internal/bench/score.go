package bench

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
)

// Agreement compares what ex reads from generated articles with what the
// generator says they state: relations as (source, type, target) triples,
// case-insensitive, either direction for symmetric types, duplicates within
// an article counted once.
type Agreement struct {
	Gold, Found, Matched int
}

// Precision is Matched / Found.
func (a Agreement) Precision() float64 { return ratio(a.Matched, a.Found) }

// Recall is Matched / Gold.
func (a Agreement) Recall() float64 { return ratio(a.Matched, a.Gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Agree runs ex over articles [0, n) of g and compares with their gold.
func Agree(ex actorgraph.Extractor, g *corpusgen.Generator, n int) Agreement {
	var a Agreement
	for i := 0; i < n; i++ {
		s := g.Article(i)
		gold := triples(s.Gold.Relations)
		found := triples(ex.Extract(s.Article).Relations)
		a.Gold += len(gold)
		a.Found += len(found)
		for k := range found {
			if gold[k] {
				a.Matched++
			}
		}
	}
	return a
}

// triples returns the distinct relation triples of rels.
func triples(rels []actorgraph.Relation) map[string]bool {
	out := map[string]bool{}
	for _, r := range rels {
		src, dst := strings.ToLower(r.Source), strings.ToLower(r.Target)
		if r.Type.Symmetric() && dst < src {
			src, dst = dst, src
		}
		out[src+"\x00"+string(r.Type)+"\x00"+dst] = true
	}
	return out
}
