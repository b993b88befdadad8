package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/readmodel"
)

func init() { subcommands = append(subcommands, newRebuildCommand) }

type rebuildOptions struct {
	io  *IO
	cfg graph.Config
}

func newRebuildCommand(io *IO, v *viper.Viper) *cobra.Command {
	opts := rebuildOptions{io: io}
	cmd := &cobra.Command{
		Use:   "rebuild",
		Short: "Recompute the read model (DYAD relationships) from the reports",
		Long: `rebuild recomputes the read model of the graph from the reports: one
(a)-[:DYAD]->(b) relationship per ordered pair of actors or negotiations
with reports from a to b, summing them (docs/model.md, "Dyads"). The
saved queries tension, alignment and brokers read dyads over all time.

ingest run and ingest watch keep dyads up to date as they write (each
batch recomputes the dyads of the pairs it touched, in its own
transaction), and ingest migrate rebuilds them; rebuild is for a graph
whose reports were changed by other means (a Cypher statement of your own,
a restored backup). It is safe to run while ingest writes, to interrupt
and to run again.`,
		Example: `  export ACTORGRAPH_NEO4J_PASSWORD=...
  ingest rebuild`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.cfg = neo4jConfig(v)
			return runRebuild(cmd.Context(), opts)
		},
	}
	return cmd
}

func runRebuild(ctx context.Context, opts rebuildOptions) error {
	store, err := graph.Open(ctx, opts.cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	if err := store.Migrate(ctx); err != nil {
		return err
	}
	return rebuildDyads(ctx, opts.io, store)
}

// rebuildDyads rebuilds the read model and says how long it took.
func rebuildDyads(ctx context.Context, io *IO, store *graph.Store) error {
	start := time.Now()
	n, err := readmodel.Rebuild(ctx, store.Driver(), store.Database())
	if err != nil {
		return fmt.Errorf("rebuild the read model: %w", err)
	}
	fmt.Fprintf(io.Err, "read model: %d dyads recomputed from the reports in %s\n", n, time.Since(start).Round(time.Millisecond))
	return nil
}
