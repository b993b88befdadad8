package gazetteer

import (
	"sort"
	"strings"
)

// ListWords returns the words of list l, sorted, with the words of a
// phrase ("prime_minister" in words.txt) joined by spaces.
func (g *Gazetteer) ListWords(l List) []string {
	out := make([]string, 0, len(g.lists[l]))
	for w := range g.lists[l] {
		out = append(out, strings.ReplaceAll(w, "_", " "))
	}
	sort.Strings(out)
	return out
}
