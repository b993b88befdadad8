package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

func init() { subcommands = append(subcommands, newQueryCommand) }

// queryOptions are the settings of one saved query's run.
type queryOptions struct {
	io     *IO
	cfg    graph.Config
	query  queries.Query
	params []string          // --param key=value
	flags  map[string]string // the query's own parameter flags that were set
	out    outputOptions
}

// newQueryCommand builds `ingest query`: list, show, export-browser, and
// one subcommand per saved query.
func newQueryCommand(io *IO, v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query NAME [--PARAM value ...]",
		Short: "Run a saved query (tension, alignment, stances, brokers, evidence, ...)",
		Long: `query runs one of the saved Cypher queries against the graph and prints its
answer: an aligned table by default, or CSV, JSON or JSON lines.

  ingest query list                  the saved queries, their parameters and what they do
  ingest query NAME --help           one query's parameters and the definitions of its scores
  ingest query NAME [--PARAM value]  run it
  ingest query export-browser DIR    the queries as Neo4j Browser favorites

Each parameter is a flag of its query (--from 2024-03-01), or --param
key=value (repeatable). Values are converted to the declared type (date as
YYYY-MM-DD, integer, float, boolean, or one of a list of choices) and passed
to Neo4j as query parameters, never pasted into the query text. Parameters
left out take their defaults; "null" means not given.`,
		Example: `  # Which pairs of actors are most at odds, all time and in March 2024
  ingest query tension
  ingest query tension --from 2024-03-01 --to 2024-03-31 --rollup true

  # Who lines up with whom, and who diverges most
  ingest query alignment --param rollup=true
  ingest query alignment --order divergent --limit 10

  # Every report between two actors, with its sentence and article, as CSV
  ingest query evidence --a Iran --b "United States" --format csv -o evidence.csv

  # Month by month, and who supports or opposes a negotiation, as JSON lines
  ingest query tension-timeline --a Iran --b Israel --period month
  ingest query stances --target "Vienna nuclear talks" --format jsonl`,
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error { return unknownQuery(args) },
	}
	addOutputFlags(cmd.PersistentFlags(), &outputOptions{})
	cmd.AddCommand(newQueryListCommand(io), newQueryShowCommand(io), newQueryExportBrowserCommand(io))
	all, err := queries.All()
	if err != nil {
		// The queries are embedded; a broken header is caught by the tests.
		panic(err)
	}
	for _, q := range all {
		cmd.AddCommand(newSavedQueryCommand(io, v, q))
	}
	return cmd
}

// unknownQuery is `ingest query` without a known subcommand.
func unknownQuery(args []string) error {
	if len(args) == 0 {
		return usageError("query: needs list, show NAME or a query name (see ingest query --help)")
	}
	if _, err := queries.Get(args[0]); err != nil {
		return usageError("%v", err)
	}
	return usageError("query: unexpected %q", args[0])
}

// newSavedQueryCommand builds `ingest query NAME` for the saved query q:
// its help holds the parameters and the score definitions, and each
// parameter is a flag.
func newSavedQueryCommand(io *IO, v *viper.Viper, q queries.Query) *cobra.Command {
	opts := queryOptions{io: io, query: q}
	cmd := &cobra.Command{
		Use:     q.Name + " [--PARAM value ...]",
		Short:   q.Description,
		Long:    queryHelp(q),
		Example: queryExample(q),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError("query %s: unexpected argument %q (parameters are flags: --NAME value)", q.Name, args[0])
			}
			opts.cfg, opts.flags, opts.out = neo4jConfig(v), changedParams(cmd, q), outputFlags(cmd)
			return runSavedQuery(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	for _, p := range q.Params {
		if f.Lookup(p.Name) == nil && !reservedFlag(p.Name) {
			f.Var(&paramValue{typ: p.TypeName()}, p.Name, paramUsage(p))
			if p.Type == queries.Boolean {
				f.Lookup(p.Name).NoOptDefVal = "true" // --rollup alone means true
			}
			_ = cmd.RegisterFlagCompletionFunc(p.Name, completeParamValue(p))
		}
	}
	f.StringArrayVarP(&opts.params, "param", "p", nil, "set a query parameter, key=value (repeatable)")
	_ = cmd.RegisterFlagCompletionFunc("param", completeParamNames(q))
	return cmd
}

// runSavedQuery runs the saved query and prints its rows.
func runSavedQuery(ctx context.Context, opts queryOptions) error {
	q := opts.query
	args, err := parseParams(opts.params)
	if err != nil {
		return err
	}
	for k, v := range opts.flags {
		if _, dup := args[k]; dup {
			return usageError("parameter %s given twice (--%s and --param)", k, k)
		}
		args[k] = v
	}
	w, err := newResultWriter(opts.out.format)
	if err != nil {
		return err
	}
	store, err := graph.Open(ctx, opts.cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	if err := resolveActors(ctx, store, q, args); err != nil {
		return err
	}
	res, err := runSaved(ctx, store, q, args)
	if err != nil {
		return err
	}
	if err := writeResult(opts.io, opts.out, w, res); err != nil {
		return err
	}
	fmt.Fprintf(opts.io.Err, "%s: %d rows\n", q.Name, len(res.Rows))
	return nil
}

// parseParams reads the key=value pairs of --param.
func parseParams(list []string) (map[string]string, error) {
	out := make(map[string]string, len(list))
	for _, kv := range list {
		k, v, ok := strings.Cut(kv, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, usageError("--param %q: want key=value", kv)
		}
		if _, dup := out[k]; dup {
			return nil, usageError("--param %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

// runSaved binds args to the saved query q (text as typed: converted to the
// declared types, missing ones take their defaults) and runs it on store,
// its values as parameters, never as query text. A bad or unknown
// parameter is a usage error naming the query.
func runSaved(ctx context.Context, store *graph.Store, q queries.Query, args map[string]string) (*graph.Result, error) {
	params, err := q.Bind(args)
	if err != nil {
		return nil, &actorgraph.Error{Kind: actorgraph.KindUsage, Input: "query " + q.Name, Msg: err.Error()}
	}
	return store.Query(ctx, "query "+q.Name, q.Text, params)
}
