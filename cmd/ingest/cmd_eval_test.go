package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/source"
)

// devCorpus is the annotated dev corpus next to the repository; tests that
// need it skip when it is absent.
const devCorpus = "../../../shared/corpus/dev"

// TestEvalDevCorpusFloor scores the extractor on the dev corpus and fails
// if it drops below a floor a little under what it reaches. The corpus grew
// from 11 to 36 articles on 2026-12-07 (25 unseen by the rules); on all 36
// the extractor reached relations F1 0.461, actors F1 0.881 that day, and
// relations 0.525, actors 0.892 on 2026-12-08, so the floors guard against
// regressions there. Issue 19's target (0.60) is not reached yet.
func TestEvalDevCorpusFloor(t *testing.T) {
	gold, articles := filepath.Join(devCorpus, "gold"), filepath.Join(devCorpus, "articles")
	if _, err := os.Stat(gold); err != nil {
		t.Skipf("no dev corpus at %s", devCorpus)
	}
	g, err := readGold(gold)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var pred []actorgraph.Extraction
	err = source.Walk(context.Background(), []string{articles}, func(it actorgraph.Item) error {
		if it.Err != nil {
			return it.Err
		}
		pred = append(pred, ex.Extract(it.Article))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Score(g, pred)
	if r.NoPrediction > 0 {
		t.Errorf("%d gold articles without a prediction", r.NoPrediction)
	}
	t.Logf("actors F1 %.3f, relations F1 %.3f, pairs F1 %.3f; %d splits, %d merges",
		r.Actors.F1(), r.Relations.F1(), r.Pairs.F1(), len(r.Identity.Splits), len(r.Identity.Merges))
	if f := r.Actors.F1(); f < 0.88 {
		t.Errorf("actors F1 %.3f, floor 0.88", f)
	}
	if f := r.Relations.F1(); f < 0.50 {
		t.Errorf("relations F1 %.3f, floor 0.50", f)
	}
}

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const sampleArticle = "Title: Ministers meet\nDate: 2024-05-01\n\n" +
	"Germany condemned Russia on Tuesday. Egyptian Foreign Minister Omar Nabil met Jordanian officials in Amman.\n"

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "ministers.txt", sampleArticle)
	code, out, errOut := runCLI(t, "extract", good)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var x actorgraph.Extraction
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("output is not one JSON extraction: %v\n%s", err, out)
	}
	if x.Path != good || x.Date != "2024-05-01" || x.Title != "Ministers meet" {
		t.Errorf("got path %q date %q title %q", x.Path, x.Date, x.Title)
	}
	found := false
	for _, r := range x.Relations {
		found = found || r.Source == "Germany" && r.Type == actorgraph.Criticizes && r.Target == "Russia" && r.Rule != ""
	}
	if !found {
		t.Errorf("no Germany CRITICIZES Russia in %+v", x.Relations)
	}

	bad := writeFile(t, dir, "broken.json", "{not json")
	code, out, errOut = runCLI(t, "extract", good, bad)
	if code != exitError || !strings.Contains(errOut, "broken.json") || strings.Count(out, "\n") != 1 {
		t.Errorf("bad file: exit %d, stderr %q, %d lines out; want 1, the file named, the good article printed",
			code, errOut, strings.Count(out, "\n"))
	}
	if code, _, _ := runCLI(t, "extract"); code != exitUsage {
		t.Errorf("no paths: exit %d, want %d", code, exitUsage)
	}
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	arts, gold := filepath.Join(dir, "articles"), filepath.Join(dir, "gold")
	for _, d := range []string{arts, gold} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, arts, "ministers.txt", sampleArticle)
	writeFile(t, gold, "ministers.json", `{"id":"ministers","actors":[
		{"name":"Germany","type":"Government"},{"name":"Russia","type":"Government"}],
		"relations":[{"source":"Germany","type":"CRITICIZES","target":"Russia"}]}`)
	code, out, errOut := runCLI(t, "eval", "-v", "--gold", gold, arts)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 4 {
		t.Fatalf("output too short:\n%s", out)
	}
	last := lines[len(lines)-4:]
	if !strings.HasPrefix(last[0], "scope") || !strings.HasPrefix(last[1], "actors") ||
		!strings.HasPrefix(last[2], "relations") || !strings.HasPrefix(last[3], "pairs") {
		t.Errorf("last four lines are not the summary:\n%s", strings.Join(last, "\n"))
	}
	for _, want := range []string{"== identity  0 splits, 0 merges\n", "\nsplits: 0 of 0 gold", "\nmerges: 0 of 2 predicted nodes"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the output:\n%s", want, out)
		}
	}
	if f := strings.Fields(last[2]); f[1] != "1" || f[3] != "0" || !strings.Contains(out, "spurious actor    Omar Nabil") {
		t.Errorf("want the gold relation found (tp 1, fn 0) and the extra person listed:\n%s", out)
	}

	if code, _, errOut := runCLI(t, "eval", arts); code != exitUsage || !strings.Contains(errOut, "--gold") {
		t.Errorf("no --gold: exit %d, stderr %q", code, errOut)
	}
	writeFile(t, gold, "broken.json", "{")
	if code, _, errOut := runCLI(t, "eval", "--gold", gold, arts); code != exitError || !strings.Contains(errOut, "broken.json") {
		t.Errorf("bad gold: exit %d, stderr %q; want 1 naming broken.json", code, errOut)
	}
}
