package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/progress"
	"github.com/actorgraph/actorgraph/source"
	"github.com/actorgraph/actorgraph/watch"
)

func init() { subcommands = append(subcommands, newWatchCommand) }

type watchOptions struct {
	io        *IO
	cfg       graph.Config
	dirs      []string
	feeds     []string
	urls      []string
	stdin     bool
	every     time.Duration
	cron      string
	once      bool
	notify    bool
	workers   int
	batchSize int
	writers   int
	fetch     source.FetchOptions
	// tty says whether io.Err is a terminal: a progress bar there, else
	// log/slog lines.
	tty bool
}

func newWatchCommand(io *IO, v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "watch",
		Short: "Ingest folders, feeds and web pages on a schedule",
		Long: `watch ingests its sources now and then again on a schedule: every interval
(--every, default 15m) or on a cron expression (--cron). A round never
overlaps the next. Sources are folders (re-scanned each round, and watched:
a file appearing in one starts a round early unless --notify=false; .txt,
.md, .json, .jsonl and .html files), RSS and Atom feeds (each entry's page is
fetched and its main text read; entries whose page cannot be fetched use the
feed's own text), single web pages, and a JSON Lines stream on standard
input (--stdin, read in the first round).

Sources come from the flags, or, when no source flag is given, from the
watch section of actorgraph.yaml:

  watch:
    every: 15m            # or cron: "*/15 * * * *"
    dirs:  [news/incoming]
    feeds: [https://example.org/world/rss.xml]
    urls:  [https://example.org/2024/03/summit]

Articles already in the graph (same URL, or same content) are skipped before
extraction; a changed article at the same URL replaces its relations. Each
round prints, per source, how many articles were new, changed, skipped as
known and failed. The state of every source (last run, last success,
counts) is kept in Neo4j as a (:Source) node, so a restarted watcher, or one
on another machine, carries on where the last one stopped.

SIGINT or SIGTERM stops the watcher: the batch being written is committed or
rolled back whole, and the next run picks up what was left.`,
		Example: `  # Watch a folder and a feed, every 15 minutes
  ingest watch --dir news/incoming --feed https://example.org/world/rss.xml

  # One round and exit (for cron jobs and tests), with the sources of actorgraph.yaml
  ingest watch --once

  # On a cron expression, two feeds and a page
  ingest watch --cron "*/30 6-22 * * *" --feed https://example.org/a.xml \
    --feed https://example.org/b.atom --url https://example.org/2024/03/summit

  # A JSON Lines stream on standard input, once
  producer | ingest watch --stdin --once`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWatch(cmd.Context(), watchSettings(cmd, v, io))
		},
	}
	f := cmd.Flags()
	f.StringArray("dir", nil, "folder to re-scan each round (repeatable)")
	f.StringArray("feed", nil, "RSS or Atom feed URL (repeatable)")
	f.StringArray("url", nil, "web page URL (repeatable)")
	f.Bool("stdin", false, "read a JSON Lines stream from standard input in the first round")
	f.Duration("every", 15*time.Minute, "interval between the starts of two rounds")
	f.String("cron", "", `cron expression for the rounds, e.g. "*/15 * * * *" (instead of --every)`)
	f.Bool("once", false, "run one round and exit")
	f.Bool("notify", true, "start a round early when files appear in a watched folder")
	f.Int("workers", 0, "concurrent extractions (default: the number of CPUs)")
	f.Int("batch-size", pipeline.DefaultBatchSize, "articles written per transaction")
	f.Int("writers", pipeline.DefaultWriters, "batches written at the same time, each in its own transaction")
	f.Duration("fetch-timeout", source.DefaultFetchOptions.Timeout, "timeout of one HTTP request")
	f.String("user-agent", source.DefaultFetchOptions.UserAgent, "User-Agent of HTTP requests")
	return cmd
}

// watchSettings reads the options: source flags win over the watch section
// of the config file as a whole; --every and --cron win over watch.every and
// watch.cron.
func watchSettings(cmd *cobra.Command, v *viper.Viper, io *IO) watchOptions {
	fl := cmd.Flags()
	o := watchOptions{
		io: io, cfg: neo4jConfig(v),
		dirs: v.GetStringSlice("dir"), feeds: v.GetStringSlice("feed"), urls: v.GetStringSlice("url"),
		stdin: v.GetBool("stdin"), once: v.GetBool("once"), notify: v.GetBool("notify"),
		workers: v.GetInt("workers"), batchSize: v.GetInt("batch.size"), writers: v.GetInt("writers"),
		fetch: source.FetchOptions{Timeout: v.GetDuration("fetch.timeout"), UserAgent: v.GetString("user.agent")},
		tty:   progress.IsTerminal(io.Err),
	}
	if len(o.dirs)+len(o.feeds)+len(o.urls) == 0 && !o.stdin {
		o.dirs = v.GetStringSlice("watch.dirs")
		o.feeds = v.GetStringSlice("watch.feeds")
		o.urls = v.GetStringSlice("watch.urls")
	}
	o.every, o.cron = v.GetDuration("every"), v.GetString("cron")
	if !fl.Changed("every") && !fl.Changed("cron") {
		if c := v.GetString("watch.cron"); c != "" {
			o.cron = c
		} else if v.IsSet("watch.every") {
			o.every = v.GetDuration("watch.every")
		}
	}
	return o
}

func runWatch(ctx context.Context, opts watchOptions) error {
	sched, err := opts.schedule()
	if err != nil {
		return err
	}
	ex, store, err := openIngester(ctx, opts.io, opts.cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	opts.once = opts.once || onlyStdin(opts) // the stream is read once
	w := newWatcher(opts, ex, store)
	sources := w.sources()
	w.printStates(ctx, sources)
	failed := false
	err = watch.Run(ctx, watch.Options{Schedule: sched, Once: opts.once,
		Waiting: w.waiting, Wake: w.notify(ctx)}, func(ctx context.Context, n int) error {
		w.prog.Start(fmt.Sprintf("round %d", n), -1)
		rep, err := watch.RunRound(ctx, n, sources, w.ingest, store)
		w.prog.Finish()
		w.report(rep, err)
		failed = failed || rep.Totals().Failed > 0 || rep.SourcesFailed() > 0
		sources = dropStdin(sources)
		return w.keepGoing(ctx, err)
	})
	if err != nil {
		return err
	}
	if failed && opts.once {
		return errSilent
	}
	return nil
}

// schedule checks the sources and returns the schedule of the rounds.
func (o watchOptions) schedule() (watch.Schedule, error) {
	if len(o.dirs)+len(o.feeds)+len(o.urls) == 0 && !o.stdin {
		return nil, usageError("watch: no sources: give --dir, --feed, --url or --stdin, or a watch section in actorgraph.yaml (see --help)")
	}
	if o.workers < 0 || o.batchSize < 0 || o.writers < 0 {
		return nil, usageError("--workers, --batch-size and --writers must not be negative")
	}
	if o.cron != "" {
		s, err := watch.Cron(o.cron)
		if err != nil {
			return nil, usageError("--cron: %v", err)
		}
		return s, nil
	}
	s, err := watch.Every(o.every)
	if err != nil {
		return nil, usageError("--every: %v", err)
	}
	return s, nil
}

// keepGoing decides what a round's error does to the watcher: a cancel
// stops it; an unreachable database is logged and retried next round,
// unless this is the only round.
func (w *watcher) keepGoing(ctx context.Context, err error) error {
	if err == nil || ctx.Err() != nil {
		return err
	}
	if actorgraph.KindOf(err) == actorgraph.KindUnavailable && !w.opts.once {
		w.log.Warn("round failed; retrying at the next round", "err", err.Error())
		return nil
	}
	return err
}

// notify returns a channel that wakes the watcher when files appear in its
// folders, or nil (rescans on the schedule only).
func (w *watcher) notify(ctx context.Context) <-chan struct{} {
	if !w.opts.notify || w.opts.once || len(w.opts.dirs) == 0 {
		return nil
	}
	wake, err := watch.NotifyDirs(ctx, w.opts.dirs, 2*time.Second)
	if err != nil {
		w.log.Warn("cannot watch the folders for changes; rescanning them on the schedule only", "err", err.Error())
		return nil
	}
	return wake
}

func onlyStdin(o watchOptions) bool {
	return o.stdin && len(o.dirs)+len(o.feeds)+len(o.urls) == 0
}

// watcherLog returns the logger of the watcher: structured lines on
// stderr.
func watcherLog(io *IO) *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Err, nil))
}
