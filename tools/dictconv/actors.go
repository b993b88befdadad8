package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/dict"
)

var actorFiles = []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}

// convertActors writes actors.tsv: persons with dated roles, international
// organizations and non-state groups.
func convertActors(in, out string, k *knowledge) error {
	var all []dict.Actor
	for _, name := range actorFiles {
		b, err := os.ReadFile(filepath.Join(in, name))
		if err != nil {
			return err
		}
		var skipped []error
		set, err := dict.Read(b, name, &skipped)
		if err != nil {
			return err
		}
		report(name, skipped)
		all = append(all, set.Actors...)
	}
	igos := map[string]string{} // IGO code -> organization name
	for _, a := range all {
		if strings.HasPrefix(a.Code, "IGO") && igos[a.Code] == "" {
			igos[a.Code] = orgName(a.Name)
		}
	}
	var keep []dict.Actor
	names := map[string]bool{}
	for _, a := range all {
		c, ok := k.convertActor(a, igos)
		if !ok || names[strings.ToLower(c.Name)] {
			continue
		}
		names[strings.ToLower(c.Name)] = true
		keep = append(keep, c)
	}
	fmt.Fprintf(os.Stderr, "actors.tsv: %d of %d entries\n", len(keep), len(all))
	return writeSet(filepath.Join(out, "actors.tsv"), dict.Set{Actors: keep})
}

// convertActor turns one Phoenix entry into a project entry, or says it
// is not one the extractor uses.
func (k *knowledge) convertActor(a dict.Actor, igos map[string]string) (dict.Actor, bool) {
	if a.Code != "" {
		return k.convertOrg(a)
	}
	if len(a.Roles) == 0 || k.titled(a.Name) || len(strings.Fields(a.Name)) < 2 {
		return dict.Actor{}, false // a role or title ("UN SECRETARY GENERAL"), not a person
	}
	p := dict.Actor{Name: personName(a.Name), Type: "Person"}
	for _, al := range a.Aliases {
		if !k.titled(al) && !strings.EqualFold(al, a.Name) {
			p.Aliases = append(p.Aliases, personName(al))
		}
	}
	for _, r := range a.Roles {
		if r.From != "" && r.To != "" && r.To < r.From {
			continue // an error of the source: the role ends before it starts
		}
		if aff := k.affiliation(r.Code, igos); aff != "" {
			p.Roles = append(p.Roles, dict.Role{Affiliation: aff, From: r.From, To: r.To})
		}
	}
	return p, true
}

// convertOrg keeps international bodies (IGO...) and a country's non-state
// groups (a "group" role: SYRREB).
func (k *knowledge) convertOrg(a dict.Actor) (dict.Actor, bool) {
	o := dict.Actor{Name: orgName(a.Name), Type: "Organization"}
	switch {
	case strings.HasPrefix(a.Code, "IGO") || strings.HasPrefix(a.Code, "IMG") || strings.HasPrefix(a.Code, "NGO"):
	case len(a.Code) >= 6 && k.countries[a.Code[:3]] != "" && k.agentKinds[a.Code[3:6]] == "group":
		o.Roles = []dict.Role{{Affiliation: k.countries[a.Code[:3]]}}
	default:
		return dict.Actor{}, false
	}
	if o.Name == "" || k.demonyms[strings.ToLower(o.Name)] {
		return dict.Actor{}, false
	}
	for _, al := range a.Aliases {
		if n := orgName(al); n != "" && !strings.EqualFold(n, o.Name) && !k.demonyms[strings.ToLower(n)] {
			o.Aliases = append(o.Aliases, n)
		}
	}
	return o, true
}

// affiliation returns the government or international body a role code
// makes a person a member of: a state role of a country (RUSGOV, USAMIL),
// or an international body by its longest known code prefix.
func (k *knowledge) affiliation(code string, igos map[string]string) string {
	if len(code) >= 6 && k.countries[code[:3]] != "" && k.agentKinds[code[3:6]] == "state" {
		return k.countries[code[:3]]
	}
	for n := len(code); n >= 6 && strings.HasPrefix(code, "IGO"); n-- {
		if name := igos[code[:n]]; name != "" {
			return name
		}
	}
	return ""
}

// titled reports whether a name holds a title or demonym word
// ("PRESIDENT", "RUSSIAN"): a role, or an alias that is a title plus a name.
func (k *knowledge) titled(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ".,")
		if k.titleWords[w] || k.demonyms[w] {
			return true
		}
	}
	return false
}

// personName writes an upper-case dictionary name in the usual case:
// "BAN KI-MOON" -> "Ban Ki-moon", "BASHAR AL-ASSAD" -> "Bashar al-Assad",
// "MARTIN O'MALLEY" -> "Martin O'Malley".
func personName(n string) string {
	ws := strings.Fields(n)
	for i, w := range ws {
		ws[i] = personWord(w)
	}
	return strings.Join(ws, " ")
}

func personWord(w string) string {
	lw := strings.ToLower(w)
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "ibn-", "bin-"} {
		if strings.HasPrefix(lw, p) && len(lw) > len(p) {
			return p + capital(lw[len(p):])
		}
	}
	if i := strings.IndexByte(lw, '\''); i > 0 && i < len(lw)-1 && i <= 2 {
		return capital(lw[:i+1]) + capital(lw[i+1:])
	}
	return capital(lw)
}

// orgName writes an organization's name: words capitalized but short
// function words, acronyms (one word of up to five letters, or words with
// dots) kept upper case, a leading "The" and a parenthesized acronym dropped.
func orgName(n string) string {
	if i := strings.IndexByte(n, '('); i > 0 {
		n = n[:i]
	}
	ws := strings.Fields(n)
	if len(ws) > 1 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) == 1 && len(ws[0]) <= 5 || len(ws) == 1 && strings.Contains(ws[0], ".") {
		return ws[0]
	}
	for i, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && (lw == "of" || lw == "the" || lw == "and" || lw == "for" || lw == "in" || lw == "on" || lw == "de"):
			ws[i] = lw
		case strings.Contains(w, "."):
			ws[i] = w
		default:
			ws[i] = personWord(w)
		}
	}
	return strings.Join(ws, " ")
}

// capital upper-cases the first letter of a lower-case word and the first
// letter after each hyphen only when the part is long: "ki-moon" stays.
func capital(w string) string {
	r := []rune(w)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
