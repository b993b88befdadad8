package gazetteer

import (
	"strings"
	"unicode"
)

// Short returns the short form of an entry for negotiation names: an
// all-capitals two-letter acronym without dots ("US", "EU"), else the name
// ("Saudi Arabia", not "KSA").
func (g *Gazetteer) Short(e *Entry) string {
	if !strings.Contains(e.Name, " ") {
		return e.Name
	}
	if s, ok := g.shorts[e]; ok {
		return s
	}
	return e.Name
}

// indexShorts finds, once the phrases are all added, the two-letter
// capital acronym of each entry that has one (the smallest if several),
// so that Short needs no walk over every phrase.
func (g *Gazetteer) indexShorts() {
	g.shorts = map[*Entry]string{}
	for text, p := range g.Phrases {
		if p.Form == FormName && len(text) == 2 && isUpper(text) {
			if old, ok := g.shorts[p.Entry]; !ok || text < old {
				g.shorts[p.Entry] = text
			}
		}
	}
}

func isUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
