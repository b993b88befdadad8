package gazetteer

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/dict"
)

// The field's dictionaries, converted by tools/dictconv, and the project's
// own corrections and newer entries, which win over them.
var fieldFiles = []string{"updates.tsv", "phoenix/actors.tsv", "phoenix/agents.tsv", "phoenix/verbs.tsv"}

// Person is a person of a dictionary: names, and roles with dates.
type Person struct {
	Name    string
	Aliases []string
	Roles   []dict.Role
	Source  string // the file and line of the entry
}

// Agent is what a noun after a country or demonym names: the government
// itself (State) or a non-state group of the country.
type Agent struct {
	Code   string // "GOV", "REB", "GOVFRM"
	State  bool
	Source string
}

// dictionaries holds what the dictionaries add to the gazetteer.
type dictionaries struct {
	persons   map[string]*Person // folded full name or alias -> person
	alone     map[string]*Person // a one-word alias -> person; nil when ambiguous
	agents    map[string]Agent   // lower-case agent noun -> agent
	maxAgent  int
	types     map[string]actorgraph.RelType // CAMEO code prefix -> type; "" for none
	bare      map[string]bool               // CAMEO code prefix -> a verb alone triggers it
	agentKind map[string]string             // role code -> state, group or -
	redefined []string
}

// loadField reads the CAMEO type table, the agent codes and the field's
// dictionaries, when fsys has them.
func (g *Gazetteer) loadField(fsys fs.FS) error {
	g.dicts = dictionaries{persons: map[string]*Person{}, alone: map[string]*Person{}, agents: map[string]Agent{},
		types: map[string]actorgraph.RelType{}, bare: map[string]bool{}, agentKind: map[string]string{}}
	if err := readLines(fsys, "cameotypes.txt", g.cameoType); err != nil {
		return err
	}
	if err := readLines(fsys, "agentcodes.txt", g.agentCode); err != nil {
		return err
	}
	for _, name := range fieldFiles {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		set, err := dict.ReadTSV(strings.NewReader(string(b)), name)
		if err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		if err := g.addSet(set, false); err != nil {
			return err
		}
	}
	return nil
}

func (g *Gazetteer) cameoType(_ string, f []string) error {
	if len(f) != 3 || (f[2] != "verb" && f[2] != "pattern" && f[2] != "-") {
		return fmt.Errorf("want code|type|verb, pattern or -")
	}
	g.dicts.bare[f[0]] = f[2] == "verb"
	if f[1] == "-" {
		g.dicts.types[f[0]] = ""
		return nil
	}
	t := actorgraph.RelType(f[1])
	if !t.Valid() {
		return fmt.Errorf("unknown relation type %s", f[1])
	}
	g.dicts.types[f[0]] = t
	return nil
}

func (g *Gazetteer) agentCode(_ string, f []string) error {
	if len(f) != 3 || (f[1] != "state" && f[1] != "group" && f[1] != "-") {
		return fmt.Errorf("want code|state, group or -|noun")
	}
	g.dicts.agentKind[f[0]] = f[1]
	return nil
}

// TypeOf returns the relation type a CAMEO event code maps to, by its
// longest prefix in cameotypes.txt; ok is false when it maps to none.
func (g *Gazetteer) TypeOf(code string) (actorgraph.RelType, bool) {
	for n := len(code); n >= 2; n-- {
		if t, ok := g.dicts.types[code[:n]]; ok {
			return t, t != ""
		}
	}
	return "", false
}

// AddDictionaries adds users' dictionaries on top of the built-in
// knowledge: their entries win, and each built-in entry they redefine is
// listed once by Redefined. A bad entry is an error naming its file and
// line.
func (g *Gazetteer) AddDictionaries(sets ...dict.Set) error {
	for _, s := range sets {
		if err := g.addSet(s, true); err != nil {
			return err
		}
	}
	g.indexShorts()
	return nil
}

// Redefined lists the built-in entries that users' dictionaries redefined,
// as "file:line: what".
func (g *Gazetteer) Redefined() []string { return g.dicts.redefined }

func (g *Gazetteer) addSet(set dict.Set, user bool) error {
	for _, v := range set.Verbs {
		if err := g.addVerb(v, user); err != nil {
			return err
		}
	}
	for _, a := range set.Agents {
		if err := g.addAgent(a, user); err != nil {
			return err
		}
	}
	for _, a := range set.Actors {
		if err := g.addActor(a, user); err != nil {
			return err
		}
	}
	return nil
}

// addVerb makes a verb of a dictionary a trigger of its code's type. A
// user's trigger goes first, so that it wins over a built-in one of the
// same length.
func (g *Gazetteer) addVerb(v dict.Verb, user bool) error {
	t, ok := g.TypeOf(v.Code)
	if !ok {
		return nil // a statement or intention: no relation by itself
	}
	if !user && (len(v.Rest) == 0 && (!g.bareVerb(v.Code) || g.In(LightVerbs, v.Base)) || g.ownVerb(v.Base) || g.In(Speech, v.Base) || g.In(NonFactual, v.Base) || g.In(LightVerbs, v.Base) && len(v.Rest) == 0) {
		return nil
	}
	if _, ok := g.Goldstein[v.Code]; !ok {
		w, found := g.goldsteinOf(v.Code)
		if !found {
			return fmt.Errorf("%s: unknown CAMEO code %s", v.Pos, v.Code)
		}
		g.Goldstein[v.Code] = w
	}
	forms, past := Inflect(v.Base)
	if len(v.Forms) > 0 {
		forms, past = append([]string{v.Base}, v.Forms...), participle(v.Base, v.Forms)
	}
	tr := Trigger{Type: t, CAMEO: v.Code, Frame: "verb", Forms: forms, Past: past, Rest: v.Rest,
		Name: string(t) + "/cameo/" + strings.Join(append([]string{v.Base}, v.Rest...), "-"), Source: v.Pos.String()}
	if user {
		g.Triggers = append([]Trigger{tr}, g.Triggers...)
		return nil
	}
	g.Triggers = append(g.Triggers, tr)
	return nil
}

// ownVerb reports whether a verb starts a trigger of the project's own
// triggers.txt: those verbs keep the frames written for them.
func (g *Gazetteer) ownVerb(base string) bool {
	if g.own == nil {
		g.own = map[string]bool{}
		for _, t := range g.Triggers {
			if t.Source == "" {
				for _, f := range t.Forms {
					g.own[f] = true
				}
			}
		}
	}
	return g.own[base]
}

// bareVerb reports whether a verb alone triggers the type of code.
func (g *Gazetteer) bareVerb(code string) bool {
	for n := len(code); n >= 2; n-- {
		if b, ok := g.dicts.bare[code[:n]]; ok {
			return b
		}
	}
	return false
}

// goldsteinOf returns the weight of code's longest prefix in the codebook.
func (g *Gazetteer) goldsteinOf(code string) (float64, bool) {
	for n := len(code) - 1; n >= 2; n-- {
		if w, ok := g.Goldstein[code[:n]]; ok {
			return w, true
		}
	}
	return 0, false
}

// participle picks the past participle among a verb's given forms: an
// "-ed" or "-en"/"-wn" form, else the last form that is not "-s" or "-ing".
func participle(base string, forms []string) string {
	best := ""
	for _, f := range forms {
		switch {
		case strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en") || strings.HasSuffix(f, "wn"):
			return f
		case f != base && !strings.HasSuffix(f, "ing") && !(strings.HasSuffix(f, "s") && !strings.HasSuffix(base, "s")):
			best = f
		}
	}
	return best
}

func (g *Gazetteer) addAgent(a dict.Agent, user bool) error {
	kind := ""
	if len(a.Code) >= 3 {
		kind = g.dicts.agentKind[a.Code[:3]]
	}
	if kind == "" {
		if user {
			return fmt.Errorf("%s: agent code %s: want one of the role codes of agentcodes.txt (GOV, MIL, REB, ...)", a.Pos, a.Code)
		}
		return nil
	}
	if kind == "-" || strings.HasPrefix(a.Noun, "a ") || strings.HasPrefix(a.Noun, "the ") {
		return nil
	}
	if old, ok := g.dicts.agents[a.Noun]; ok && user && !strings.HasPrefix(old.Source, "user:") {
		g.dicts.redefined = append(g.dicts.redefined, fmt.Sprintf("%s: agent %q (was %s)", a.Pos, a.Noun, old.Code))
	} else if ok && !user {
		return nil
	}
	src := a.Pos.String()
	if user {
		src = "user:" + src
	}
	g.dicts.agents[a.Noun] = Agent{Code: a.Code, State: kind == "state", Source: src}
	g.dicts.maxAgent = max(g.dicts.maxAgent, len(strings.Fields(a.Noun)))
	return nil
}

// AgentAt returns the agent noun of the longest phrase of lower-case words
// starting at words[0], and how many words it has.
func (g *Gazetteer) AgentAt(words []string) (Agent, int) {
	for n := min(g.dicts.maxAgent, len(words)); n >= 1; n-- {
		if a, ok := g.dicts.agents[strings.Join(words[:n], " ")]; ok {
			return a, n
		}
	}
	return Agent{}, 0
}

// Fold is the key under which names are compared: lower case, without
// diacritics, dots or hyphens ("Erdoğan" and "Erdogan", "Kim Jong-un" and
// "Kim Jong Un" fold alike).
func Fold(s string) string {
	out := s
	if !ascii(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if o, _, err := transform.String(t, s); err == nil {
			out = o
		}
	}
	out = foldReplacer.Replace(strings.ToLower(out))
	return strings.Join(strings.Fields(out), " ")
}

// foldReplacer makes hyphens spaces and drops dots for Fold.
var foldReplacer = strings.NewReplacer("-", " ", ".", "", "’", "'")

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// RuleOrigin returns where the trigger of a relation rule was read: the
// project's triggers.txt, or a dictionary's file and line; "" for rules
// that no trigger gives (titles, appositions).
func (g *Gazetteer) RuleOrigin(rule string) string {
	if g.origins == nil {
		g.origins = map[string]string{}
		for _, t := range g.Triggers {
			if _, ok := g.origins[t.Name]; !ok {
				g.origins[t.Name] = t.Source
				if t.Source == "" {
					g.origins[t.Name] = "triggers.txt"
				}
			}
		}
	}
	for r := rule; r != ""; {
		if o, ok := g.origins[r]; ok {
			return o
		}
		i := strings.LastIndexByte(r, '/')
		if i < 0 {
			break
		}
		r = r[:i] // "CRITICIZES/verb/accuse/passive" -> "CRITICIZES/verb/accuse"
	}
	return ""
}

// EntryOrigin returns where the government or organization named name was
// read, or "".
func (g *Gazetteer) EntryOrigin(name string) string {
	if e, ok := g.entries[name]; ok {
		return e.Source
	}
	return ""
}

// AgentOrigin returns where the agent noun of a group actor ("Yemeni
// rebels": "rebels") was read, or "".
func (g *Gazetteer) AgentOrigin(name string) string {
	w := strings.Fields(strings.ToLower(name))
	for i := 1; i < len(w); i++ {
		if a, ok := g.dicts.agents[strings.Join(w[i:], " ")]; ok {
			return strings.TrimPrefix(a.Source, "user:")
		}
	}
	return ""
}

// EntryCode returns the CAMEO actor code of the government or organization
// named name: the code a dictionary gave it, else a government's ISO3.
func (g *Gazetteer) EntryCode(name string) string {
	e, ok := g.entries[name]
	switch {
	case !ok:
		return ""
	case e.code != "":
		return e.code
	}
	return e.ISO3
}
