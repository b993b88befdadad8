package gazetteer

import (
	"strings"
	"unicode"
)

// Short returns the short form of an entry for negotiation names: an
// all-capitals two-letter acronym without dots ("US", "EU"), else the name
// ("Saudi Arabia", not "KSA").
func (g *Gazetteer) Short(e *Entry) string {
	best := e.Name
	if !strings.Contains(best, " ") {
		return best
	}
	for text, p := range g.Phrases {
		if p.Entry == e && p.Form == FormName && len(text) == 2 && isUpper(text) &&
			(len(text) < len(best) || len(text) == len(best) && text < best) {
			best = text
		}
	}
	return best
}

func isUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
