package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/bench"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
	"github.com/actorgraph/actorgraph/readmodel"
)

// writesPhase writes the same gold documents batched and naively, each
// into an empty graph. The batched path runs batchedRuns times (before and
// after the naive one) and its median counts: a run of a few seconds right
// after the graph was emptied can meet the server flushing that wipe.
func writesPhase(ctx context.Context, o options, gen *corpusgen.Generator, st *graph.Store, t *bench.Table) error {
	// Warm up both paths (query compilation, caches) on other articles.
	if err := warmWrites(ctx, st, bench.Docs(gen, o.writeN, 4)); err != nil {
		return err
	}
	docs := bench.Docs(gen, 0, o.writeN)
	var runs []bench.Rate
	batched := func() error {
		status("writes: batched, %d articles (run %d of %d)", len(docs), len(runs)+1, batchedRuns)
		r, err := bench.Batched(ctx, st, docs, o.batch)
		if err != nil {
			return err
		}
		runs = append(runs, r)
		return bench.Wipe(ctx, st)
	}
	if err := batched(); err != nil {
		return err
	}
	status("writes: naive, %d articles", len(docs))
	naive, stmts, err := bench.Naive(ctx, st, docs)
	if err != nil {
		return err
	}
	if err := bench.Wipe(ctx, st); err != nil {
		return err
	}
	for len(runs) < batchedRuns {
		if err := batched(); err != nil {
			return err
		}
	}
	med := bench.MedianRate(runs)
	size := fmt.Sprintf("%d articles, %d relations", len(docs), med.Relations)
	all := make([]string, len(runs))
	for i, r := range runs {
		all[i] = bench.Human(r.ArticlesPerSec())
	}
	t.Add(bench.Result{Name: fmt.Sprintf("writes, batched (%d articles/tx)", o.batch), Size: size,
		Value: writeRate(med) + fmt.Sprintf(" (median of %d runs: %s)", len(runs), strings.Join(all, ", "))})
	t.Add(bench.Result{Name: "writes, naive (1 article/tx)", Size: size,
		Value: writeRate(naive) + fmt.Sprintf(", %d transactions", stmts)})
	ratio := med.ArticlesPerSec() / naive.ArticlesPerSec()
	t.Add(bench.Result{Name: "writes, batched / naive", Size: size, Value: fmt.Sprintf("%.1fx", ratio),
		Floor: fmt.Sprintf(">= %.0fx", floorBatchedRatio), Status: bench.Check(ratio >= floorBatchedRatio)})
	return nil
}

// batchedRuns is how many times the writes phase times the batched path.
const batchedRuns = 3

// warmWrites writes docs both ways once and empties the graph.
func warmWrites(ctx context.Context, st *graph.Store, docs []actorgraph.Document) error {
	if err := bench.Wipe(ctx, st); err != nil {
		return err
	}
	if _, err := bench.Batched(ctx, st, docs, len(docs)); err != nil {
		return err
	}
	if err := bench.Wipe(ctx, st); err != nil {
		return err
	}
	if _, _, err := bench.Naive(ctx, st, docs[:1]); err != nil {
		return err
	}
	return bench.Wipe(ctx, st)
}

func writeRate(r bench.Rate) string {
	return fmt.Sprintf("%s articles/s, %s relations/s", bench.Human(r.ArticlesPerSec()), bench.Human(r.RelationsPerSec()))
}

// ingestPhase runs the real ingest binary on generated JSONL corpora, each
// into an empty graph, and reads its peak memory.
func ingestPhase(ctx context.Context, o options, gen *corpusgen.Generator, st *graph.Store, t *bench.Table) error {
	cfg := o.neo4j
	env := []string{"ACTORGRAPH_NEO4J_URI=" + cfg.URI, "ACTORGRAPH_NEO4J_USER=" + cfg.User,
		"ACTORGRAPH_NEO4J_PASSWORD=" + cfg.Password, "ACTORGRAPH_NEO4J_DATABASE=" + cfg.Database}
	// ingest runs one corpus into an emptied database.
	ingest := func(g *corpusgen.Generator, seed uint64, n int) (bench.Process, graph.Counts, error) {
		path, _, err := corpusFile(ctx, g, o.workDir, seed, n)
		if err != nil {
			return bench.Process{}, graph.Counts{}, err
		}
		if err := bench.Wipe(ctx, st); err != nil {
			return bench.Process{}, graph.Counts{}, err
		}
		status("ingest: %s run %s", o.ingestBin, path)
		p, err := bench.RunChild(ctx, o.ingestBin, []string{"run", path}, env, o.ingestLimit)
		if !o.keepCorpus {
			os.Remove(path)
		}
		if err != nil {
			return p, graph.Counts{}, err
		}
		c, err := st.Counts(ctx)
		return p, c, err
	}
	// The server's first write-heavy minutes are slower (its JIT compiles
	// the write path): a first run of other articles (another seed) shows
	// that figure, and the timed runs come after it.
	if o.ingestWarmup > 0 {
		wgen, err := o.corpus(o.seed + 1)
		if err != nil {
			return err
		}
		p, c, err := ingest(wgen, o.seed+1, o.ingestWarmup)
		if err != nil {
			return err
		}
		arts := float64(c.Nodes["Article"])
		t.Add(bench.Result{Name: "ingest run, first run (warm-up)", Size: fmt.Sprintf("%d articles", o.ingestWarmup),
			Value: fmt.Sprintf("%s articles/s (%.0f s); not checked: the runs below are", bench.Human(arts/p.Elapsed.Seconds()), p.Elapsed.Seconds())})
	}
	for _, n := range o.ingestN {
		p, c, err := ingest(gen, o.seed, n)
		if err != nil {
			return err
		}
		addIngest(t, n, p, c)
	}
	return nil
}

func addIngest(t *bench.Table, n int, p bench.Process, c graph.Counts) {
	secs := p.Elapsed.Seconds()
	arts := float64(c.Nodes["Article"])
	size := fmt.Sprintf("%d articles", n)
	if p.Stopped {
		size = fmt.Sprintf("%d articles, stopped at the time limit after %.0f of them", n, arts)
	}
	t.Add(bench.Result{Name: "ingest run, end to end", Size: size,
		Value: fmt.Sprintf("%s articles/s, %s relationships/s (%.0f s; %d relationships, %d mentions)",
			bench.Human(arts/secs), bench.Human(float64(c.Relationships())/secs), secs,
			c.Relationships(), c.Rels[graph.MentionsType]),
		Floor: fmt.Sprintf(">= %.0f articles/s", floorIngest), Status: bench.Check(arts/secs >= floorIngest && (p.Stopped || int(arts) == n))})
	t.Add(bench.Result{Name: "ingest run, peak RSS", Size: size,
		Value: fmt.Sprintf("%.0f MB", float64(p.PeakRSS)/(1<<20)),
		Floor: fmt.Sprintf("< %d MB", floorPeakRSS>>20), Status: bench.Check(p.PeakRSS < floorPeakRSS)})
}

// queriesPhase grows a graph of gold documents to each size and times every
// saved query on it.
func queriesPhase(ctx context.Context, o options, gen *corpusgen.Generator, st *graph.Store, t *bench.Table) error {
	cases, err := bench.QueryCases()
	if err != nil {
		return err
	}
	if err := bench.Wipe(ctx, st); err != nil {
		return err
	}
	g := &grower{o: o, gen: gen, st: st}
	for _, target := range o.graphRels {
		if err := timeQueries(ctx, o, g, int64(target), cases, t); err != nil {
			return err
		}
	}
	// -grow both: the largest graph again, now written from fresh
	// articles. Copies repeat the first graph's pairs of actors, so their
	// dyads sum ten times the reports; fresh articles of this corpus make
	// many more pairs (and dyads), and the queries that read dyads are
	// slower.
	if n := len(o.graphRels); o.grow == "both" && n > 1 {
		if err := bench.Wipe(ctx, st); err != nil {
			return err
		}
		fresh := o
		fresh.grow = "write"
		if err := timeQueries(ctx, fresh, &grower{o: fresh, gen: gen, st: st}, int64(o.graphRels[n-1]), cases, t); err != nil {
			return err
		}
	}
	return nil
}

// timeQueries grows the graph to target relationships and times every
// query case on it.
func timeQueries(ctx context.Context, o options, g *grower, target int64, cases []bench.QueryCase, t *bench.Table) error {
	status("queries: growing the graph to %d relationships", target)
	start := time.Now()
	c, err := g.grow(ctx, target)
	if err != nil {
		return err
	}
	status("queries: graph of %d relationships, %d articles in %.0f s", c.Relationships(), c.Nodes["Article"], time.Since(start).Seconds())
	size := fmt.Sprintf("%s relationships", bench.Human(float64(c.Relationships())))
	if g.copies > 0 || o.grow != "copy" {
		how := "written"
		if g.copies > 0 {
			how = "copied"
		}
		res, err := g.st.Run(ctx, "MATCH ()-[d:"+readmodel.DyadType+"]->() RETURN count(d)", nil)
		if err != nil {
			return fmt.Errorf("count dyads: %w", err)
		}
		size += fmt.Sprintf(", %s (%s dyads)", how, bench.Human(float64(res.Rows[0][0].(int64))))
	}
	if err := addPlanCheck(ctx, g.st, cases, size, t); err != nil {
		return err
	}
	for _, qc := range cases {
		status("queries: %s", qc.Name)
		l, err := bench.TimeQuery(ctx, g.st, qc, o.queryRuns, o.queryTimeout)
		if err != nil {
			return err
		}
		value := fmt.Sprintf("median %s, p95 %s (%d runs, %d rows)", ms(l.Median), ms(l.P95), l.Runs, l.Rows)
		if l.TimedOut {
			value = fmt.Sprintf("timed out after %s", o.queryTimeout)
		}
		t.Add(bench.Result{Name: "query " + qc.Name, Size: size, Value: value,
			Floor: fmt.Sprintf("p95 < %.0f s", floorQuerySeconds), Status: bench.Check(!l.TimedOut && l.P95.Seconds() < floorQuerySeconds)})
	}
	return nil
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}

// addPlanCheck adds one row saying whether any saved query plans a full
// node scan where an index exists, on the graph as it is.
func addPlanCheck(ctx context.Context, st *graph.Store, cases []bench.QueryCase, size string, t *bench.Table) error {
	indexes, err := bench.NodeIndexes(ctx, st)
	if err != nil {
		return err
	}
	var issues []string
	for _, qc := range cases {
		ops, err := bench.Explain(ctx, st, qc)
		if err != nil {
			return err
		}
		for _, is := range bench.CheckPlan(qc.Name, ops, indexes) {
			issues = append(issues, is.String())
		}
	}
	value := fmt.Sprintf("%d query cases, no full node scan where an index exists", len(cases))
	if len(issues) > 0 {
		value = strings.Join(issues, "; ")
	}
	t.Add(bench.Result{Name: "saved-query plans (EXPLAIN)", Size: size, Value: value,
		Floor: "no avoidable full scan", Status: bench.Check(len(issues) == 0)})
	return nil
}

// grower grows the query graph: the first size by writing gold documents
// through the store; larger ones the same way with -grow write, or with
// -grow copy and -grow both by server-side copies of those first articles.
type grower struct {
	o      options
	gen    *corpusgen.Generator
	st     *graph.Store
	next   int   // next article to write
	base   int64 // relationships written, before any copy
	copies int   // copies made
}

func (g *grower) grow(ctx context.Context, target int64) (graph.Counts, error) {
	// Writes keep the dyads up to date; CopyGraph rebuilds them.
	if g.o.grow == "write" || g.base == 0 {
		next, c, err := bench.GrowGraph(ctx, g.st, g.gen, g.next, target)
		g.next, g.base = next, c.Relationships()
		return c, err
	}
	want := int((target+g.base-1)/g.base) - 1
	if want > g.copies {
		if err := bench.CopyGraph(ctx, g.st, g.copies+1, want); err != nil {
			return graph.Counts{}, err
		}
		g.copies = want
	}
	return g.st.Counts(ctx)
}
