package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
)

// checkExtraction fails unless every relation's ends are actors of x and
// its evidence is the text at its offsets.
func checkExtraction(t *testing.T, text string, x actorgraph.Extraction) {
	names := map[string]bool{}
	for _, a := range x.Actors {
		if !a.Type.Valid() || a.Name == "" {
			t.Fatalf("bad actor %+v", a)
		}
		names[a.Name] = true
	}
	for _, r := range x.Relations {
		if !names[r.Source] || !names[r.Target] || !r.Type.Valid() {
			t.Fatalf("bad relation %+v", r)
		}
		if r.Start < 0 || r.End > len(text) || text[r.Start:r.End] != r.Evidence {
			t.Fatalf("evidence of %+v is not at its offsets", r)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Germany condemned Russia. Iran was criticized by France.",
		`"He said "she said "they said ""`,
		"President President President Biden Biden.",
		"talks talks talks between between and and",
		"Mr. Mr. Mr. . . .",
		"Israeli national security adviser Jane Roe raised concerns that the U.S. was late.",
		"The summit between U.S. President Joe Biden and the North Korean leader Kim Jong Un in Hanoi.",
		"", "...", "\xff\x00Iran",
	} {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/golden/ceasefire-summit.txt"); err == nil {
		f.Add(string(data))
	}
	e := newTest(f)
	f.Fuzz(func(t *testing.T, text string) {
		bound := 2*time.Second + time.Duration(len(text))*2*time.Microsecond
		done := make(chan actorgraph.Extraction, 1)
		go func() { done <- e.Extract(actorgraph.Article{Text: text}) }()
		select {
		case x := <-done:
			checkExtraction(t, text, x)
		case <-time.After(bound):
			t.Fatalf("no result after %v for %d bytes: %q", bound, len(text), text)
		}
	})
}

// TestExtractPathological checks that large and odd inputs stay fast.
// rolesInput has n persons with the same title, each followed by a bare
// "the minister" that must be resolved.
func rolesInput(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Kenyan Foreign Minister Ana Soto%d met Chile. The foreign minister praised Peru. ", i)
	}
	return b.String()
}

func TestExtractPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	e := newTest(t)
	inputs := map[string]string{
		"5 MB single line": strings.Repeat("Iran, the EU, France and China met with U.S. envoy Rob Stone, ", 5<<20/64),
		"nested quotes":    strings.Repeat(`"‘“(`, 100000) + "Iran" + strings.Repeat(`)”’"`, 100000),
		"only punctuation": strings.Repeat(".!?…—,;:", 200000),
		"titles only":      strings.Repeat("President Prime Minister ", 100000),
		"names only":       strings.Repeat("Jane Roe ", 200000),
		"heads only":       strings.Repeat("the talks ", 200000),
		"coordination":     "Talks between " + strings.Repeat("Iran, ", 100000) + "and Iraq.",
		"roles":            rolesInput(20000),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			x := e.Extract(actorgraph.Article{Text: in})
			checkExtraction(t, in, x)
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v for %d bytes", d, len(in))
			}
			t.Logf("%d bytes in %v", len(in), time.Since(start))
		})
	}
}
