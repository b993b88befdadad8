package coref

import (
	"sort"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// Speakers resolves "we" and "I" inside a quotation of sentence s, whose
// mentions are out, to the actor the sentence attributes it to ("“We urge Ruritania to withdraw,” the foreign
// minister, Jane Roe, said" makes Jane Roe the one who urges): the acting
// mention outside the quotation right before or after a speech verb. It
// returns out with the pronouns' mentions added, in text order.
func Speakers(s article.Sentence, out []article.Mention) []article.Mention {
	inside := quoted(s)
	if inside == nil {
		return out
	}
	speaker, ok := attributed(s, out, inside)
	if !ok {
		return out
	}
	added := false
	for k, w := range s.Lower {
		if inside[k] && (w == "we" || w == "i") && !covered(out, k) {
			out = append(out, article.Mention{Start: k, End: k + 1, Actor: speaker.Actor, Type: speaker.Type, Kind: article.Pronoun, Of: speaker.Of})
			added = true
		}
	}
	if added {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
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
// statement", "he said" for the person last named) or starts at most
// three after it ("said Jane Roe").
func attributed(s article.Sentence, ms []article.Mention, inside []bool) (article.Mention, bool) {
	for k := range s.Lower {
		if inside[k] || !s.Words[k].In(gazetteer.Speech) {
			continue
		}
		for _, m := range ms {
			if inside[m.Start] || !m.Acts() || m.Type == actorgraph.Negotiation || m.Kind == article.Pronoun && m.Type != actorgraph.Person {
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
