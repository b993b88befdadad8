package main

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/progress"
	"github.com/actorgraph/actorgraph/source"
	"github.com/actorgraph/actorgraph/watch"
)

// watcher holds what every round of ingest watch uses.
type watcher struct {
	opts    watchOptions
	ex      actorgraph.Extractor
	store   *graph.Store
	fetcher *source.Fetcher
	log     *slog.Logger
	prog    *progress.Reporter
}

func newWatcher(opts watchOptions, ex actorgraph.Extractor, store *graph.Store) *watcher {
	w := &watcher{opts: opts, ex: ex, store: store, fetcher: source.NewFetcher(opts.fetch),
		log: watcherLog(opts.io)}
	if opts.tty {
		w.prog = progress.NewBar(opts.io.Err)
	} else {
		w.prog = progress.NewLog(w.log, progress.DefaultInterval)
	}
	return w
}

// sources builds the watched sources, each with a stable id.
func (w *watcher) sources() []watch.Source {
	var out []watch.Source
	if w.opts.stdin {
		in := w.opts.io.In
		out = append(out, watch.Source{ID: "stdin", Kind: "stdin",
			Read: func(ctx context.Context, fn func(actorgraph.Item) error) error {
				return source.ReadJSONL(ctx, in, "stdin", fn)
			}})
	}
	for _, d := range w.opts.dirs {
		dir := filepath.Clean(d)
		out = append(out, watch.Source{ID: "dir:" + filepath.ToSlash(dir), Kind: "dir",
			Read: func(ctx context.Context, fn func(actorgraph.Item) error) error {
				w.prog.AddTotal(countFiles(dir))
				return source.Walk(ctx, []string{dir}, fn)
			}})
	}
	for _, u := range w.opts.feeds {
		out = append(out, watch.Source{ID: "feed:" + u, Kind: "feed",
			Read: func(ctx context.Context, fn func(actorgraph.Item) error) error {
				entries, err := source.FetchFeed(ctx, w.fetcher, u)
				if err != nil {
					return err
				}
				w.prog.AddTotal(len(entries))
				return source.ReadEntries(ctx, w.fetcher, u, entries, fn)
			}})
	}
	for _, u := range w.opts.urls {
		out = append(out, watch.Source{ID: "url:" + u, Kind: "url",
			Read: func(ctx context.Context, fn func(actorgraph.Item) error) error {
				w.prog.AddTotal(1)
				return source.ReadURLs(ctx, w.fetcher, []string{u}, fn)
			}})
	}
	return out
}

// countFiles counts the article files under dir for the progress bar's
// ETA; -1 when unknown (a .jsonl file holds many articles).
func countFiles(dir string) int {
	n, unknown := 0, false
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !source.InFolder(p) {
			return nil
		}
		if strings.EqualFold(filepath.Ext(p), ".jsonl") {
			unknown = true
			return fs.SkipAll
		}
		n++
		return nil
	})
	if err != nil || unknown || n == 0 {
		return -1
	}
	return n
}

// ingest runs one source through the pipeline, showing progress.
func (w *watcher) ingest(ctx context.Context, src watch.Source) (pipeline.Summary, error) {
	popts := pipeline.Options{Workers: w.opts.workers, BatchSize: w.opts.batchSize, Writers: w.opts.writers,
		Progress: w.prog.Event}
	return pipeline.Run(ctx, popts, src.Read, w.ex, w.store)
}

// printStates says where each source stopped last time.
func (w *watcher) printStates(ctx context.Context, sources []watch.Source) {
	ids := make([]string, len(sources))
	for i, s := range sources {
		ids[i] = s.ID
	}
	states, err := w.store.SourceStates(ctx, ids)
	if err != nil {
		return // the first round will report the database
	}
	for _, s := range states {
		last := "never"
		if !s.LastSuccess.IsZero() {
			last = s.LastSuccess.Local().Format(time.DateTime)
		}
		fmt.Fprintf(w.opts.io.Err, "%s: %d rounds so far, last success %s, %d new articles in all\n",
			s.ID, s.Runs, last, s.TotalNew)
	}
}

// report prints what a round did: a line per source and a total on
// stdout, failures on stderr, and one structured line per round when
// stderr is not a terminal.
func (w *watcher) report(rep watch.Report, roundErr error) {
	out := w.opts.io.Out
	for _, r := range rep.Results {
		if r.Interrupted {
			fmt.Fprintf(out, "  %-40s interrupted: %s so far\n", r.Source.ID, counts(r.Summary))
			continue
		}
		if r.Err != nil {
			fmt.Fprintf(out, "  %-40s failed: %s\n", r.Source.ID, printable(r.Err.Error()))
			continue
		}
		fmt.Fprintf(out, "  %-40s %s  %s\n", r.Source.ID, counts(r.Summary), r.Elapsed.Round(time.Millisecond))
		w.failures(r.Summary.Failures)
		w.fallbacks(r.Summary.Fallbacks)
	}
	t := rep.Totals()
	state := ""
	if roundErr != nil {
		state = " (stopped: " + roundErr.Error() + ")"
	}
	fmt.Fprintf(out, "round %d: %s, %d sources failed, in %s%s\n", rep.N, counts(t),
		rep.SourcesFailed(), rep.Elapsed.Round(time.Millisecond), state)
	if !w.opts.tty {
		attrs := []any{"round", rep.N, "new", t.New, "changed", t.Changed, "skipped", t.Unchanged,
			"failed", t.Failed, "feed_text", len(t.Fallbacks), "sources_failed", rep.SourcesFailed(), "relations", t.Relations,
			"elapsed", rep.Elapsed.Round(time.Millisecond).String()}
		attrs = append(attrs, health()...)
		if roundErr != nil {
			attrs = append(attrs, "err", roundErr.Error())
		}
		w.log.Info("round", attrs...)
	}
}

// health is the process's goroutine count and heap in use, logged with
// each round so that a long-running watcher's growth shows (the soak run
// of make bench reads them).
func health() []any {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return []any{"goroutines", runtime.NumGoroutine(), "heap_kib", m.HeapInuse >> 10}
}

// failures reports the failures of one source in a round, at most
// maxErrorsPerFile per input file, then one line per file for the rest.
func (w *watcher) failures(fs []pipeline.Failure) {
	var flood errorFlood
	for _, f := range fs {
		switch {
		case !flood.admit(f.Input):
		case w.opts.tty:
			errorLine(w.opts.io.Err, f.Error())
		default:
			w.log.Warn("article failed", "input", f.Input, "err", f.Err.Error())
		}
	}
	for _, s := range flood.summaries() {
		if w.opts.tty {
			errorLine(w.opts.io.Err, s)
		} else {
			w.log.Warn("more failures not shown", "summary", s)
		}
	}
}

func counts(s pipeline.Summary) string {
	c := fmt.Sprintf("new %d, changed %d, skipped %d (known), failed %d", s.New, s.Changed, s.Unchanged, s.Failed)
	if n := len(s.Fallbacks); n > 0 {
		c += fmt.Sprintf(", %d from the feed's text", n)
	}
	return c
}

// fallbacks warns about each article stored with the feed's own text
// because its page could not be read, naming the entry and why.
func (w *watcher) fallbacks(fs []pipeline.Failure) {
	for _, f := range fs {
		if w.opts.tty {
			errorLine(w.opts.io.Err, "warning: "+f.Error())
			continue
		}
		w.log.Warn("page not read, feed text stored", "input", f.Input, "reason", f.Err.Error())
	}
}

// waiting says when the next round starts.
func (w *watcher) waiting(next time.Time) {
	fmt.Fprintf(w.opts.io.Err, "next round at %s\n", next.Local().Format(time.DateTime))
}

// dropStdin removes the standard input source after its round: the stream
// is consumed.
func dropStdin(sources []watch.Source) []watch.Source {
	out := sources[:0]
	for _, s := range sources {
		if s.Kind != "stdin" {
			out = append(out, s)
		}
	}
	return out
}
