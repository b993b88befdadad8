package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// WriteTable writes the per-type table and, last, the four summary lines
// (a header, actors, relations, pairs).
func (r Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles: %d scored, %d without prediction, %d predictions without gold\n",
		len(r.Articles), r.NoPrediction, r.NoGold)
	b.WriteString(header())
	for _, info := range actorgraph.RelTypes {
		if c, ok := r.ByType[info.Type]; ok {
			b.WriteString(row(string(info.Type), c))
		}
	}
	b.WriteString(header())
	b.WriteString(row("actors", r.Actors))
	b.WriteString(row("relations", r.Relations))
	b.WriteString(row("pairs", r.Pairs))
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteDetails writes, per article, the missed and spurious actors and
// relations.
func (r Report) WriteDetails(w io.Writer) error {
	var b strings.Builder
	for _, a := range r.Articles {
		fmt.Fprintf(&b, "== %s  actors %s  relations %s\n", a.Key, short(a.Actors), short(a.Relations))
		if !a.HasPred {
			b.WriteString("   (no prediction)\n")
		}
		list(&b, "paired", a.Paired)
		list(&b, "missed actor", a.MissedActors)
		list(&b, "spurious actor", a.SpuriousActors)
		list(&b, "missed relation", a.MissedRelations)
		list(&b, "spurious relation", a.SpuriousRelations)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func list(b *strings.Builder, what string, items []string) {
	for _, s := range items {
		fmt.Fprintf(b, "   %-17s %s\n", what, s)
	}
}

func header() string {
	return fmt.Sprintf("%-16s %5s %5s %5s %9s %7s %6s\n", "scope", "tp", "fp", "fn", "precision", "recall", "f1")
}

func row(name string, c Counts) string {
	return fmt.Sprintf("%-16s %5d %5d %5d %9.3f %7.3f %6.3f\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
}

func short(c Counts) string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f", c.Precision(), c.Recall(), c.F1())
}
