package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/actorgraph/actorgraph"
)

//go:embed data/*.txt data/*.tsv data/phoenix
var embedded embed.FS

// Form says how a phrase refers to its actor.
type Form int

// The forms of a phrase.
const (
	FormName      Form = iota // the actor's name or another name: "Iran", "UAE"
	FormAdjective             // a demonym used as a modifier: "Israeli"
	FormPeople                // a plural people used as a side: "the Israelis"
	FormSeat                  // a capital or seat: "Tehran", "the White House"
)

// Entry is a government or organization of the gazetteer.
type Entry struct {
	Name        string
	Type        actorgraph.ActorType
	ISO3        string
	Kind        string // organizations: "international", "military", ...
	Affiliation string // organizations: the government they belong to
	Capital     string // governments: the first seat listed, where they host talks
	code        string // the CAMEO actor code a dictionary gave it, if any
	// Source is the file (and line, for dictionaries) it was read from.
	Source string
}

// Phrase is one way of writing an entry.
type Phrase struct {
	Entry *Entry
	Form  Form
}

// Gazetteer is the loaded knowledge. It is read-only after Load and safe
// for concurrent use.
type Gazetteer struct {
	// Phrases maps the exact (case-sensitive) text of a phrase to its entry.
	Phrases map[string]Phrase
	// Sides holds the demonyms that also name the people as a side when
	// they stand alone ("French": "the French objected").
	Sides map[string]bool
	// MaxWords is the largest number of words in a phrase.
	MaxWords int
	// Starts maps the first token of each phrase to the most tokens a
	// phrase starting with it has; TitleStarts holds the first words of
	// titles. Both let a scan skip most words at once.
	Starts      map[string]int
	TitleStarts map[string]bool
	// bareKeys maps multi-word phrases without their apostrophes and in
	// American spelling to their entry (see Lookup); spell rewrites
	// British spellings (spellings.txt).
	bareKeys map[string]Phrase
	// shorts maps entries to their two-letter acronym (see Short).
	shorts    map[*Entry]string
	spellings []string
	spell     *strings.Replacer
	// Titles, Honorifics, Topics and Heads are lower-case word lists.
	Titles   map[string]bool
	MaxTitle int
	// TitleWords holds every word of every title ("staff" of "chief of
	// staff"): no personal name starts with one.
	TitleWords map[string]bool
	Honorifics map[string]bool
	// GivenNames are common first names, as written.
	GivenNames map[string]bool
	lists      [numLists]map[string]bool
	// Triggers are the relation triggers of triggers.txt.
	Triggers []Trigger
	// Goldstein maps CAMEO codes to their Goldstein weight.
	Goldstein map[string]float64
	entries   map[string]*Entry
	people    leaders
	dicts     dictionaries
	own       map[string]bool   // the verb forms of triggers.txt
	iso       map[string]*Entry // governments by upper-case ISO3 code
	origins   map[string]string // rule name -> where its trigger was read
}

// Default loads the embedded data.
func Default() (*Gazetteer, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return Load(sub)
}

// Load reads the gazetteer from the files of fsys.
func Load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		Phrases:     map[string]Phrase{},
		Sides:       map[string]bool{},
		Titles:      map[string]bool{},
		Starts:      map[string]int{},
		TitleStarts: map[string]bool{},
		bareKeys:    map[string]Phrase{},
		TitleWords:  map[string]bool{},
		Honorifics:  map[string]bool{},
		GivenNames:  map[string]bool{},
		Goldstein:   map[string]float64{},
		entries:     map[string]*Entry{},
		people:      leaders{map[string]*Leader{}, map[string]*Leader{}, map[string]*Leader{}, map[string]*Leader{}},
	}
	steps := []struct {
		file string
		fn   func(string, []string) error
	}{
		{"spellings.txt", g.spelling},
		{"countries.txt", g.country},
		{"organizations.txt", g.organization},
		{"titles.txt", g.title},
		{"honorifics.txt", func(l string, _ []string) error { g.Honorifics[strings.ToLower(l)] = true; return nil }},
		{"cameo.txt", g.cameo},
		{"triggers.txt", g.trigger},
		{"words.txt", g.word},
		{"leaders.txt", g.leader},
		{"givennames.txt", g.givenName},
	}
	for _, s := range steps {
		if err := readLines(fsys, s.file, s.fn); err != nil {
			return nil, err
		}
	}
	if err := g.loadField(fsys); err != nil {
		return nil, err
	}
	g.indexShorts()
	return g, nil
}

// Entry returns the entry named name, if any.
func (g *Gazetteer) Entry(name string) (*Entry, bool) {
	e, ok := g.entries[name]
	return e, ok
}

// In reports whether the lower-case word w is in a word list of words.txt.
func (g *Gazetteer) In(list List, w string) bool { return g.lists[list][w] }

// Suffixed reports whether the hyphenated word w ends in a suffix of the
// list, hyphen included: "qatar-brokered" ends in "-brokered".
func (g *Gazetteer) Suffixed(list List, w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && g.lists[list][w[i:]]
}

// readLines calls fn for each non-blank, non-comment line of a file, with
// the line split on "|".
func readLines(fsys fs.FS, name string, fn func(string, []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fields := strings.Split(l, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := fn(l, fields); err != nil {
			return fmt.Errorf("gazetteer: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	return nil
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
