package dict

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// verbParser holds the state of reading a PETRARCH verb dictionary: the
// noun sets ("&CURRENCY") and the synonym set being read.
type verbParser struct {
	file     string
	sets     map[string][]string
	set      string // the noun set being defined, before the first synset
	inSynset bool
	code     string // the synset's own code, "" when it has none
	verbs    []Verb // the synset's verbs
	patterns []Verb // the synset's patterns, Base empty
	out      []Verb
}

// ReadPetrarchVerbs reads a verb dictionary in the PETRARCH format (the
// CAMEO.2.0 file): noun sets ("&NAME" then "+WORD" lines), synonym sets
// ("--- NAME [code] ---"), their verbs ("WORD {FORMS} [code]", "+WORD_PARTICLE")
// and phrase patterns ("- * WORDS [code]"). Each pattern applies to every
// verb of its set; patterns with words before the verb are left out, since
// they constrain the subject, which the extractor finds by other means.
// Verbs and patterns without a code of their own take the set's code;
// those with none are dropped.
//
// A bad line is an error naming file and line; when skipped is not nil it
// is added there instead and the line passed over (for the field's files,
// which hold a few).
func ReadPetrarchVerbs(r io.Reader, file string, skipped *[]error) ([]Verb, error) {
	p := &verbParser{file: file, sets: map[string][]string{}}
	err := lines(r, file, skipped, func(n int, l string, _ bool) error { return p.line(n, l) })
	if err != nil {
		return nil, err
	}
	p.flush()
	return p.out, nil
}

func (p *verbParser) line(n int, l string) error {
	pos := Pos{p.file, n}
	switch {
	case strings.HasPrefix(l, "---"):
		p.flush()
		code, _, ok, err := bracket(l, '[', ']')
		if err != nil || !ok {
			return fmt.Errorf("synonym set %q: want --- NAME [code] ---", l)
		}
		p.inSynset, p.code = true, eventCode(code)
		if !validCode(p.code) {
			p.code = ""
		}
	case !p.inSynset && strings.HasPrefix(l, "&"):
		p.set = strings.TrimSuffix(strings.Fields(l)[0], "_")
		p.sets[p.set] = nil
	case !p.inSynset && strings.HasPrefix(l, "+"):
		if p.set == "" {
			return errors.New("a set member before any &SET")
		}
		p.sets[p.set] = append(p.sets[p.set], strings.ToLower(phrase(l)))
	case !p.inSynset:
		return fmt.Errorf("%q: want &SET, +MEMBER or --- SYNSET [code] ---", l)
	case strings.HasPrefix(l, "-"):
		return p.pattern(pos, l)
	default:
		return p.verb(pos, l)
	}
	return nil
}

// verb reads "WORD {FORMS} [code]" or "+WORD_PARTICLE {+FORMS_PARTICLE}".
func (p *verbParser) verb(pos Pos, l string) error {
	code, l, _, err := bracket(l, '[', ']')
	if err != nil {
		return err
	}
	code = eventCode(code)
	forms, l, _, err := bracket(l, '{', '}')
	if err != nil {
		return err
	}
	w := words(strings.ToLower(strings.TrimPrefix(l, "+")))
	if len(w) == 0 {
		return fmt.Errorf("verb line %q has no verb", l)
	}
	v := Verb{Code: code, Base: w[0], Rest: w[1:], Pos: pos}
	for _, f := range strings.Fields(strings.ToLower(forms)) {
		if fw := words(strings.TrimPrefix(f, "+")); len(fw) > 0 {
			v.Forms = append(v.Forms, fw[0])
		}
	}
	if code != "" && code != "---" && !validCode(code) {
		return fmt.Errorf("verb %q: bad code [%s]", w[0], code)
	}
	p.verbs = append(p.verbs, v)
	return nil
}

// pattern reads "- * WORDS (PREP X) {COMPOUND} &SET [code]".
func (p *verbParser) pattern(pos Pos, l string) error {
	code, body, ok, err := bracket(strings.TrimPrefix(l, "-"), '[', ']')
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("pattern %q has no [code]", l)
	}
	code = eventCode(code)
	toks := strings.Fields(strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(body))
	star := -1
	for i, t := range toks {
		if t == "*" {
			star = i
			break
		}
		if !marker(t) {
			return nil // words before the verb: a subject constraint
		}
	}
	if star < 0 {
		return fmt.Errorf("pattern %q has no *", l)
	}
	alts := [][]string{nil}
	for _, t := range toks[star+1:] {
		if marker(t) {
			continue
		}
		alts = p.expand(alts, t)
	}
	for _, rest := range alts {
		if len(rest) > 0 {
			p.patterns = append(p.patterns, Verb{Code: code, Rest: rest, Pos: pos})
		}
	}
	return nil
}

// expand appends the words of token t to each alternative: a noun set
// ("&CURRENCY") multiplies them, up to maxExpansions.
func (p *verbParser) expand(alts [][]string, t string) [][]string {
	members := []string{strings.ToLower(strings.Join(words(t), " "))}
	if strings.HasPrefix(t, "&") {
		members = p.sets[strings.TrimSuffix(t, "_")]
		if len(members) == 0 {
			return alts
		}
	}
	var out [][]string
	for _, a := range alts {
		for _, m := range members {
			if len(out) == maxExpansions {
				return out
			}
			w := append(append([]string{}, a...), strings.Fields(m)...)
			out = append(out, w)
		}
	}
	return out
}

// marker reports whether t is a PETRARCH slot marker ($ source, + target,
// ^ skip, % compound) rather than a word.
func marker(t string) bool { return strings.Trim(t, "$+^%") == "" }

// flush emits the synset read so far: each verb with its own or the set's
// code, and each pattern for each verb.
func (p *verbParser) flush() {
	for _, v := range p.verbs {
		if !validCode(v.Code) {
			v.Code = p.code
		}
		if v.Code != "" {
			p.out = append(p.out, v)
		}
		for _, pat := range p.patterns {
			code := pat.Code
			if !validCode(code) {
				continue
			}
			pv := v
			pv.Code, pv.Pos = code, pat.Pos
			pv.Rest = append(append([]string{}, v.Rest...), pat.Rest...)
			p.out = append(p.out, pv)
		}
	}
	p.verbs, p.patterns = nil, nil
}
