package gazetteer

import (
	"errors"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// Trigger is one relation trigger: a word (in all its forms) followed by
// fixed words, e.g. "call on" or "impose sanctions on".
type Trigger struct {
	Type  actorgraph.RelType
	CAMEO string
	Frame string   // "verb", "noun", "fixed" or "process"
	Forms []string // lower-case forms of the first word
	Past  string   // the past participle, for the passive
	Rest  []string // lower-case words that follow, in order
	Name  string   // the rule name, e.g. "CRITICIZES/verb/criticize"
	// Source is the dictionary file and line the trigger came from, or
	// empty for the project's own triggers.txt.
	Source string
}

func (g *Gazetteer) trigger(_ string, f []string) error {
	if len(f) != 4 {
		return errors.New("want TYPE|CAMEO|frame|phrases")
	}
	t := actorgraph.RelType(f[0])
	if !t.Valid() {
		return errors.New("unknown relation type " + f[0])
	}
	if _, ok := g.Goldstein[f[1]]; !ok {
		return errors.New("unknown CAMEO code " + f[1])
	}
	switch f[2] {
	case "verb", "noun", "fixed", "process":
	default:
		return errors.New("unknown frame " + f[2])
	}
	for _, p := range list(f[3]) {
		if strings.Contains(strings.Join(strings.Fields(p)[1:], " "), "/") {
			return errors.New("only the first word may give forms: " + p)
		}
		tr := parsePhrase(t, f[1], f[2], p)
		g.Triggers = append(g.Triggers, tr)
	}
	return nil
}

// parsePhrase reads "verb[/past[/ing[/participle]]] rest..." into a Trigger.
func parsePhrase(t actorgraph.RelType, code, frame, p string) Trigger {
	words := strings.Fields(strings.ToLower(p))
	head := strings.Split(words[0], "/")
	tr := Trigger{Type: t, CAMEO: code, Frame: frame, Rest: words[1:]}
	tr.Name = string(t) + "/" + frame + "/" + strings.Join(append([]string{head[0]}, words[1:]...), "-")
	switch frame {
	case "verb", "process":
		tr.Forms, tr.Past = Inflect(head...)
	default:
		tr.Forms = []string{head[0]}
	}
	return tr
}

// Inflect returns the forms of an English verb given its base and,
// optionally, its past, -ing and past participle forms, and the past
// participle.
func Inflect(forms ...string) ([]string, string) {
	base := forms[0]
	var s, past, ing string
	switch {
	case strings.HasSuffix(base, "e"):
		s, past, ing = base+"s", base+"d", base[:len(base)-1]+"ing"
	case strings.HasSuffix(base, "y") && len(base) > 2 && !strings.ContainsAny(base[len(base)-2:len(base)-1], "aeiou"):
		s, past, ing = base[:len(base)-1]+"ies", base[:len(base)-1]+"ied", base+"ing"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x"):
		s, past, ing = base+"es", base+"ed", base+"ing"
	default:
		s, past, ing = base+"s", base+"ed", base+"ing"
	}
	if len(forms) > 1 {
		past = forms[1]
	}
	if len(forms) > 2 {
		ing = forms[2]
	}
	if len(forms) > 3 && forms[3] != past {
		return []string{base, s, past, ing, forms[3]}, forms[3] // "spoken", "begun"
	}
	return []string{base, s, past, ing}, past
}
