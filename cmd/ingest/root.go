package main

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// newRootCommand builds the command tree. Each subcommand lives in its own
// cmd_*.go file and registers itself in subcommands.
func newRootCommand(io *IO) *cobra.Command {
	v := viper.New()
	root := &cobra.Command{
		Use:   "ingest",
		Short: "Build a graph of who does what to whom from political news",
		Long: `ingest reads political and diplomatic news articles, finds the officials,
governments, organizations and negotiations in them and the typed relations
between them (NEGOTIATES_WITH, CRITICIZES, URGES, ...), and writes them with
their evidence into Neo4j.

Configuration comes from flags, then ACTORGRAPH_* environment variables,
then actorgraph.yaml (in the working directory, or --config), then defaults.`,
		Example: `  # Ingest the example articles into the Neo4j at bolt://localhost:7687
  export ACTORGRAPH_NEO4J_PASSWORD=...
  ingest run examples/

  # Print what the extractor reads from an article, without a database
  ingest extract examples/

  # Score the extractor against gold annotations
  ingest eval --gold corpus/gold corpus/articles`,
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return loadConfig(v, cmd, io)
		},
	}
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return usageError("%v (see --help)", err)
	})
	addGlobalFlags(root.PersistentFlags())
	addDictionaryFlag(root.PersistentFlags())
	for _, sub := range subcommands {
		root.AddCommand(sub(io, v))
	}
	return root
}

// subcommands holds the constructors of the subcommands; each cmd_*.go file
// appends its own in an init function.
var subcommands []func(io *IO, v *viper.Viper) *cobra.Command

func addGlobalFlags(f *pflag.FlagSet) {
	f.String("config", "", "config file (default: ./actorgraph.yaml if present)")
	f.Bool("debug", false, "show the full error chain")
	f.String("neo4j-uri", "bolt://localhost:7687", "Neo4j Bolt URI")
	f.String("neo4j-user", "neo4j", "Neo4j user")
	f.String("neo4j-password", "", "Neo4j password (prefer ACTORGRAPH_NEO4J_PASSWORD)")
	f.String("neo4j-database", "neo4j", "Neo4j database")
}

// isCobraUsage reports whether err is one of cobra's argument errors.
func isCobraUsage(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "unknown command") ||
		strings.Contains(s, "arg(s)") ||
		strings.HasPrefix(s, "unknown flag") ||
		strings.HasPrefix(s, "requires at least")
}

// requireArgs is cobra.MinimumNArgs with a usage error.
func requireArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError("%s: needs %s (see --help)", cmd.CommandPath(), what)
		}
		return nil
	}
}
