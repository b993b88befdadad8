package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
)

func init() { subcommands = append(subcommands, newExportCommand) }

// exportOptions are the settings shared by the export subcommands.
type exportOptions struct {
	io       *IO
	cfg      graph.Config
	from, to string
	actor    string
	types    []string
	output   string
}

func newExportCommand(io *IO, v *viper.Viper) *cobra.Command {
	opts := &exportOptions{io: io}
	cmd := &cobra.Command{
		Use:   "export events|graphml|tables",
		Short: "Write the graph for other tools: events CSV, GraphML (Gephi), nodes and edges CSV",
		Long: `export writes what the graph holds for other tools, streaming it from Neo4j
(memory stays flat however large the graph):

  ingest export events    one CSV row per report, in the style of GDELT, Phoenix
                          and PLOVER: date, source and target (id, name, type,
                          ISO3 country), relation, CAMEO code, root and QuadClass,
                          Goldstein weight, confidence, number of articles with
                          the same report that day, article URL and title, evidence
  ingest export graphml   a GraphML file that Gephi (or networkx, yEd) opens as it
                          is: nodes labelled and typed, one edge per source,
                          target and relation, weighted by its reports, with the
                          sum of their Goldstein weights and the first and last date
  ingest export tables    the same nodes and edges as nodes.csv and edges.csv, for
                          pandas and R (-o names the folder)

Filters: --from and --to keep dated reports within the dates (inclusive),
--actor those with an actor (id or exact name) at either end, --type those
of the given relation types (repeatable or comma-separated). events leaves
MEMBER_OF and ADVISES out unless --type names them: they say who serves
whom, not what happened.`,
		Example: `  ingest export events -o events.csv
  ingest export events --from 2025-01-01 --to 2025-06-30 --type CRITICIZES,THREATENS -o conflict.csv
  ingest export graphml --actor Belarus -o belarus.graphml
  ingest export tables -o tables/`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return usageError("export: needs events, graphml or tables (see ingest export --help)")
		},
	}
	f := cmd.PersistentFlags()
	f.StringVar(&opts.from, "from", "", "first day, YYYY-MM-DD (inclusive)")
	f.StringVar(&opts.to, "to", "", "last day, YYYY-MM-DD (inclusive)")
	f.StringVar(&opts.actor, "actor", "", "only reports with this actor (id or exact name) at either end")
	f.StringSliceVar(&opts.types, "type", nil, "only these relation types, e.g. CRITICIZES,THREATENS")
	f.StringVarP(&opts.output, "output", "o", "", "the file to write (tables: the folder); default stdout")
	_ = cmd.RegisterFlagCompletionFunc("type", completeRelTypes)
	sub := func(use, short string, run func(context.Context, exportOptions) error) *cobra.Command {
		return &cobra.Command{Use: use, Short: short, Args: noArgs,
			RunE: func(c *cobra.Command, _ []string) error {
				opts.cfg = neo4jConfig(v)
				return run(c.Context(), *opts)
			}}
	}
	cmd.AddCommand(
		sub("events", "One CSV row per report (GDELT/Phoenix/PLOVER style)", runExportEvents),
		sub("graphml", "GraphML for Gephi: typed, labelled nodes; typed, weighted, dated edges", runExportGraphML),
		sub("tables", "nodes.csv and edges.csv in the folder of -o", runExportTables))
	return cmd
}

// filter reads the filter flags.
func (o exportOptions) filter(events bool) (graph.ExportFilter, error) {
	f := graph.ExportFilter{Actor: o.actor}
	for _, d := range []struct {
		flag, v string
		to      *time.Time
	}{{"--from", o.from, &f.From}, {"--to", o.to, &f.To}} {
		if d.v == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.v)
		if err != nil {
			return f, usageError("%s %q: want a date YYYY-MM-DD", d.flag, d.v)
		}
		*d.to = t
	}
	for _, name := range o.types {
		t := actorgraph.RelType(strings.ToUpper(strings.TrimSpace(name)))
		if !t.Valid() {
			return f, usageError("--type %q: not a relation type (%s)", name, strings.Join(relTypeNames(), ", "))
		}
		f.Types = append(f.Types, t)
	}
	if events && len(f.Types) == 0 {
		for _, info := range actorgraph.RelTypes {
			if info.Quad != actorgraph.Structural {
				f.Types = append(f.Types, info.Type)
			}
		}
	}
	return f, nil
}

// runExportEvents writes the events CSV.
func runExportEvents(ctx context.Context, o exportOptions) error {
	return withExport(ctx, o, true, func(st *graph.Store, f graph.ExportFilter) error {
		return writeOutput(o.io, o.output, func(w io.Writer) error {
			c, err := export.NewCSV(w, export.EventColumns)
			if err != nil {
				return err
			}
			if err := st.Events(ctx, f, c.Event); err != nil {
				return err
			}
			return c.Close()
		})
	})
}

// runExportGraphML writes the nodes, then the edges, as GraphML.
func runExportGraphML(ctx context.Context, o exportOptions) error {
	return withExport(ctx, o, false, func(st *graph.Store, f graph.ExportFilter) error {
		return writeOutput(o.io, o.output, func(w io.Writer) error {
			g, err := export.NewGraphML(w)
			if err != nil {
				return err
			}
			if err := st.Nodes(ctx, f, g.Node); err != nil {
				return err
			}
			if err := st.Edges(ctx, f, g.Edge); err != nil {
				return err
			}
			return g.Close()
		})
	})
}

// runExportTables writes nodes.csv and edges.csv into the folder of -o.
func runExportTables(ctx context.Context, o exportOptions) error {
	if o.output == "" || o.output == "-" {
		return usageError("export tables: -o names the folder for nodes.csv and edges.csv")
	}
	if err := os.MkdirAll(o.output, 0o755); err != nil {
		return fmt.Errorf("export tables: %w", err)
	}
	return withExport(ctx, o, false, func(st *graph.Store, f graph.ExportFilter) error {
		err := writeOutput(o.io, filepath.Join(o.output, "nodes.csv"), func(w io.Writer) error {
			return csvRows(w, export.NodeColumns, func(c *export.CSV) error { return st.Nodes(ctx, f, c.Node) })
		})
		if err != nil {
			return err
		}
		return writeOutput(o.io, filepath.Join(o.output, "edges.csv"), func(w io.Writer) error {
			return csvRows(w, export.EdgeColumns, func(c *export.CSV) error { return st.Edges(ctx, f, c.Edge) })
		})
	})
}

// csvRows writes a header, then the rows that rows writes.
func csvRows(w io.Writer, header []string, rows func(*export.CSV) error) error {
	c, err := export.NewCSV(w, header)
	if err != nil {
		return err
	}
	if err := rows(c); err != nil {
		return err
	}
	return c.Close()
}

// withExport reads the filter, opens the store and runs fn.
func withExport(ctx context.Context, o exportOptions, events bool, fn func(*graph.Store, graph.ExportFilter) error) error {
	f, err := o.filter(events)
	if err != nil {
		return err
	}
	st, err := graph.Open(ctx, o.cfg)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	return fn(st, f)
}

// relTypeNames lists the relation types.
func relTypeNames() []string {
	out := make([]string, len(actorgraph.RelTypes))
	for i, info := range actorgraph.RelTypes {
		out[i] = string(info.Type)
	}
	return out
}

// completeRelTypes offers the relation types to --type.
func completeRelTypes(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return relTypeNames(), cobra.ShellCompDirectiveNoFileComp
}
