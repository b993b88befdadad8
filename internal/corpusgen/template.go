package corpusgen

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// paragraphKinds are the template kinds, in the order the body cycles
// through them after the lead paragraph.
var paragraphKinds = []string{"lead", "talks", "reaction", "quote", "background"}

// actorSlots are the slots that stand for actors.
var actorSlots = map[string]bool{
	"g1": true, "g2": true, "g3": true, "g4": true,
	"p1": true, "p2": true, "p3": true, "p4": true,
	"o1": true, "n1": true,
}

// fillers are the slots that stand for plain words.
var fillers = map[string]bool{
	"venue": true, "day": true, "topic": true, "months": true, "year": true, "count": true,
}

// segment is a literal piece of a template, or a slot to fill.
type segment struct {
	lit   string
	slot  string // "" for a literal
	field string // "capital", "demonym" or ""
}

// slotRel is a relation a template states, between two slots.
type slotRel struct {
	source string
	typ    actorgraph.RelType
	target string
}

// template is one sentence (or headline) pattern.
type template struct {
	kind string
	segs []segment
	rels []slotRel
}

// parseTemplate parses the relations and text of one template line.
func parseTemplate(kind, rels, text string) (*template, error) {
	t := &template{kind: kind}
	for _, r := range strings.Split(rels, ";") {
		f := strings.Fields(r)
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 || !actorSlots[f[0]] || !actorSlots[f[2]] || !actorgraph.RelType(f[1]).Valid() {
			return nil, fmt.Errorf("bad relation %q: want slot TYPE slot", strings.TrimSpace(r))
		}
		t.rels = append(t.rels, slotRel{f[0], actorgraph.RelType(f[1]), f[2]})
	}
	for text != "" {
		i := strings.IndexByte(text, '{')
		if i < 0 {
			t.segs = append(t.segs, segment{lit: text})
			break
		}
		j := strings.IndexByte(text[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("unclosed { in %q", text)
		}
		if i > 0 {
			t.segs = append(t.segs, segment{lit: text[:i]})
		}
		slot, field, _ := strings.Cut(text[i+1:i+j], ".")
		if err := checkSlot(slot, field); err != nil {
			return nil, err
		}
		t.segs = append(t.segs, segment{slot: slot, field: field})
		text = text[i+j+1:]
	}
	return t, nil
}

func checkSlot(slot, field string) error {
	switch {
	case fillers[slot] && field == "":
		return nil
	case actorSlots[slot] && field == "":
		return nil
	case slot[0] == 'g' && actorSlots[slot] && (field == "capital" || field == "demonym"):
		return nil
	}
	return fmt.Errorf("unknown slot {%s}", strings.TrimSuffix(slot+"."+field, "."))
}

// capitalize upper-cases the first letter of s when it is an ASCII letter.
func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
