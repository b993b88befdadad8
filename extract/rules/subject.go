package rules

// This file holds the subject rules for clauses: shared subjects of
// coordinated verbs, relative clauses, -ing clauses and speakers.

import (
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// gerundPreps introduce an -ing clause whose subject is the main clause's.
var gerundPreps = gazetteer.Set("gerundpreps")

// antecedent returns the subject of a verb in a relative clause: the
// mention right before ", which" or ", who" ("the White House, which
// accused X").
func (m *Matcher) antecedent(s Sentence, o occurrence) []Mention {
	j := o.start - 1
	for j >= 0 && (m.in(s, gazetteer.Adverbs, j) || o.t.Frame == "noun" && haveVerbs[s.Lower[j]]) {
		j-- // "X, who has close ties to Y"
	}
	if j < 2 || s.Lower[j] != "which" && s.Lower[j] != "who" || s.Lower[j-1] != "," {
		return nil
	}
	for k := len(s.Mentions) - 1; k >= 0; k-- {
		if x := s.Mentions[k]; x.End == j-1 && x.Acts() && x.Type != actorgraph.Negotiation {
			return []Mention{x}
		}
	}
	return nil
}

// haveVerbs take a noun trigger as their object in a relative clause.
var haveVerbs = gazetteer.Set("haveverbs")

// forGerund returns the subject of an -ing trigger after "for": the
// object of the verb before it ("thanked Qatar for hosting the talks",
// "blamed Iran for attacking ships"), the acting mention nearest before.
func forGerund(s Sentence, o occurrence) []Mention {
	if o.start < 2 || s.Lower[o.start-1] != "for" || !strings.HasSuffix(s.Lower[o.start], "ing") {
		return nil
	}
	for k := len(s.Mentions) - 1; k >= 0; k-- {
		x := s.Mentions[k]
		if x.End > o.start-1 {
			continue
		}
		if x.Acts() && x.Type != actorgraph.Negotiation && !possessive(s, x) {
			return []Mention{x}
		}
	}
	return nil
}

// sharedSubject returns where the subject of the trigger must end. A verb
// joined by "and" to an earlier trigger verb shares that verb's subject
// ("A condemned B's move and backed C": A backed C, not B), so the subject
// lies before the earlier verb; otherwise before the trigger.
func (m *Matcher) sharedSubject(s Sentence, o occurrence) int {
	if o.t.Frame == "noun" {
		return o.start
	}
	j := o.start - 1
	for j >= 0 && m.in(s, gazetteer.Adverbs, j) {
		j--
	}
	if j >= 1 && s.Lower[j] == "," {
		return relative(s, j, o.start)
	}
	if j < 1 || s.Lower[j] != "and" && s.Lower[j] != "but" {
		return o.start
	}
	for k := j - 1; k >= 0 && !clauseBreak[s.Lower[k]]; k-- {
		if m.verb(s, k) && !s.Tokens[k].IsCap() && (k == 0 || !determiners[s.Lower[k-1]] && !prepositions[s.Lower[k-1]]) {
			return k // a verb, not "by phone"
		}
		if m.in(s, gazetteer.Speech, k) && speechAct(o.t.Type) {
			return k // "A said B had made an offer and urged C": A urged C
		}
	}
	return o.start
}

// relative returns where the subject must end when a relative clause
// closes right before the trigger ("Russia, which mediated between the two
// countries, criticized X"): before the clause; else def.
func relative(s Sentence, comma, def int) int {
	for k := comma - 1; k > 0 && k >= comma-25; k-- {
		switch s.Lower[k] {
		case ";", ".", "—", "–":
			return def
		case "which", "who":
			if s.Lower[k-1] == "," {
				return k - 1
			}
			return def
		}
	}
	return def
}

// speechAct reports whether relations of type t are done by speaking, so
// that a verb joined to "said" shares its subject.
func speechAct(t actorgraph.RelType) bool {
	switch t {
	case actorgraph.Urges, actorgraph.Criticizes, actorgraph.Supports, actorgraph.Threatens, actorgraph.Opposes:
		return true
	}
	return false
}
