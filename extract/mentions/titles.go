package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// titleAt returns the end of the longest title starting at token i
// ("national security adviser", "Gen."), skipping dots.
func (a *reader) titleAt(s article.Sentence, i int) int {
	best := i
	if i >= len(s.Lower) || !has(s, i, wTitleStartT) {
		return i
	}
	var buf [64]byte
	key, words := buf[:0], 0 // the words so far, joined by spaces
	for j := i; j < len(s.Tokens) && words < a.g.MaxTitle; j++ {
		if s.Lower[j] == "." && words > 0 {
			continue
		}
		if !s.Tokens[j].IsWord() && s.Lower[j] != "-" {
			break
		}
		if words > 0 {
			key = append(key, ' ')
		}
		key = append(key, s.Lower[j]...)
		words++
		if a.g.Titles[string(key)] {
			best = j + 1
			if best < len(s.Tokens) && s.Lower[best] == "." {
				best++
			}
		}
	}
	return best
}

// nameAt returns the end of a personal name starting at token i: capitalized
// words, with particles ("bin", "al") inside, none of them a known place or
// function word.
func (a *reader) nameAt(s article.Sentence, i int) int {
	j := i
	for j < len(s.Tokens) && j-i < 6 {
		t, w := s.Tokens[j], s.Lower[j]
		switch {
		case initial(s, j):
			j += 2 // "S. Jaishankar", "John F. Kennedy"
		case t.IsCap() && t.IsWord() && (!in(s, gazetteer.NotName, j) || j > i && (w == "he" || w == "la" || w == "le")) &&
			!has(s, j, wTitle) && !in(s, gazetteer.OrgWords, j) && !a.knownAt(s, j):
			j++
		case j > i && in(s, gazetteer.Particles, j) && j+1 < len(s.Tokens) && s.Tokens[j+1].IsCap():
			j++
		case j > i && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) && len(w) > 3:
			j++ // "al-Nahyan"
			return j
		default:
			return j
		}
	}
	return j
}

// initial reports whether token j is an initial: one capital letter, a
// dot, then a capitalized word.
func initial(s article.Sentence, j int) bool {
	t := s.Tokens[j].Text
	return len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' && j+2 < len(s.Tokens) && s.Lower[j+1] == "." && s.Tokens[j+2].IsCap() && s.Tokens[j+2].IsWord()
}

// unitBefore skips up to three unit words at j ("foreign ministry") when a
// title follows them and is longer than any title starting at j; else j.
func (a *reader) unitBefore(s article.Sentence, j int) int {
	if j >= len(s.Tokens) || !has(s, j, wUnit) && !in(s, gazetteer.Portfolios, j) {
		return j
	}
	u := j
	for u < len(s.Tokens) && u-j < 3 && (has(s, u, wUnit) || in(s, gazetteer.Portfolios, u)) {
		u++
	}
	if u == j || a.titleAt(s, u) == u || a.titleAt(s, j) > j {
		return j
	}
	return u
}

// known reports whether a word is a gazetteer phrase on its own.
func (a *reader) known(w string) bool {
	_, ok := a.g.Phrases[w]
	return ok
}

// titled finds "[affiliation] [qualifiers] TITLE [of X] [,] NAME" at token i.
func (a *reader) titled(sc *scan, i int) int {
	s := sc.s
	if !has(s, i, wTitleStartT|wUnitT|wQualifierT|wPortfolioT) {
		return i // most words start no title
	}
	j := i
	for j < len(s.Tokens) && in(s, gazetteer.Qualifiers, j) {
		j++
	}
	j = a.unitBefore(s, j)
	k := a.titleAt(s, j)
	if whole := a.titleAt(s, i); whole > k {
		j, k = i, whole // "chief of staff", not "chief" + "of staff"
	}
	if k == j {
		return i
	}
	role := a.Src[s.Tokens[i].Start:s.Tokens[k-1].End]
	affil := a.affiliationBefore(sc, i)
	k, affil, role = a.titleOf(sc, k, affil, role)
	n := k
	if n+1 < len(s.Tokens) && s.Lower[n] == "," && affil >= 0 {
		n++ // "the US president, Donald Trump,"
		if t := a.titleAt(s, n); t > n && a.nameAt(s, t) > t {
			n = t // "Qatar's emir, Sheikh Tamim"
		}
	}
	end := a.nameAt(s, n)
	if end < len(s.Tokens) && s.Tokens[end].IsCap() && in(s, gazetteer.OrgWords, end) {
		return i // "the AU Executive Council"
	}
	if end == n {
		return a.roleOnly(sc, i, k, role, affil)
	}
	p := a.co.Person(a.Src[s.Tokens[n].Start:s.Tokens[end-1].End], role, affil, sc.si, true)
	a.add(sc, article.Mention{Start: i, End: end, Actor: p, Type: actorgraph.Person, Kind: article.Person})
	return end
}

// titleOf reads "of China", "of Defense", "to the United Nations", "for
// the State Department" after a title.
func (a *reader) titleOf(sc *scan, k, affil int, role string) (int, int, string) {
	s := sc.s
	if k >= len(s.Tokens) || (s.Lower[k] != "of" && s.Lower[k] != "to" && s.Lower[k] != "for") {
		return k, affil, role
	}
	j := k + 1
	for j < len(s.Tokens) && (in(s, gazetteer.Portfolios, j) && s.Tokens[j].IsCap() || s.Lower[j] == "and" && j > k+1) {
		j++
	}
	if j > k+1 && s.Lower[j-1] != "and" {
		return j, affil, role + " " + a.Src[s.Tokens[k].Start:s.Tokens[j-1].End]
	}
	j = k + 1
	if j < len(s.Tokens) && s.Lower[j] == "the" {
		j++
	}
	if j < len(s.Tokens) {
		if p, end, ok := a.lookup(s, j); ok {
			if s.Lower[k] == "of" || affil < 0 {
				affil = a.Actors.Entry(p.Entry)
			}
			m := article.Mention{Start: j, End: end, Actor: a.Actors.Entry(p.Entry), Type: p.Entry.Type, Kind: article.Modifier}
			a.add(sc, m)
			for end < len(s.Tokens) && in(s, gazetteer.Units, end) {
				end++ // "the Chinese embassy"
			}
			return end, affil, role + " " + a.Src[s.Tokens[k].Start:s.Tokens[end-1].End]
		}
	}
	return k, affil, role
}

// affiliationBefore returns the actor of a government or organization
// mention that ends right before token i ("Israeli", "Qatar's"), turning
// it into a modifier, or -1.
func (a *reader) affiliationBefore(sc *scan, i int) int {
	if len(sc.out) == 0 {
		return -1
	}
	p := i
	if p > 0 && (sc.s.Lower[p-1] == "'s" || sc.s.Lower[p-1] == ")") {
		p-- // "Qatar's emir", "the United Arab Emirates (UAE) ambassador"
	}
	m := &sc.out[len(sc.out)-1]
	if m.End != p || (m.Type != actorgraph.Government && m.Type != actorgraph.Organization) {
		return -1
	}
	m.Kind = article.Modifier
	return m.Actor
}

// roleOnly handles a title without a name: "the Israeli prime minister" is
// the person known with that role, "Israeli officials" the government.
func (a *reader) roleOnly(sc *scan, i, k int, role string, affil int) int {
	low := strings.ToLower(role)
	for _, q := range []string{"former ", "senior ", "the "} {
		low = strings.TrimPrefix(low, q)
	}
	if low == "pm" || low == "p.m." {
		low = "prime minister"
	}
	if affil >= 0 {
		if idx := a.co.WithRole(low, affil); idx >= 0 {
			a.add(sc, article.Mention{Start: i, End: k, Actor: idx, Type: actorgraph.Person, Kind: article.Person})
			return k
		}
	}
	if affil >= 0 && len(sc.out) > 0 {
		m := &sc.out[len(sc.out)-1]
		m.Kind, m.End = article.Name, k
		return k
	}
	if affil < 0 && i > 0 && sc.s.Lower[i-1] == "the" && (k >= len(sc.s.Lower) || !sc.s.Tokens[k].IsCap()) {
		if idx := a.co.OnlyWithRole(low); idx >= 0 {
			a.add(sc, article.Mention{Start: i - 1, End: k, Actor: idx, Type: actorgraph.Person, Kind: article.Person})
			return k // "the chancellor": the one person known with that role
		}
	}
	return i
}
