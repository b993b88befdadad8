package gazetteer

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/dict"
)

// addActor adds an actor of a dictionary. Built-in entries already known
// (from the project's own lists, or an earlier file) win over later
// built-in ones; a user's entry wins over built-in ones and is reported.
func (g *Gazetteer) addActor(a dict.Actor, user bool) error {
	typ := actorgraph.ActorType(a.Type)
	if typ == "" {
		typ = g.inferType(a)
	}
	switch typ {
	case actorgraph.Person:
		return g.addPerson(a, user)
	case actorgraph.Government, actorgraph.Organization:
		return g.addBody(a, typ, user)
	case "alias":
		return g.addAlias(a, user)
	}
	return nil
}

// inferType types an entry of a Phoenix-format file, which does not say:
// roles without a code of its own make a person; a three-letter code a
// government, unless it is a known country's (then the entry is another
// name of it); a country's state role (ARNGOV) another name of that
// government; any other code an organization.
func (g *Gazetteer) inferType(a dict.Actor) actorgraph.ActorType {
	switch {
	case a.Code == "" && len(a.Roles) > 0:
		return actorgraph.Person
	case a.Code == "":
		return ""
	case len(a.Code) == 3 && g.byISO(a.Code) == nil:
		return actorgraph.Government
	case len(a.Code) == 3:
		return "alias"
	case g.byISO(a.Code[:3]) != nil && g.dicts.agentKind[a.Code[3:min(6, len(a.Code))]] == "state":
		return "alias"
	}
	return actorgraph.Organization
}

// byISO returns the government with this ISO3 (or user-given) code.
func (g *Gazetteer) byISO(code string) *Entry {
	if g.iso == nil {
		g.iso = map[string]*Entry{}
		for _, e := range g.entries {
			if e.Type == actorgraph.Government && e.ISO3 != "" {
				g.iso[strings.ToUpper(e.ISO3)] = e
			}
		}
	}
	return g.iso[strings.ToUpper(code)]
}

// displayName writes a name of a Phoenix file ("ARNOR", "HAMAS WING") in
// the usual case when it is all upper case.
func displayName(n string) string {
	if strings.ToUpper(n) != n {
		return n
	}
	ws := strings.Fields(strings.ToLower(n))
	for i, w := range ws {
		if i > 0 && (w == "of" || w == "the" || w == "and" || w == "for") {
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

func (g *Gazetteer) addPerson(a dict.Actor, user bool) error {
	ns := names(a)
	p := &Person{Name: ns[0], Aliases: ns[1:], Source: a.Pos.String()}
	for _, r := range a.Roles {
		if r.Affiliation == "" && r.Code != "" {
			r.Affiliation = g.codeAffiliation(r.Code)
		}
		if r.Affiliation == "" {
			continue
		}
		if _, ok := g.entries[r.Affiliation]; !ok {
			if user {
				return fmt.Errorf("%s: %s: affiliation %q is no government or organization known here (define it first)", a.Pos, a.Name, r.Affiliation)
			}
			continue
		}
		p.Roles = append(p.Roles, r)
	}
	key := Fold(p.Name)
	if old, ok := g.dicts.persons[key]; ok {
		if !user {
			if old.Name == p.Name && old.Source[:strings.IndexByte(old.Source, ':')] == p.Source[:strings.IndexByte(p.Source, ':')] {
				old.Roles = append(old.Roles, p.Roles...) // the same entry again, with another role
			}
			return nil
		}
		g.dicts.redefined = append(g.dicts.redefined, fmt.Sprintf("%s: person %q (was %s)", a.Pos, p.Name, old.Source))
	}
	if _, ok := g.people.byName[p.Name]; ok && user {
		g.dicts.redefined = append(g.dicts.redefined, fmt.Sprintf("%s: person %q (was leaders.txt)", a.Pos, p.Name))
		delete(g.people.byName, p.Name)
	}
	g.dicts.persons[key] = p
	for _, al := range p.Aliases {
		g.personAlias(al, p, user)
	}
	return nil
}

// personAlias indexes another name of a person: a full name under its
// folded form; one word alone only when no other person has it and it
// names no government or organization.
func (g *Gazetteer) personAlias(al string, p *Person, user bool) {
	k := Fold(al)
	if strings.Contains(k, " ") {
		if _, ok := g.dicts.persons[k]; !ok || user {
			g.dicts.persons[k] = p
		}
		return
	}
	if _, ok := g.Phrases[al]; ok || g.GivenNames[al] || g.Titles[k] {
		return
	}
	if old, ok := g.dicts.alone[k]; ok && old != p && !user {
		g.dicts.alone[k] = nil // two persons share it: it names neither alone
		return
	}
	g.dicts.alone[k] = p
}

// codeAffiliation returns the government or organization a CAMEO actor
// code makes a person a member of: a country's state role ("ARNGOV") or a
// body with that code.
func (g *Gazetteer) codeAffiliation(code string) string {
	if len(code) >= 3 {
		if e := g.byISO(code[:3]); e != nil && (len(code) == 3 || g.dicts.agentKind[code[3:min(6, len(code))]] == "state") {
			return e.Name
		}
	}
	for _, e := range g.entries {
		if e.code != "" && strings.HasPrefix(code, e.code) {
			return e.Name
		}
	}
	return ""
}

// addBody adds a government or organization and its names.
func (g *Gazetteer) addBody(a dict.Actor, typ actorgraph.ActorType, user bool) error {
	name := names(a)[0]
	e, exists := g.entries[name]
	if exists && !user {
		return nil
	}
	if exists {
		g.dicts.redefined = append(g.dicts.redefined, fmt.Sprintf("%s: %s %q", a.Pos, typ, name))
	}
	e = &Entry{Name: name, Type: typ, code: a.Code, Source: a.Pos.String()}
	if typ == actorgraph.Government {
		e.ISO3 = a.Code
	} else {
		e.Kind = "group"
		if strings.HasPrefix(a.Code, "IGO") {
			e.Kind = "international"
		}
		if len(a.Roles) > 0 {
			e.Affiliation = a.Roles[0].Affiliation
		} else if len(a.Code) > 3 {
			if c := g.byISO(a.Code[:3]); c != nil {
				e.Affiliation = c.Name
			}
		}
	}
	if !user {
		if _, taken := g.Phrases[name]; taken {
			return nil // a built-in phrase of the project's own lists
		}
	}
	g.entries[name] = e
	if e.ISO3 != "" && g.iso != nil {
		g.iso[strings.ToUpper(e.ISO3)] = e
	}
	g.addNames(e, names(a), user)
	return nil
}

// addAlias adds the names of an entry as other names of the government its
// code names ("ATHENS [GRC]", "ISRAELI_TROOPS [ISRMIL]").
func (g *Gazetteer) addAlias(a dict.Actor, user bool) error {
	e := g.byISO(a.Code[:3])
	if e == nil {
		return nil
	}
	g.addNames(e, names(a), user)
	return nil
}

// addNames adds a name and aliases of e as phrases; a built-in phrase is
// not replaced by a later built-in one, and a built-in alias of one plain
// word is left out (too likely a common word at the start of a sentence).
func (g *Gazetteer) addNames(e *Entry, names []string, user bool) {
	for i, n := range names {
		if _, taken := g.Phrases[n]; taken && !user {
			continue
		}
		if !user && i > 0 && !strings.Contains(n, " ") && !strings.Contains(n, "-") && strings.ToUpper(n) != n {
			continue
		}
		g.add(n, Phrase{e, FormName})
	}
}

// names lists the name and aliases of a dictionary entry as they are
// written in text: a Phoenix file's upper-case names in the usual case,
// and short ones (acronyms: "HAMAS", "FN") also as they stand.
func names(a dict.Actor) []string {
	var out []string
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if a.Type != "" {
			out = append(out, n) // the project's format: as written
			continue
		}
		out = append(out, displayName(n))
		if len(n) <= 5 && !strings.Contains(n, " ") && displayName(n) != n {
			out = append(out, n)
		}
	}
	return out
}
