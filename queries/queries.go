package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed *.cypher
var files embed.FS

// Type is the declared type of a query parameter.
type Type string

// The parameter types a header may declare. A header may also declare a
// list of choices ("week|month"), which is a String restricted to them.
const (
	String  Type = "string"
	Integer Type = "integer"
	Float   Type = "float"
	Boolean Type = "boolean"
	Date    Type = "date"
	// Actor is a string that names an actor or negotiation: the command
	// line resolves any of its names (alias, ISO3 code, any case) to its
	// id before the query runs (the saved query actors).
	Actor Type = "actor"
)

// Param is one declared parameter of a saved query.
type Param struct {
	Name string
	Type Type
	// Choices, when not empty, are the only values a String may take.
	Choices []string
	// Required is true when the header gives no default: the parameter
	// must be given.
	Required bool
	// Default is the converted default value; nil when the default is null.
	Default any
	// DefaultText is the default as written in the header ("null", "25");
	// empty when the parameter is required.
	DefaultText string
	Doc         string
}

// Query is one saved query: its header and its Cypher text.
type Query struct {
	Name        string
	Description string
	// Doc is the free text of the header after the declarations: the
	// definitions of the query's scores.
	Doc    string
	Params []Param
	// File is the name of the .cypher file; Text its whole content.
	File string
	Text string
}

// All returns every embedded saved query, sorted by name.
func All() ([]Query, error) {
	return Load(files)
}

// Get returns the embedded saved query called name.
func Get(name string) (Query, error) {
	all, err := All()
	if err != nil {
		return Query{}, err
	}
	for _, q := range all {
		if q.Name == name {
			return q, nil
		}
	}
	names := make([]string, len(all))
	for i, q := range all {
		names[i] = q.Name
	}
	return Query{}, fmt.Errorf("no saved query %q (have: %s)", name, strings.Join(names, ", "))
}

// Load parses every .cypher file at the top of fsys, sorted by name.
func Load(fsys fs.FS) ([]Query, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list queries: %w", err)
	}
	var out []Query
	seen := map[string]string{}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read query %s: %w", name, err)
		}
		q, err := Parse(name, string(b))
		if err != nil {
			return nil, err
		}
		if prev, ok := seen[q.Name]; ok {
			return nil, fmt.Errorf("%s: query name %q already used by %s", name, q.Name, prev)
		}
		seen[q.Name] = name
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Parse reads the header of one saved query. file names it in errors.
func Parse(file, text string) (Query, error) {
	q := Query{File: path.Base(file), Text: text}
	var doc []string
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		line = strings.TrimRight(line, "\r")
		if !strings.HasPrefix(line, "//") {
			break
		}
		body := strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		if err := q.header(body, &doc); err != nil {
			return Query{}, fmt.Errorf("%s:%d: %w", file, i+1, err)
		}
	}
	q.Doc = strings.TrimSpace(strings.Join(doc, "\n"))
	if q.Name == "" || q.Description == "" {
		return Query{}, fmt.Errorf("%s: header needs \"// name:\" and \"// description:\" lines", file)
	}
	return q, nil
}

// header handles one header line, appending free text to doc.
func (q *Query) header(line string, doc *[]string) error {
	key, val, ok := strings.Cut(line, ":")
	key = strings.TrimSpace(key)
	if !ok || len(*doc) > 0 || strings.ContainsAny(key, " \t") {
		*doc = append(*doc, line)
		return nil
	}
	val = strings.TrimSpace(val)
	switch key {
	case "name":
		q.Name = val
	case "description":
		q.Description = val
	case "param":
		p, err := parseParam(val)
		if err != nil {
			return err
		}
		for _, old := range q.Params {
			if old.Name == p.Name {
				return fmt.Errorf("parameter %q declared twice", p.Name)
			}
		}
		q.Params = append(q.Params, p)
	default:
		*doc = append(*doc, line)
	}
	return nil
}

// parseParam reads "NAME TYPE [= DEFAULT] [-- doc]".
func parseParam(s string) (Param, error) {
	decl, doc, _ := strings.Cut(s, "--")
	decl, def, hasDef := strings.Cut(decl, "=")
	f := strings.Fields(decl)
	if len(f) != 2 {
		return Param{}, fmt.Errorf("param %q: want \"NAME TYPE [= DEFAULT] [-- doc]\"", s)
	}
	p := Param{Name: f[0], Type: Type(f[1]), Doc: strings.TrimSpace(doc), Required: !hasDef}
	if !validName(p.Name) {
		return Param{}, fmt.Errorf("param %q: name must be letters, digits and _", p.Name)
	}
	if strings.Contains(f[1], "|") {
		p.Type, p.Choices = String, strings.Split(f[1], "|")
	}
	switch p.Type {
	case String, Integer, Float, Boolean, Date, Actor:
	default:
		return Param{}, fmt.Errorf("param %s: unknown type %q", p.Name, f[1])
	}
	if hasDef {
		p.DefaultText = strings.TrimSpace(def)
		v, err := p.Convert(p.DefaultText)
		if err != nil {
			return Param{}, fmt.Errorf("default: %w", err)
		}
		p.Default = v
	}
	return p, nil
}

func validName(s string) bool {
	for i, r := range s {
		ok := r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (i > 0 && r >= '0' && r <= '9')
		if !ok {
			return false
		}
	}
	return s != ""
}

// Convert turns the text s into a value of p's type: string, int64,
// float64, bool or time.Time (a date at midnight UTC). "null" gives nil.
func (p Param) Convert(s string) (any, error) {
	if s == "null" {
		return nil, nil
	}
	var v any
	var err error
	switch p.Type {
	case String, Actor:
		if len(p.Choices) > 0 && !contains(p.Choices, s) {
			return nil, fmt.Errorf("param %s: %q is not one of %s", p.Name, s, strings.Join(p.Choices, ", "))
		}
		return s, nil
	case Integer:
		v, err = strconv.ParseInt(s, 10, 64)
	case Float:
		v, err = strconv.ParseFloat(s, 64)
	case Boolean:
		v, err = strconv.ParseBool(s)
	case Date:
		v, err = time.Parse("2006-01-02", s)
	}
	if err != nil {
		return nil, fmt.Errorf("param %s: %q is not a valid %s", p.Name, s, p.TypeName())
	}
	return v, nil
}

// TypeName is the type as written in a header: "date", or "week|month".
func (p Param) TypeName() string {
	if len(p.Choices) > 0 {
		return strings.Join(p.Choices, "|")
	}
	return string(p.Type)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Bind converts the given values (by parameter name) to the declared types
// and fills in the defaults, so that every declared parameter has a value
// (nil for null). An undeclared name is an error.
func (q Query) Bind(values map[string]string) (map[string]any, error) {
	out := make(map[string]any, len(q.Params))
	for _, p := range q.Params {
		out[p.Name] = p.Default
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p, ok := q.Param(k)
		if !ok {
			return nil, fmt.Errorf("query %s has no parameter %q (has: %s)", q.Name, k, q.paramNames())
		}
		v, err := p.Convert(values[k])
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	for _, p := range q.Params {
		if p.Required && out[p.Name] == nil {
			return nil, fmt.Errorf("query %s needs parameter %s (%s)", q.Name, p.Name, p.TypeName())
		}
	}
	return out, nil
}

// Param returns the declared parameter called name.
func (q Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

func (q Query) paramNames() string {
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}
