package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/graph"
)

func init() { subcommands = append(subcommands, newMigrateCommand) }

type migrateOptions struct {
	io  *IO
	cfg graph.Config
}

func newMigrateCommand(io *IO, v *viper.Viper) *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Apply the graph schema (constraints and indexes) to Neo4j",
		Long: `migrate creates the uniqueness constraints and indexes of the actor graph
(schema/*.cypher) in Neo4j. Every statement is idempotent: running it again
creates nothing new. ingest run applies the schema too.`,
		Example: `  # Apply the schema to the Neo4j at bolt://localhost:7687
  export ACTORGRAPH_NEO4J_PASSWORD=...
  ingest migrate

  # Another server and database
  ingest migrate --neo4j-uri bolt://db.example.org:7687 --neo4j-database actors`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runMigrate(cmd.Context(), migrateOptions{io: io, cfg: neo4jConfig(v)})
		},
	}
}

func runMigrate(ctx context.Context, opts migrateOptions) error {
	store, err := graph.Open(ctx, opts.cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
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
	return nil
}
