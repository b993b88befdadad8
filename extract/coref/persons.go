package coref

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

// WithRole returns the person whose role ends with title ("prime
// minister"; "leader" for any head of state or government) and who serves
// affil, or -1. Only the latest actors are looked at, so that the time
// stays linear.
func (c *Resolver) WithRole(title string, affil int) int {
	for idx := max(0, c.d.Actors.Len()-200); idx < c.d.Actors.Len(); idx++ {
		r := c.d.Actors.List[idx]
		if r.Actor.Type == actorgraph.Person && c.d.Actors.Canon(idx) == idx && c.d.Actors.AffilOf(idx) == affil &&
			(strings.EqualFold(lastWords(r.Actor.Role, title), title) || title == "leader" && c.ruler(r.Actor.Role)) {
			return idx
		}
	}
	return -1
}

// OnlyWithRole returns the one person so far whose role ends with title
// ("Chancellor", "Foreign Minister"), or -1 if none or several. Only the
// latest actors are looked at, so that the time stays linear.
func (c *Resolver) OnlyWithRole(title string) int {
	found := -1
	for idx := c.d.Actors.Len() - 1; idx >= 0 && idx >= c.d.Actors.Len()-200; idx-- {
		r := c.d.Actors.List[idx]
		if r.Actor.Type != actorgraph.Person || c.d.Actors.Canon(idx) != idx || !strings.EqualFold(lastWords(r.Actor.Role, title), title) {
			continue
		}
		if f := strings.Fields(strings.ToLower(r.Actor.Role)); len(f) > len(strings.Fields(title)) && (f[0] == "vice" || f[0] == "deputy" || f[0] == "former") {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = idx
	}
	return found
}

// ruler reports whether a role is that of a head of state or government
// (rulers), whom "the leader" refers to.
func (c *Resolver) ruler(role string) bool {
	role = strings.ToLower(role)
	for _, r := range c.g.ListWords(gazetteer.Rulers) {
		if strings.HasSuffix(role, r) && !strings.HasSuffix(role, "vice "+r) {
			return true
		}
	}
	return false
}

func lastWords(role, like string) string {
	n := len(strings.Fields(like))
	f := strings.Fields(role)
	if len(f) < n {
		return role
	}
	return strings.Join(f[len(f)-n:], " ")
}

// Person returns the person named name, adding it or merging it with a
// person known by surname, and records role and affiliation if new.
func (c *Resolver) Person(name, role string, affil, si int, titled bool) int {
	name = article.NormSpace(name)
	if w := strings.Fields(name); len(w) >= 3 && c.g.TitleWords[strings.ToLower(w[0])] {
		for len(w) >= 3 && c.g.TitleWords[strings.ToLower(w[0])] {
			w = w[1:] // "Staff Jane Roe" from "Chief of General Staff Jane Roe"
		}
		name = strings.Join(w, " ")
	}
	key := ""
	if l, ok := c.g.LeaderOn(name, titled, c.d.Date); ok {
		key = l.Key
		if len(strings.Fields(name)) < 2 || !c.g.KnownSpelling(name) {
			name = l.Name // a surname, initials: the known person's name
		} // another spelling of a full name stays as written; the key is the identity
		if e, ok := c.g.Entry(l.Affiliation); ok && affil < 0 {
			affil = c.d.Actors.Entry(e)
		}
		if role == "" {
			role = l.Role
		}
	}
	words := strings.Fields(name)
	idx := -1
	if i, ok := c.d.Actors.Find(actorgraph.Person, name); ok {
		idx = c.d.Actors.Canon(i)
	} else if i, ok := c.byKey[key]; ok && key != "" {
		idx = c.d.Actors.Canon(i) // "Erdoğan" after "Erdogan": one person
	} else if i, ok := c.surnames[name]; ok && len(words) == 1 {
		idx = c.d.Actors.Canon(i)
	}
	if idx < 0 {
		idx = c.d.Actors.For(actorgraph.Person, name)
		c.register(idx, words)
	}
	if key != "" && c.d.Actors.List[idx].Actor.Key == "" {
		c.d.Actors.List[idx].Actor.Key = key
		c.byKey[key] = idx
	}
	if affil >= 0 && c.d.Actors.List[affil].Actor.Kind == "legislature" {
		if e, ok := c.g.Entry(c.d.Actors.List[affil].Actor.Affiliation); ok {
			affil = c.d.Actors.Entry(e) // a senator serves the government
		}
	}
	if affil >= 0 {
		c.d.Actors.List[affil].Used = true
	}
	c.describe(idx, role, affil, si)
	if c.familyNameFirst(c.d.Actors.List[idx].Actor.Affiliation) && len(words) > 1 {
		if _, ok := c.surnames[words[0]]; !ok {
			c.surnames[words[0]] = idx // "Yoon" for "Yoon Suk Yeol"
		}
	}
	return idx
}

// familyNameFirst reports whether aff, an entry of the gazetteer, is in
// familynamefirst: a government whose officials' names are written family
// name first in English ("Xi Jinping", "Yoon Suk Yeol").
func (c *Resolver) familyNameFirst(aff string) bool {
	if e, ok := c.g.Entry(aff); !ok || e.Name != aff {
		return false
	}
	return c.g.In(gazetteer.FamilyNameFirst, strings.ReplaceAll(strings.ToLower(aff), " ", "_"))
}

// describe gives person idx a role and an affiliation read in sentence si,
// unless they are known already.
func (c *Resolver) describe(idx int, role string, affil, si int) {
	r := c.d.Actors.List[idx]
	role = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(role, "the "), "The "))
	if r.Actor.Role == "" && role != "" {
		r.Actor.Role = role
		r.First = si
	}
	if r.Actor.Affiliation == "" && affil >= 0 {
		r.Actor.Affiliation = c.d.Actors.List[affil].Actor.Name
		if r.First < 0 {
			r.First = si
		}
	}
}

// register indexes a new person by surname; a person known so far only by
// that surname becomes an alias of the full name.
func (c *Resolver) register(idx int, words []string) {
	keys := []string{words[len(words)-1]}
	if len(words) > 1 && familyFirst(words[len(words)-1]) {
		keys = []string{words[0]}
	}
	for _, k := range keys {
		if old, ok := c.surnames[k]; ok && len(words) > 1 {
			o := c.d.Actors.List[c.d.Actors.Canon(old)]
			if len(strings.Fields(o.Actor.Name)) == 1 {
				c.absorb(idx, c.d.Actors.Canon(old))
			}
		}
		c.surnames[k] = idx
	}
}

// absorb merges person old into person idx.
func (c *Resolver) absorb(idx, old int) {
	n, o := c.d.Actors.List[idx], c.d.Actors.List[old]
	o.Alias = idx
	for k := range o.Aliases {
		n.Aliases[k] = true
	}
	if n.Actor.Role == "" {
		n.Actor.Role, n.First = o.Actor.Role, o.First
	}
	if n.Actor.Affiliation == "" {
		n.Actor.Affiliation = o.Actor.Affiliation
	}
	if c.lastPer == old {
		c.lastPer = idx
	}
}

// familyFirst reports whether a last name part looks like the second half
// of a given name written family name first ("Jae-in", "Jong-un").
func familyFirst(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 0 || i+1 >= len(w) {
		return false
	}
	return unicode.IsLower(rune(w[i+1]))
}

// KnownPerson returns the person with this name or surname.
func (c *Resolver) KnownPerson(name string) (int, bool) {
	if i, ok := c.d.Actors.Find(actorgraph.Person, name); ok {
		return c.d.Actors.Canon(i), true
	}
	if i, ok := c.surnames[name]; ok {
		return c.d.Actors.Canon(i), true
	}
	if first, last, ok := firstLast(name); ok {
		if i, ok := c.surnames[last]; ok {
			full := c.d.Actors.List[c.d.Actors.Canon(i)].Actor.Name
			if c.g.In(gazetteer.Particles, strings.ToLower(first)) || strings.HasSuffix(full, " "+name) {
				return c.d.Actors.Canon(i), true // "Le Drian", "Fernandez de Cossio"
			}
		}
	}
	return -1, false
}

// firstLast returns the first and the last of the words of s (as
// strings.Fields splits them) when it has more than one.
func firstLast(s string) (string, string, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", "", false
	}
	j := strings.LastIndexFunc(s, unicode.IsSpace)
	_, n := utf8.DecodeRuneInString(s[j:])
	return s[:i], s[j+n:], true
}
