package mentions

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// named finds persons without a title: "Mr Barnier", a known surname, or a
// full name that speaks ("Jane Doe said") or has a title in apposition
// ("Jane Doe, the Freedonian foreign minister,").
func (a *reader) named(sc *scan, i int) int {
	s := sc.s
	start := i
	if has(s, i, wHonorificT) {
		i++
		if i < len(s.Tokens) && s.Lower[i] == "." {
			i++
		}
	}
	end := a.nameAt(s, i)
	if end == i || byline(s, start, end) {
		return start
	}
	i = a.trimName(s, i, end)
	if n := a.administration(sc, i, end); n > start {
		return n
	}
	name := a.Src[s.Tokens[i].Start:s.Tokens[end-1].End]
	p, ok := a.co.KnownPerson(name)
	if !ok {
		role, affil, titled := a.apposition(s, end)
		_, leader := a.g.LeaderOn(name, start < i, a.Date)
		given := end-i >= 2 && end-i <= 4 && a.g.GivenNames[s.Tokens[i].Text] && !a.orgAfter(s, end)
		if !titled && !leader && !given && start == i && !(end-i >= 2 && end < len(s.Tokens) && in(s, gazetteer.Speech, end)) {
			return start
		}
		p = a.co.Person(name, role, affil, sc.si, titled || start < i)
	}
	a.add(sc, article.Mention{Start: start, End: end, Actor: p, Type: actorgraph.Person, Kind: article.Person})
	return end
}

// trimName drops from the front of a name of three or more words those
// that cannot start it: the last words of a title ("Staff" of "Chief of
// General Staff Jane Roe") and a place before a given name ("in Davos Jane
// Roe said"). It returns the new start.
func (a *reader) trimName(s article.Sentence, i, end int) int {
	for end-i >= 3 {
		w := s.Lower[i]
		place := i > 0 && (s.Lower[i-1] == "in" || s.Lower[i-1] == "at" || s.Lower[i-1] == "from") &&
			!a.g.GivenNames[s.Tokens[i].Text] && a.g.GivenNames[s.Tokens[i+1].Text]
		if !a.g.TitleWords[w] && !place {
			break
		}
		i++
	}
	return i
}

// orgAfter reports whether the capitalized word at i names an organization
// ("... Foundation", "... Council"): the name before it is not a person's.
func (a *reader) orgAfter(s article.Sentence, i int) bool {
	return i < len(s.Tokens) && s.Tokens[i].IsCap() && in(s, gazetteer.OrgWords, i)
}

// byline reports whether the name at tokens [i, end) is the whole
// sentence or follows a leading "By": the writer, not an actor.
func byline(s article.Sentence, i, end int) bool {
	if i == 1 && s.Lower[0] == "by" {
		return true
	}
	return i == 0 && (end == len(s.Lower) || end+1 == len(s.Lower) && !s.Tokens[end].IsWord())
}

// apposition reads ", [the] [affiliation['s]] [qualifiers] TITLE" after a name.
func (a *reader) apposition(s article.Sentence, j int) (string, int, bool) {
	if j >= len(s.Tokens) || s.Lower[j] != "," {
		return "", -1, false
	}
	j++
	if j < len(s.Tokens) && (s.Lower[j] == "the" || s.Lower[j] == "a") {
		j++
	}
	affil, from := -1, j
	if j < len(s.Tokens) {
		if p, end, ok := a.lookup(s, j); ok {
			affil, j = a.Actors.Entry(p.Entry), end
			if j < len(s.Tokens) && s.Lower[j] == "'s" {
				j++
			}
		}
	}
	q := j
	for j < len(s.Tokens) && in(s, gazetteer.Qualifiers, j) {
		j++
	}
	j = a.unitBefore(s, j)
	k := a.titleAt(s, j)
	if k == j || from >= len(s.Tokens) {
		return "", -1, false
	}
	k, affil, role := a.titleOf(&scan{s: s}, k, affil, a.Src[s.Tokens[q].Start:s.Tokens[k-1].End])
	if k < len(s.Tokens) && s.Tokens[k].IsCap() && s.Tokens[k].IsWord() && a.titleAt(s, k) == k {
		return "", -1, false // "Separately, U.S. President Joe Biden": the title is the next name's (but "adviser to Kenyan President Amina Otieno" is not)
	}
	return role, affil, true
}

// administration reads "the Biden administration" or "the Sunak
// government" as a government: the person's, else, for "administration",
// the United States, where the phrase is used.
func (a *reader) administration(sc *scan, i, end int) int {
	s := sc.s
	if end >= len(s.Tokens) || end-i != 1 || !in(s, gazetteer.Administrations, end) {
		return i
	}
	gov := -1
	if p, ok := a.co.KnownPerson(s.Tokens[i].Text); ok {
		gov = a.Actors.AffilOf(p) // "the Netanyahu government"
	} else if l, ok := a.g.LeaderOn(s.Tokens[i].Text, true, a.Date); ok {
		if e, ok := a.g.Entry(l.Affiliation); ok && e.Type == actorgraph.Government {
			gov = a.Actors.Entry(e)
		}
	}
	if gov < 0 && s.Lower[end] != "administration" {
		return i
	}
	if gov < 0 {
		e, ok := a.g.Entry("United States")
		if !ok {
			return i
		}
		gov = a.Actors.Entry(e)
	}
	a.add(sc, article.Mention{Start: i, End: end + 1, Actor: gov, Type: actorgraph.Government, Kind: article.Name})
	return end + 1
}
