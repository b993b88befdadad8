package mentions

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
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

// described reads a definite description of the latest government or
// organization: "the country", "the kingdom", "the Gulf state", "the
// oil-rich emirate" (govdescriptions of words.txt), "the bloc", "the
// alliance" (orgdescriptions). At most one modifier stands between "the"
// and the noun, and the noun phrase ends there: "the state media" is no
// description.
func (a *reader) described(sc *scan, i int) int {
	s := sc.s
	if s.Lower[i] != "the" || i+1 >= len(s.Lower) {
		return i
	}
	j := i + 1
	if j+1 < len(s.Lower) && !govDescriptions[s.Lower[j]] && !orgDescriptions[s.Lower[j]] && s.Tokens[j].IsWord() {
		j++ // "the Gulf state", "the oil-rich emirate"
	}
	gov := govDescriptions[s.Lower[j]]
	if !gov && !orgDescriptions[s.Lower[j]] || s.Tokens[j].IsCap() {
		return i
	}
	end := j + 1
	if end < len(s.Lower) && s.Tokens[end].IsWord() && !s.Tokens[end].IsCap() && !descriptionEnds[s.Lower[end]] &&
		!in(s, gazetteer.Speech, end) && !in(s, gazetteer.Adverbs, end) && !has(s, end, rules.WordVerb) {
		return i // "the state media", "the country's" is fine
	}
	actor, ok := a.co.Described(gov)
	if p, e, found := a.lookup(s, i+1); found && e == j && p.Entry.Type == actorgraph.Government {
		actor, ok = a.Actors.Entry(p.Entry), gov // "the Pakistani nation": Pakistan
	}
	if !ok {
		return i
	}
	t := a.Actors.List[actor].Actor.Type
	a.add(sc, article.Mention{Start: i, End: end, Actor: actor, Type: t, Kind: article.Name})
	return end
}

var (
	govDescriptions = gazetteer.Set("govdescriptions")
	orgDescriptions = gazetteer.Set("orgdescriptions")
	descriptionEnds = gazetteer.Set("descriptionends")
)
