package queries

import (
	"archive/zip"
	_ "embed" // the Browser style
	"fmt"
	"io"
	"strings"
	"time"
)

// BrowserStyle is a Neo4j Browser style sheet (GraSS) for the graph: nodes
// captioned with their names and coloured by kind, relationships captioned
// with their types and coloured by class (conflict red, cooperation green,
// appeal orange, structural grey). Drop the file onto the Browser, or run
// ":style" followed by its text, to load it.
//
//go:embed actorgraph.grass
var BrowserStyle string

// BrowserFolder is the favorites folder the zip creates in the Browser.
const BrowserFolder = "actorgraph"

// browserExamples are the values a Browser script starts with for the
// required parameters, so that it runs once loaded; users edit them. They
// name actors of examples/, so that on the graph of `make demo` every
// favorite answers with rows.
var browserExamples = map[string]string{
	"a": "Belarus", "b": "European Union", "target": "Geneva climate finance talks", "government": "Greece",
}

// Favorite is one Neo4j Browser favorite: the Browser names it after the
// first comment line of its text.
type Favorite struct {
	// File is the favorite's file name in the zip, without the folder.
	File string
	// Name is the name the Browser shows, from the first comment line.
	Name string
	Text string
}

// Body returns the query's Cypher without its header comment.
func (q Query) Body() string {
	lines := strings.Split(q.Text, "\n")
	i := 0
	for i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "//") {
		i++
	}
	return strings.TrimSpace(strings.Join(lines[i:], "\n"))
}

// BrowserFavorites returns the query as two Neo4j Browser favorites, run
// one after the other: "NAME 1: parameters" sets the parameters with one
// ":param" line each, and "NAME 2: query" is the query alone.
//
// They are two because the Browser (5.24, shipped with Neo4j 5.26) shows a
// script of several statements as a list of ticks, without the rows of
// its query; a favorite holding one statement shows its rows. A ":param
// name => expr" line has the server evaluate expr, so integers stay
// integers (":params {limit: 25}" would send the float 25.0).
func (q Query) BrowserFavorites() [2]Favorite {
	params := Favorite{File: q.Name + "-1-parameters.cypher", Name: q.Name + " 1: parameters"}
	var b strings.Builder
	fmt.Fprintf(&b, "// %s\n// %s\n", params.Name, q.Description)
	fmt.Fprintf(&b, "// Edit the values (null: not given; dates as '2024-03-01'), run this,\n// then run \"%s 2: query\".\n", q.Name)
	for _, p := range q.Params {
		fmt.Fprintf(&b, "//   %s: %s\n", p.Name, p.Doc)
	}
	for _, p := range q.Params {
		fmt.Fprintf(&b, ":param %s => %s;\n", p.Name, browserValue(p))
	}
	params.Text = b.String()

	query := Favorite{File: q.Name + "-2-query.cypher", Name: q.Name + " 2: query"}
	b.Reset()
	fmt.Fprintf(&b, "// %s\n// %s\n", query.Name, q.Description)
	fmt.Fprintf(&b, "// Run \"%s 1: parameters\" first. Score definitions: `ingest query %s --help`.\n", q.Name, q.Name)
	// Comment lines inside the query are left out: the definitions are in
	// `ingest query NAME --help`, and the editor stays short.
	for _, line := range strings.Split(q.Body(), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			b.WriteString(line + "\n")
		}
	}
	query.Text = b.String()
	return [2]Favorite{params, query}
}

// browserValue is a parameter's default as a Cypher literal.
func browserValue(p Param) string {
	if p.Required {
		return cypherString(browserExamples[p.Name])
	}
	switch v := p.Default.(type) {
	case nil:
		return "null"
	case string:
		return cypherString(v)
	case bool, int64, float64:
		return fmt.Sprint(v)
	}
	return cypherString(p.DefaultText)
}

// cypherString quotes s as a Cypher string literal.
func cypherString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// BrowserZip writes a zip archive of every query's two favorites, in the
// folder BrowserFolder. Dropped onto the Neo4j Browser, it becomes one
// favorite per file in a folder of that name.
func BrowserZip(w io.Writer, all []Query) error {
	zw := zip.NewWriter(w)
	for _, q := range all {
		for _, fav := range q.BrowserFavorites() {
			h := &zip.FileHeader{Name: BrowserFolder + "/" + fav.File, Method: zip.Deflate,
				Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
			f, err := zw.CreateHeader(h)
			if err != nil {
				return fmt.Errorf("zip %s: %w", h.Name, err)
			}
			if _, err := io.WriteString(f, fav.Text); err != nil {
				return fmt.Errorf("zip %s: %w", h.Name, err)
			}
		}
	}
	return zw.Close()
}
