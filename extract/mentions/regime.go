package mentions

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// regime reads "the [military] junta in Niger" as Niger, and a later bare
// "the junta" as the government last named with that noun ("Mali's
// junta", "the Malian junta", "the junta in Mali").
func (a *reader) regime(sc *scan, i int) int {
	s := sc.s
	if s.Lower[i] != "the" {
		return i
	}
	j := i + 1
	if j < len(s.Lower) && s.Lower[j] == "military" {
		j++
	}
	if j >= len(s.Lower) || !in(s, gazetteer.Regimes, j) {
		return i
	}
	noun, end := s.Lower[j], j+1
	gov, ok := a.co.Regime(noun)
	if end+1 < len(s.Lower) && s.Lower[end] == "in" {
		if p, e, found := a.lookup(s, end+1); found && p.Entry.Type == actorgraph.Government {
			gov, ok, end = a.Actors.Entry(p.Entry), true, e
			a.co.SetRegime(noun, gov)
		}
	}
	if !ok {
		return i
	}
	a.add(sc, article.Mention{Start: i, End: end, Actor: gov, Type: actorgraph.Government, Kind: article.Name})
	return end
}
