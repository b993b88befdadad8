package main

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/source"
)

func init() { subcommands = append(subcommands, newEvalCommand) }

type evalOptions struct {
	io      *IO
	gold    string
	paths   []string
	verbose bool
	dicts   []string
}

func newEvalCommand(io *IO, v *viper.Viper) *cobra.Command {
	opts := evalOptions{io: io}
	cmd := &cobra.Command{
		Use:   "eval --gold DIR PATH...",
		Short: "Score the extractor against gold annotations",
		Long: `eval runs the extractor on the articles in PATH... and scores its output
against the gold files (*.json, the per-article format of the model) in
--gold. An article is joined to its gold file by the base name of its path
without extension, else by id.

A predicted negotiation whose name matches no gold one is first paired
with the gold negotiation of its article with which it shares the most
relations, and scored as that one.

It prints two lines on identity across articles: splits (gold entities
named in two or more articles that became two or more graph nodes) and
merges (nodes that stand for two or more gold entities; different
negotiations are different entities). Then precision, recall and F1 per
relation type and, as the last three lines, for actors (name or alias,
case-insensitive, and type), for relations (source, type, target; either
direction for symmetric types) and for untyped unordered pairs,
micro-averaged over the corpus. With -v it first lists, per article, the
paired negotiations and the missed and spurious items, then every split
and merge.`,
		Example: `  # Score the hand-annotated check articles of this repository
  ingest eval --gold extract/testdata/checkset/gold extract/testdata/checkset/articles

  # The same with a dictionary of your own on top of the built-in ones
  ingest eval --dictionary my-actors.tsv --gold extract/testdata/checkset/gold extract/testdata/checkset/articles

  # See what was missed and what was wrong, article by article
  ingest eval -v --gold corpus/gold corpus/articles`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths, opts.dicts = args, dictionaryPaths(v)
			return runEval(cmd.Context(), opts)
		},
		Args: requireArgs(1, "at least one file or folder of articles"),
	}
	cmd.Flags().StringVar(&opts.gold, "gold", "", "folder of gold *.json files (required)")
	cmd.Flags().BoolVarP(&opts.verbose, "verbose", "v", false, "list missed and spurious items per article")
	return cmd
}

func runEval(ctx context.Context, opts evalOptions) error {
	if opts.gold == "" {
		return usageError("eval: --gold DIR is required (see --help)")
	}
	gold, err := readGold(opts.gold)
	if err != nil {
		return err
	}
	ex, err := newExtractor(opts.io, opts.dicts)
	if err != nil {
		return err
	}
	var pred []actorgraph.Extraction
	failed := 0
	var flood errorFlood
	err = source.Walk(ctx, opts.paths, func(it actorgraph.Item) error {
		if it.Err != nil {
			failed++
			flood.print(opts.io.Err, inputOf(it.Err), it.Err)
			return nil
		}
		pred = append(pred, ex.Extract(it.Article))
		return nil
	})
	flood.flush(opts.io.Err)
	if err != nil {
		return err
	}
	rep := eval.Score(gold, pred)
	if opts.verbose {
		if err := rep.WriteDetails(opts.io.Out); err != nil {
			return err
		}
	}
	if err := rep.WriteTable(opts.io.Out); err != nil {
		return err
	}
	if failed > 0 {
		return errSilent
	}
	return nil
}

// readGold reads every *.json file of dir as a gold extraction.
func readGold(dir string) ([]actorgraph.Extraction, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, &actorgraph.Error{Kind: actorgraph.KindInput, Input: dir, Msg: "read gold folder", Err: err}
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".json") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, actorgraph.Errorf(actorgraph.KindInput, dir, "no gold *.json files")
	}
	sort.Strings(names)
	gold := make([]actorgraph.Extraction, 0, len(names))
	for _, n := range names {
		p := filepath.Join(dir, n)
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, &actorgraph.Error{Kind: actorgraph.KindInput, Input: p, Msg: "read gold file", Err: err}
		}
		g, err := eval.ParseGold(n, data)
		if err != nil {
			return nil, &actorgraph.Error{Kind: actorgraph.KindInput, Input: p, Msg: "invalid gold JSON", Err: err}
		}
		gold = append(gold, g)
	}
	return gold, nil
}
