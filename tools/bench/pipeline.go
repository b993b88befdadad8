package main

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/bench"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/source"
)

// timedStore is a Store that adds up the time spent in Write and Known.
type timedStore struct {
	actorgraph.Store
	write, known atomic.Int64 // nanoseconds
}

func (s *timedStore) Write(ctx context.Context, docs []actorgraph.Document) ([]actorgraph.WriteStatus, error) {
	start := time.Now()
	defer func() { s.write.Add(int64(time.Since(start))) }()
	return s.Store.Write(ctx, docs)
}

func (s *timedStore) Known(ctx context.Context, ids []string) (map[string]string, error) {
	start := time.Now()
	defer func() { s.known.Add(int64(time.Since(start))) }()
	return s.Store.Known(ctx, ids)
}

// timedExtractor adds up the time spent extracting, over all workers.
type timedExtractor struct {
	actorgraph.Extractor
	busy atomic.Int64
}

func (e *timedExtractor) Extract(a actorgraph.Article) actorgraph.Extraction {
	start := time.Now()
	defer func() { e.busy.Add(int64(time.Since(start))) }()
	return e.Extractor.Extract(a)
}

// pipelinePhase runs the ingest pipeline in this process on the first
// corpus size, to show where the time of `ingest run` goes: in the
// extractor, in the store's writes, or in neither (waiting). With
// -cpuprofile it profiles this phase.
func pipelinePhase(ctx context.Context, o options, gen *corpusgen.Generator, st *graph.Store, t *bench.Table) error {
	n := o.ingestN[0]
	path, _, err := corpusFile(ctx, gen, o.workDir, o.seed, n)
	if err != nil {
		return err
	}
	if !o.keepCorpus {
		defer os.Remove(path)
	}
	if err := bench.Wipe(ctx, st); err != nil {
		return err
	}
	base, err := extract.New()
	if err != nil {
		return err
	}
	ex, ts := &timedExtractor{Extractor: base}, &timedStore{Store: st}
	stop, err := startProfile(o.cpuProfile)
	if err != nil {
		return err
	}
	status("pipeline: in-process run of %s", path)
	start := time.Now()
	sum, err := pipeline.Run(ctx, pipeline.Options{BatchSize: o.batch}, source.Paths(path), ex, ts)
	elapsed := time.Since(start)
	stop()
	if err != nil {
		return err
	}
	secs := func(ns int64) string { return fmt.Sprintf("%.1f s", time.Duration(ns).Seconds()) }
	t.Add(bench.Result{Name: "pipeline in-process (diagnosis)", Size: fmt.Sprintf("%d articles", n),
		Value: fmt.Sprintf("%s articles/s in %.1f s; in Store.Write %s, Store.Known %s, extracting %s (all workers)",
			bench.Human(float64(sum.Articles())/elapsed.Seconds()), elapsed.Seconds(),
			secs(ts.write.Load()), secs(ts.known.Load()), secs(ex.busy.Load()))})
	return nil
}
