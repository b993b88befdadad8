package gazetteer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/text"
)

func (g *Gazetteer) add(phrase string, p Phrase) {
	if old, dup := g.Phrases[phrase]; dup && (p.Form == FormAdjective || p.Form == FormPeople && old.Form == FormAdjective) {
		if p.Form == FormPeople {
			g.Sides[phrase] = true // "French" is a demonym, a side only alone
		}
		return // "U.S." is a name first
	}
	g.Phrases[phrase] = p
	if b := g.plain(phrase); b != phrase || strings.Count(phrase, " ") > 0 {
		if _, taken := g.bareKeys[b]; !taken {
			g.bareKeys[b] = p // "Tigray People’s Liberation Front" finds "Tigray Peoples ..."
		}
	}
	if n := len(strings.Fields(phrase)); n > g.MaxWords {
		g.MaxWords = n
	}
	toks := text.Tokenize(phrase, 0)
	n := len(toks)
	if n > 1 {
		n++ // a possessive written in the text may add a token: "People’s"
	}
	if len(toks) > 0 && n > g.Starts[toks[0].Text] {
		g.Starts[toks[0].Text] = n
	}
}

// plain is a phrase without its apostrophes and in American spelling, the
// key of Gazetteer.bareKeys.
func (g *Gazetteer) plain(phrase string) string {
	if strings.ContainsAny(phrase, "'’") {
		phrase = strings.NewReplacer("'", "", "’", "").Replace(phrase)
	}
	if g.spell == nil || !strings.Contains(phrase, " ") {
		return phrase
	}
	return strings.TrimSpace(g.spell.Replace(" " + phrase + " "))
}

// spelling reads a line of spellings.txt: a British spelling and the
// American one, each also capitalized.
func (g *Gazetteer) spelling(_ string, f []string) error {
	if len(f) != 2 || f[0] == "" || f[1] == "" {
		return errors.New("want british|american")
	}
	title := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	g.spellings = append(g.spellings, " "+f[0]+" ", " "+f[1]+" ", " "+title(f[0])+" ", " "+title(f[1])+" ")
	g.spell = strings.NewReplacer(g.spellings...)
	return nil
}

// Lookup returns the phrase written as text: exactly, else the
// multi-word phrase that differs from it only in apostrophes ("People’s",
// "People's" and "Peoples" are one word).
func (g *Gazetteer) Lookup(text string) (Phrase, bool) {
	if p, ok := g.Phrases[text]; ok {
		return p, true
	}
	if !strings.Contains(text, " ") || strings.HasSuffix(text, "'") || strings.HasSuffix(text, "’") {
		return Phrase{}, false // "the United States' recognition": the apostrophe is the possessive's
	}
	p, ok := g.bareKeys[g.plain(text)]
	return p, ok
}

func (g *Gazetteer) country(_ string, f []string) error {
	if len(f) != 6 || f[0] == "" {
		return errors.New("want name|iso3|names|adjectives|peoples|seats")
	}
	e := &Entry{Name: f[0], Type: actorgraph.Government, ISO3: f[1], Source: "countries.txt"}
	g.entries[e.Name] = e
	g.add(e.Name, Phrase{e, FormName})
	for _, n := range list(f[2]) {
		g.add(n, Phrase{e, FormName})
	}
	for _, n := range list(f[3]) {
		g.add(n, Phrase{e, FormAdjective})
	}
	for _, n := range list(f[4]) {
		g.add(n, Phrase{e, FormPeople})
	}
	for i, n := range list(f[5]) {
		if i == 0 {
			e.Capital = n
		}
		g.add(n, Phrase{e, FormSeat})
	}
	return nil
}

func (g *Gazetteer) organization(_ string, f []string) error {
	if len(f) != 4 || f[0] == "" {
		return errors.New("want name|kind|government|names")
	}
	e := &Entry{Name: f[0], Type: actorgraph.Organization, Kind: f[1], Affiliation: f[2], Source: "organizations.txt"}
	g.entries[e.Name] = e
	g.add(e.Name, Phrase{e, FormName})
	for _, n := range list(f[3]) {
		g.add(n, Phrase{e, FormName})
	}
	return nil
}

func (g *Gazetteer) title(l string, _ []string) error {
	l = strings.ToLower(strings.ReplaceAll(l, ".", ""))
	g.Titles[l] = true
	g.TitleStarts[strings.Fields(l)[0]] = true
	for _, w := range strings.Fields(l) {
		g.TitleWords[w] = true
	}
	if n := len(strings.Fields(l)); n > g.MaxTitle {
		g.MaxTitle = n
	}
	return nil
}

func (g *Gazetteer) givenName(l string, _ []string) error {
	for _, w := range strings.Fields(l) {
		g.GivenNames[w] = true
	}
	return nil
}

func (g *Gazetteer) cameo(_ string, f []string) error {
	if len(f) != 2 {
		return errors.New("want code|goldstein")
	}
	v, err := strconv.ParseFloat(f[1], 64)
	if err != nil {
		return fmt.Errorf("goldstein: %w", err)
	}
	g.Goldstein[f[0]] = v
	return nil
}

// word reads "list | word word ..." lines of words.txt.
func (g *Gazetteer) word(_ string, f []string) error {
	if len(f) != 2 {
		return errors.New("want list|words")
	}
	id, ok := listNames[f[0]]
	if !ok && rareNames[f[0]] {
		return nil // read by Set
	}
	if !ok {
		return errors.New("unknown word list " + f[0])
	}
	m := g.lists[id]
	if m == nil {
		m = map[string]bool{}
		g.lists[id] = m
	}
	for _, w := range strings.Fields(f[1]) {
		m[strings.ToLower(w)] = true
	}
	return nil
}
