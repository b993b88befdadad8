package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/source"
)

// TestCheckSetFloors scores the extractor on the hand-written check sets
// under testdata (our own wire-style articles with gold in MODEL.md's
// conventions) and fails when a set drops below a floor a little under
// what the rules reach. The sets were written one after the other while
// the rules were improved, so the later ones were seen by fewer changes.
func TestCheckSetFloors(t *testing.T) {
	floors := map[string]struct{ actors, relations float64 }{
		"checkset": {0.95, 0.80},
		"holdout":  {0.95, 0.90},
		"final":    {0.95, 0.88},
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for set, floor := range floors {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join("testdata", set)
			gold := readGold(t, filepath.Join(dir, "gold"))
			var pred []actorgraph.Extraction
			err := source.Walk(context.Background(), []string{filepath.Join(dir, "articles")}, func(it actorgraph.Item) error {
				if it.Err != nil {
					return it.Err
				}
				pred = append(pred, ex.Extract(it.Article))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			r := eval.Score(gold, pred)
			if r.NoPrediction > 0 || len(gold) < 4 {
				t.Fatalf("%d gold articles, %d without a prediction", len(gold), r.NoPrediction)
			}
			t.Logf("actors F1 %.3f, relations P %.3f R %.3f F1 %.3f", r.Actors.F1(), r.Relations.Precision(), r.Relations.Recall(), r.Relations.F1())
			if f := r.Actors.F1(); f < floor.actors {
				t.Errorf("actors F1 %.3f, floor %.2f", f, floor.actors)
			}
			if f := r.Relations.F1(); f < floor.relations {
				t.Errorf("relations F1 %.3f, floor %.2f", f, floor.relations)
			}
		})
	}
}

// readGold reads every gold file of dir.
func readGold(t *testing.T, dir string) []actorgraph.Extraction {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var gold []actorgraph.Extraction
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		g, err := eval.ParseGold(n, data)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		gold = append(gold, g)
	}
	return gold
}
