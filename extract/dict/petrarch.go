package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// maxExpansions caps how many phrases one pattern may expand into through
// its noun sets; a pattern beyond it keeps the first ones.
const maxExpansions = 12

// lines calls fn with each line of r stripped of comments ("#" to the end,
// and "<!-- ... -->" lines) and of surrounding space, skipping blank ones;
// indented reports whether the raw line began with white space. An error
// from fn stops the reading, unless skipped is not nil: then it is added
// there and the line is passed over.
func lines(r io.Reader, file string, skipped *[]error, fn func(n int, l string, indented bool) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		if n == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		l := raw
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "<!--") {
			continue
		}
		indented := raw != "" && (raw[0] == ' ' || raw[0] == '\t')
		if err := fn(n, l, indented); err != nil {
			err = fmt.Errorf("%s:%d: %w", file, n, err)
			if skipped == nil {
				return err
			}
			*skipped = append(*skipped, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// bracket returns the text inside the first open..close pair of l and l
// without it; ok is false when there is none, and err when it is not closed.
func bracket(l string, open, close byte) (inside, rest string, ok bool, err error) {
	i := strings.IndexByte(l, open)
	if i < 0 {
		return "", l, false, nil
	}
	j := strings.IndexByte(l[i:], close)
	if j < 0 {
		return "", l, false, fmt.Errorf("%q: no closing %q", l, close)
	}
	return strings.TrimSpace(l[i+1 : i+j]), strings.TrimSpace(l[:i] + " " + l[i+j+1:]), true, nil
}

// words splits a dictionary phrase ("SERGEY_V._LAVROV_", "HAMAS WING")
// into its words, dropping the trailing "_" that marks a whole word.
func words(p string) []string {
	return strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
}

// phrase joins the words of a dictionary phrase with single spaces.
func phrase(p string) string { return strings.Join(words(strings.TrimPrefix(p, "+")), " ") }

// eventCode returns the code of a verb or pattern bracket: "040" of "040"
// or of "040:040" (a code and its passive).
func eventCode(s string) string {
	c, _, _ := strings.Cut(s, ":")
	return strings.TrimSpace(c)
}

// validCode reports whether s is a CAMEO event code: two to four digits.
func validCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
