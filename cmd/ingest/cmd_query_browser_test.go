package main

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/queries"
)

// The favorites are made on demand, not kept in the repository:
// `ingest query export-browser DIR` writes the zip the Browser takes,
// each favorite as its own file and the style, all of them from the saved
// queries as they are now, with no Neo4j. (The Browser itself runs them in
// TestBrowserFavoritesShowRows.)
func TestExportBrowserWritesFavoritesOnDemand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "browser")
	code, out, errOut := runCLI(t, "query", "export-browser", dir)
	if code != exitOK || out != "" || !strings.Contains(errOut, browserZipName) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	all, err := queries.All()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(filepath.Join(dir, browserZipName))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(all) == 0 || len(zr.File) != 2*len(all) {
		t.Fatalf("zip has %d files for %d saved queries, want two per query", len(zr.File), len(all))
	}
	names := map[string]bool{}
	for _, f := range zr.File {
		names[f.Name] = true
	}
	for _, q := range all {
		for _, fav := range q.BrowserFavorites() {
			if !names[queries.BrowserFolder+"/"+fav.File] {
				t.Errorf("zip lacks %s", fav.File)
			}
			got, err := os.ReadFile(filepath.Join(dir, queries.BrowserFolder, fav.File))
			if err != nil || string(got) != fav.Text {
				t.Errorf("%s: %v; differs from the saved query's favorite", fav.File, err)
			}
		}
	}
	style, err := os.ReadFile(filepath.Join(dir, browserStyleName))
	if err != nil || string(style) != queries.BrowserStyle {
		t.Errorf("style: %v; differs from queries.BrowserStyle", err)
	}
	// Run again into the same folder: the files are rewritten, not refused.
	if code, _, errOut := runCLI(t, "query", "export-browser", dir); code != exitOK {
		t.Errorf("second export: exit %d: %s", code, errOut)
	}
	if code, _, _ := runCLI(t, "query", "export-browser"); code != exitUsage {
		t.Errorf("no folder: exit %d, want %d", code, exitUsage)
	}
}
