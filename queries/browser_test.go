package queries

import (
	"archive/zip"
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the Neo4j Browser favorites in browser/")

// The Browser favorites in browser/ are the saved queries, one file each,
// regenerated with `go test ./queries -update`.
func TestBrowserFavoritesUpToDate(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("browser", "*.cypher"))
	if !*update && len(files) != len(all) {
		t.Errorf("browser/ has %d files, want %d (run go test ./queries -update)", len(files), len(all))
	}
	for _, q := range all {
		path := filepath.Join("browser", q.Name+".cypher")
		want := q.BrowserScript()
		if *update {
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != want {
			t.Errorf("%s is missing or stale (run go test ./queries -update)", path)
		}
	}
	zipPath := filepath.Join("browser", "actorgraph-queries.zip")
	if *update {
		var buf bytes.Buffer
		if err := BrowserZip(&buf, all); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(zipPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatalf("%v (run go test ./queries -update)", err)
	}
	defer zr.Close()
	if len(zr.File) != len(all) {
		t.Errorf("%s has %d files, want %d", zipPath, len(zr.File), len(all))
	}
	for i, f := range zr.File {
		if i >= len(all) {
			break
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name != "actorgraph/"+all[i].Name+".cypher" || string(got) != all[i].BrowserScript() {
			t.Errorf("%s: %s is stale (run go test ./queries -update)", zipPath, f.Name)
		}
	}
}

func TestBrowserScript(t *testing.T) {
	q, err := Parse("x.cypher", "// name: x\n// description: d\n// param: a string -- who\n"+
		"// param: from date = null\n// param: n integer = 5\n// param: up boolean = false\n"+
		"// param: p week|month = month\n//\n// Doc.\nMATCH (n {id: $a})\n  // inner comment\nRETURN n LIMIT $n\n")
	if err != nil {
		t.Fatal(err)
	}
	browserExamples["a"] = `O'Brien`
	defer func() { browserExamples["a"] = "United States" }()
	got := q.BrowserScript()
	want := "// actorgraph: x\n// d\n" +
		"// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the\n" +
		"// whole script. Score definitions: docs/queries.md or `ingest query show x`.\n" +
		":param a => 'O\\'Brien';\n:param from => null;\n:param n => 5;\n:param up => false;\n:param p => 'month';\n" +
		"MATCH (n {id: $a})\nRETURN n LIMIT $n\n;\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if !strings.HasPrefix(q.Body(), "MATCH") {
		t.Errorf("body keeps the header: %q", q.Body())
	}
}
