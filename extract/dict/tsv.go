package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The headers of the project's tab-separated dictionary files. A file's
// first non-comment line names its columns and so its kind.
const (
	ActorHeader = "name\ttype\taliases\taffiliation\trole\tfrom\tto"
	AgentHeader = "agent\tcode"
	VerbHeader  = "code\tverb\tforms\trest"
)

// Kind says what a dictionary file holds.
type Kind int

// The kinds of dictionary files.
const (
	Actors Kind = iota
	Agents
	Verbs
)

// Set is what one or more dictionary files hold.
type Set struct {
	Actors []Actor
	Agents []Agent
	Verbs  []Verb
}

// ReadTSV reads a dictionary in the project's tab-separated format, its
// kind given by its header line. Actors: name, type (Person, Government or
// Organization), aliases (separated by ";"), affiliation (a government or
// organization, by name), role, from and to (YYYY-MM-DD, may be empty);
// several lines with one name give one actor several roles. Agents: agent
// noun and role code (GOV, MIL, REB, ...). Verbs: CAMEO code, verb, its
// irregular forms (space-separated, may be empty) and the words that must
// follow it (may be empty).
func ReadTSV(r io.Reader, file string) (Set, error) {
	var set Set
	var kind Kind = -1
	byName := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		pos := Pos{file, n}
		if kind < 0 {
			k, err := headerKind(l)
			if err != nil {
				return Set{}, fmt.Errorf("%s: %w", pos, err)
			}
			kind = k
			continue
		}
		f := strings.Split(l, "\t")
		var err error
		switch kind {
		case Actors:
			err = tsvActor(&set, byName, f, pos)
		case Agents:
			err = tsvAgent(&set, f, pos)
		case Verbs:
			err = tsvVerb(&set, f, pos)
		}
		if err != nil {
			return Set{}, fmt.Errorf("%s: %w", pos, err)
		}
	}
	if err := sc.Err(); err != nil {
		return Set{}, fmt.Errorf("%s: %w", file, err)
	}
	return set, nil
}

func headerKind(l string) (Kind, error) {
	switch strings.TrimSpace(l) {
	case ActorHeader:
		return Actors, nil
	case AgentHeader:
		return Agents, nil
	case VerbHeader:
		return Verbs, nil
	}
	return 0, fmt.Errorf("unknown header %q: want %q, %q or %q (tab-separated)", l, ActorHeader, AgentHeader, VerbHeader)
}

func tsvActor(set *Set, byName map[string]int, f []string, pos Pos) error {
	if len(f) != 7 {
		return fmt.Errorf("want 7 tab-separated columns (%s), got %d", strings.ReplaceAll(ActorHeader, "\t", ", "), len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if f[0] == "" {
		return fmt.Errorf("an actor without a name")
	}
	switch f[1] {
	case "Person", "Government", "Organization":
	default:
		return fmt.Errorf("type %q: want Person, Government or Organization", f[1])
	}
	for _, d := range f[5:7] {
		if d != "" && !isDate(d) {
			return fmt.Errorf("date %q: want YYYY-MM-DD", d)
		}
	}
	if f[5] != "" && f[6] != "" && f[6] < f[5] {
		return fmt.Errorf("role ends (%s) before it starts (%s)", f[6], f[5])
	}
	i, ok := byName[f[0]]
	if !ok {
		i = len(set.Actors)
		byName[f[0]] = i
		set.Actors = append(set.Actors, Actor{Name: f[0], Type: f[1], Pos: pos})
	} else if set.Actors[i].Type != f[1] {
		return fmt.Errorf("%s is a %s at %s", f[0], set.Actors[i].Type, set.Actors[i].Pos)
	}
	a := &set.Actors[i]
	for _, al := range strings.Split(f[2], ";") {
		if al = strings.TrimSpace(al); al != "" {
			a.Aliases = append(a.Aliases, al)
		}
	}
	if f[3] != "" || f[4] != "" {
		a.Roles = append(a.Roles, Role{Affiliation: f[3], Title: f[4], From: f[5], To: f[6]})
	}
	return nil
}

func tsvAgent(set *Set, f []string, pos Pos) error {
	if len(f) != 2 || strings.TrimSpace(f[0]) == "" || strings.TrimSpace(f[1]) == "" {
		return fmt.Errorf("want 2 tab-separated columns: agent, code")
	}
	set.Agents = append(set.Agents, Agent{Noun: strings.ToLower(strings.TrimSpace(f[0])),
		Code: strings.ToUpper(strings.TrimSpace(f[1])), Pos: pos})
	return nil
}

func tsvVerb(set *Set, f []string, pos Pos) error {
	if len(f) != 4 {
		return fmt.Errorf("want 4 tab-separated columns: code, verb, forms, rest")
	}
	code, verb := strings.TrimSpace(f[0]), strings.Fields(strings.ToLower(f[1]))
	if !validCode(code) {
		return fmt.Errorf("code %q: want a CAMEO event code of 2 to 4 digits", code)
	}
	if len(verb) != 1 {
		return fmt.Errorf("verb %q: want one word", f[1])
	}
	set.Verbs = append(set.Verbs, Verb{Code: code, Base: verb[0], Forms: strings.Fields(strings.ToLower(f[2])),
		Rest: strings.Fields(strings.ToLower(f[3])), Pos: pos})
	return nil
}

func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, r := range s {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return s[5:7] >= "01" && s[5:7] <= "12" && s[8:] >= "01" && s[8:] <= "31"
}

// WriteTSV writes set in the project's format: the header and the lines of
// each non-empty kind, in the order given (one file holds one kind; call
// it with a set of one kind).
func WriteTSV(w io.Writer, set Set) error {
	bw := bufio.NewWriter(w)
	if len(set.Actors) > 0 {
		fmt.Fprintln(bw, ActorHeader)
		for _, a := range set.Actors {
			aliases := strings.Join(a.Aliases, ";")
			if len(a.Roles) == 0 {
				fmt.Fprintf(bw, "%s\t%s\t%s\t\t\t\t\n", a.Name, a.Type, aliases)
			}
			for i, r := range a.Roles {
				if i > 0 {
					aliases = ""
				}
				fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.Name, a.Type, aliases, r.Affiliation, r.Title, r.From, r.To)
			}
		}
	}
	if len(set.Agents) > 0 {
		fmt.Fprintln(bw, AgentHeader)
		for _, a := range set.Agents {
			fmt.Fprintf(bw, "%s\t%s\n", a.Noun, a.Code)
		}
	}
	if len(set.Verbs) > 0 {
		fmt.Fprintln(bw, VerbHeader)
		for _, v := range set.Verbs {
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", v.Code, v.Base, strings.Join(v.Forms, " "), strings.Join(v.Rest, " "))
		}
	}
	return bw.Flush()
}

// Read reads a dictionary file of any supported format: the project's TSV
// (by its header), or a PETRARCH/Phoenix verb, agent or actor dictionary
// (by its content: "--- NAME [code] ---" synonym sets make a verb file,
// "[~CODE]" lines an agent file, anything else an actor file).
// Bad lines are treated as in ReadPhoenixActors.
func Read(data []byte, file string, skipped *[]error) (Set, error) {
	s := string(data)
	first := firstLine(s)
	if _, err := headerKind(first); err == nil {
		return ReadTSV(strings.NewReader(s), file)
	}
	if strings.Contains(first, "\t") && !strings.ContainsAny(first, "[]{}") && !strings.HasPrefix(first, "---") {
		_, err := headerKind(first)
		return Set{}, fmt.Errorf("%s:1: %w", file, err)
	}
	switch {
	case strings.Contains(s, "\n--- ") || strings.HasPrefix(s, "--- "):
		v, err := ReadPetrarchVerbs(strings.NewReader(s), file, skipped)
		return Set{Verbs: v}, err
	case strings.Contains(s, "[~"):
		a, err := ReadPhoenixAgents(strings.NewReader(s), file, skipped)
		return Set{Agents: a}, err
	}
	a, err := ReadPhoenixActors(strings.NewReader(s), file, skipped)
	return Set{Actors: a}, err
}

// firstLine returns the first line of s that is neither blank nor a comment.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimRight(l, "\r")
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "<!--") {
			return l
		}
	}
	return ""
}
