package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

func init() { subcommands = append(subcommands, newMigrateCommand) }

type migrateOptions struct {
	io     *IO
	cfg    graph.Config
	dryRun bool
	dicts  []string
}

func newMigrateCommand(io *IO, v *viper.Viper) *cobra.Command {
	opts := migrateOptions{io: io}
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Upgrade the graph's data and schema, merge nodes that are one actor, rebuild the read model",
		Long: `migrate brings a graph written by an older version up to date. First it
upgrades the data that an older version left (report keys, doubled
mentions, and the read model before dyads: :Tally, :Pair, :PairQueue and
:PairLock nodes, which it deletes). Then it creates the uniqueness
constraints and indexes of the actor graph (schema/*.cypher, and the read
model's readmodel/schema.cypher) and drops those of older versions. Every
statement is idempotent: running it again creates nothing new. ingest run
applies the schema too, but upgrades no data.

It then merges the nodes of a graph written by an older version that the
current identity rules make one (docs/model.md, "Identity"): another
spelling of a known person ("Sergey Lavrov" into "Sergei Lavrov"), a name
whose id now folds diacritics ("Erdoğan" into "Erdogan"). Every
relationship and every evidence moves to the surviving node; the dyads of
both are recomputed. Each merge is one transaction, so migrate is
safe to interrupt, to run again and to run while ingest writes. It prints
each merge; --dry-run lists them without making them.

Last it rebuilds the read model (as ingest rebuild does): every DYAD
relationship is recomputed from the reports.`,
		Example: `  # Apply the schema to the Neo4j at bolt://localhost:7687 and merge
  export ACTORGRAPH_NEO4J_PASSWORD=...
  ingest migrate

  # See what would be merged
  ingest migrate --dry-run

  # Another server and database
  ingest migrate --neo4j-uri bolt://db.example.org:7687 --neo4j-database actors`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.cfg, opts.dicts = neo4jConfig(v), dictionaryPaths(v)
			return runMigrate(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.dryRun, "dry-run", false, "list the merges without making them (the schema is still applied; no data is upgraded and the read model is not rebuilt)")
	return cmd
}

func runMigrate(ctx context.Context, opts migrateOptions) error {
	store, err := graph.Open(ctx, opts.cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	if !opts.dryRun {
		done, err := store.Upgrade(ctx)
		for _, d := range done {
			fmt.Fprintf(opts.io.Out, "upgraded %s\n", d)
		}
		if err != nil {
			return err
		}
	}
	changes, err := store.ApplySchema(ctx)
	created, dropped := 0, 0
	for _, c := range changes {
		state := "exists"
		switch {
		case c.Dropped:
			state = "dropped"
			dropped++
		case c.Created:
			state = "created"
			created++
		}
		fmt.Fprintf(opts.io.Out, "%-8s %s\n", state, c.Name)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.io.Err, "schema: %d constraints and indexes, %d created, %d already present, %d obsolete dropped (%s)\n",
		len(changes)-dropped, created, len(changes)-dropped-created, dropped, graph.RedactURI(opts.cfg.URI))
	if err := mergeIdentities(ctx, opts, store); err != nil || opts.dryRun {
		return err
	}
	return rebuildDyads(ctx, opts.io, store)
}

// mergeIdentities merges the nodes that the current identity rules make
// one, or lists them with --dry-run.
func mergeIdentities(ctx context.Context, opts migrateOptions, store *graph.Store) error {
	ex, err := newExtractor(opts.io, opts.dicts)
	if err != nil {
		return err
	}
	nodes, err := store.Entities(ctx)
	if err != nil {
		return err
	}
	merges := identityMerges(ex, nodes)
	if opts.dryRun {
		for _, m := range merges {
			fmt.Fprintf(opts.io.Out, "would merge %s into %s (%s)\n", m.From, m.To, m.Name)
		}
		fmt.Fprintf(opts.io.Err, "identity: %d of %d nodes would be merged (dry run: nothing changed)\n", len(merges), len(nodes))
		return nil
	}
	done, err := store.MergeEntities(ctx, merges)
	for _, r := range done {
		how := fmt.Sprintf("%d relationships, %d mentions moved", r.Relationships, r.Mentions)
		if r.Renamed {
			how = "renamed"
		}
		fmt.Fprintf(opts.io.Out, "merged %s into %s (%s): %s\n", r.From, r.To, r.Name, how)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.io.Err, "identity: %d of %d nodes merged\n", len(done), len(nodes))
	return nil
}

// identityMerges returns, for every node whose id the current rules would
// give otherwise, a merge into that id, named by the known person's name
// or the node's own.
func identityMerges(ex *extract.Extractor, nodes []graph.EntityNode) []graph.Merge {
	var out []graph.Merge
	for _, n := range nodes {
		if n.Type == "" || n.Name == "" {
			continue
		}
		to := ex.IdentityOf(n.Type, n.Name)
		if to == n.ID || strings.TrimPrefix(to, strings.ToLower(string(n.Type))+":") == "" {
			continue
		}
		out = append(out, graph.Merge{From: n.ID, To: to, Name: ex.NameOf(n.Type, n.Name)})
	}
	graph.SortMerges(out)
	return out
}
