package schema

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// FS holds the schema files (*.cypher), applied in the order of their names.
var FS fs.FS = files

// Statement is one schema statement and the name of the constraint or index
// it creates.
type Statement struct {
	Name   string // e.g. "entity_id"
	File   string // e.g. "01-constraints.cypher"
	Cypher string // without the trailing semicolon
}

// nameRE finds the name of a CREATE CONSTRAINT / CREATE ... INDEX statement.
var nameRE = regexp.MustCompile(`^CREATE (?:CONSTRAINT|(?:RANGE |TEXT |POINT |FULLTEXT |LOOKUP )?INDEX) (\w+) IF NOT EXISTS `)

// Statements returns every statement of FS, file by file in name order, in
// file order within a file.
func Statements() ([]Statement, error) {
	return Parse(FS)
}

// Parse reads the statements of the *.cypher files in fsys. Statements end
// with ";"; lines starting with "//" are comments. Every statement must be a
// named CREATE CONSTRAINT or CREATE INDEX with IF NOT EXISTS, so that
// applying it twice is harmless.
func Parse(fsys fs.FS) ([]Statement, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list schema files: %w", err)
	}
	sort.Strings(names)
	var out []Statement
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read schema file: %w", err)
		}
		stmts, err := parseFile(name, string(data))
		if err != nil {
			return nil, err
		}
		out = append(out, stmts...)
	}
	return out, nil
}

func parseFile(file, text string) ([]Statement, error) {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "//") {
			b.WriteString(t)
			b.WriteByte(' ')
		}
	}
	var out []Statement
	for _, s := range strings.Split(b.String(), ";") {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" {
			continue
		}
		m := nameRE.FindStringSubmatch(s)
		if m == nil {
			return nil, fmt.Errorf("%s: not a named, idempotent CREATE CONSTRAINT/INDEX: %.60s", file, s)
		}
		out = append(out, Statement{Name: m[1], File: file, Cypher: s})
	}
	return out, nil
}
