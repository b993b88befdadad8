package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
)

// memStore is an in-memory actorgraph.Store for testing the pipeline's
// flow (batching, dedup, failures); the real graph is tested in package
// graph and in graph_test.go here.
type memStore struct {
	mu          sync.Mutex
	hashes      map[string]string
	batches     []int // size of each successful Write
	knownSizes  []int
	reject      string // Write fails (as bad input) for a batch holding this id
	unavailable bool
	delay       func([]actorgraph.Document) time.Duration // how long a Write waits first, outside mu
	active, top atomic.Int64                              // Writes running now, and at most
}

func newMemStore() *memStore { return &memStore{hashes: map[string]string{}} }

func (m *memStore) Migrate(context.Context) error { return nil }
func (m *memStore) Close(context.Context) error   { return nil }

func (m *memStore) Known(_ context.Context, ids []string) (map[string]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.unavailable {
		return nil, actorgraph.Errorf(actorgraph.KindUnavailable, "bolt://test", "cannot connect")
	}
	m.knownSizes = append(m.knownSizes, len(ids))
	out := map[string]string{}
	for _, id := range ids {
		if h, ok := m.hashes[id]; ok {
			out[id] = h
		}
	}
	return out, nil
}

func (m *memStore) Write(ctx context.Context, docs []actorgraph.Document) ([]actorgraph.WriteStatus, error) {
	n := m.active.Add(1)
	defer m.active.Add(-1)
	for top := m.top.Load(); n > top && !m.top.CompareAndSwap(top, n); top = m.top.Load() {
	}
	if m.delay != nil {
		time.Sleep(m.delay(docs))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, d := range docs {
		if d.Article.ID == m.reject {
			return nil, fmt.Errorf("constraint violated by %s", d.Article.ID)
		}
	}
	out := make([]actorgraph.WriteStatus, len(docs))
	for i, d := range docs {
		h, ok := m.hashes[d.Article.ID]
		switch {
		case !ok:
			out[i] = actorgraph.StatusNew
		case h != d.Article.ContentHash:
			out[i] = actorgraph.StatusChanged
		default:
			out[i] = actorgraph.StatusUnchanged
		}
		m.hashes[d.Article.ID] = d.Article.ContentHash
	}
	m.batches = append(m.batches, len(docs))
	return out, nil
}

// wordExtractor makes one actor per word and one relation per pair of
// neighbouring words; it panics on the word PANIC.
type wordExtractor struct{ calls atomic.Int64 }

func (e *wordExtractor) Version() string { return "words/1" }

func (e *wordExtractor) Extract(a actorgraph.Article) actorgraph.Extraction {
	e.calls.Add(1)
	x := actorgraph.Extraction{ID: a.ID, Title: a.Title}
	words := strings.Fields(a.Text)
	for i, w := range words {
		if w == "PANIC" {
			panic("bad word")
		}
		x.Actors = append(x.Actors, actorgraph.Actor{Name: w, Type: actorgraph.Government})
		if i > 0 {
			x.Relations = append(x.Relations, actorgraph.Relation{Source: words[i-1], Type: actorgraph.Supports, Target: w})
		}
	}
	return x
}

func article(id, text string) actorgraph.Article {
	a := actorgraph.Article{URL: id, Title: id, Text: text, Path: id + ".txt"}
	a.Finish()
	return a
}

// items is a Source over fixed items.
func items(its ...actorgraph.Item) Source {
	return func(ctx context.Context, fn func(actorgraph.Item) error) error {
		for _, it := range its {
			if err := fn(it); err != nil {
				return err
			}
		}
		return nil
	}
}

func many(n int) []actorgraph.Item {
	var its []actorgraph.Item
	for i := range n {
		its = append(its, actorgraph.Item{Article: article(fmt.Sprintf("a%03d", i), "Alpha Beta")})
	}
	return its
}

func TestRunNewUnchangedChanged(t *testing.T) {
	st, ex := newMemStore(), &wordExtractor{}
	ctx := context.Background()
	first := items(actorgraph.Item{Article: article("a", "Alpha Beta Gamma")}, actorgraph.Item{Article: article("b", "Delta")})
	sum, err := Run(ctx, Options{}, first, ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 2 || sum.Unchanged != 0 || sum.Actors != 4 || sum.Relations != 2 || sum.Failed != 0 {
		t.Fatalf("first run: %+v", sum)
	}
	sum, err = Run(ctx, Options{}, first, ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 2 || sum.New != 0 || sum.Actors != 0 || ex.calls.Load() != 2 {
		t.Fatalf("rerun: %+v, %d extractions (want 2: nothing re-extracted)", sum, ex.calls.Load())
	}
	second := items(actorgraph.Item{Article: article("a", "Alpha Beta")}, actorgraph.Item{Article: article("b", "Delta")})
	sum, err = Run(ctx, Options{}, second, ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Changed != 1 || sum.Unchanged != 1 || sum.Actors != 2 || sum.Relations != 1 {
		t.Fatalf("changed run: %+v", sum)
	}
}

func TestRunFailuresDoNotStopOthers(t *testing.T) {
	st, ex := newMemStore(), &wordExtractor{}
	st.reject = "bad-write"
	its := append(many(5),
		actorgraph.Item{Err: actorgraph.Errorf(actorgraph.KindInput, "x/empty.txt", "empty file")},
		actorgraph.Item{Article: article("boom", "Alpha PANIC")},
		actorgraph.Item{Article: article("bad-write", "Alpha")},
	)
	its = append(its, many(8)[5:]...)
	var events []Event
	sum, err := Run(context.Background(), Options{BatchSize: 4, Workers: 3, Progress: func(e Event) { events = append(events, e) }}, items(its...), ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 8 || sum.Failed != 3 || len(sum.Failures) != 3 {
		t.Fatalf("summary %+v", sum)
	}
	got := map[string]string{}
	for _, f := range sum.Failures {
		got[f.Input] = f.Error()
	}
	if !strings.HasPrefix(got["x/empty.txt"], "x/empty.txt: empty file") ||
		!strings.Contains(got["boom.txt"], "extractor failed: bad word") ||
		!strings.HasPrefix(got["bad-write.txt"], "bad-write.txt: write: constraint violated") {
		t.Errorf("failures %q", got)
	}
	if len(st.hashes) != 8 || st.hashes["boom"] != "" || st.hashes["bad-write"] != "" {
		t.Errorf("store holds %d articles: %v", len(st.hashes), st.hashes)
	}
	if len(events) != 11 || events[len(events)-1].Summary.New+events[len(events)-1].Summary.Failed != 11 {
		t.Errorf("%d events, last %+v", len(events), events[len(events)-1].Summary)
	}
}

func TestRunBatches(t *testing.T) {
	st, ex := newMemStore(), &wordExtractor{}
	sum, err := Run(context.Background(), Options{BatchSize: 7, Workers: 2}, items(many(100)...), ex, st)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range st.batches {
		if n < 1 || n > 7 {
			t.Errorf("batch of %d, want 1..7", n)
		}
		total += n
	}
	for _, n := range st.knownSizes {
		if n > 7 {
			t.Errorf("Known asked for %d ids, want at most 7", n)
		}
	}
	if total != 100 || sum.New != 100 || len(st.batches) < 15 {
		t.Errorf("%d written in %d batches, summary %+v", total, len(st.batches), sum)
	}
}

func TestRunSameArticleTwiceInOneRun(t *testing.T) {
	st, ex := newMemStore(), &wordExtractor{}
	its := items(
		actorgraph.Item{Article: article("a", "One")},
		actorgraph.Item{Article: article("a", "One")},
		actorgraph.Item{Article: article("a", "Two")},
	)
	sum, err := Run(context.Background(), Options{}, its, ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || sum.Unchanged != 1 || sum.Changed != 1 || ex.calls.Load() != 2 {
		t.Fatalf("summary %+v, %d extractions", sum, ex.calls.Load())
	}
	if st.hashes["a"] != actorgraph.ContentHash("a", "Two") {
		t.Errorf("the last version must win")
	}
}

// version is the text of version i of an article: longer for later ones.
func version(i int) string { return "Version " + strings.Repeat("x", i) }

// Batches are written Writers at a time, but two versions of one article
// never at once: the last version wins, as with one writer.
func TestRunWritersOverlapInOrderPerArticle(t *testing.T) {
	st, ex := newMemStore(), &wordExtractor{}
	// Later versions of a are written faster: were two in flight at once,
	// the older one would land last.
	st.delay = func(docs []actorgraph.Document) time.Duration {
		for _, d := range docs {
			if d.Article.ID == "a" {
				return time.Duration(80-len(d.Article.Text)) * time.Millisecond
			}
		}
		return 2 * time.Millisecond
	}
	var its []actorgraph.Item
	for i := range 60 {
		its = append(its, actorgraph.Item{Article: article(fmt.Sprintf("x%d", i), "Word")})
		if i%10 == 9 {
			its = append(its, actorgraph.Item{Article: article("a", version(i))})
		}
	}
	sum, err := Run(context.Background(), Options{BatchSize: 4, Writers: 3, Workers: 2}, items(its...), ex, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 61 || sum.Changed != 5 || sum.Failed != 0 {
		t.Errorf("summary %+v, want 61 new and 5 changed", sum)
	}
	if st.hashes["a"] != actorgraph.ContentHash("a", version(59)) {
		t.Errorf("article a holds an older version")
	}
	if top := st.top.Load(); top < 2 || top > 3 {
		t.Errorf("at most %d writes at once, want 2 or 3", top)
	}
}

func TestRunStoreUnavailable(t *testing.T) {
	st := newMemStore()
	st.unavailable = true
	_, err := Run(context.Background(), Options{}, items(many(200)...), &wordExtractor{}, st)
	if actorgraph.KindOf(err) != actorgraph.KindUnavailable {
		t.Fatalf("err = %v, want KindUnavailable", err)
	}
}

func TestRunCancel(t *testing.T) {
	st, ex := newMemStore(), &wordExtractor{}
	ctx, cancel := context.WithCancel(context.Background())
	endless := func(ctx context.Context, fn func(actorgraph.Item) error) error {
		for i := 0; ; i++ {
			if err := fn(actorgraph.Item{Article: article(fmt.Sprint("n", i), "Alpha")}); err != nil {
				return err
			}
		}
	}
	done := make(chan struct{})
	var sum Summary
	var err error
	go func() {
		defer close(done)
		sum, err = Run(ctx, Options{BatchSize: 10, Progress: func(e Event) {
			if e.Summary.New >= 25 {
				cancel()
			}
		}}, endless, ex, st)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if sum.New < 25 || sum.New != len(st.hashes) {
		t.Fatalf("summary says %d new, store holds %d", sum.New, len(st.hashes))
	}
}
