package rules

// This file holds frames beyond a verb and its arguments: reactions drawn
// from others, hosts, visits, agreements and their parties.

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// fromSource returns the mentions after "from" when a nominal trigger is
// followed by it ("drawing a sharp rebuke from Israel", "criticism from
// the EU", "came under fire from X"): they are the source, and the
// clause's subject the target.
func fromSource(s Sentence, o occurrence) []Mention {
	if o.end+1 >= len(s.Lower) || s.Lower[o.end] != "from" || len(o.t.Rest) > 0 && (o.t.Frame != "noun" || prepositions[o.t.Rest[len(o.t.Rest)-1]]) {
		return nil
	}
	nominal := o.t.Frame == "noun"
	for k := o.start - 1; k >= 0 && k >= o.start-3 && !nominal; k-- {
		nominal = determiners[s.Lower[k]] || drawVerbs[s.Lower[k]] // "a sharp rebuke from", "received praise from"
		if !s.Tokens[k].IsWord() {
			break
		}
	}
	if !nominal {
		return nil
	}
	if k := firstFrom(s, o.end+1); k >= 0 && s.Mentions[k].Start <= o.end+2 {
		return group(s, k, 1)
	}
	return nil
}

// drawVerbs take a reaction as their object: "drew criticism from X".
var drawVerbs = gazetteer.Set("drawverbs")

// clauseSubject returns the first acting mention of the sentence before
// token end that no preposition governs, with its coordination: who drew
// the reaction in "A recognized B, drawing a rebuke from C".
func clauseSubject(s Sentence, end int) []Mention {
	for k, x := range s.Mentions {
		if x.End > end {
			break
		}
		if x.Acts() && x.Type != actorgraph.Negotiation && !governed(s, x.Start) {
			return group(s, k, 1)
		}
	}
	return nil
}

// dealParties lets the two parties of an agreement or talks take part in
// the one negotiation of the sentence ("A and B agreed to restore ties, in
// a deal brokered by C").
func dealParties(s Sentence, hits []Hit) []Hit {
	n := -1
	for _, x := range s.Mentions {
		if x.Type == actorgraph.Negotiation {
			if n >= 0 && n != x.Actor {
				return nil
			}
			n = x.Actor
		}
	}
	if n < 0 {
		return nil
	}
	var out []Hit
	for _, h := range hits {
		if h.Type == actorgraph.CooperatesWith || h.Type == actorgraph.NegotiatesWith {
			for _, a := range []int{h.Source, h.Target} {
				out = append(out, Hit{Source: a, Target: n, Type: actorgraph.ParticipatesIn, CAMEO: "046", Rule: h.Rule + "/parties", Confidence: 0.5})
			}
		}
	}
	return out
}

// speaker returns the person who reports their own government's act
// ("Japanese minister A said Tokyo was concerned about X"), else nil.
func (m *Matcher) speaker(s Sentence, subj []Mention) []Mention {
	if len(subj) != 1 || subj[0].Type != actorgraph.Government || subj[0].Kind != Name {
		return nil
	}
	j := subj[0].Start - 1
	for j >= 1 && j >= subj[0].Start-5 && !m.in(s, gazetteer.Speech, j) && s.Tokens[j].IsWord() {
		j-- // "said on Monday that Tokyo"
	}
	if j < 1 || !m.in(s, gazetteer.Speech, j) {
		return nil
	}
	for k := len(s.Mentions) - 1; k >= 0; k-- {
		x := s.Mentions[k]
		if x.End > j {
			continue
		}
		if x.Type == actorgraph.Person && x.Of == subj[0].Actor+1 && x.End >= j-3 {
			return []Mention{x}
		}
		break
	}
	return nil
}

// travel are the verbs of a visit, done by persons only.
var travel = gazetteer.Set("travelverbs")

// persons keeps the persons of ms.
func persons(ms []Mention) []Mention {
	var out []Mention
	for _, x := range ms {
		if x.Type == actorgraph.Person {
			out = append(out, x)
		}
	}
	return out
}

// hosting are the verbs whose agent mediates the talks they are said of.
var hosting = gazetteer.Set("hostverbs")

// hostedBy reads "talks hosted by X", "a deal brokered by X": X mediates
// the negotiation named before the trigger.
func (m *Matcher) hostedBy(s Sentence, o occurrence) []Hit {
	if !hosting[o.t.Forms[0]] || o.end >= len(s.Lower) || s.Lower[o.end] != "by" || s.Lower[o.start] != o.t.Past {
		return nil
	}
	agent := m.agent(s, o.end)
	n := -1
	for _, x := range s.Mentions {
		if x.Type == actorgraph.Negotiation && x.End <= o.start {
			n = x.Actor
		}
	}
	if len(agent) == 0 || n < 0 {
		return []Hit{} // handled: no one mediates the subject
	}
	var hits []Hit
	for _, x := range agent {
		hits = append(hits, Hit{Source: x.Actor, Target: n, Type: actorgraph.Mediates, CAMEO: "045", Rule: "MEDIATES/" + o.t.Forms[0] + "-by", Confidence: 0.6})
	}
	return hits
}

// betweenAt reports whether "between" follows token i: "mediating between
// A and B" with no talks named in the sentence mediates for A and B, not
// for the talks of an earlier sentence.
func betweenAt(s Sentence, i int) bool {
	return i < len(s.Lower) && s.Lower[i] == "between"
}

// mutual reports whether trigger t is done by two parties to each other:
// a criticism or attack whose verb is of the mutual list of words.txt
// ("the two leaders clashed", "A and B traded accusations", "exchanged
// fire").
func (m *Matcher) mutual(t *gazetteer.Trigger) bool {
	return (t.Type == actorgraph.Criticizes || t.Type == actorgraph.Attacks) && len(t.Forms) > 0 && m.g.In(gazetteer.Mutual, t.Forms[0])
}

// negBefore returns the last negotiation mentioned before token i, as an
// object, or nil.
func negBefore(s Sentence, i int) []Mention {
	var out []Mention
	for _, x := range s.Mentions {
		if x.Type == actorgraph.Negotiation && x.End <= i {
			out = []Mention{x}
		}
	}
	return out
}

// negFor returns the actor of a negotiation the parties of a meeting came
// for: "met B in Vienna for the talks", "hosted B at the summit"; else -1.
func negFor(s Sentence) int {
	for _, x := range s.Mentions {
		if x.Type != actorgraph.Negotiation {
			continue
		}
		for k := x.Start - 1; k >= 0 && k >= x.Start-4 && s.Tokens[k].IsWord() && !s.Tokens[k].IsCap(); k-- {
			if s.Lower[k] == "for" || s.Lower[k] == "at" {
				return x.Actor // "for a two-day summit"
			}
		}
	}
	return -1
}

// betweenParties returns the parties of "talks between A and B" for the
// negotiation mention x, or nil.
func betweenParties(s Sentence, x Mention) []Mention {
	if x.End+1 >= len(s.Lower) || s.Lower[x.End] != "between" {
		return nil
	}
	k := firstFrom(s, x.End+1)
	if k < 0 || s.Mentions[k].Start > x.End+4 {
		return nil
	}
	return group(s, k, 1)
}

// overlaps reports whether a and b share an actor.
func overlaps(a, b []Mention) bool {
	for _, x := range a {
		if same(x, b) {
			return true
		}
	}
	return false
}

// fronted returns the subject of the main clause when a noun trigger of
// meeting or talks opens the sentence inside a preposition: "In a phone
// call with A, B raised trade", "During talks with A on Monday, B ...".
// The subject is the first acting mention after the comma that closes
// the phrase.
func (m *Matcher) fronted(s Sentence, o occurrence) []Mention {
	if o.t.Frame != "noun" || o.t.Type != actorgraph.MeetsWith && o.t.Type != actorgraph.NegotiatesWith {
		return nil
	}
	j := 0
	if j >= o.start || !m.in(s, gazetteer.Fronting, j) {
		return nil
	}
	for j++; j < o.start; j++ {
		if s.Tokens[j].IsCap() || !s.Tokens[j].IsWord() {
			return nil // "In Paris, A's meeting with B": not a fronted noun
		}
	}
	for j = o.end; j < len(s.Lower) && s.Lower[j] != ","; j++ {
	}
	if k := firstFrom(s, j+1); k >= 0 && s.Mentions[k].Start <= j+3 && s.Mentions[k].Type != actorgraph.Negotiation {
		return group(s, k, 1)
	}
	return nil
}
