package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph"
)

// writer takes results in input order, batches the documents and writes
// each batch in one transaction, up to Options.Writers batches at a time,
// and counts every outcome.
type writer struct {
	st    actorgraph.Store
	opts  Options
	batch []*result
	ids   map[string]bool // ids in batch

	slots    chan struct{} // one per batch being written
	inflight sync.WaitGroup
	mu       sync.Mutex // guards what follows
	sum      Summary
	writing  map[string]int // article ids in batches being written
	err      error          // the first fatal error of a batch
}

func (w *writer) run(ctx context.Context, queue <-chan *result) error {
	w.ids, w.writing = map[string]bool{}, map[string]int{}
	w.slots = make(chan struct{}, w.opts.Writers)
	defer w.inflight.Wait()
	for {
		r, ok, err := w.next(ctx, queue)
		if err != nil {
			return err
		}
		if !ok {
			if err := w.flush(ctx); err != nil {
				return err
			}
			w.inflight.Wait()
			return w.failed()
		}
		if err := w.take(ctx, r); err != nil {
			return err
		}
	}
}

// next returns the next result once it is final. When no result is ready
// it first writes the pending batch, so that a slow source still sees its
// articles written promptly.
func (w *writer) next(ctx context.Context, queue <-chan *result) (*result, bool, error) {
	var r *result
	var ok bool
	select {
	case r, ok = <-queue:
	default:
		if err := w.flush(ctx); err != nil {
			return nil, false, err
		}
		select {
		case r, ok = <-queue:
		case <-ctx.Done():
			return nil, false, context.Cause(ctx)
		}
	}
	if !ok {
		return nil, false, nil
	}
	select {
	case <-r.done:
		return r, true, nil
	case <-ctx.Done():
		return nil, false, context.Cause(ctx)
	}
}

// take counts a failed or unchanged result, or adds a document to the
// batch, writing the batch first if it is full or holds the same article.
func (w *writer) take(ctx context.Context, r *result) error {
	switch {
	case r.err != nil:
		w.fail(r.input, r.err)
		return nil
	case r.skipped:
		r.status = actorgraph.StatusUnchanged
		w.mu.Lock()
		w.count(r)
		w.mu.Unlock()
		return nil
	}
	if len(w.batch) >= w.opts.BatchSize || w.ids[r.doc.Article.ID] {
		if err := w.flush(ctx); err != nil {
			return err
		}
	}
	w.batch = append(w.batch, r)
	w.ids[r.doc.Article.ID] = true
	return nil
}

// flush starts writing the batch in one transaction, once a writer slot
// is free and no batch being written holds one of its articles (so that
// the versions of an article are written in input order). It returns the
// first fatal error of any batch so far.
func (w *writer) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return w.failed()
	}
	batch := w.batch
	w.batch, w.ids = nil, map[string]bool{}
	if w.overlaps(batch) {
		w.inflight.Wait()
	}
	select {
	case w.slots <- struct{}{}:
	case <-ctx.Done():
		return context.Cause(ctx)
	}
	w.track(batch, 1)
	w.inflight.Add(1)
	go func() {
		defer w.inflight.Done()
		defer func() { <-w.slots }()
		defer w.track(batch, -1)
		if err := w.writeBatch(ctx, batch); err != nil {
			w.mu.Lock()
			if w.err == nil {
				w.err = err
			}
			w.mu.Unlock()
		}
	}()
	return w.failed()
}

// failed returns the first fatal error of a batch, if any.
func (w *writer) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// overlaps reports whether a batch being written holds an article of batch.
func (w *writer) overlaps(batch []*result) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, r := range batch {
		if w.writing[r.doc.Article.ID] > 0 {
			return true
		}
	}
	return false
}

// track adds d to the count of each article of batch being written.
func (w *writer) track(batch []*result, d int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, r := range batch {
		id := r.doc.Article.ID
		if w.writing[id] += d; w.writing[id] == 0 {
			delete(w.writing, id)
		}
	}
}

// batchGrace is how long a batch being written may take to finish after
// the run is cancelled.
const batchGrace = 2 * time.Minute

// writeBatch writes the batch in one transaction. If the store rejects the
// batch for another reason than being unreachable, each document is
// retried alone, so that one bad document fails only its own input.
func (w *writer) writeBatch(ctx context.Context, batch []*result) error {
	err := w.write(ctx, batch)
	if err == nil || fatal(ctx, err) {
		return err
	}
	for _, r := range batch {
		if err := w.write(ctx, []*result{r}); err != nil {
			if fatal(ctx, err) {
				return err
			}
			w.fail(r.input, fmt.Errorf("write: %w", err))
		}
	}
	return nil
}

// write writes results as one transaction and counts them.
func (w *writer) write(ctx context.Context, rs []*result) error {
	docs := make([]actorgraph.Document, len(rs))
	for i, r := range rs {
		docs[i] = r.doc
	}
	// A batch that has started is finished even when ctx is cancelled
	// meanwhile: cancelling a transaction while it commits can leave it
	// committed but reported as failed, and then the summary would not count
	// what the graph holds. batchGrace bounds the wait.
	if err := ctx.Err(); err != nil {
		return err
	}
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), batchGrace)
	defer cancel()
	statuses, err := w.st.Write(wctx, docs)
	if err != nil {
		return err
	}
	if len(statuses) != len(docs) {
		return fmt.Errorf("store returned %d statuses for %d documents", len(statuses), len(docs))
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, r := range rs {
		r.status = statuses[i]
		w.count(r)
	}
	return nil
}

// fatal reports whether a write error stops the run: the context is done or
// the database cannot be used at all.
func fatal(ctx context.Context, err error) bool {
	if ctx.Err() != nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	switch actorgraph.KindOf(err) {
	case actorgraph.KindUnavailable, actorgraph.KindAuth, actorgraph.KindCancelled:
		return true
	}
	return false
}

// count counts a result whose outcome is final; w.mu is held.
func (w *writer) count(r *result) {
	switch r.status {
	case actorgraph.StatusNew:
		w.sum.New++
	case actorgraph.StatusChanged:
		w.sum.Changed++
	default:
		w.sum.Unchanged++
	}
	if r.status == actorgraph.StatusNew || r.status == actorgraph.StatusChanged {
		w.sum.Actors += len(r.doc.Extraction.Actors)
		w.sum.Relations += len(r.doc.Extraction.Relations)
	}
	w.event(Event{Input: r.input, Status: r.status})
}

// fail counts a failed input; it takes w.mu.
func (w *writer) fail(input string, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.sum.Failed++
	w.sum.Failures = append(w.sum.Failures, Failure{Input: input, Err: err})
	w.event(Event{Input: input, Err: err})
}

func (w *writer) event(e Event) {
	if w.opts.Progress != nil {
		e.Summary = w.sum
		w.opts.Progress(e)
	}
}
