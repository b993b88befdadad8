package rules

// This file holds phrase tests used by subjects and objects: stances on
// a demonym, possessors, appositions inside lists and "as well as".

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// stanceOn reports whether x is a demonym opening the object of a stance,
// pressure or hostile act ("condemned the Israeli strikes", "praised the
// Egyptian mediation", "accused Chinese vessels", "tariffs on Canadian
// steel"): the act is toward that government.
func (m *Matcher) stanceOn(s Sentence, o occurrence, x Mention) bool {
	switch o.t.Type {
	case actorgraph.Criticizes, actorgraph.Supports, actorgraph.Opposes, actorgraph.Urges,
		actorgraph.Threatens, actorgraph.Attacks, actorgraph.Sanctions:
	default:
		return false
	}
	j := o.end
	for j < x.Start && isQuote(s.Lower[j]) {
		j++ // `"strongly condemns" the Japanese decision`
	}
	if j < x.Start && determiners[s.Lower[j]] {
		j++
	}
	if m.g.Suffixed(gazetteer.Sponsors, s.Lower[x.Start]) || m.g.Suffixed(gazetteer.Backers, s.Lower[x.Start]) {
		return false // "welcomed the Turkish-brokered deal": the deal is the object
	}
	objectFrame := o.t.Frame == "verb" || o.t.Frame == "fixed" || len(o.t.Rest) > 0 && prepositions[o.t.Rest[len(o.t.Rest)-1]]
	return objectFrame && x.Kind == Modifier && x.Type == actorgraph.Government && x.Start == j &&
		x.End < len(s.Lower) && s.Tokens[x.End].IsWord() && !s.Tokens[x.End].IsCap()
}

func isQuote(w string) bool {
	return w == "\"" || w == "“" || w == "”" || w == "'" || w == "‘" || w == "’"
}

// possessor reports whether mention k is the possessor of the acting
// mention right after it: "Iran's Revolutionary Guards" are the object,
// not Iran.
func possessor(s Sentence, k int) bool {
	x := s.Mentions[k]
	if k+1 >= len(s.Mentions) || x.End >= len(s.Lower) || s.Lower[x.End] != "'s" {
		return false
	}
	y := s.Mentions[k+1]
	return y.Start == x.End+1 && y.Acts() && y.Type != actorgraph.Negotiation
}

// directions qualify a place: "in southern Lebanon".
var directions = gazetteer.Set("directions")

// pastApposition returns the first acting mention from index j on that
// follows an apposition started at token a and closed by ", and", else -1.
func pastApposition(s Sentence, j, a int) int {
	for ; j < len(s.Mentions) && s.Mentions[j].Start-a <= 14; j++ {
		if s.Mentions[j].Acts() && appositionAnd(s, a, s.Mentions[j].Start) {
			return j
		}
	}
	return -1
}

// appositionAnd reports whether tokens [a, b) are an apposition closed by
// ", and": ", the secretary of Iran's security council, and".
func appositionAnd(s Sentence, a, b int) bool {
	if b-a < 4 || b-a > 14 || s.Lower[a] != "," {
		return false
	}
	end := b - 1
	for end > a && inModifier(s, end) {
		end-- // "and Saudi adviser B"
	}
	if s.Lower[end] == "the" {
		end--
	}
	if end < a+3 || s.Lower[end] != "and" || s.Lower[end-1] != "," {
		return false
	}
	if w := s.Lower[a+1]; w != "the" && w != "a" && w != "an" {
		return false // an apposition is a noun phrase: ", the envoy of X,"
	}
	for j := a + 1; j < end-1; j++ {
		if w := s.Lower[j]; w == "," || w == "and" || w == "or" || clauseBreak[w] {
			return false
		}
	}
	return true
}

// asWellAs reports whether token j is part of "as well as".
func asWellAs(s Sentence, j int) bool {
	w := func(k int) string {
		if k < 0 || k >= len(s.Lower) {
			return ""
		}
		return s.Lower[k]
	}
	switch w(j) {
	case "as":
		return w(j+1) == "well" && w(j+2) == "as" || w(j-1) == "well" && w(j-2) == "as"
	case "well":
		return w(j-1) == "as" && w(j+1) == "as"
	}
	return false
}
