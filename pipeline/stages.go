package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph"
)

// result is the outcome of one input, filled in by the checker or by a
// worker; done is closed when it is final. The writer takes results in
// input order from a bounded queue, which keeps the outcomes ordered and
// the memory bounded.
type result struct {
	done    chan struct{}
	input   string
	err     error                  // the input failed
	skipped bool                   // unchanged: nothing to write
	doc     actorgraph.Document    // to write, when neither err nor skipped
	status  actorgraph.WriteStatus // set by the writer
}

func resolved(r *result) *result {
	r.done = make(chan struct{})
	close(r.done)
	return r
}

// job is one article to extract.
type job struct {
	article actorgraph.Article
	res     *result
}

// checker groups incoming items, asks the store which articles it already
// holds with the same content, and sends the others to the workers.
type checker struct {
	st   actorgraph.Store
	max  int
	seen map[string]string // id -> content hash of the articles of this run
}

func (c *checker) run(ctx context.Context, items <-chan actorgraph.Item, jobs chan<- job, queue chan<- *result) error {
	defer close(queue)
	defer close(jobs)
	for {
		group, ok := c.next(ctx, items)
		if len(group) > 0 {
			if err := c.dispatch(ctx, group, jobs, queue); err != nil {
				return err
			}
		}
		if !ok {
			return nil
		}
	}
}

// next waits for one item, then takes whatever else is ready, up to max.
// ok is false when items is closed or ctx is done.
func (c *checker) next(ctx context.Context, items <-chan actorgraph.Item) (group []actorgraph.Item, ok bool) {
	select {
	case it, open := <-items:
		if !open {
			return nil, false
		}
		group = append(group, it)
	case <-ctx.Done():
		return nil, false
	}
	for len(group) < c.max {
		select {
		case it, open := <-items:
			if !open {
				return group, false
			}
			group = append(group, it)
		default:
			return group, true
		}
	}
	return group, true
}

// dispatch resolves the failed and unchanged items of group at once and
// sends the rest to the workers; every item goes to queue in order.
func (c *checker) dispatch(ctx context.Context, group []actorgraph.Item, jobs chan<- job, queue chan<- *result) error {
	known, err := c.known(ctx, group)
	if err != nil {
		return err
	}
	for _, it := range group {
		r, j := c.classify(it, known)
		if j != nil {
			select {
			case jobs <- *j:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		}
		select {
		case queue <- r:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
	return nil
}

// known returns the content hashes the store holds for the articles of group.
func (c *checker) known(ctx context.Context, group []actorgraph.Item) (map[string]string, error) {
	var ids []string
	for _, it := range group {
		if it.Err == nil {
			ids = append(ids, it.Article.ID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	known, err := c.st.Known(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("look up known articles: %w", err)
	}
	return known, nil
}

// classify decides what happens to one item: a failure, unchanged, or a
// job for the workers.
func (c *checker) classify(it actorgraph.Item, known map[string]string) (*result, *job) {
	a := it.Article
	if it.Err != nil {
		return resolved(&result{input: errInput(it.Err), err: it.Err}), nil
	}
	r := &result{input: inputName(a)}
	hash, inRun := c.seen[a.ID]
	if !inRun {
		hash, inRun = known[a.ID]
	}
	c.seen[a.ID] = a.ContentHash
	if inRun && hash == a.ContentHash {
		r.skipped = true
		return resolved(r), nil
	}
	r.done = make(chan struct{})
	return r, &job{article: a, res: r}
}

// work extracts the articles of jobs until jobs is closed or ctx is done.
// An extractor panic fails that article only.
func work(ctx context.Context, ex actorgraph.Extractor, jobs <-chan job) {
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			extract(ex, j)
		case <-ctx.Done():
			return
		}
	}
}

func extract(ex actorgraph.Extractor, j job) {
	defer close(j.res.done)
	defer func() {
		if p := recover(); p != nil {
			j.res.err = actorgraph.Errorf(actorgraph.KindInternal, j.res.input, "extractor failed: %v", p)
		}
	}()
	j.res.doc = actorgraph.Document{Article: j.article, Extraction: ex.Extract(j.article)}
}

// errInput returns the input an item error names.
func errInput(err error) string {
	var e *actorgraph.Error
	if errors.As(err, &e) {
		return e.Input
	}
	return ""
}
