package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// person returns the person named name, adding it or merging it with a
// person known by surname, and records role and affiliation if new.
func (a *reader) person(name, role string, affil, si int, titled bool) int {
	name = normSpace(name)
	if w := strings.Fields(name); len(w) >= 3 && a.g.TitleWords[strings.ToLower(w[0])] {
		for len(w) >= 3 && a.g.TitleWords[strings.ToLower(w[0])] {
			w = w[1:] // "Staff Jane Roe" from "Chief of General Staff Jane Roe"
		}
		name = strings.Join(w, " ")
	}
	key := ""
	if l, ok := a.g.LeaderOn(name, titled, a.Date); ok {
		key = l.Key
		if len(strings.Fields(name)) < 2 || !a.g.KnownSpelling(name) {
			name = l.Name // a surname, initials: the known person's name
		} // another spelling of a full name stays as written; the key is the identity
		if e, ok := a.g.Entry(l.Affiliation); ok && affil < 0 {
			affil = a.Actors.Entry(e)
		}
		if role == "" {
			role = l.Role
		}
	}
	words := strings.Fields(name)
	idx := -1
	if i, ok := a.Actors.Find(actorgraph.Person, name); ok {
		idx = a.Actors.Canon(i)
	} else if i, ok := a.byKey[key]; ok && key != "" {
		idx = a.Actors.Canon(i) // "Erdoğan" after "Erdogan": one person
	} else if i, ok := a.surnames[name]; ok && len(words) == 1 {
		idx = a.Actors.Canon(i)
	}
	if idx < 0 {
		idx = a.Actors.For(actorgraph.Person, name)
		a.register(idx, words)
	}
	if key != "" && a.Actors.List[idx].Actor.Key == "" {
		a.Actors.List[idx].Actor.Key = key
		a.byKey[key] = idx
	}
	if affil >= 0 && a.Actors.List[affil].Actor.Kind == "legislature" {
		if e, ok := a.g.Entry(a.Actors.List[affil].Actor.Affiliation); ok {
			affil = a.Actors.Entry(e) // a senator serves the government
		}
	}
	if affil >= 0 {
		a.Actors.List[affil].Used = true
	}
	a.describe(idx, role, affil, si)
	if familyNameFirst[a.Actors.List[idx].Actor.Affiliation] && len(words) > 1 {
		if _, ok := a.surnames[words[0]]; !ok {
			a.surnames[words[0]] = idx // "Yoon" for "Yoon Suk Yeol"
		}
	}
	return idx
}

// familyNameFirst are the governments whose officials' names are written
// family name first in English ("Xi Jinping", "Yoon Suk Yeol").
var familyNameFirst = map[string]bool{"China": true, "Taiwan": true, "North Korea": true, "South Korea": true, "Vietnam": true}

// describe gives person idx a role and an affiliation read in sentence si,
// unless they are known already.
func (a *reader) describe(idx int, role string, affil, si int) {
	r := a.Actors.List[idx]
	role = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(role, "the "), "The "))
	if r.Actor.Role == "" && role != "" {
		r.Actor.Role = role
		r.First = si
	}
	if r.Actor.Affiliation == "" && affil >= 0 {
		r.Actor.Affiliation = a.Actors.List[affil].Actor.Name
		if r.First < 0 {
			r.First = si
		}
	}
}

// register indexes a new person by surname; a person known so far only by
// that surname becomes an alias of the full name.
func (a *reader) register(idx int, words []string) {
	keys := []string{words[len(words)-1]}
	if len(words) > 1 && familyFirst(words[len(words)-1]) {
		keys = []string{words[0]}
	}
	for _, k := range keys {
		if old, ok := a.surnames[k]; ok && len(words) > 1 {
			o := a.Actors.List[a.Actors.Canon(old)]
			if len(strings.Fields(o.Actor.Name)) == 1 {
				a.absorb(idx, a.Actors.Canon(old))
			}
		}
		a.surnames[k] = idx
	}
}

// absorb merges person old into person idx.
func (a *reader) absorb(idx, old int) {
	n, o := a.Actors.List[idx], a.Actors.List[old]
	o.Alias = idx
	for k := range o.Aliases {
		n.Aliases[k] = true
	}
	if n.Actor.Role == "" {
		n.Actor.Role, n.First = o.Actor.Role, o.First
	}
	if n.Actor.Affiliation == "" {
		n.Actor.Affiliation = o.Actor.Affiliation
	}
	if a.lastPer == old {
		a.lastPer = idx
	}
}

// familyFirst reports whether a last name part looks like the second half
// of a given name written family name first ("Jae-in", "Jong-un").
func familyFirst(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 0 || i+1 >= len(w) {
		return false
	}
	return unicode.IsLower(rune(w[i+1]))
}

// mergePersons is a hook for merges that need the whole article; persons
// are merged as they are registered, so it only settles the last person.
func (a *reader) mergePersons() {
	if a.lastPer >= 0 {
		a.lastPer = a.Actors.Canon(a.lastPer)
	}
}

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
	p, ok := a.knownPerson(name)
	if !ok {
		role, affil, titled := a.apposition(s, end)
		_, leader := a.g.LeaderOn(name, start < i, a.Date)
		given := end-i >= 2 && end-i <= 4 && a.g.GivenNames[s.Tokens[i].Text] && !a.orgAfter(s, end)
		if !titled && !leader && !given && start == i && !(end-i >= 2 && end < len(s.Tokens) && in(s, gazetteer.Speech, end)) {
			return start
		}
		p = a.person(name, role, affil, sc.si, titled || start < i)
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

// knownPerson returns the person with this name or surname.
func (a *reader) knownPerson(name string) (int, bool) {
	if i, ok := a.Actors.Find(actorgraph.Person, name); ok {
		return a.Actors.Canon(i), true
	}
	if i, ok := a.surnames[name]; ok {
		return a.Actors.Canon(i), true
	}
	if first, last, ok := firstLast(name); ok {
		if i, ok := a.surnames[last]; ok {
			full := a.Actors.List[a.Actors.Canon(i)].Actor.Name
			if a.g.In(gazetteer.Particles, strings.ToLower(first)) || strings.HasSuffix(full, " "+name) {
				return a.Actors.Canon(i), true // "Le Drian", "Fernandez de Cossio"
			}
		}
	}
	return -1, false
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
	if k < len(s.Tokens) && s.Tokens[k].IsCap() && s.Tokens[k].IsWord() {
		return "", -1, false // "Separately, U.S. President Joe Biden": the title is the next name's
	}
	return role, affil, true
}

// administration reads "the Biden administration" or "the Sunak
// government" as a government: the person's, else, for "administration",
// the United States, where the phrase is used.
func (a *reader) administration(sc *scan, i, end int) int {
	s := sc.s
	if end >= len(s.Tokens) || end-i != 1 || s.Lower[end] != "administration" && s.Lower[end] != "government" && s.Lower[end] != "cabinet" {
		return i
	}
	gov := -1
	if p, ok := a.knownPerson(s.Tokens[i].Text); ok {
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

// firstLast returns the first and the last of the words of s (as
// strings.Fields splits them) when it has more than one.
func firstLast(s string) (string, string, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", "", false
	}
	j := strings.LastIndexFunc(s, unicode.IsSpace)
	_, n := utf8.DecodeRuneInString(s[j:])
	return s[:i], s[j+n:], true
}

// normSpace returns strings.Join(strings.Fields(s), " "), without a copy
// when s is ASCII with single spaces between its words already.
func normSpace(s string) string {
	if len(s) == 0 || s[0] == ' ' || s[len(s)-1] == ' ' {
		return strings.Join(strings.Fields(s), " ")
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c == ' ' && s[i+1] == ' ':
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
