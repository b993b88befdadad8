package extract

import (
	"sort"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// quoteSpeaker resolves "we" and "I" inside a quotation to the actor the
// sentence attributes it to ("“We urge Ruritania to withdraw,” the foreign
// minister, Jane Roe, said" makes Jane Roe the one who urges): the acting
// mention outside the quotation right before or after a speech verb.
func (a *reader) quoteSpeaker(sc *scan) {
	s := sc.s
	inside := quoted(s)
	if inside == nil {
		return
	}
	speaker, ok := attributed(s, sc.out, inside)
	if !ok {
		return
	}
	added := false
	for k, w := range s.Lower {
		if inside[k] && (w == "we" || w == "i") && !covered(sc.out, k) {
			sc.out = append(sc.out, article.Mention{Start: k, End: k + 1, Actor: speaker.Actor, Type: speaker.Type, Kind: article.Pronoun, Of: speaker.Of})
			added = true
		}
	}
	if added {
		sort.SliceStable(sc.out, func(i, j int) bool { return sc.out[i].Start < sc.out[j].Start })
	}
}

// quoted marks the tokens inside double quotation marks, or returns nil
// when the sentence has a first-person pronoun in none.
func quoted(s article.Sentence) []bool {
	var inside []bool
	in, first := false, false
	for k, w := range s.Lower {
		switch w {
		case "“":
			in = true
			continue
		case "”":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		if in && (w == "we" || w == "i") {
			first = true
		}
		if in {
			if inside == nil {
				inside = make([]bool, len(s.Lower))
			}
			inside[k] = true
		}
	}
	if !first {
		return nil
	}
	return inside
}

// attributed returns the speaker of a sentence: an acting person,
// government or organization outside the quotation that ends at most three
// tokens before a speech verb ("Jane Roe said", "the ministry said in a
// statement") or starts at most three after it ("said Jane Roe").
func attributed(s article.Sentence, ms []article.Mention, inside []bool) (article.Mention, bool) {
	for k := range s.Lower {
		if inside[k] || !in(s, gazetteer.Speech, k) {
			continue
		}
		for _, m := range ms {
			if inside[m.Start] || !m.Acts() || m.Type == actorgraph.Negotiation || m.Kind == article.Pronoun {
				continue
			}
			if m.End <= k && k-m.End <= 3 || m.Start > k && m.Start-k <= 3 {
				return m, true
			}
		}
	}
	return article.Mention{}, false
}

// covered reports whether token k is inside one of the mentions ms.
func covered(ms []article.Mention, k int) bool {
	for _, m := range ms {
		if m.Start <= k && k < m.End {
			return true
		}
	}
	return false
}
