package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

func init() { subcommands = append(subcommands, newQueryCommand) }

type queryOptions struct {
	io     *IO
	cfg    graph.Config
	name   string   // "list", "show" or a saved query
	args   []string // the arguments after the name (show: the query)
	params []string // key=value
	format string
}

func newQueryCommand(io *IO, v *viper.Viper) *cobra.Command {
	opts := queryOptions{io: io}
	cmd := &cobra.Command{
		Use:   "query list | show NAME | NAME [--param key=value ...]",
		Short: "Run a saved query (tension, alignment, stances, brokers, evidence, ...)",
		Long: `query runs one of the saved Cypher queries of queries/*.cypher against the
graph and prints its answer: an aligned table by default, or CSV or JSON.

  ingest query list        the saved queries, their parameters and what they do
  ingest query show NAME   one query's parameters and the definitions of its scores
  ingest query NAME        run it; --param key=value sets a parameter (repeat it)

Parameter values are converted to the declared type (date as YYYY-MM-DD,
integer, float, boolean, or one of a list of choices) and passed to Neo4j as
query parameters, never pasted into the query text. Parameters left out take
their defaults; "null" means not given.`,
		Example: `  # Which pairs of actors are most at odds, all time and in March 2024
  ingest query tension
  ingest query tension --param from=2024-03-01 --param to=2024-03-31 --param rollup=true

  # Who lines up with whom, and who diverges most, counting officials for their government
  ingest query alignment --param rollup=true
  ingest query alignment --param order=divergent --param limit=10

  # Every report between two actors, with its sentence and article, as CSV
  ingest query evidence --param a=Iran --param "b=United States" --format csv

  # Month by month, and who supports or opposes a negotiation, as JSON
  ingest query tension-timeline --param a=Iran --param b=Israel --param period=month
  ingest query stances --param "target=Vienna nuclear talks" --format json

  # The saved queries and their parameters
  ingest query list
  ingest query show tension`,
		Args: requireArgs(1, "list, show NAME or a query name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.name, opts.args, opts.cfg = args[0], args[1:], neo4jConfig(v)
			return runQuery(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&opts.params, "param", "p", nil, "set a query parameter, key=value (repeatable)")
	f.StringVar(&opts.format, "format", "table", "output format: table, csv or json")
	return cmd
}

func runQuery(ctx context.Context, opts queryOptions) error {
	w, err := newResultWriter(opts.format)
	if err != nil {
		return err
	}
	switch opts.name {
	case "list":
		if len(opts.args) > 0 || len(opts.params) > 0 {
			return usageError("query list takes no arguments or parameters")
		}
		res, err := listQueries()
		if err != nil {
			return err
		}
		return w(opts.io.Out, res)
	case "show":
		if len(opts.args) != 1 {
			return usageError("query show: needs one query name (see ingest query list)")
		}
		return showQuery(opts.io, opts.args[0])
	case "export-browser":
		if len(opts.args) != 1 || len(opts.params) > 0 {
			return usageError("query export-browser: needs one folder")
		}
		return exportBrowser(opts.io, opts.args[0])
	}
	return runSavedQuery(ctx, opts, w)
}

// runSavedQuery runs the saved query opts.name and prints its rows.
func runSavedQuery(ctx context.Context, opts queryOptions, w resultWriter) error {
	if len(opts.args) > 0 {
		return usageError("query %s: unexpected argument %q (parameters go in --param key=value)", opts.name, opts.args[0])
	}
	q, err := queries.Get(opts.name)
	if err != nil {
		return usageError("%v", err)
	}
	args, err := parseParams(opts.params)
	if err != nil {
		return err
	}
	store, err := graph.Open(ctx, opts.cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	res, err := store.Query(ctx, q, args)
	if err != nil {
		return err
	}
	if err := w(opts.io.Out, res); err != nil {
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

// listQueries describes the saved queries as a result table.
func listQueries() (*graph.Result, error) {
	all, err := queries.All()
	if err != nil {
		return nil, err
	}
	res := &graph.Result{Columns: []string{"name", "parameters", "description"}}
	for _, q := range all {
		var ps []string
		for _, p := range q.Params {
			s := p.Name + "=" + p.DefaultText
			if p.Required {
				s = p.Name + " (required)"
			}
			ps = append(ps, s)
		}
		res.Rows = append(res.Rows, []any{q.Name, strings.Join(ps, " "), q.Description})
	}
	return res, nil
}

// showQuery prints one query's parameters and score definitions.
func showQuery(io *IO, name string) error {
	q, err := queries.Get(name)
	if err != nil {
		return usageError("%v", err)
	}
	fmt.Fprintf(io.Out, "%s: %s\n\nParameters:\n", q.Name, q.Description)
	for _, p := range q.Params {
		def := "default " + p.DefaultText
		if p.Required {
			def = "required"
		}
		fmt.Fprintf(io.Out, "  %-10s %-12s %-14s %s\n", p.Name, p.TypeName(), def, p.Doc)
	}
	fmt.Fprintf(io.Out, "\n%s\n", q.Doc)
	return nil
}
