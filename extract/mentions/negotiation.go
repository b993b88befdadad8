package mentions

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// headClass returns the class of the head noun at token i: "talks" for
// the heads of talkheads, else "deal".
func headClass(s article.Sentence, i int) string {
	if in(s, gazetteer.TalkHeads, i) {
		return "talks"
	}
	return "deal"
}

// negotiationAt finds a negotiation whose head noun is token i, with its
// modifiers before ("the 2015 nuclear deal", "Hanoi summit") and its venue
// after ("talks in Vienna").
func (a *reader) negotiationAt(sc *scan, i int) int {
	s := sc.s
	head := s.Lower[i]
	if !in(s, gazetteer.Heads, i) {
		return i
	}
	n := &article.Talks{Head: head, Class: headClass(s, i)}
	start := a.negModifiers(sc, n, i)
	end := i + 1
	if end+1 < len(s.Tokens) && s.Lower[end] == "in" && s.Tokens[end+1].IsCap() {
		if v := a.venue(s, end+1); v != "" {
			n.Venue, end = v, end+2
		}
	}
	det := ""
	if start > 0 {
		det = s.Lower[start-1]
	}
	if end+2 < len(s.Lower) && s.Lower[end] == "between" && !n.Specific() &&
		(s.Tokens[end+1].IsCap() || s.Lower[end+1] == "the" && s.Tokens[end+2].IsCap()) {
		det = "between" // "talks between Serbia and Kosovo": a process of its own
	}
	if head == "meeting" && det != "the" {
		return i // "meeting in Abuja, the bloc said": a verb; "a meeting": any meeting
	}
	if indefinite(s, start) && end < len(s.Lower) && in(s, gazetteer.Anchors, end) {
		det = "anchored" // "a deal brokered by China": a deal of its own
	}
	idx := a.co.Negotiation(n, det, indefinite(s, start))
	if idx < 0 {
		return end
	}
	a.add(sc, article.Mention{Start: start, End: end, Actor: idx, Type: actorgraph.Negotiation, Kind: article.Negotiation, Head: head})
	return end
}

// indefinite reports whether "a" or "an" opens the phrase before token
// start, maybe with adjectives between ("a regional summit").
func indefinite(s article.Sentence, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		switch w := s.Lower[k]; {
		case w == "a" || w == "an":
			return true
		case !isLowerWord(w) && !strings.Contains(w, "-"):
			return false
		}
	}
	return false
}

// meetingVenue gives the negotiation of a sentence the place where its
// parties met, if it has none.
func (a *reader) meetingVenue(s article.Sentence) {
	var n *article.Talks
	for _, m := range s.Mentions {
		if m.Type == actorgraph.Negotiation && a.Actors.List[m.Actor].Talks.Venue == "" {
			n = a.Actors.List[m.Actor].Talks
		}
	}
	if n == nil {
		return
	}
	for j := 1; j+1 < len(s.Lower); j++ {
		if s.Lower[j] != "in" || !s.Tokens[j+1].IsCap() || !a.meetBefore(s, j) && !betweenBefore(s, j) {
			continue
		}
		if v := a.venue(s, j+1); v != "" {
			n.Venue = v
			for k := range s.Mentions {
				if m := &s.Mentions[k]; m.Start == j+1 && m.Place {
					m.Kind = article.Modifier // the venue, not an actor of the sentence
				}
			}
			return
		}
	}
}

// meetBefore reports whether a meeting verb stands before token j in its
// clause: right before ("met in"), or with the guest between ("hosted the
// Korean president in Tokyo").
func (a *reader) meetBefore(s article.Sentence, j int) bool {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		w := s.Lower[k]
		if in(s, gazetteer.MeetVerbs, k) {
			return k >= j-2 || w == "hosted" || w == "hosts" || w == "received"
		}
		if w == "," || w == ";" || w == "and" || w == "but" {
			return false
		}
	}
	return false
}

// orgSeat reports whether w is an organization's seat used as its name
// ("Brussels" for the EU): one capitalized word, not an acronym.
func orgSeat(p gazetteer.Phrase, w string) bool {
	return p.Entry.Type == actorgraph.Organization && w != p.Entry.Name && !strings.Contains(w, " ") && !isUpper(w) && !strings.Contains(w, ".")
}

// betweenBefore reports whether token j follows "talks between A and B"
// closely: "talks between Iran and the United States in Muscat".
func betweenBefore(s article.Sentence, j int) bool {
	for k := j - 1; k >= 0 && k >= j-16; k-- {
		switch s.Lower[k] {
		case "between":
			return k > 0 && in(s, gazetteer.BetweenHeads, k-1)
		case ",", ";", "—":
			return false
		}
	}
	return false
}

// venue returns the place named by token j if it is a place name: a
// capital or seat, or a capitalized word that is not a known actor.
func (a *reader) venue(s article.Sentence, j int) string {
	t := s.Tokens[j]
	if p, ok := a.g.Phrases[t.Text]; ok {
		if p.Form == gazetteer.FormSeat || orgSeat(p, t.Text) {
			return t.Text
		}
		return ""
	}
	if in(s, gazetteer.NotName, j) || (j+1 < len(s.Tokens) && s.Tokens[j+1].IsCap()) {
		return ""
	}
	return t.Text
}

// negModifiers reads the words before a head noun into n and returns where
// the negotiation mention starts. A seat used as a venue ("Hanoi summit")
// is taken back from the mentions.
//
// Up to two other lower-case nouns next to the head ("climate finance
// talks") count as topic words when a topic or venue stands before them.
func (a *reader) negModifiers(sc *scan, n *article.Talks, i int) int {
	s := sc.s
	var extra []string // lower-case words right before the head
	j := i - 1
	for ; j >= 0; j-- {
		w, t := s.Lower[j], s.Tokens[j]
		switch {
		case len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigits(w):
			n.Year = w
		case in(s, gazetteer.Topics, j):
			n.Topics = append([]string{t.Text}, n.Topics...) // as written: "Brexit"
		case in(s, gazetteer.Ordinals, j):
		case strings.Contains(w, "-") && a.sponsor(sc, j):
		case strings.Contains(w, "-") && a.hyphenated(n, t.Text):
		case t.IsCap() && t.IsWord() && !in(s, gazetteer.NotName, j):
			if !a.capModifier(sc, n, j) {
				return a.keepExtra(n, extra, j+1, i)
			}
		case len(n.Topics) == 0 && len(extra) < 2 && j > 0 && isLowerWord(w) && !in(s, gazetteer.NotName, j) && !has(s, j, rules.WordVerb):
			extra = append([]string{w}, extra...)
		default:
			return a.keepExtra(n, extra, j+1, i)
		}
	}
	return a.keepExtra(n, extra, 0, i)
}

// keepExtra adds the tentative topic words when something specific was
// found before them, and returns where the mention starts.
func (a *reader) keepExtra(n *article.Talks, extra []string, start, head int) int {
	if len(extra) == 0 {
		return start
	}
	if len(n.Topics) == 0 && n.Venue == "" && n.Label == "" && n.Year == "" && len(n.Parts) == 0 {
		return head // nothing specific: the head alone
	}
	n.Topics = append(n.Topics, extra...)
	return start
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// capModifier takes a capitalized word before a head: a seat as venue, an
// acronym or name as label.
func (a *reader) capModifier(sc *scan, n *article.Talks, j int) bool {
	t := sc.s.Tokens[j]
	if p, ok := a.g.Phrases[t.Text]; ok {
		if p.Form != gazetteer.FormSeat || n.Venue != "" {
			return false
		}
		n.Venue = t.Text
		if k := len(sc.out) - 1; k >= 0 && sc.out[k].Start == j {
			sc.out = sc.out[:k]
		}
		return true
	}
	if n.Label != "" || a.lastTitleLike(t.Text) {
		return false
	}
	if j == 0 || !strings.ContainsAny(t.Text[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && sc.s.Lower[j-1] != "the" {
		return false // "Joint agreement" at the start of a sentence is no name
	}
	n.Label = t.Text
	return true
}

func (a *reader) lastTitleLike(w string) bool { return a.g.Titles[strings.ToLower(w)] }

// sponsor reads "EU-facilitated" before a head: the actor is kept as a
// modifier mention of token j, which the rules read as the mediator.
func (a *reader) sponsor(sc *scan, j int) bool {
	t := sc.s.Tokens[j]
	k := strings.LastIndex(t.Text, "-")
	if k <= 0 || !a.g.Suffixed(gazetteer.Sponsors, sc.s.Lower[j]) {
		return false
	}
	for _, m := range sc.out {
		if m.Start == j {
			return true // read already as a compound
		}
	}
	p, ok := a.g.Phrases[t.Text[:k]]
	if !ok || p.Entry.Type == actorgraph.Negotiation {
		return true // a sponsor we do not know: no name, no label
	}
	sc.out = append(sc.out, article.Mention{Start: j, End: j + 1, Actor: a.Actors.Entry(p.Entry), Type: p.Entry.Type, Kind: article.Modifier})
	return true
}

// hyphenated reads "US-China" (participants) or "trade-deal" (topic).
func (a *reader) hyphenated(n *article.Talks, w string) bool {
	parts := strings.Split(w, "-")
	var names []string
	for _, p := range parts {
		if ph, ok := a.g.Phrases[p]; ok && ph.Form != gazetteer.FormAdjective {
			names = append(names, a.g.Short(ph.Entry))
			continue
		}
		if a.g.In(gazetteer.Topics, strings.ToLower(p)) {
			n.Topics = append(n.Topics, p)
			return true
		}
		return false
	}
	n.Parts = names
	return true
}

func isUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
