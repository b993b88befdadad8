package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// WriteTable writes a line on the articles, two on identity across
// articles (splits, merges), the per-type table and, last, the four
// summary lines (a header, actors, relations, pairs); scripts read those
// last lines, so they stay last.
func (r Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles: %d scored, %d without prediction, %d predictions without gold\n",
		len(r.Articles), r.NoPrediction, r.NoGold)
	id := r.Identity
	fmt.Fprintf(&b, "splits: %d of %d gold entities named in two or more articles became two or more nodes\n",
		len(id.Splits), id.Repeated)
	fmt.Fprintf(&b, "merges: %d of %d predicted nodes matched to gold stand for two or more gold entities\n",
		len(id.Merges), id.Nodes)
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

// WriteDetails writes, per article, the negotiations paired by shared
// relations and the missed and spurious actors and relations; then every
// split and merge across articles.
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
	fmt.Fprintf(&b, "== identity  %d splits, %d merges\n", len(r.Identity.Splits), len(r.Identity.Merges))
	list(&b, "split", spreadLines(r.Identity.Splits))
	list(&b, "merge", spreadLines(r.Identity.Merges))
	_, err := io.WriteString(w, b.String())
	return err
}

func list(b *strings.Builder, what string, items []string) {
	for _, s := range items {
		fmt.Fprintf(b, "   %-17s %s\n", what, s)
	}
}

// spreadLines formats each spread as "name: part (article ...); ...".
func spreadLines(spreads []Spread) []string {
	out := make([]string, 0, len(spreads))
	for _, s := range spreads {
		parts := make([]string, len(s.Parts))
		for i, p := range s.Parts {
			parts[i] = p.Name + " (" + strings.Join(p.Articles, " ") + ")"
		}
		out = append(out, s.Name+": "+strings.Join(parts, "; "))
	}
	return out
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
