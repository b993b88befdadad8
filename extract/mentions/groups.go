package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// unknownGroup reads "the X Y Front (XYF)" at token i as an organization
// of the article: "the", two to six capitalized words ending in a word of
// groupends written with one capital ("Front", not "FRONT"), and an
// acronym in brackets as its other name; later the acronym alone.
func (a *reader) unknownGroup(sc *scan, i int) int {
	s := sc.s
	if idx, ok := a.co.Group(s.Tokens[i].Text); ok {
		a.add(sc, article.Mention{Start: i, End: i + 1, Actor: idx, Type: actorgraph.Organization, Kind: article.Name})
		return i + 1 // "the TPLF" after "the Tigray People's Liberation Front (TPLF)"
	}
	if s.Lower[i] != "the" {
		return i
	}
	j := i + 1
	for j < len(s.Tokens) && j-i <= 6 && (s.Tokens[j].IsCap() && s.Tokens[j].IsWord() || s.Lower[j] == "'s" && j > i+1) {
		if j == i+1 && a.knownAt(s, j) {
			return i // "the Syrian Army": a known government's army
		}
		j++
	}
	if j-i < 3 || !in(s, gazetteer.GroupEnds, j-1) || s.Tokens[j-1].Text[1:] != s.Lower[j-1][1:] {
		return i
	}
	name := a.Src[s.Tokens[i+1].Start:s.Tokens[j-1].End]
	if _, ok := a.g.Phrases[name]; ok {
		return i // known: the gazetteer step reads it
	}
	idx := a.Actors.For(actorgraph.Organization, name)
	end := j
	if j+2 < len(s.Tokens) && s.Lower[j] == "(" && s.Lower[j+2] == ")" && isAcronym(s.Tokens[j+1].Text) {
		a.co.SetGroup(s.Tokens[j+1].Text, idx) // the acronym alone refers to it later
		end = j + 3
	}
	a.add(sc, article.Mention{Start: i, End: end, Actor: idx, Type: actorgraph.Organization, Kind: article.Name})
	return end
}

// isAcronym reports whether w is two to six capital letters.
func isAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}
