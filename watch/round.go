package watch

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/pipeline"
)

// Source is one watched input.
type Source struct {
	// ID is stable across runs and machines: "dir:news/incoming",
	// "feed:https://example.org/rss.xml", "url:https://example.org/a".
	ID   string
	Kind string // dir, feed, url or stdin
	Read pipeline.Source
}

// Ingest runs the items of one source through extraction and writing:
// pipeline.Run bound to its options, extractor and store.
type Ingest func(ctx context.Context, src Source) (pipeline.Summary, error)

// Recorder stores the outcome of one source's round; graph.Store is one.
type Recorder interface {
	RecordRun(ctx context.Context, r actorgraph.SourceRun) error
}

// Result is what a round did with one source.
type Result struct {
	Source  Source
	Summary pipeline.Summary
	// Err is why the source failed as a whole (e.g. its feed could not be
	// fetched); failures of single articles are in Summary.Failures.
	Err error
	// Interrupted says the round was cancelled while this source was read;
	// Summary counts what was written until then.
	Interrupted bool
	Elapsed     time.Duration
}

// Report is what one round did.
type Report struct {
	N       int
	Started time.Time
	Elapsed time.Duration
	Results []Result
}

// Totals adds up the counts of every source.
func (r Report) Totals() pipeline.Summary {
	var t pipeline.Summary
	for _, res := range r.Results {
		s := res.Summary
		t.New += s.New
		t.Changed += s.Changed
		t.Unchanged += s.Unchanged
		t.Failed += s.Failed
		t.Actors += s.Actors
		t.Relations += s.Relations
		t.Failures = append(t.Failures, s.Failures...)
		t.Fallbacks = append(t.Fallbacks, s.Fallbacks...)
	}
	return t
}

// SourcesFailed counts the sources that failed as a whole.
func (r Report) SourcesFailed() int {
	n := 0
	for _, res := range r.Results {
		if res.Err != nil && !res.Interrupted {
			n++
		}
	}
	return n
}

// Parallel is how many sources a round reads at once, so that a slow
// feed does not hold up a folder or another feed.
const Parallel = 4

// RunRound reads the sources, Parallel at a time, ingests their items and
// records the outcome of each. A source that fails as a whole is reported
// in its Result and the others go on. The round stops early, returning the
// error with the report so far, when ctx is done or the store cannot be
// used (unreachable, credentials refused); what was written until then
// stays written, batch by batch, and the next round picks up the rest.
// The report lists the sources in the order given.
func RunRound(ctx context.Context, n int, sources []Source, ingest Ingest, rec Recorder) (Report, error) {
	rep := Report{N: n, Started: time.Now()}
	rctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	results := make([]*Result, len(sources))
	sem := make(chan struct{}, Parallel)
	var wg sync.WaitGroup
	for i, src := range sources {
		select {
		case sem <- struct{}{}:
		case <-rctx.Done():
		}
		if rctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			res, stop := runSource(rctx, src, ingest, rec)
			results[i] = &res
			if stop != nil {
				cancel(stop)
			}
		}()
	}
	wg.Wait()
	for _, r := range results {
		if r != nil {
			rep.Results = append(rep.Results, *r)
		}
	}
	rep.Elapsed = time.Since(rep.Started)
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	return rep, context.Cause(rctx)
}

// runSource ingests one source and records its outcome; stop is the error
// that ends the whole round, if any.
func runSource(ctx context.Context, src Source, ingest Ingest, rec Recorder) (res Result, stop error) {
	start := time.Now()
	sum, err := ingest(ctx, src)
	res = Result{Source: src, Summary: sum, Err: err, Elapsed: time.Since(start),
		Interrupted: ctx.Err() != nil}
	recErr := record(ctx, rec, start, res)
	if stop = stopErr(ctx, err); stop == nil {
		stop = recErr
	}
	return res, stop
}

// stopErr returns the error that ends the round: cancellation, or a store
// that cannot be used. Other errors belong to one source.
func stopErr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	switch actorgraph.KindOf(err) {
	case actorgraph.KindUnavailable, actorgraph.KindAuth, actorgraph.KindCancelled:
		return err
	}
	return nil
}

// record stores res; after a cancel it still tries, briefly, so that the
// graph shows the interrupted round.
func record(ctx context.Context, rec Recorder, start time.Time, res Result) error {
	if ctx.Err() != nil {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
	}
	run := actorgraph.SourceRun{
		ID: res.Source.ID, Kind: res.Source.Kind,
		Started: start, Finished: start.Add(res.Elapsed),
		New: res.Summary.New, Changed: res.Summary.Changed,
		Skipped: res.Summary.Unchanged, Failed: res.Summary.Failed,
	}
	switch {
	case res.Interrupted:
		run.Err = "interrupted"
	case res.Err != nil:
		run.Err = res.Err.Error()
	}
	return rec.RecordRun(ctx, run)
}
