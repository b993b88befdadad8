package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

// newQueryListCommand builds `ingest query list`.
func newQueryListCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the saved queries, their parameters and what they do",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := outputFlags(cmd)
			w, err := newResultWriter(out.format)
			if err != nil {
				return err
			}
			res, err := listQueries()
			if err != nil {
				return err
			}
			return writeResult(io, out, w, res)
		},
	}
}

// newQueryShowCommand builds `ingest query show NAME`, the same text as
// `ingest query NAME --help` without the flags.
func newQueryShowCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "show NAME",
		Short: "Print one saved query's parameters and the definitions of its scores",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError("query show: needs one query name (see ingest query list)")
			}
			return nil
		},
		ValidArgsFunction: completeQueryNames,
		RunE: func(_ *cobra.Command, args []string) error {
			q, err := queries.Get(args[0])
			if err != nil {
				return usageError("%v", err)
			}
			fmt.Fprintln(io.Out, queryHelp(q))
			return nil
		},
	}
}

// noArgs refuses positional arguments with a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError("%s takes no arguments", cmd.CommandPath())
	}
	return nil
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

// queryHelp is a query's description, its parameters and the definitions
// of its scores: the help of `ingest query NAME`.
func queryHelp(q queries.Query) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\nParameters (--NAME value, or --param NAME=value):\n", q.Name, q.Description)
	for _, p := range q.Params {
		def := "default " + p.DefaultText
		if p.Required {
			def = "required"
		}
		fmt.Fprintf(&b, "  %-12s %-12s %-14s %s\n", p.Name, p.TypeName(), def, p.Doc)
	}
	fmt.Fprintf(&b, "\n%s", q.Doc)
	return b.String()
}

// queryExample runs q with its required parameters.
func queryExample(q queries.Query) string {
	s := "  ingest query " + q.Name
	for _, p := range q.Params {
		if p.Required {
			s += fmt.Sprintf(" --%s %q", p.Name, exampleValue(p.Name))
		}
	}
	return s + "\n  ingest query " + q.Name + " --format csv -o " + q.Name + ".csv"
}

// exampleValue is a value of a required parameter for the help's example.
func exampleValue(name string) string {
	switch name {
	case "target":
		return "Geneva climate finance talks"
	case "government":
		return "Greece"
	case "b":
		return "European Union"
	}
	return "Belarus"
}

// paramUsage is the help line of a parameter's flag.
func paramUsage(p queries.Param) string {
	if p.Required {
		return p.Doc + " (required)"
	}
	return fmt.Sprintf("%s (default %s)", p.Doc, p.DefaultText)
}

// paramValue is the value of a parameter's flag: the text as given, which
// the query converts; typ names the parameter's type in the help.
type paramValue struct{ s, typ string }

func (v *paramValue) String() string     { return v.s }
func (v *paramValue) Set(s string) error { v.s = s; return nil }
func (v *paramValue) Type() string       { return v.typ }

// reservedFlag reports whether name is a flag every query command has, so
// that a parameter of that name is set through --param only.
func reservedFlag(name string) bool {
	switch name {
	case "param", "format", "output", "help", "config", "debug":
		return true
	}
	return strings.HasPrefix(name, "neo4j-")
}

// changedParams returns the parameter flags set on the command line.
func changedParams(cmd *cobra.Command, q queries.Query) map[string]string {
	out := map[string]string{}
	for _, p := range q.Params {
		if f := cmd.Flags().Lookup(p.Name); f != nil && f.Changed && !reservedFlag(p.Name) {
			out[p.Name] = f.Value.String()
		}
	}
	return out
}

// completeQueryNames offers the saved queries' names.
func completeQueryNames(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	all, _ := queries.All()
	names := make([]string, len(all))
	for i, q := range all {
		names[i] = q.Name + "\t" + q.Description
	}
	return names, cobra.ShellCompDirectiveNoFileComp
}

// completeParamNames offers "NAME=" for each parameter of q, after --param.
func completeParamNames(q queries.Query) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		out := make([]string, len(q.Params))
		for i, p := range q.Params {
			out[i] = p.Name + "=\t" + p.Doc
		}
		return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
	}
}

// completeParamValue offers a parameter's choices, or true and false.
func completeParamValue(p queries.Param) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		switch {
		case len(p.Choices) > 0:
			return p.Choices, cobra.ShellCompDirectiveNoFileComp
		case p.Type == queries.Boolean:
			return []string{"true", "false"}, cobra.ShellCompDirectiveNoFileComp
		}
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
}
