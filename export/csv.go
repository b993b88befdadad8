package export

import (
	"encoding/csv"
	"io"
	"strconv"
)

// EventColumns are the columns of the events CSV, in order.
var EventColumns = []string{"event_id", "date",
	"source_id", "source_name", "source_type", "source_iso3",
	"target_id", "target_name", "target_type", "target_iso3",
	"relation", "cameo", "cameo_root", "quad_class", "goldstein", "confidence",
	"num_articles", "url", "title", "evidence", "article_id"}

// NodeColumns and EdgeColumns are the columns of the nodes and edges CSV;
// "id", "label", "source" and "target" are the names Gephi's import looks
// for.
var (
	NodeColumns = []string{"id", "label", "type", "iso3", "reports"}
	EdgeColumns = []string{"source", "target", "relation", "weight", "goldstein", "first", "last"}
)

// CSV writes records as RFC 4180 CSV with a header line, one at a time.
type CSV struct {
	w *csv.Writer
}

// NewCSV starts a CSV with the given header.
func NewCSV(w io.Writer, header []string) (*CSV, error) {
	c := &CSV{w: csv.NewWriter(w)}
	return c, c.w.Write(header)
}

// Event writes one events row.
func (c *CSV) Event(e Event) error {
	quad := ""
	if q := QuadClass(e.CAMEO); q > 0 {
		quad = strconv.Itoa(q)
	}
	return c.w.Write([]string{e.ID, e.Date,
		e.Source.ID, e.Source.Name, e.Source.Type, e.Source.ISO3,
		e.Target.ID, e.Target.Name, e.Target.Type, e.Target.ISO3,
		e.Relation, e.CAMEO, CAMEORoot(e.CAMEO), quad, num(e.Goldstein), num(e.Confidence),
		strconv.FormatInt(e.Articles, 10), e.URL, e.Title, e.Evidence, e.ArticleID})
}

// Node writes one nodes row.
func (c *CSV) Node(n Node) error {
	return c.w.Write([]string{n.ID, n.Label, n.Type, n.ISO3, strconv.FormatInt(n.Reports, 10)})
}

// Edge writes one edges row.
func (c *CSV) Edge(e Edge) error {
	return c.w.Write([]string{e.Source, e.Target, e.Relation, strconv.FormatInt(e.Weight, 10),
		num(e.Goldstein), e.First, e.Last})
}

// Close flushes the rows written and reports the first error.
func (c *CSV) Close() error {
	c.w.Flush()
	return c.w.Error()
}

// num is a float without trailing zeros.
func num(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
