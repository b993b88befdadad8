package dict

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// ReadPhoenixActors reads an actor dictionary in the PETRARCH/Phoenix
// format: an entry line ("VLADIMIR_PUTIN_" or "ARNOR_ [ARN]"), its other
// names ("+PUTIN_"), and its dated roles on indented lines
// ("[RUSGOV 991231-080507]", "[USAGOV >090120]", "[RUSELI]").
// Two-digit years are 19xx from 30 on, else 20xx.
// A bad line is an error, or, when skipped is not nil, added there and
// passed over.
func ReadPhoenixActors(r io.Reader, file string, skipped *[]error) ([]Actor, error) {
	var out []Actor
	err := lines(r, file, skipped, func(n int, l string, indented bool) error {
		pos := Pos{file, n}
		switch {
		case strings.HasPrefix(l, "["):
			if len(out) == 0 {
				return errors.New("a role before any actor")
			}
			rs, err := roles(l)
			if err != nil {
				return err
			}
			out[len(out)-1].Roles = append(out[len(out)-1].Roles, rs...)
		case strings.HasPrefix(l, "+"):
			if len(out) == 0 {
				return errors.New("an alias before any actor")
			}
			if a := phrase(stripBrackets(l)); a != "" {
				out[len(out)-1].Aliases = append(out[len(out)-1].Aliases, a)
			}
		default:
			a, err := phoenixEntry(pos, l)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return nil
	})
	return out, err
}

// stripBrackets drops a trailing "[...]" from an alias line.
func stripBrackets(l string) string {
	if i := strings.IndexByte(l, '['); i >= 0 {
		return l[:i]
	}
	return l
}

// phoenixEntry reads "NAME", "NAME [CODE]" or "NAME [CODE dates] [CODE]...":
// a lone code without dates is the entry's own; others are roles.
func phoenixEntry(pos Pos, l string) (Actor, error) {
	name := l
	if i := strings.IndexAny(l, "[{"); i >= 0 {
		name = l[:i]
	}
	a := Actor{Name: phrase(name), Pos: pos}
	if a.Name == "" {
		return Actor{}, fmt.Errorf("%q: an entry without a name", l)
	}
	rs, err := roles(l)
	if err != nil {
		return Actor{}, err
	}
	if len(rs) == 1 && rs[0].From == "" && rs[0].To == "" {
		a.Code = rs[0].Code
	} else {
		a.Roles = rs
	}
	return a, nil
}

// roles reads every "[CODE dates]" group of a line; "[---]" is none.
func roles(l string) ([]Role, error) {
	var out []Role
	for rest := l; ; {
		inside, r, ok, err := bracket(rest, '[', ']')
		if err != nil || !ok {
			return out, err
		}
		rest = r
		if strings.Trim(inside, "-~ ") == "" {
			continue
		}
		role, err := phoenixRole("[" + inside + "]")
		if err != nil {
			return nil, err
		}
		out = append(out, role)
	}
}

// phoenixRole reads "[CODE]", "[CODE >YYMMDD]", "[CODE <YYMMDD]" or
// "[CODE YYMMDD-YYMMDD]".
func phoenixRole(l string) (Role, error) {
	f := strings.Fields(strings.NewReplacer("> ", ">", "< ", "<", " - ", "-").Replace(strings.Trim(l, "[] \t")))
	if len(f) == 0 {
		return Role{}, fmt.Errorf("%q: an empty role", l)
	}
	r := Role{Code: strings.ToUpper(strings.TrimPrefix(f[0], "~"))}
	if len(f) == 1 {
		return r, nil
	}
	var err error
	d := f[1]
	switch {
	case strings.HasPrefix(d, ">"):
		r.From, err = phoenixDate(d[1:])
	case strings.HasPrefix(d, "<"):
		r.To, err = phoenixDate(d[1:])
	default:
		from, to, found := strings.Cut(d, "-")
		if !found {
			return Role{}, fmt.Errorf("%q: want a date range FROM-TO, >FROM or <TO", l)
		}
		if r.From, err = phoenixDate(from); err == nil {
			r.To, err = phoenixDate(to)
		}
	}
	if err != nil {
		return Role{}, fmt.Errorf("%q: %w", l, err)
	}
	return r, nil
}

// phoenixDate turns YYMMDD or YYYYMMDD into YYYY-MM-DD.
func phoenixDate(s string) (string, error) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", fmt.Errorf("date %q is not YYMMDD", s)
		}
	}
	switch len(s) {
	case 6:
		century := "20"
		if s[:2] >= "30" {
			century = "19"
		}
		s = century + s
	case 8:
	default:
		return "", fmt.Errorf("date %q is not YYMMDD or YYYYMMDD", s)
	}
	if s[4:6] < "01" || s[4:6] > "12" || s[6:] < "01" || s[6:] > "31" {
		return "", fmt.Errorf("date %q has no such month or day", s)
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:], nil
}

// ReadPhoenixAgents reads an agent dictionary in the PETRARCH/Phoenix
// format: substitution sets ("!PERSON! = MAN, MEN") and agent lines
// ("FOREIGN_MINISTER [~GOVFRM]", "OPPOSITION {} [~OPP]"). A noun without
// braces also gets its regular plural; "{}" means none; "{FORMS}" gives them.
// Bad lines are treated as in ReadPhoenixActors.
func ReadPhoenixAgents(r io.Reader, file string, skipped *[]error) ([]Agent, error) {
	subst := map[string][]string{}
	var out []Agent
	err := lines(r, file, skipped, func(n int, l string, _ bool) error {
		if name, vals, ok := strings.Cut(l, "="); ok && strings.HasPrefix(strings.TrimSpace(name), "!") {
			for _, v := range strings.Split(vals, ",") {
				subst[strings.TrimSpace(name)] = append(subst[strings.TrimSpace(name)], strings.ToLower(strings.TrimSpace(v)))
			}
			return nil
		}
		code, rest, ok, err := bracket(l, '[', ']')
		if err != nil {
			return err
		}
		if !ok || !strings.Contains(code, "~") || len(code) < 4 {
			return fmt.Errorf("%q: want NOUN [~CODE]", l)
		}
		code = "~" + strings.Trim(code, "~ ")
		forms, rest, braces, err := bracket(rest, '{', '}')
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, noun := range substitute(strings.ToLower(rest), subst) {
			nouns := []string{phrase(noun)}
			if !braces && !strings.HasSuffix(strings.TrimSpace(noun), "_") {
				nouns = append(nouns, Plural(nouns[0]))
			}
			for _, f := range strings.Fields(strings.ToLower(forms)) {
				nouns = append(nouns, phrase(f))
			}
			for _, x := range nouns {
				if seen[x] {
					continue
				}
				seen[x] = true
				out = append(out, Agent{Noun: x, Code: strings.ToUpper(code[1:]), Pos: Pos{file, n}})
			}
		}
		return nil
	})
	return out, err
}

// substitute expands the "!SET!" names of s with their values.
func substitute(s string, subst map[string][]string) []string {
	for name, vals := range subst {
		lname := strings.ToLower(name)
		if !strings.Contains(s, lname) {
			continue
		}
		var out []string
		for _, v := range vals {
			out = append(out, substitute(strings.Replace(s, lname, v, 1), subst)...)
		}
		return out
	}
	return []string{s}
}

// Plural returns the regular English plural of the last word of a noun
// phrase: "rebel" -> "rebels", "militia" -> "militias", "authority" ->
// "authorities".
func Plural(p string) string {
	switch {
	case strings.HasSuffix(p, "."), strings.HasSuffix(p, "men"), strings.HasSuffix(p, "people"):
		return p // an abbreviation, or already plural
	case strings.HasSuffix(p, "y") && len(p) > 2 && !strings.ContainsRune("aeiou", rune(p[len(p)-2])):
		return p[:len(p)-1] + "ies"
	case strings.HasSuffix(p, "s"), strings.HasSuffix(p, "sh"), strings.HasSuffix(p, "ch"), strings.HasSuffix(p, "x"):
		return p + "es"
	case strings.HasSuffix(p, "man"):
		return p[:len(p)-3] + "men"
	}
	return p + "s"
}
