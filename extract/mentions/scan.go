package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/coref"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// scan is the state of finding the mentions of one sentence.
type scan struct {
	si  int
	s   article.Sentence
	out []article.Mention
}

// mentions finds the actor mentions of sentence si, left to right: titled
// persons, gazetteer phrases, negotiations, known names and pronouns.
func (a *reader) mentions(si int, s article.Sentence) []article.Mention {
	free := a.mbuf[len(a.mbuf):cap(a.mbuf)] // the unused end of the article's buffer
	sc := &scan{si: si, s: s, out: free[:0]}
	for i := 0; i < len(s.Tokens); {
		next := i + 1
		if !has(s, i, stepWords) && !s.Tokens[i].IsCap() {
			i = next // no step starts at this word
			continue
		}
		for _, step := range steps {
			if n := step(a, sc, i); n > i {
				next = n
				break
			}
		}
		i = next
	}
	sc.out = coref.Speakers(sc.s, sc.out)
	a.co.NotePairs(sc.s, sc.out, false)
	a.co.EndSentence(sc.out)
	n := len(sc.out)
	if n == 0 {
		return nil
	}
	if n <= len(free) && &free[0] == &sc.out[0] {
		a.mbuf = a.mbuf[:len(a.mbuf)+n] // kept in the buffer: claim it
	}
	return sc.out[:n:n]
}

// both reads "the two leaders", "both sides" as the last two actors
// named together.
func (a *reader) both(sc *scan, i int) int {
	var end int
	sc.out, end = a.co.Both(sc.s, sc.out, i)
	return end
}

// pronoun reads a pronoun as the actor it refers to.
func (a *reader) pronoun(sc *scan, i int) int {
	var end int
	sc.out, end = a.co.Pronoun(sc.s, sc.out, i)
	return end
}

// steps are the readers of mentions, in the order they are tried.
var steps = [...]func(*reader, *scan, int) int{(*reader).both, (*reader).regime, (*reader).described, (*reader).compound, (*reader).titled, (*reader).phrase,
	(*reader).unknownGroup, (*reader).negotiationAt, (*reader).named, (*reader).pronoun}

// stepWords are the bits of the lower-case words some step starts at;
// the steps start at no other word unless it is capitalized.
const stepWords = wStep | wStart | wTitleStartT | wUnitT | wQualifierT | wPortfolioT | wHonorificT |
	1<<gazetteer.Heads | 1<<gazetteer.He | 1<<gazetteer.She

// compound reads a name joined to a word of sponsoring or backing
// ("Qatar-brokered", "Iran-backed", "Russian-funded") as a modifier
// mention of the name's actor over the whole word.
func (a *reader) compound(sc *scan, i int) int {
	t := sc.s.Tokens[i]
	k := strings.LastIndexByte(t.Text, '-')
	if k <= 0 || !a.g.Suffixed(gazetteer.Sponsors, sc.s.Lower[i]) && !a.g.Suffixed(gazetteer.Backers, sc.s.Lower[i]) {
		return i
	}
	p, ok := a.g.Phrases[t.Text[:k]]
	if !ok || p.Entry.Type != actorgraph.Government && p.Entry.Type != actorgraph.Organization {
		return i
	}
	sc.out = append(sc.out, article.Mention{Start: i, End: i + 1, Actor: a.Actors.Entry(p.Entry), Type: p.Entry.Type, Kind: article.Modifier})
	return i + 1
}

// add appends a mention and remembers its surface form as an alias.
func (a *reader) add(sc *scan, m article.Mention) {
	sc.out = append(sc.out, m)
	toks := sc.s.Tokens
	a.Actors.Seen(m.Actor, a.Src[toks[m.Start].Start:toks[m.End-1].End])
	a.co.Note(sc.s, m)
}

// lookup returns the longest gazetteer phrase starting at token i and the
// token after it.
func (a *reader) lookup(s article.Sentence, i int) (gazetteer.Phrase, int, bool) {
	toks := s.Tokens
	if !has(s, i, wStart) {
		return gazetteer.Phrase{}, i, false
	}
	most, ok := a.g.Starts[toks[i].Text]
	if !ok {
		return gazetteer.Phrase{}, i, false
	}
	for n := min(most, len(toks)-i); n >= 1; n-- {
		text := a.Src[toks[i].Start:toks[i+n-1].End]
		if article.OddSpace(text) {
			text = strings.Join(strings.Fields(text), " ")
		}
		if p, ok := a.g.Lookup(text); ok {
			return p, i + n, true // "People’s" is "People's" or "Peoples"
		}
	}
	return gazetteer.Phrase{}, i, false
}

// phrase finds a government or organization at token i. A demonym is a
// modifier unless a government noun follows ("Israeli officials") or it
// stands alone as a noun.
func (a *reader) phrase(sc *scan, i int) int {
	p, end, ok := a.lookup(sc.s, i)
	if !ok || a.insideName(sc.s, i) {
		return i
	}
	if dateline(sc.s, i, end) {
		return end // "JAKARTA —": where the story was filed
	}
	kind := article.Name
	lower := sc.s.Lower
	if p.Entry.Type == actorgraph.Government && p.Form != gazetteer.FormSeat {
		if n := a.groupAgent(sc, i, end, p.Entry); n > end {
			return n // "Syrian rebels": a group of the country
		}
	}
	if p.Form == gazetteer.FormAdjective {
		kind = article.Modifier
		if a.stateAgent > end {
			end, kind = a.stateAgent, article.Name // "Egyptian lawmakers": the government
		} else if n := a.govNoun(sc.s, end); n > 0 {
			end += n
			kind = article.Name
		} else if end+1 < len(lower) && (lower[end] == "and" || lower[end] == "or") {
			kind = a.adjectiveList(sc.s, end+1) // "Qatari and Egyptian mediation"
		} else if end >= len(lower) || !sc.s.Tokens[end].IsWord() || in(sc.s, gazetteer.NotName, end) && !in(sc.s, gazetteer.Heads, end) ||
			in(sc.s, gazetteer.Adverbs, end) || in(sc.s, gazetteer.Speech, end) || has(sc.s, end, rules.WordVerb) ||
			a.side(sc.s, i, end) {
			kind = article.Name // "North Korean quickly rebuffed", "the French objected"
		}
	} else if a.stateAgent > end {
		end = a.stateAgent // "Israel army"
	} else if n := a.govNoun(sc.s, end); p.Entry.Type == actorgraph.Government && n > 0 {
		end += n // "the U.S. side", "Israel government"
	}
	a.stateAgent = 0
	m := article.Mention{Start: i, End: end, Actor: a.Actors.Entry(p.Entry), Type: p.Entry.Type, Kind: kind,
		Place: p.Form == gazetteer.FormSeat}
	a.add(sc, m)
	return end
}

// groupAgent reads an agent noun of the dictionaries after a country or
// demonym at tokens [i, end). A state agent ("the Brazilian government",
// "Egyptian lawmakers", "a Kenyan court") is left to the caller, which
// reads it as the government; a non-state group ("Syrian rebels", "Libyan
// militias") becomes an organization affiliated with the country, and the
// token after it is returned. A name after the noun ("Egyptian lawmaker
// Jane Roe") makes it a title, not an agent.
func (a *reader) groupAgent(sc *scan, i, end int, country *gazetteer.Entry) int {
	s := sc.s
	if end >= len(s.Lower) {
		return end
	}
	if s.Lower[end] == "'s" || s.Lower[end] == "’s" {
		if ag, n := a.g.AgentAt(s.Lower[end+1 : min(len(s.Lower), end+5)]); n > 0 && ag.State && a.nameAt(s, end+1+n) == end+1+n &&
			!a.g.Titles[strings.Join(s.Lower[end+1:end+1+n], " ")] && !a.g.Titles[s.Lower[end+n]] &&
			!(end+1+n < len(s.Lower) && a.g.TitleStarts[s.Lower[end+1+n]]) {
			a.stateAgent = end + 1 + n // "Sudan's army": the government
		}
		return end
	}
	ag, n := a.g.AgentAt(s.Lower[end:min(len(s.Lower), end+4)])
	if n == 0 || a.nameAt(s, end+n) != end+n || a.g.Titles[strings.Join(s.Lower[end:end+n], " ")] || a.g.Titles[s.Lower[end+n-1]] ||
		end+n < len(s.Lower) && a.g.TitleStarts[s.Lower[end+n]] {
		return end // no agent, or a person's title: "the Egyptian foreign minister, Jane Roe,", "a Swedish military spokesman"
	}
	if ag.State {
		a.stateAgent = end + n
		return end
	}
	name := a.Src[s.Tokens[i].Start:s.Tokens[end+n-1].End]
	idx := a.Actors.For(actorgraph.Organization, article.NormSpace(name))
	r := a.Actors.List[idx]
	r.Actor.Kind, r.Actor.Affiliation = "group", country.Name
	a.add(sc, article.Mention{Start: i, End: end + n, Actor: idx, Type: actorgraph.Organization, Kind: article.Name})
	return end + n
}

// side reports whether a demonym that also names a people stands alone
// after "the": "between the British and the French", "the French objected".
func (a *reader) side(s article.Sentence, i, end int) bool {
	if !a.g.Sides[s.Tokens[i].Text] || i == 0 || s.Lower[i-1] != "the" {
		return false
	}
	w := s.Lower[end]
	return w == "and" || w == "or" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// adjectiveList returns the kind of a demonym followed by "and" and the
// demonym at token j: a government if a government noun follows the list
// ("Israeli and Palestinian officials"), else a modifier.
func (a *reader) adjectiveList(s article.Sentence, j int) article.Kind {
	p, end, ok := a.lookup(s, j)
	if ok && p.Form == gazetteer.FormAdjective && a.govNoun(s, end) > 0 {
		return article.Name
	}
	if ok && p.Form == gazetteer.FormAdjective {
		return article.Modifier
	}
	return article.Name
}

// insideName reports whether the phrase at token i continues a larger
// capitalized name ("National Security Council", "New York Times").
func (a *reader) insideName(s article.Sentence, i int) bool {
	if i == 0 {
		return false
	}
	p := s.Tokens[i-1]
	if a.g.Suffixed(gazetteer.Sponsors, s.Lower[i-1]) || a.g.Suffixed(gazetteer.Backers, s.Lower[i-1]) {
		return false // "Iran-backed Houthi rebels"
	}
	return p.IsCap() && p.IsWord() && !in(s, gazetteer.NotName, i-1) && a.titleAt(s, i-1) == i-1 &&
		!in(s, gazetteer.Qualifiers, i-1) && !a.knownAt(s, i-1) && !has(s, i-1, wHonorific)
}

// govNoun returns the length of a government noun at token i
// ("officials", "foreign ministry") not followed by a name ("official
// Jane Doe"), or 0.
func (a *reader) govNoun(s article.Sentence, i int) int {
	n := 0
	if i+1 < len(s.Lower) && in(s, gazetteer.Portfolios, i) && !s.Tokens[i].IsCap() {
		n, i = 1, i+1 // "foreign ministry"
	}
	if i < len(s.Lower) && in(s, gazetteer.GovNouns, i) && a.nameAt(s, i+1) == i+1 && !a.namedAfterComma(s, i+1) {
		return n + 1
	}
	return 0
}

// namedAfterComma reports whether a comma and a name of two or more words
// follow token i: the noun before is the title of that person ("his
// Azerbaijani counterpart, Jeyhun Bayramov,").
func (a *reader) namedAfterComma(s article.Sentence, i int) bool {
	return i+2 < len(s.Lower) && s.Lower[i] == "," && a.nameAt(s, i+1) >= i+3
}

// dateline reports whether the phrase at tokens [i, end) opens a sentence
// in capitals followed by a dash or comma ("WASHINGTON -", "DOHA,").
func dateline(s article.Sentence, i, end int) bool {
	if i != 0 || end >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[0].Text
	if len(t) < 3 || strings.ToUpper(t) != t {
		return false
	}
	switch s.Lower[end] {
	case "-", "—", "–", ",", "(":
		return true
	}
	return false
}
