package dict

import "fmt"

// Pos is where a record was read: a file name and a line number.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Verb is one verb of the verb dictionary with the phrase that must follow
// it: "ask" + "for aid", or "condemn" alone. Code is a CAMEO event code.
type Verb struct {
	Code  string
	Base  string   // lower-case base form: "ask"
	Forms []string // irregular or given forms of the base word ("asked", "asking"); may be empty
	Rest  []string // lower-case words that follow the verb, in order; may be empty
	Pos   Pos
}

// Role is an actor's affiliation over a period: the CAMEO actor code
// ("RUSGOV", "IGOUNO") or, in the project's format, the name of the
// government or organization; From and To are YYYY-MM-DD, empty when open.
type Role struct {
	Code        string // CAMEO actor code, when read from a Phoenix file
	Affiliation string // the government or organization, by name
	Title       string // "foreign minister", when known
	From, To    string
}

// ActiveOn reports whether the role holds on date (YYYY-MM-DD). An empty
// date, or an open end, holds.
func (r Role) ActiveOn(date string) bool {
	if date == "" {
		return true
	}
	if r.From != "" && date < r.From {
		return false
	}
	return r.To == "" || date <= r.To
}

// Actor is one entry of an actor dictionary: a person, a government or an
// organization, with its other names and its dated roles.
type Actor struct {
	Name    string   // as written in the source, words joined by spaces
	Type    string   // "Person", "Government", "Organization", or "" when the source does not say
	Code    string   // the entry's own CAMEO actor code, if the source gives one ("ARN", "IGOUNO")
	Aliases []string // other names, as written
	Roles   []Role
	Pos     Pos
}

// Agent is a noun that, after a country or demonym, names a part of it:
// "government" (GOV), "rebels" (REB), "foreign minister" (GOVFRM).
type Agent struct {
	Noun string // lower case, words joined by spaces
	Code string // role codes without the country: "GOV", "REB", "GOVFRM"
	Pos  Pos
}
