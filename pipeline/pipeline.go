package pipeline

import (
	"context"
	"errors"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph"
)

// DefaultBatchSize is the number of articles written per transaction when
// Options.BatchSize is not set.
const DefaultBatchSize = 50

// DefaultWriters is the number of batches written at the same time when
// Options.Writers is not set: two keep Neo4j busy on both cores of a small
// machine while one batch commits and the next one runs its statements.
const DefaultWriters = 2

// Options tune a Run. The zero value is ready to use.
type Options struct {
	// Workers is the number of concurrent extractions; default GOMAXPROCS.
	Workers int
	// BatchSize is the number of articles per write transaction and per
	// Known query; default DefaultBatchSize.
	BatchSize int
	// Writers is the number of batches written at the same time, each in
	// its own transaction; default DefaultWriters. Two versions of one
	// article are never written at the same time.
	Writers int
	// Progress, when set, is called once per input when its outcome is
	// final (a document when its batch is written). Calls never overlap,
	// but with more than one writer they may come from different
	// goroutines, and batches may finish out of input order.
	Progress func(Event)
}

// Event reports the outcome of one input.
type Event struct {
	// Input names the article (path, path:line or URL) or failed input.
	Input string
	// Status is new, changed or unchanged; empty when Err is set.
	Status actorgraph.WriteStatus
	Err    error
	// Summary is the running total, including this input.
	Summary Summary
}

// Failure is one input that could not be ingested.
type Failure struct {
	Input string // path, path:line or URL
	Err   error
}

// Error returns one line naming the input and what went wrong.
func (f Failure) Error() string {
	msg := f.Err.Error()
	if f.Input == "" || strings.HasPrefix(msg, f.Input+":") {
		return msg
	}
	return f.Input + ": " + msg
}

// Summary counts what a Run did.
type Summary struct {
	New, Changed, Unchanged, Failed int
	// Actors and Relations count the actors (and negotiations) and the
	// relations of the new and changed articles written.
	Actors, Relations int
	Failures          []Failure
	// Fallbacks are the articles read with a stand-in text (a feed
	// entry's own summary: its page could not be read), each with why
	// (Article.Fallback). They are counted as articles, not failures.
	Fallbacks []Failure
}

// Articles is the number of articles read without error.
func (s Summary) Articles() int { return s.New + s.Changed + s.Unchanged }

// Source yields items until it is done or ctx is done; it stops and
// returns fn's error when fn returns one. The command passes one in from
// package source (source.Paths: files and folders; a feed; a URL).
type Source func(ctx context.Context, fn func(actorgraph.Item) error) error

// Run reads every item of src, extracts the new and changed articles with
// ex and writes them to st. It returns when src is exhausted and everything
// is written, or on the first fatal error (st unreachable, ctx done), with
// the summary of what was done until then.
func Run(ctx context.Context, opts Options, src Source, ex actorgraph.Extractor, st actorgraph.Store) (Summary, error) {
	opts = opts.withDefaults()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	items := make(chan actorgraph.Item, opts.BatchSize)
	jobs := make(chan job, opts.Workers)
	queue := make(chan *result, opts.Workers*4+opts.BatchSize)
	var wg sync.WaitGroup
	stage := func(f func() error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(); err != nil {
				cancel(err)
			}
		}()
	}
	var fallbacks []Failure // only read appends, until wg.Wait
	stage(func() error { defer close(items); return read(ctx, src, items, &fallbacks) })
	stage(func() error {
		c := checker{st: st, max: opts.BatchSize, seen: map[string]string{}}
		return c.run(ctx, items, jobs, queue)
	})
	for range opts.Workers {
		stage(func() error { work(ctx, ex, jobs); return nil })
	}
	w := writer{st: st, opts: opts}
	stage(func() error { return w.run(ctx, queue) })
	wg.Wait()
	w.sum.Fallbacks = fallbacks
	if err := context.Cause(ctx); err != nil {
		return w.sum, err
	}
	return w.sum, nil
}

func (o Options) withDefaults() Options {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.Writers <= 0 {
		o.Writers = DefaultWriters
	}
	return o
}

// read runs src, sending its items to out; it adds the articles read with
// a stand-in text to fallbacks.
func read(ctx context.Context, src Source, out chan<- actorgraph.Item, fallbacks *[]Failure) error {
	return src(ctx, func(it actorgraph.Item) error {
		if it.Err == nil && it.Article.Fallback != "" {
			*fallbacks = append(*fallbacks, Failure{Input: inputName(it.Article), Err: errors.New(it.Article.Fallback)})
		}
		select {
		case out <- it:
			return nil
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	})
}

// inputName names an article in failures and events.
func inputName(a actorgraph.Article) string {
	switch {
	case a.Path != "" && a.Line > 0:
		return a.Path + ":" + strconv.Itoa(a.Line)
	case a.Path != "":
		return a.Path
	case a.URL != "":
		return a.URL
	}
	return a.ID
}
