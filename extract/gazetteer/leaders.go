package gazetteer

import (
	"errors"
	"strings"
)

// Leader is a well-known official: a head of state or government, a
// minister, the head of an international organization.
type Leader struct {
	Name        string
	Affiliation string // the name of a gazetteer entry
	Role        string
	// Dict is set for a person of the dictionaries (not leaders.txt): the
	// text's own spelling of a full name is kept, and Source names the entry.
	Dict   bool
	Source string
	// Key is the person's identity across articles: the name of the first
	// entry that folds alike (leaders.txt first, then the dictionaries), so
	// that "Recep Tayyip Erdoğan" and "Recep Tayyip Erdogan", or "Sergey
	// Lavrov" and "Sergei Lavrov", are one node.
	Key string
}

// leaders indexes the officials of leaders.txt.
type leaders struct {
	byName    map[string]*Leader // full name
	byFold    map[string]*Leader // folded full names (and given names with each short name): the first entry
	bySurname map[string]*Leader // last word of the name, and the short names
	alone     map[string]*Leader // short names that alone refer to them
}

func (g *Gazetteer) leader(_ string, f []string) error {
	if len(f) != 4 || f[0] == "" {
		return errors.New("want name|affiliation|role|short names")
	}
	if _, ok := g.entries[f[1]]; !ok {
		return errors.New("unknown affiliation " + f[1])
	}
	l := &Leader{Name: f[0], Affiliation: f[1], Role: f[2], Source: "leaders.txt"}
	l.Key = l.Name
	if first, ok := g.people.byFold[Fold(l.Name)]; ok {
		l.Key = first.Key // another spelling of a listed person
	} else {
		g.people.byFold[Fold(l.Name)] = l
	}
	g.people.byName[l.Name] = l
	w := strings.Fields(l.Name)
	g.people.bySurname[w[len(w)-1]] = l
	for _, s := range list(f[3]) {
		g.people.alone[s] = l
		g.people.bySurname[s] = l
		if len(w) > 1 && !strings.Contains(s, " ") {
			k := Fold(strings.Join(append(w[:len(w)-1:len(w)-1], s), " "))
			if _, ok := g.people.byFold[k]; !ok {
				g.people.byFold[k] = l // "Volodymyr Zelenskyy" with the short name "Zelenskyy"
			}
		}
	}
	return nil
}

// Leader returns the official with this full name, or with this surname
// or short name when titled is true (a title or honorific precedes it),
// or with this distinctive short name alone.
func (g *Gazetteer) Leader(name string, titled bool) (*Leader, bool) {
	return g.LeaderOn(name, titled, "")
}

// LeaderOn is Leader for an article of date (YYYY-MM-DD, or empty): it
// also finds the persons of the dictionaries, by any spelling that folds
// alike, with the affiliation and role they held on that date (none when
// every role had ended or not begun).
func (g *Gazetteer) LeaderOn(name string, titled bool, date string) (*Leader, bool) {
	if l, ok := g.curated(name, titled); ok {
		return g.asOf(l, date), true
	}
	k := Fold(name)
	if l, ok := g.people.byFold[k]; ok {
		return g.asOf(l, date), true // another spelling of a listed person
	}
	if l, ok := g.sameInitial(name); ok {
		return g.asOf(l, date), true // "Michael R. Pompeo" for "Mike Pompeo"
	}
	p, ok := g.dicts.persons[k]
	if !ok && !strings.Contains(k, " ") {
		p = g.dicts.alone[k]
		ok = p != nil
	}
	if !ok {
		return nil, false
	}
	if c := g.curatedFor(p); c != nil {
		return g.asOf(c, date), true // a listed person under another name of the dictionaries
	}
	l := &Leader{Name: p.Name, Dict: true, Source: p.Source, Key: p.Name}
	for _, r := range p.Roles {
		if r.ActiveOn(date) {
			l.Affiliation, l.Role = r.Affiliation, r.Title
		}
	}
	return l, true
}

func (g *Gazetteer) curated(name string, titled bool) (*Leader, bool) {
	if l, ok := g.people.byName[name]; ok {
		return l, true
	}
	if l, ok := g.people.alone[name]; ok {
		return l, true
	}
	if l, ok := g.people.bySurname[name]; ok && titled {
		return l, true
	}
	// "S. Jaishankar": initials and a surname of a leader with those initials.
	if f := strings.Fields(name); len(f) > 1 {
		l, ok := g.people.bySurname[f[len(f)-1]]
		if ok && initials(f[:len(f)-1], strings.Fields(l.Name)) {
			return l, true
		}
	}
	return nil, false
}

// initials reports whether the words ws are all initials ("S.") matching
// the first letters of the leading words of name.
func initials(ws, name []string) bool {
	if len(ws) >= len(name) {
		return false
	}
	for i, w := range ws {
		if len(w) != 2 || w[1] != '.' || name[i][0] != w[0] {
			return false
		}
	}
	return true
}

// curatedFor returns the person of leaders.txt that a person of the
// dictionaries is, by any of its names folded alike, or nil.
func (g *Gazetteer) curatedFor(p *Person) *Leader {
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if strings.Contains(n, " ") {
			if l, ok := g.people.byFold[Fold(n)]; ok {
				return l
			}
		}
	}
	return nil
}

// sameInitial finds a listed person by a full name whose last word is the
// person's distinctive short name and whose first word has the initial of
// the listed first name: "Michael R. Pompeo" is "Mike Pompeo".
func (g *Gazetteer) sameInitial(name string) (*Leader, bool) {
	w := strings.Fields(name)
	if len(w) < 2 {
		return nil, false
	}
	l, ok := g.people.alone[w[len(w)-1]]
	if !ok {
		return nil, false
	}
	lw := strings.Fields(l.Name)
	return l, len(lw) > 1 && strings.EqualFold(w[0][:1], lw[0][:1])
}

// KnownSpelling reports whether name, folded, is a full name of a listed
// person or of a person of the dictionaries ("Recep Tayyip Erdoğan", not
// "E. Macron" or "Michael R. Pompeo"): the text's spelling may then stand
// as the person's name.
func (g *Gazetteer) KnownSpelling(name string) bool {
	k := Fold(name)
	if _, ok := g.people.byFold[k]; ok {
		return true
	}
	_, ok := g.dicts.persons[k]
	return ok && strings.Contains(k, " ")
}

// updatesFile is the project's file of dated roles for listed persons.
const updatesFile = "updates.tsv"

// asOf returns the listed person l with the role and affiliation that
// updates.tsv dates for the article's date: the role that held then; when
// every role had ended, no role but the affiliation of the latest (a former
// president is still his country's); when none had begun, neither. A
// person updates.tsv does not date, or an article without a date, keeps
// leaders.txt's.
func (g *Gazetteer) asOf(l *Leader, date string) *Leader {
	p, ok := g.dicts.persons[Fold(l.Key)]
	if !ok || date == "" || len(p.Roles) == 0 || !strings.HasPrefix(p.Source, updatesFile+":") {
		return l
	}
	c := *l
	c.Role = ""
	latest := ""
	for _, r := range p.Roles {
		switch {
		case r.ActiveOn(date):
			c.Affiliation, c.Role = r.Affiliation, r.Title
			return &c
		case r.From <= date && r.From >= latest:
			c.Affiliation, latest = r.Affiliation, r.From // a former official still belongs there
		}
	}
	if latest == "" {
		c.Affiliation = "" // every role began after the article
	}
	return &c
}
