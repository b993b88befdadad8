package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
	"github.com/actorgraph/actorgraph/report"
)

func init() { subcommands = append(subcommands, newReportCommand) }

type reportOptions struct {
	io       *IO
	cfg      graph.Config
	from, to string
	actors   []string
	top      int
	pair     []string
	output   string
}

func newReportCommand(io *IO, v *viper.Viper) *cobra.Command {
	opts := reportOptions{io: io}
	cmd := &cobra.Command{
		Use:   "report -o FILE.html",
		Short: "Write an HTML page with the tension timeline, tension and alignment matrices and the network of dyads",
		Long: `report writes one self-contained HTML page (no script, no network; open it
in any browser) with, for a window (--from, --to) and a set of actors
(--actor, repeatable; default: the --top actors with the most tension):

  - the tension timeline, month by month, of one pair (--pair A,B; default:
    the pair with the most tension);
  - matrices of tension and of alignment among the actors;
  - the network of dyads: the actors on a circle, an edge per pair with
    tension, wider with more tension.

Every pair in a picture links to its evidence further down the page: up to
10 reports, each with its date, sentence and article. The scores are those
of the saved queries tension, alignment and tension-timeline.`,
		Example: `  ingest report -o report.html
  ingest report --from 2025-01-01 --to 2025-06-30 --top 8 -o h1.html
  ingest report --actor Belarus --actor Lithuania --actor "European Union" --pair Belarus,Lithuania -o baltic.html`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.cfg = neo4jConfig(v)
			return runReport(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.from, "from", "", "first day of the window, YYYY-MM-DD (default: no start)")
	f.StringVar(&opts.to, "to", "", "last day of the window, YYYY-MM-DD (default: no end)")
	f.StringArrayVar(&opts.actors, "actor", nil, "an actor of the matrices and network, id or exact name (repeatable)")
	f.IntVar(&opts.top, "top", 10, "without --actor, the number of actors with the most tension")
	f.StringSliceVar(&opts.pair, "pair", nil, "the pair of the timeline, A,B (default: the pair with the most tension)")
	f.StringVarP(&opts.output, "output", "o", "", "the HTML file to write (default stdout)")
	return cmd
}

func runReport(ctx context.Context, opts reportOptions) error {
	if len(opts.pair) != 0 && len(opts.pair) != 2 {
		return usageError("--pair: want two actors, A,B")
	}
	if opts.top < 2 {
		return usageError("--top: want at least 2")
	}
	st, err := graph.Open(ctx, opts.cfg)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	r := reporter{ctx: ctx, st: st, window: map[string]string{"from": nullIfEmpty(opts.from), "to": nullIfEmpty(opts.to)}}
	d, err := r.gather(opts)
	if err != nil {
		return err
	}
	return writeOutput(opts.io, opts.output, func(w io.Writer) error { return report.Write(w, d) })
}

// reporter runs the saved queries a report is made of.
type reporter struct {
	ctx    context.Context
	st     *graph.Store
	window map[string]string // from and to, as query arguments
}

// gather reads the scores, the timeline and the evidence.
func (r reporter) gather(opts reportOptions) (report.Data, error) {
	d := report.Data{Title: "actorgraph report", Window: windowText(opts.from, opts.to),
		Tension: map[report.Pair]float64{}, Alignment: map[report.Pair]float64{}, Evidence: map[report.Pair][]report.Report{}}
	tension, err := r.pairs("tension", "tension", map[string]string{"limit": "1000"})
	if err != nil {
		return d, err
	}
	d.Actors = opts.actors
	if len(d.Actors) == 0 {
		d.Actors = topActors(tension, opts.top)
	}
	// The matrix shows every pair of the top actors that shares a target,
	// not only those with the query's default of 3 shared targets.
	alignment, err := r.pairs("alignment", "alignment", map[string]string{"limit": "1000", "min_shared": "1"})
	if err != nil {
		return d, err
	}
	d.Tension, d.Alignment = among(d.Actors, tension), among(d.Actors, alignment)
	if d.Timeline, err = r.timeline(opts.pair, tension); err != nil {
		return d, err
	}
	return d, r.evidence(&d)
}

// pairs runs a saved query and reads its (a, b, score) rows.
func (r reporter) pairs(name, col string, args map[string]string) (map[report.Pair]float64, error) {
	res, err := r.run(name, args)
	if err != nil {
		return nil, err
	}
	out := map[report.Pair]float64{}
	for _, row := range res.Rows {
		m := rowMap(res, row)
		if v, ok := m[col].(float64); ok {
			out[report.Key(fmt.Sprint(m["a"]), fmt.Sprint(m["b"]))] = v
		}
	}
	return out, nil
}

// run runs the saved query name in the window with more arguments.
func (r reporter) run(name string, args map[string]string) (*graph.Result, error) {
	q, err := queries.Get(name)
	if err != nil {
		return nil, err
	}
	all := map[string]string{}
	for k, v := range r.window {
		all[k] = v
	}
	for k, v := range args {
		all[k] = v
	}
	return runSaved(r.ctx, r.st, q, all)
}

// timeline reads the tension timeline of the pair, or of the pair with
// the most tension.
func (r reporter) timeline(pair []string, tension map[report.Pair]float64) (report.Timeline, error) {
	var t report.Timeline
	if len(pair) == 2 {
		t.A, t.B = pair[0], pair[1]
	} else if p, ok := topPair(tension); ok {
		t.A, t.B = p.A, p.B
	} else {
		return t, nil
	}
	res, err := r.run("tension-timeline", map[string]string{"a": t.A, "b": t.B, "period": "month"})
	if err != nil {
		return t, err
	}
	for _, row := range res.Rows {
		m := rowMap(res, row)
		t.Periods = append(t.Periods, report.Period{Start: fmt.Sprint(m["period"]), Tension: num(m["tension"]), Cooperation: num(m["cooperation"])})
	}
	return t, nil
}

// evidence reads up to 10 reports for every pair the pictures link to.
func (r reporter) evidence(d *report.Data) error {
	pairs := map[report.Pair]bool{}
	for p := range d.Tension {
		pairs[p] = true
	}
	for p := range d.Alignment {
		pairs[p] = true
	}
	if d.Timeline.A != "" {
		pairs[report.Key(d.Timeline.A, d.Timeline.B)] = true
	}
	for p := range pairs {
		res, err := r.run("evidence", map[string]string{"a": p.A, "b": p.B, "limit": "10"})
		if err != nil {
			return err
		}
		for _, row := range res.Rows {
			m := rowMap(res, row)
			d.Evidence[p] = append(d.Evidence[p], report.Report{Date: str(m["date"]), Source: str(m["source"]), Type: str(m["type"]),
				Target: str(m["target"]), Evidence: str(m["evidence"]), Title: str(m["title"]), URL: str(m["url"])})
		}
	}
	return nil
}

// topActors are the n actors with the most tension, summed over pairs.
func topActors(tension map[report.Pair]float64, n int) []string {
	sum := map[string]float64{}
	for p, v := range tension {
		sum[p.A] += v
		sum[p.B] += v
	}
	var out []string
	for a := range sum {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		if sum[out[i]] != sum[out[j]] {
			return sum[out[i]] > sum[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// among keeps the scores of pairs of the actors.
func among(actors []string, scores map[report.Pair]float64) map[report.Pair]float64 {
	in := map[string]bool{}
	for _, a := range actors {
		in[a] = true
	}
	out := map[report.Pair]float64{}
	for p, v := range scores {
		if in[p.A] && in[p.B] {
			out[p] = v
		}
	}
	return out
}

// topPair is the pair with the most tension (ties: by names).
func topPair(tension map[report.Pair]float64) (report.Pair, bool) {
	var best report.Pair
	found := false
	for p, v := range tension {
		if !found || v > tension[best] || v == tension[best] && p.A+p.B < best.A+best.B {
			best, found = p, true
		}
	}
	return best, found
}

// rowMap is a result row by column name.
func rowMap(res *graph.Result, row []any) map[string]any {
	m := make(map[string]any, len(row))
	for i, c := range res.Columns {
		m[c] = row[i]
	}
	return m
}

func str(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

func num(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	f, _ := strconv.ParseFloat(fmt.Sprint(v), 64)
	return f
}

func nullIfEmpty(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

// windowText says the window in words.
func windowText(from, to string) string {
	switch {
	case from == "" && to == "":
		return "all time"
	case from == "":
		return "up to " + to
	case to == "":
		return "from " + from
	}
	return from + " to " + to
}
