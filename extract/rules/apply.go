package rules

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// Apply returns the relations of one sentence. lastNeg is the article's
// most recent negotiation before this sentence (-1 if none), for
// participation without a named negotiation ("the delegation included").
func (m *Matcher) Apply(s Sentence, lastNeg int) []Hit {
	var hits []Hit
	for _, o := range m.triggers(s) {
		if !m.factual(s, o.start) {
			continue
		}
		hits = append(hits, m.frame(s, o, lastNeg)...)
	}
	hits = append(hits, m.between(s)...)
	hits = append(hits, m.through(s, lastNeg)...)
	hits = append(hits, m.delegation(s, lastNeg)...)
	hits = append(hits, m.mediators(s, lastNeg)...)
	hits = append(hits, m.backers(s)...)
	hits = append(hits, m.allies(s)...)
	hits = append(hits, m.told(s)...)
	hits = append(hits, m.reproach(s)...)
	hits = append(hits, m.demands(s)...)
	hits = append(hits, m.threatenedActs(s)...)
	hits = append(hits, dealParties(s, hits)...)
	return clean(hits)
}

// frame applies one trigger occurrence.
func (m *Matcher) frame(s Sentence, o occurrence, lastNeg int) []Hit {
	if h := m.hostedBy(s, o); h != nil {
		return h
	}
	if o.t.Frame == "process" {
		return m.process(s, o)
	}
	subj := m.subject(s, o)
	if f := m.fronted(s, o); f != nil {
		subj = f // "In a phone call with A, B said": B spoke with A
	}
	if p := m.speaker(s, subj); p != nil {
		subj = p // "A said Tokyo was concerned": the official acts
	}
	if travel[o.t.Forms[0]] {
		subj = persons(subj) // "the president arrived in Beijing", not "troops arrived"
	}
	obj := inside(s, o) // "summoned the French ambassador in Paris": France, not Paris
	if obj == nil && !evaluation(o.t) {
		obj = m.object(s, o, subj) // an evaluation's object is in its gap (see inside)
	}
	if from := fromSource(s, o); from != nil {
		subj, obj = from, clauseSubject(s, o.start) // "drawing condemnation from Japan": Japan condemns the subject
	}
	if a := gapAgent(s, o); a != nil {
		subj = a // "the sanctions imposed by the EU on Belarus"
	}
	if o.passive {
		if agent := m.agent(s, o.end); len(agent) > 0 && o.t.Type == actorgraph.ParticipatesIn {
			subj, obj = agent, negBefore(s, o.start) // "a summit, attended by A and B"
		} else if len(agent) > 0 {
			subj, obj = agent, subj
		} else {
			return nil
		}
	}
	if n := len(o.t.Rest); n > 0 && o.t.Rest[n-1] == "between" {
		subj, obj = obj, nil // "the meeting between A and B"
	}

	switch {
	case len(subj) == 0:
		return nil
	case len(obj) == 0 && len(subj) == 2 && (reciprocal(s, o.end) || m.mutual(o.t)):
		t := o.t.Type
		return []Hit{hit(subj[0], subj[1], t, o, 0.6), hit(subj[1], subj[0], t, o, 0.6)}
	case len(obj) == 0:
		return m.noObject(s, o, subj, lastNeg)
	}
	if o.t.Type == actorgraph.Mediates && obj[0].Type != actorgraph.Negotiation {
		if n := negIn(s, lastNeg); n >= 0 && (n != lastNeg || !betweenAt(s, o.end)) {
			obj = []Mention{{Actor: n, Type: actorgraph.Negotiation, Kind: Negotiation}}
		}
	}
	if len(subj) > 1 && sameActors(subj, obj) {
		return nil // "A and B called on both sides": both sides are others than A and B
	}
	return pairs(s, o, subj, obj, lastNeg)
}

// sameActors reports whether two groups of mentions name the same actors.
func sameActors(a, b []Mention) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !same(x, b) {
			return false
		}
	}
	return true
}

// pairs relates every subject to every object; talks with someone are
// also taking part in the negotiation of the sentence.
func pairs(s Sentence, o occurrence, subj, obj []Mention, lastNeg int) []Hit {
	t := o.t.Type
	conf := 0.7
	if o.passive {
		conf = 0.6
	}
	var hits []Hit
	for _, a := range subj {
		for _, b := range obj {
			tt := t
			if b.Type == actorgraph.Negotiation && (t == actorgraph.MeetsWith || t == actorgraph.NegotiatesWith) {
				tt = actorgraph.ParticipatesIn
			}
			if tt == actorgraph.ParticipatesIn && b.Type != actorgraph.Negotiation || b.Type == actorgraph.Negotiation && !aboutTalks(tt) {
				continue
			}
			hits = append(hits, hit(a, b, tt, o, conf))
		}
	}
	if len(subj) == 2 && len(obj) == 1 && obj[0].Type == actorgraph.Negotiation && (t == actorgraph.MeetsWith || t == actorgraph.NegotiatesWith) {
		hits = append(hits, hit(subj[0], subj[1], t, o, conf)) // "A and B met for talks"
		if h := obj[0].Head; t == actorgraph.MeetsWith && (h == "talks" || h == "negotiations") {
			hits = append(hits, hit(subj[0], subj[1], actorgraph.NegotiatesWith, o, conf-0.1))
		}
	}
	if t == actorgraph.MeetsWith {
		if n := negFor(s); n >= 0 {
			for _, a := range append(subj, obj...) {
				hits = append(hits, Hit{Source: a.Actor, Target: n, Type: actorgraph.ParticipatesIn, CAMEO: "046", Rule: o.t.Name + "/participants", Confidence: 0.6})
			}
		}
	}
	if t == actorgraph.NegotiatesWith {
		if n := negIn(s, lastNeg); n >= 0 {
			for _, a := range append(subj, obj...) {
				hits = append(hits, Hit{Source: a.Actor, Target: n, Type: actorgraph.ParticipatesIn, CAMEO: "046", Rule: o.t.Name + "/participants", Confidence: 0.6})
			}
		}
	}
	return hits
}

// process reads "A and B reached a deal", "A held talks": each subject
// takes part in the negotiation that is the object; two subjects also get
// the trigger's pair relation.
func (m *Matcher) process(s Sentence, o occurrence) []Hit {
	var neg *Mention
	for k := range s.Mentions {
		x := &s.Mentions[k]
		if x.Start >= o.end && x.Start-o.end <= 10 && x.Type == actorgraph.Negotiation && !m.broken(s, o.end, x.Start) {
			neg = x
			break
		}
	}
	subj := m.subject(s, o)
	if neg == nil || len(subj) == 0 {
		return nil
	}
	if o.t.Type == actorgraph.Mediates {
		var hits []Hit
		for _, x := range subj {
			hits = append(hits, Hit{Source: x.Actor, Target: neg.Actor, Type: actorgraph.Mediates, CAMEO: o.t.CAMEO, Rule: o.t.Name, Confidence: 0.6})
		}
		return hits
	}
	if between := betweenParties(s, *neg); len(between) > 0 && !overlaps(subj, between) {
		var hits []Hit // "the AU opened talks between A and B": the AU is a third party
		for _, x := range subj {
			hits = append(hits, Hit{Source: x.Actor, Target: neg.Actor, Type: actorgraph.Mediates, CAMEO: "045", Rule: o.t.Name + "/third-party", Confidence: 0.6})
		}
		return hits
	}
	hits := parties(subj, neg.Actor, o.t.Type, o.t.Name)
	if len(subj) == 2 && o.t.Type == actorgraph.CooperatesWith {
		hits = append(hits, Hit{Source: subj[0].Actor, Target: subj[1].Actor, Type: actorgraph.NegotiatesWith, CAMEO: "046", Rule: o.t.Name, Confidence: 0.6})
	}
	return hits
}

// noObject handles "A and B met", "A, B and C met in V".
func (m *Matcher) noObject(s Sentence, o occurrence, subj []Mention, lastNeg int) []Hit {
	t := o.t.Type
	if !t.Symmetric() && t != actorgraph.ParticipatesIn {
		return nil
	}
	var actors []Mention
	for _, x := range subj {
		if x.Type != actorgraph.Negotiation {
			actors = append(actors, x)
		}
	}
	if len(actors) == 2 && t != actorgraph.ParticipatesIn {
		return []Hit{hit(actors[0], actors[1], t, o, 0.6)}
	}
	n := negIn(s, -1)
	if n < 0 && (t == actorgraph.MeetsWith || t == actorgraph.NegotiatesWith) && len(actors) >= 3 {
		n = lastNeg
	}
	if n < 0 {
		return nil
	}
	var hits []Hit
	for _, a := range actors {
		hits = append(hits, Hit{Source: a.Actor, Target: n, Type: actorgraph.ParticipatesIn, CAMEO: o.t.CAMEO, Rule: o.t.Name + "/group", Confidence: 0.6})
	}
	return hits
}

// evaluation reports whether t is a verb of naming that ends in a word
// list ("describe as @negative"): what it names stands in its gap, and
// what follows the word is no object ("denounced the strikes as a
// violation of Syria's sovereignty").
func evaluation(t *gazetteer.Trigger) bool {
	return len(t.Rest) > 0 && strings.HasPrefix(t.Rest[len(t.Rest)-1], "@")
}

// gapAgent returns the agent named by "by X" in the gap of a passive
// trigger with following words: "the sanctions imposed by the EU on
// Belarus", "the talks hosted by Oman with Iran"; else nil.
func gapAgent(s Sentence, o occurrence) []Mention {
	if len(o.t.Rest) == 0 || s.Lower[o.start] != o.t.Past || o.start+2 >= o.end || s.Lower[o.start+1] != "by" {
		return nil
	}
	if k := firstFrom(s, o.start+2); k >= 0 && s.Mentions[k].End <= o.end && s.Mentions[k].Type != actorgraph.Negotiation {
		return group(s, k, 1)
	}
	return nil
}

// inside returns the government or organization named inside a trigger
// with a gap, whose envoy or diplomats are its object ("expelled the
// French ambassador", "summoned Russia's envoy").
func inside(s Sentence, o occurrence) []Mention {
	if len(o.t.Rest) == 0 || o.t.Type != actorgraph.Criticizes && (o.t.Type != actorgraph.Attacks || o.t.Source != "") {
		return nil // the project's own attacks too: "blasted Philippine boats with water cannon"
	}
	for j := o.start + 1; j < o.end; j++ {
		if k := gapActor(s, j); k >= 0 && s.Mentions[k].Kind != Pronoun {
			return []Mention{s.Mentions[k]} // not "recalled its ambassadors to X"
		}
	}
	if !strings.HasPrefix(o.t.Rest[len(o.t.Rest)-1], "@") {
		return nil
	}
	for _, x := range s.Mentions {
		if x.Type == actorgraph.Negotiation && x.Start > o.start && x.End < o.end {
			return []Mention{x} // "described the port deal as illegal"
		}
	}
	return nil
}

// aboutTalks reports whether a relation of type t can have a negotiation
// as its target: one supports, opposes, criticizes, urges, mediates or
// takes part in talks, but does not attack or threaten them.
func aboutTalks(t actorgraph.RelType) bool {
	switch t {
	case actorgraph.Supports, actorgraph.Opposes, actorgraph.Criticizes, actorgraph.Urges,
		actorgraph.Mediates, actorgraph.ParticipatesIn:
		return true
	}
	return false
}

// reciprocal reports whether "each other" or "one another" follows token i.
func reciprocal(s Sentence, i int) bool {
	return i+1 < len(s.Lower) && (s.Lower[i] == "each" && s.Lower[i+1] == "other" || s.Lower[i] == "one" && s.Lower[i+1] == "another")
}

func hit(a, b Mention, t actorgraph.RelType, o occurrence, conf float64) Hit {
	rule := o.t.Name
	if o.passive {
		rule += "/passive"
	}
	if a.Kind == Pronoun || b.Kind == Pronoun {
		conf -= 0.2
	}
	return Hit{Source: a.Actor, Target: b.Actor, Type: t, CAMEO: o.t.CAMEO, Rule: rule, Confidence: conf}
}

// negIn returns the actor of the first negotiation mentioned in s, else def.
func negIn(s Sentence, def int) int {
	for _, x := range s.Mentions {
		if x.Type == actorgraph.Negotiation {
			return x.Actor
		}
	}
	return def
}

// clean drops self-relations and duplicates, keeping the first.
func clean(hits []Hit) []Hit {
	seen := map[[3]int]bool{}
	out := hits[:0]
	for _, h := range hits {
		if h.Source == h.Target {
			continue
		}
		k := [3]int{h.Source, h.Target, typeIndex(h.Type)}
		if h.Type.Symmetric() && h.Source > h.Target {
			k = [3]int{h.Target, h.Source, typeIndex(h.Type)}
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, h)
	}
	return out
}

func typeIndex(t actorgraph.RelType) int {
	for i, r := range actorgraph.RelTypes {
		if r.Type == t {
			return i
		}
	}
	return -1
}
