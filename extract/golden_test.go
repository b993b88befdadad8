package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// readArticle reads a test article: "Title:", "Date:", "URL:" header lines,
// a blank line, then the body.
func readArticle(t testing.TB, path string) actorgraph.Article {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(data), "\n\n")
	a := actorgraph.Article{Path: filepath.ToSlash(path), Text: body}
	for _, l := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(l, ":")
		v = strings.TrimSpace(v)
		switch k {
		case "Title":
			a.Title = v
		case "URL":
			a.URL = v
		case "Date":
			d, err := time.Parse("2006-01-02", v)
			if err != nil {
				t.Fatalf("%s: date: %v", path, err)
			}
			a.Published = d
		}
	}
	a.Finish()
	return a
}

// TestGolden compares the extraction of each example article with its
// golden file; go test -run TestGolden -update rewrites them.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden articles: %v", err)
	}
	e := newTest(t)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			x := e.Extract(readArticle(t, p))
			got, err := json.MarshalIndent(x, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(p, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; review the change and run go test -update", p, golden)
			}
		})
	}
}

// TestDeterministic checks that extraction does not depend on map order or
// on other calls: the same article gives the same bytes.
func TestDeterministic(t *testing.T) {
	e := newTest(t)
	a := readArticle(t, "testdata/golden/ceasefire-summit.txt")
	first, _ := json.Marshal(e.Extract(a))
	for i := 0; i < 20; i++ {
		e.Extract(readArticle(t, "testdata/golden/maritime-talks.txt"))
		again, _ := json.Marshal(e.Extract(a))
		if !bytes.Equal(first, again) {
			t.Fatalf("run %d differs", i)
		}
	}
}

// TestConcurrent runs extractions in parallel on one Extractor (run it
// with -race): results equal the sequential ones.
func TestConcurrent(t *testing.T) {
	e := newTest(t)
	paths, _ := filepath.Glob("testdata/golden/*.txt")
	want := map[string][]byte{}
	arts := map[string]actorgraph.Article{}
	for _, p := range paths {
		arts[p] = readArticle(t, p)
		want[p], _ = json.Marshal(e.Extract(arts[p]))
	}
	done := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 5; i++ {
				for _, p := range paths {
					got, _ := json.Marshal(e.Extract(arts[p]))
					if !bytes.Equal(got, want[p]) {
						done <- fmt.Errorf("%s differs when run concurrently", p)
						return
					}
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
