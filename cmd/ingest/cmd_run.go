package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/url"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/progress"
	"github.com/actorgraph/actorgraph/source"
)

func init() { subcommands = append(subcommands, newRunCommand) }

type runOptions struct {
	io        *IO
	cfg       graph.Config
	paths     []string
	workers   int
	batchSize int
	writers   int
	dicts     []string
}

func newRunCommand(io *IO, v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run PATH...",
		Short: "Ingest article files and folders into the Neo4j graph",
		Long: `run reads articles from files and folders (recursively), extracts the
actors and relations in each and writes them with their evidence to Neo4j.
It applies the schema first, like migrate.

Files: .txt and .md (an optional Title:/Date:/URL:/Source: header, a blank
line, then the body), .json (one article object) and .jsonl (one object per
line), with the fields title, text or body, date or published, url, source,
and saved web pages (.html, .htm). Other files in folders are skipped, and
so are .md files: Markdown is read only when named (ingest run notes.md).

Articles already in the graph with the same content are skipped without
being extracted again; changed ones replace their relations. A bad input is
reported on stderr, one line naming the file (and line), and the others are
still ingested; the exit status is then 1.`,
		Example: `  # Ingest the example articles into the Neo4j at bolt://localhost:7687
  export ACTORGRAPH_NEO4J_PASSWORD=...   # the NEO4J_PASSWORD of .env
  ingest run examples/

  # Several inputs, four extraction workers, 100 articles per transaction
  ingest run --workers 4 --batch-size 100 news/2024/ extra.jsonl

  # Another server
  ingest run --neo4j-uri bolt://db.example.org:7687 feed.jsonl`,
		Args: requireArgs(1, "at least one file or folder"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRun(cmd.Context(), runOptions{io: io, cfg: neo4jConfig(v), paths: args,
				workers: v.GetInt("workers"), batchSize: v.GetInt("batch.size"), writers: v.GetInt("writers"),
				dicts: dictionaryPaths(v)})
		},
	}
	cmd.Flags().Int("workers", 0, "concurrent extractions (default: the number of CPUs)")
	cmd.Flags().Int("batch-size", pipeline.DefaultBatchSize, "articles written per transaction")
	cmd.Flags().Int("writers", pipeline.DefaultWriters, "batches written at the same time, each in its own transaction")
	return cmd
}

func runRun(ctx context.Context, opts runOptions) error {
	if opts.workers < 0 || opts.batchSize < 0 || opts.writers < 0 {
		return usageError("--workers, --batch-size and --writers must not be negative")
	}
	ex, store, err := openIngester(ctx, opts.io, opts.cfg, opts.dicts)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	sum, runErr := ingestPaths(ctx, opts, ex, store)
	var flood errorFlood
	for _, f := range sum.Failures {
		flood.print(opts.io.Err, f.Input, f)
	}
	flood.flush(opts.io.Err)
	printSummary(opts.io.Out, sum)
	if runErr == nil {
		if counts, err := store.Counts(ctx); err == nil {
			printGraph(opts.io.Out, counts, opts.cfg, store.HTTPAddress(ctx))
		}
	}
	if runErr != nil {
		return runErr
	}
	if sum.Failed > 0 {
		return errSilent
	}
	return nil
}

// ingestPaths runs the pipeline over the paths, with a progress bar on
// stderr when it is a terminal.
func ingestPaths(ctx context.Context, opts runOptions, ex actorgraph.Extractor, st actorgraph.Store) (pipeline.Summary, error) {
	popts := pipeline.Options{Workers: opts.workers, BatchSize: opts.batchSize, Writers: opts.writers}
	if progress.IsTerminal(opts.io.Err) {
		bar := progress.NewBar(opts.io.Err)
		bar.Start("ingest", -1)
		defer bar.Finish()
		popts.Progress = bar.Event
	}
	return pipeline.Run(ctx, popts, source.Paths(opts.paths...), ex, st)
}

func printSummary(w io.Writer, s pipeline.Summary) {
	fmt.Fprintf(w, "articles: %d new, %d changed, %d unchanged, %d failed\n",
		s.New, s.Changed, s.Unchanged, s.Failed)
	fmt.Fprintf(w, "written:  %d actor mentions, %d relations\n", s.Actors, s.Relations)
}

func printGraph(w io.Writer, c graph.Counts, cfg graph.Config, httpAddr string) {
	fmt.Fprintf(w, "graph:    %d articles, %d persons, %d governments, %d organizations, %d negotiations, %d relations\n",
		c.Nodes["Article"], c.Nodes["Person"], c.Nodes["Government"], c.Nodes["Organization"],
		c.Nodes["Negotiation"], c.Relationships())
	fmt.Fprintf(w, "browse:   %s (user %s; the password is NEO4J_PASSWORD in .env)\n", browserURL(cfg.URI, httpAddr), cfg.User)
	fmt.Fprintln(w, "          MATCH (a:Entity)-[r]->(b:Entity) RETURN a, r, b LIMIT 200")
}

// browserURL guesses the Neo4j Browser address: the host of the Bolt URI
// (localhost for a compose service name or a loopback address) and the
// port of the server's advertised HTTP address httpAddr (host:port, as
// Store.HTTPAddress returns it), else 7474, Neo4j's default.
func browserURL(uri, httpAddr string) string {
	host := "localhost"
	if u, err := url.Parse(uri); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	if host == "neo4j" || host == "127.0.0.1" || host == "::1" {
		host = "localhost"
	}
	port := "7474"
	if _, p, err := net.SplitHostPort(httpAddr); err == nil && p != "" {
		port = p
	}
	return "http://" + net.JoinHostPort(host, port) + "/browser/"
}

// openIngester loads the extractor, opens the store and applies the schema:
// what every command that writes the graph starts with. On a database
// without the schema, what it waits for is told on io.Err.
func openIngester(ctx context.Context, io *IO, cfg graph.Config, dicts []string) (*extract.Extractor, *graph.Store, error) {
	ex, err := newExtractor(io, dicts)
	if err != nil {
		return nil, nil, err
	}
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	status := func(msg string) { fmt.Fprintln(io.Err, "ingest: "+msg) }
	if err := store.MigrateReporting(ctx, status); err != nil {
		store.Close(context.WithoutCancel(ctx))
		return nil, nil, err
	}
	return ex, store, nil
}
