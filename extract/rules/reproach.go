package rules

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// reproachTrigger names the rule of a reproach in reported speech.
var reproachTrigger = &gazetteer.Trigger{Type: actorgraph.Criticizes, CAMEO: "111", Frame: "verb", Name: "CRITICIZES/speech/negative"}

// reproach reads criticism voiced in reported speech without a verb of
// criticism: "“The strikes are a flagrant violation,” Jane Roe said of
// Ruritania", "X said Y's aggression could not stand". The speaker (the
// acting mention next to a speech verb) criticizes the actor nearest to a
// word of condemnation (the negative list) in the same sentence, when that
// actor is not the speaker's own side.
func (m *Matcher) reproach(s Sentence) []Hit {
	return m.inSpeech(s, func(sp Mention, o occurrence) []Hit {
		o.t = reproachTrigger
		var hits []Hit
		for n := range s.Lower {
			if !m.in(s, gazetteer.Negative, n) || n >= sp.Start && n < sp.End {
				continue
			}
			if t, ok := nearestActor(s, n, sp); ok {
				hits = append(hits, hit(sp, t, actorgraph.Criticizes, o, 0.4))
			}
		}
		return hits
	})
}

// inSpeech calls read for each speech verb of s that is factual and has a
// speaker next to it (speakerAt), with the speaker and the verb's
// occurrence, and returns the hits of the first call that finds any.
func (m *Matcher) inSpeech(s Sentence, read func(sp Mention, o occurrence) []Hit) []Hit {
	for k := range s.Lower {
		if !m.in(s, gazetteer.Speech, k) || !m.factual(s, k) {
			continue
		}
		sp, ok := speakerAt(s, k)
		if !ok {
			continue
		}
		if hits := read(sp, occurrence{start: k, end: k + 1}); len(hits) > 0 {
			return hits
		}
	}
	return nil
}

// demandTrigger names the rule of a demand in reported speech.
var demandTrigger = &gazetteer.Trigger{Type: actorgraph.Urges, CAMEO: "020", Frame: "verb", Name: "URGES/speech/must"}

// demands reads a demand voiced in reported speech: "“Ruritania must
// withdraw its troops,” Jane Roe said": the speaker urges the actor
// right before "must", "should" or "needs to", when that actor is not
// the speaker's own side and no condition or negation stands in between.
func (m *Matcher) demands(s Sentence) []Hit {
	return m.inSpeech(s, func(sp Mention, o occurrence) []Hit {
		o.t = demandTrigger
		var hits []Hit
		for _, x := range s.Mentions {
			if x.End >= len(s.Lower) || !x.Acts() || x.Kind == Pronoun || x.Type == actorgraph.Negotiation || x.Actor == sp.Actor || x.Start >= sp.Start && x.End <= sp.End {
				continue
			}
			if pairPhrase(s, x) {
				continue // "the warring parties must stop": whom a pair phrase names is a guess
			}
			w := s.Lower[x.End]
			need := w == "needs" && x.End+1 < len(s.Lower) && s.Lower[x.End+1] == "to"
			if (w == "must" || w == "should" || need) && !m.conditionalIn(s, 0, x.Start) && !negated(s, x.End+1) {
				hits = append(hits, hit(sp, x, actorgraph.Urges, o, 0.5))
			}
		}
		return hits
	})
}

// pairPhrase reports whether x is one of the two mentions that a phrase
// such as "both sides" gives over the same words.
func pairPhrase(s Sentence, x Mention) bool {
	for _, y := range s.Mentions {
		if y.Start == x.Start && y.End == x.End && y.Actor != x.Actor {
			return true
		}
	}
	return false
}

// negated reports whether a negation follows token i ("must not").
func negated(s Sentence, i int) bool {
	return i < len(s.Lower) && (s.Lower[i] == "not" || s.Lower[i] == "never")
}

// speakerAt returns the acting person, government or organization that
// ends at most three tokens before the speech verb at k ("Jane Roe said")
// or starts at most three after it ("said Jane Roe").
func speakerAt(s Sentence, k int) (Mention, bool) {
	for _, x := range s.Mentions {
		if !x.Acts() || x.Type == actorgraph.Negotiation || possessive(s, x) || governed(s, x.Start) {
			continue // "the ambassador to the United Nations said": not the UN
		}
		if x.End <= k && k-x.End <= 3 || x.Start > k && x.Start-k <= 3 {
			return x, true
		}
	}
	return Mention{}, false
}

// nearestActor returns the government, person or organization mention
// nearest to token n within six tokens (a demonym counts: "Ruritanian
// aggression"), other than the speaker sp: one before the word, or one
// after it introduced by "by", "of" or "from" ("blackmail from the X
// regime"); of two at equal distance, the one before.
func nearestActor(s Sentence, n int, sp Mention) (Mention, bool) {
	best, dist := Mention{}, 7
	for _, x := range s.Mentions {
		if x.Actor == sp.Actor || x.Type == actorgraph.Negotiation || x.Kind == Pronoun {
			continue
		}
		d := x.Start - n
		if x.End <= n {
			d = n - x.End + 1
		}
		if x.Kind == Modifier && x.End < len(s.Lower) && covers(s, x.End) {
			continue // the demonym of a titled person ("French Foreign Minister X")
		}
		if x.Start > n && !agentAfter(s, n, x.Start) {
			continue // "terrorists attacked the Ruritanian embassy": a victim, not the one criticized
		}
		if d >= 0 && (d < dist || d == dist && best.Kind == Modifier && x.Kind != Modifier) {
			best, dist = x, d // a person's title's demonym yields to the person
		}
	}
	return best, dist < 7
}

// covers reports whether a person's mention starts at token j.
func covers(s Sentence, j int) bool {
	for _, x := range s.Mentions {
		if x.Start <= j && j < x.End && x.Type == actorgraph.Person {
			return true
		}
	}
	return false
}

// agentAfter reports whether "by", "of", "from" or "at" stands between
// tokens n and j: the one after a word of condemnation is who did it, or
// whom the speaker's anger is at ("furious at X").
func agentAfter(s Sentence, n, j int) bool {
	for k := n + 1; k < j; k++ {
		switch s.Lower[k] {
		case "by", "of", "from", "at":
			return true
		}
	}
	return false
}
