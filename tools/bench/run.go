package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/bench"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
)

// Floors of issue 6, and of issue 19 for extraction with the field's
// dictionaries (one core, dictionary load, ingest extract's memory).
const (
	floorExtractPerCore = 500.0  // articles/s per core, all cores
	floorExtractOneCore = 1000.0 // articles/s on one core
	floorDictLoad       = 300 * time.Millisecond
	floorExtractRSS     = 200 << 20
	floorIngest         = 200.0 // articles/s end to end
	floorBatchedRatio   = 10.0  // batched / naive
	floorQuerySeconds   = 1.0   // per saved query, p95
	floorPeakRSS        = 300 << 20
)

// run runs the selected phases and prints the table.
func run(ctx context.Context, o options) error {
	gen, err := o.corpus(o.seed)
	if err != nil {
		return err
	}
	t := &bench.Table{Machine: machine(), Neo4j: "not used", Corpus: fmt.Sprintf("seed %d, cast skew %g", o.seed, o.skew)}
	if o.skew == 0 {
		t.Corpus = fmt.Sprintf("seed %d, cast drawn uniformly (skew 0)", o.seed)
	}
	var st *graph.Store
	if o.phases["writes"] || o.phases["ingest"] || o.phases["pipeline"] || o.phases["queries"] {
		unlock, err := lockDatabase(o.neo4j)
		if err != nil {
			return err
		}
		defer unlock()
		if st, err = graph.Open(ctx, o.neo4j); err != nil {
			return err
		}
		defer st.Close(context.WithoutCancel(ctx))
		if t.Neo4j, err = st.Version(ctx); err != nil {
			return err
		}
		t.Neo4j += " at " + o.neo4j.URI
		if err := st.Migrate(ctx); err != nil {
			return err
		}
		if err := checkEmpty(ctx, st, o); err != nil {
			return err
		}
	}
	phases := []struct {
		name string
		fn   func() error
	}{
		{"extract", func() error { return extractPhase(ctx, o, gen, t) }},
		{"writes", func() error { return writesPhase(ctx, o, gen, st, t) }},
		// ingest before queries: it measures writes into an empty graph,
		// not behind the cleanup of the million relationships the query
		// phase leaves.
		{"ingest", func() error { return ingestPhase(ctx, o, gen, st, t) }},
		{"queries", func() error { return queriesPhase(ctx, o, gen, st, t) }},
		{"pipeline", func() error { return pipelinePhase(ctx, o, gen, st, t) }},
	}
	for _, p := range phases {
		if !o.phases[p.name] {
			continue
		}
		if err := p.fn(); err != nil {
			t.Print(os.Stdout)
			return fmt.Errorf("%s: %w", p.name, err)
		}
	}
	if err := t.Print(os.Stdout); err != nil {
		return err
	}
	if t.Failed() {
		return fmt.Errorf("some floors were not met (FAIL above)")
	}
	return nil
}

// machine describes the cores, memory, OS and Go version.
func machine() string {
	mem := "? GiB"
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			mem = fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
		}
	}
	cpu := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = " (" + strings.TrimSpace(v) + ")"
				break
			}
		}
	}
	return fmt.Sprintf("%d cores%s, %s RAM, %s/%s, %s", runtime.NumCPU(), cpu, mem,
		runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// extractPhase measures extraction on one core and on all cores.
func extractPhase(ctx context.Context, o options, gen *corpusgen.Generator, t *bench.Table) error {
	loadStart := time.Now()
	ex, err := extract.New()
	if err != nil {
		return err
	}
	load := time.Since(loadStart)
	t.Add(bench.Result{Name: "extraction, loading the dictionaries", Size: "built-in data",
		Value: fmt.Sprintf("%.0f ms", load.Seconds()*1000), Floor: fmt.Sprintf("< %.0f ms", floorDictLoad.Seconds()*1000),
		Status: bench.Check(load < floorDictLoad)})
	status("extract: generating %d articles", o.extractN)
	arts := bench.Articles(gen, o.extractN)
	bench.Extraction(ex, arts[:min(100, len(arts))], 0) // warm up
	stop, err := startProfile(o.cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	size := fmt.Sprintf("%d articles, %.1f MB", len(arts), float64(textBytes(arts))/1e6)
	prev := runtime.GOMAXPROCS(1)
	status("extract: one core")
	one := bench.Extraction(ex, arts, 1)
	runtime.GOMAXPROCS(prev)
	status("extract: %d cores", prev)
	all := bench.Extraction(ex, arts, prev)
	t.Add(bench.Result{Name: "extraction, 1 core", Size: size, Value: rate(one),
		Floor: fmt.Sprintf(">= %.0f articles/s", floorExtractOneCore), Status: bench.Check(one.ArticlesPerSec() >= floorExtractOneCore)})
	perCore := all.ArticlesPerSec() / float64(prev)
	t.Add(bench.Result{Name: fmt.Sprintf("extraction, %d cores", prev), Size: size,
		Value: rate(all) + fmt.Sprintf(" (%.0f/core)", perCore),
		Floor: fmt.Sprintf(">= %.0f articles/s/core", floorExtractPerCore), Status: bench.Check(perCore >= floorExtractPerCore)})
	if err := extractRSS(ctx, o, gen, t); err != nil {
		return err
	}
	agree := bench.Agree(ex, gen, min(500, len(arts)))
	t.Add(bench.Result{Name: "extraction, relations found", Size: size,
		Value: fmt.Sprintf("%.1f per article (generator states %.1f); against the generator's relations on %d articles: precision %.2f, recall %.2f",
			float64(one.Relations)/float64(len(arts)), goldPerArticle(gen, len(arts)), min(500, len(arts)), agree.Relations.Precision(), agree.Relations.Recall())})
	return nil
}

// extractRSS runs the real `ingest extract` on a generated JSONL corpus of
// the extraction phase's size and reads its peak memory.
func extractRSS(ctx context.Context, o options, gen *corpusgen.Generator, t *bench.Table) error {
	path, _, err := corpusFile(ctx, gen, o.workDir, o.seed, o.extractN)
	if err != nil {
		return err
	}
	if !o.keepCorpus {
		defer os.Remove(path)
	}
	status("extract: %s extract %s", o.ingestBin, path)
	p, err := bench.RunChild(ctx, o.ingestBin, []string{"extract", path}, nil, 0)
	if err != nil {
		return err
	}
	t.Add(bench.Result{Name: "ingest extract, peak RSS", Size: fmt.Sprintf("%d articles", o.extractN),
		Value: fmt.Sprintf("%.0f MB (%.1f s)", float64(p.PeakRSS)/(1<<20), p.Elapsed.Seconds()),
		Floor: fmt.Sprintf("< %d MB", floorExtractRSS>>20), Status: bench.Check(p.PeakRSS < floorExtractRSS)})
	return nil
}

func textBytes(arts []actorgraph.Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return n
}

func goldPerArticle(gen *corpusgen.Generator, n int) float64 {
	var st corpusgen.Stats
	for i := 0; i < n; i++ {
		st.Add(gen.Article(i))
	}
	return float64(st.Relations) / float64(n)
}

func rate(r bench.Rate) string {
	return fmt.Sprintf("%s articles/s, %.1f MB/s; %s articles per CPU-second", bench.Human(r.ArticlesPerSec()),
		r.MBPerSec(), bench.Human(r.ArticlesPerCPUSec()))
}

// corpusFile returns the JSONL corpus of n articles, writing it first when
// it is not in dir yet.
func corpusFile(ctx context.Context, gen *corpusgen.Generator, dir string, seed uint64, n int) (string, corpusgen.Stats, error) {
	path := filepath.Join(dir, fmt.Sprintf("actorgraph-bench-%d-%d.jsonl", seed, n))
	status("ingest: writing %s", path)
	f, err := os.Create(path + ".tmp")
	if err != nil {
		return "", corpusgen.Stats{}, err
	}
	st, err := gen.WriteJSONL(ctx, f, 0, n)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(path+".tmp", path)
	}
	return path, st, err
}

// checkEmpty refuses to wipe a database that holds data unless
// -empty-database was given.
func checkEmpty(ctx context.Context, st *graph.Store, o options) error {
	if o.emptyDB {
		return nil
	}
	c, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	if n := c.Nodes["Entity"] + c.Nodes["Article"]; n > 0 {
		return fmt.Errorf("the database at %s holds %d nodes and the benchmarks empty it: pass -empty-database, or point ACTORGRAPH_NEO4J_URI at another instance", o.neo4j.URI, n)
	}
	return nil
}
