package main

import (
	"context"
	"encoding/json"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/source"
)

func init() { subcommands = append(subcommands, newExtractCommand) }

type extractOptions struct {
	io      *IO
	paths   []string
	pretty  bool
	explain bool
	dicts   []string
}

func newExtractCommand(io *IO, v *viper.Viper) *cobra.Command {
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

  # With a dictionary of your own actors (see docs/dictionaries.md)
  ingest extract --dictionary my-actors.tsv examples/

  # Where each actor and rule came from (data file, dictionary file:line)
  ingest extract --explain --pretty examples/01-atlantic-fisheries-talks.txt

  # Relations only, with jq
  ingest extract corpus/articles | jq -c '.relations[] | [.source, .type, .target, .rule]'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths, opts.dicts = args, dictionaryPaths(v)
			return runExtract(cmd.Context(), opts)
		},
		Args: requireArgs(1, "at least one file or folder"),
	}
	cmd.Flags().BoolVar(&opts.pretty, "pretty", false, "indent the JSON (one object per article, not one line)")
	cmd.Flags().BoolVar(&opts.explain, "explain", false, "add \"explain\": where each actor and each relation's rule was read (a data file, a dictionary's file:line, or the text)")
	return cmd
}

// explained is an extraction with the origins of its actors and rules.
type explained struct {
	actorgraph.Extraction
	Explain extract.Origin `json:"explain"`
}

func runExtract(ctx context.Context, opts extractOptions) error {
	ex, err := newExtractor(opts.io, opts.dicts)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(opts.io.Out)
	enc.SetEscapeHTML(false)
	if opts.pretty {
		enc.SetIndent("", "  ")
	}
	failed := 0
	var flood errorFlood
	err = source.Walk(ctx, opts.paths, func(it actorgraph.Item) error {
		if it.Err != nil {
			failed++
			flood.print(opts.io.Err, inputOf(it.Err), it.Err)
			return nil
		}
		x := ex.Extract(it.Article)
		if opts.explain {
			return enc.Encode(explained{x, ex.Explain(x)})
		}
		return enc.Encode(x)
	})
	flood.flush(opts.io.Err)
	if err != nil {
		return err
	}
	if failed > 0 {
		return errSilent
	}
	return nil
}
