package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/queries"
)

// newQueryExportBrowserCommand builds `ingest query export-browser DIR`.
func newQueryExportBrowserCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "export-browser DIR",
		Short: "Write the saved queries as Neo4j Browser favorites (a zip to drop onto the Browser)",
		Long: `export-browser writes DIR/actorgraph-queries.zip: dropped onto the Neo4j
Browser, it adds a folder "actorgraph" to the Favorites drawer with two
favorites per saved query. Run "NAME 1: parameters" (after editing its
values), then "NAME 2: query", which shows its rows as a table. Each
favorite is also written as its own file under DIR/actorgraph/.

It also writes DIR/actorgraph.grass, a style for the Browser's graph view:
nodes show their names, coloured by kind; relationships show their types,
coloured by class (conflict red, cooperation green, appeal orange,
structural grey). Drop it onto the Browser as well.`,
		Example: `  ingest query export-browser browser/`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError("query export-browser: needs one folder")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error { return exportBrowser(io, args[0]) },
	}
}

// The files that export-browser writes: the favorites and the style.
const (
	browserZipName   = "actorgraph-queries.zip"
	browserStyleName = "actorgraph.grass"
)

// exportBrowser writes the saved queries as Neo4j Browser favorites into
// dir: actorgraph-queries.zip (drop it onto the Browser) and, for a look
// or a single drop, each favorite as its own file under actorgraph/; and
// the Browser style, actorgraph.grass.
func exportBrowser(io *IO, dir string) error {
	all, err := queries.All()
	if err != nil {
		return err
	}
	sub := filepath.Join(dir, queries.BrowserFolder)
	if err := os.MkdirAll(sub, 0o755); err != nil {
		return fmt.Errorf("export-browser: %w", err)
	}
	var buf bytes.Buffer
	if err := queries.BrowserZip(&buf, all); err != nil {
		return err
	}
	zipPath := filepath.Join(dir, browserZipName)
	if err := os.WriteFile(zipPath, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("export-browser: %w", err)
	}
	for _, q := range all {
		for _, fav := range q.BrowserFavorites() {
			if err := os.WriteFile(filepath.Join(sub, fav.File), []byte(fav.Text), 0o644); err != nil {
				return fmt.Errorf("export-browser: %w", err)
			}
		}
	}
	stylePath := filepath.Join(dir, browserStyleName)
	if err := os.WriteFile(stylePath, []byte(queries.BrowserStyle), 0o644); err != nil {
		return fmt.Errorf("export-browser: %w", err)
	}
	fmt.Fprintf(io.Err, "wrote %s: %d favorites, two per query (drop it onto the Neo4j Browser;\n"+
		"run \"NAME 1: parameters\", then \"NAME 2: query\"), and each one in %s\n", zipPath, 2*len(all), sub)
	fmt.Fprintf(io.Err, "wrote %s: the graph's style (drop it onto the Browser too)\n", stylePath)
	return nil
}
