package queries

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"
	"time"
)

// browserExamples are the values a Browser script starts with for the
// required parameters, so that it runs once loaded; users edit them.
var browserExamples = map[string]string{
	"a": "United States", "b": "Iran", "target": "Iran", "government": "United States",
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

// BrowserScript returns the query as a Neo4j Browser favorite: a first
// comment line that names it, one ":param" line per parameter with its
// default, and the query, separated by semicolons so that the Browser's
// multi-statement editor runs them in order.
func (q Query) BrowserScript() string {
	var b strings.Builder
	fmt.Fprintf(&b, "// actorgraph: %s\n// %s\n", q.Name, q.Description)
	b.WriteString("// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the\n")
	fmt.Fprintf(&b, "// whole script. Score definitions: docs/queries.md or `ingest query show %s`.\n", q.Name)
	for _, p := range q.Params {
		fmt.Fprintf(&b, ":param %s => %s;\n", p.Name, browserValue(p))
	}
	// Comment lines are left out: the Browser splits the script into
	// statements itself, and the definitions are in the header anyway.
	for _, line := range strings.Split(q.Body(), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			b.WriteString(line + "\n")
		}
	}
	b.WriteString(";\n")
	return b.String()
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

// BrowserZip writes a zip archive of every query's BrowserScript, as
// actorgraph/NAME.cypher. Dropped onto the Neo4j Browser, it becomes one
// favorite per query in a folder "actorgraph".
func BrowserZip(w io.Writer, all []Query) error {
	zw := zip.NewWriter(w)
	for _, q := range all {
		h := &zip.FileHeader{Name: BrowserFolder + "/" + q.Name + ".cypher", Method: zip.Deflate,
			Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
		f, err := zw.CreateHeader(h)
		if err != nil {
			return fmt.Errorf("zip %s: %w", h.Name, err)
		}
		if _, err := io.WriteString(f, q.BrowserScript()); err != nil {
			return fmt.Errorf("zip %s: %w", h.Name, err)
		}
	}
	return zw.Close()
}

// BrowserFolder is the favorites folder the zip creates in the Browser.
const BrowserFolder = "actorgraph"
