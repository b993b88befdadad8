package report

import (
	"fmt"
	"html/template"
	"io"
	"sort"
)

// Data is what a report shows.
type Data struct {
	Title  string
	Window string // e.g. "all time" or "2025-01-01 to 2025-06-30"
	// Actors are the actors of the matrices and the network, in order.
	Actors []string
	// Tension and Alignment hold a score per unordered pair of Actors
	// (see Key); a pair absent has no score.
	Tension   map[Pair]float64
	Alignment map[Pair]float64
	// Timeline is the tension timeline of one pair.
	Timeline Timeline
	// Evidence lists, per pair, some of the reports between them.
	Evidence map[Pair][]Report
}

// Pair is an unordered pair of actor names, the smaller first.
type Pair struct{ A, B string }

// Key is the Pair of a and b in either order.
func Key(a, b string) Pair {
	if b < a {
		a, b = b, a
	}
	return Pair{a, b}
}

// Timeline is the tension and cooperation of one pair per period.
type Timeline struct {
	A, B    string
	Periods []Period
}

// Period is one bucket of a Timeline.
type Period struct {
	Start       string // first day, YYYY-MM-DD
	Tension     float64
	Cooperation float64
}

// Report is one report of the evidence.
type Report struct {
	Date, Source, Type, Target, Evidence, Title, URL string
}

// page is the HTML around the pictures; the pictures are SVG made here.
var page = template.Must(template.New("report").Parse(pageHTML))

// Write writes the report as one HTML page.
func Write(w io.Writer, d Data) error {
	v := struct {
		Data
		TimelineSVG, TensionSVG, AlignmentSVG, NetworkSVG template.HTML
		Pairs                                             []evidenceBlock
	}{Data: d}
	v.TimelineSVG = template.HTML(timelineSVG(d.Timeline))
	v.TensionSVG = template.HTML(matrixSVG(d.Actors, d.Tension, false))
	v.AlignmentSVG = template.HTML(matrixSVG(d.Actors, d.Alignment, true))
	v.NetworkSVG = template.HTML(networkSVG(d.Actors, d.Tension))
	v.Pairs = evidenceBlocks(d)
	if err := page.Execute(w, v); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// evidenceBlock is the evidence of one pair, with its anchor.
type evidenceBlock struct {
	Anchor, A, B string
	Reports      []Report
}

// evidenceBlocks orders the evidence by pair.
func evidenceBlocks(d Data) []evidenceBlock {
	var out []evidenceBlock
	for p, rs := range d.Evidence {
		out = append(out, evidenceBlock{Anchor: anchor(p), A: p.A, B: p.B, Reports: rs})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].A+"\x00"+out[i].B < out[j].A+"\x00"+out[j].B })
	return out
}

// anchor is the id of a pair's evidence in the page.
func anchor(p Pair) string {
	return fmt.Sprintf("ev-%x", p.A+"\x00"+p.B)
}
