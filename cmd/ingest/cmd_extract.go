package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/source"
)

func init() { subcommands = append(subcommands, newExtractCommand) }

type extractOptions struct {
	io     *IO
	paths  []string
	pretty bool
}

func newExtractCommand(io *IO, _ *viper.Viper) *cobra.Command {
	opts := extractOptions{io: io}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the actors and relations read from articles, as JSON lines",
		Long: `extract reads articles from files and folders (.txt/.md with a Title:/Date:/URL:
header, .json, .jsonl) and prints, for each, one JSON line with the actors
and relations the extractor finds: the per-article format of the model,
with each relation's evidence sentence, offsets, weight, CAMEO code,
confidence and rule. No database is needed.

Articles that cannot be read are reported on stderr; the others are still
printed, and the exit status is 1.`,
		Example: `  # Extract from the example articles
  ingest extract examples/

  # One article, indented
  ingest extract --pretty examples/03-baltic-sanctions.txt

  # Relations only, with jq
  ingest extract corpus/articles | jq -c '.relations[] | [.source, .type, .target, .rule]'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			return runExtract(cmd.Context(), opts)
		},
		Args: requireArgs(1, "at least one file or folder"),
	}
	cmd.Flags().BoolVar(&opts.pretty, "pretty", false, "indent the JSON (one object per article, not one line)")
	return cmd
}

func runExtract(ctx context.Context, opts extractOptions) error {
	ex, err := extract.New()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(opts.io.Out)
	enc.SetEscapeHTML(false)
	if opts.pretty {
		enc.SetIndent("", "  ")
	}
	failed := 0
	err = source.Walk(ctx, opts.paths, func(it source.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintln(opts.io.Err, "ingest: "+it.Err.Error())
			return nil
		}
		return enc.Encode(ex.Extract(it.Article))
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return errSilent
	}
	return nil
}
