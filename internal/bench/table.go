package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Result is one line of the benchmark table.
type Result struct {
	Name   string // what was measured, e.g. "extraction, 1 worker"
	Size   string // the input, e.g. "2000 articles"
	Value  string // the figures, e.g. "812 articles/s, 3.9 MB/s"
	Floor  string // the floor it is checked against, or ""
	Status string // "ok", "FAIL", or "" when there is no floor
}

// Check returns "ok" when pass holds and "FAIL" otherwise.
func Check(pass bool) string {
	if pass {
		return "ok"
	}
	return "FAIL"
}

// Table is the results of one run with the machine they ran on.
type Table struct {
	Machine string // cores, memory, OS, Go
	Neo4j   string // server version
	Corpus  string // how the articles were generated; "" leaves the line out
	Results []Result
}

// Add appends a result.
func (t *Table) Add(r Result) { t.Results = append(t.Results, r) }

// Failed reports whether some result missed its floor.
func (t *Table) Failed() bool {
	for _, r := range t.Results {
		if r.Status == "FAIL" {
			return true
		}
	}
	return false
}

// Print writes the table as aligned text (it is also valid Markdown).
func (t *Table) Print(w io.Writer) error {
	fmt.Fprintf(w, "machine: %s\nneo4j:   %s\n", t.Machine, t.Neo4j)
	if t.Corpus != "" {
		fmt.Fprintf(w, "corpus:  %s\n", t.Corpus)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "| benchmark\t size\t result\t floor\t check\t")
	fmt.Fprintln(tw, "|---\t---\t---\t---\t---\t")
	for _, r := range t.Results {
		fmt.Fprintf(tw, "| %s\t %s\t %s\t %s\t %s\t\n", r.Name, r.Size, r.Value, r.Floor, r.Status)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

// Human formats a rate with a thousands separator and no decimals above 100.
func Human(x float64) string {
	if x < 100 {
		return fmt.Sprintf("%.1f", x)
	}
	s := fmt.Sprintf("%.0f", x)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
