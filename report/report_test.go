package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// The page holds the four pictures, links only to evidence it has,
// escapes names, and loads nothing from elsewhere.
func TestWrite(t *testing.T) {
	evil := `Evil <script>alert(1)</script>`
	d := Data{Title: "t", Window: "all time", Actors: []string{"A", "B", evil},
		Tension:   map[Pair]float64{Key("A", "B"): 6.4, Key("B", evil): 2},
		Alignment: map[Pair]float64{Key("A", "B"): -0.5, Key("A", evil): 1},
		Timeline:  Timeline{A: "A", B: "B", Periods: []Period{{Start: "2024-05-01", Tension: 6.4}, {Start: "2024-06-01", Cooperation: 7}}},
		Evidence: map[Pair][]Report{Key("A", "B"): {{Date: "2024-05-02", Source: "A", Type: "CRITICIZES", Target: "B",
			Evidence: "A criticized B.", URL: "javascript:alert(1)"}},
			Key("B", evil): {}, Key("A", evil): {}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if n := strings.Count(page, "<svg "); n != 4 {
		t.Errorf("%d pictures, want 4 (timeline, two matrices, network)", n)
	}
	if strings.Contains(page, "<script") || strings.Contains(page, "javascript:") {
		t.Error("a name or URL got into the page unescaped")
	}
	for _, bad := range []string{"http://", "https://", "src="} {
		if strings.Contains(strings.ReplaceAll(page, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
			t.Errorf("the page refers to %q: it must work offline", bad)
		}
	}
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`id="(ev-[0-9a-f]+)"`).FindAllStringSubmatch(page, -1) {
		ids[m[1]] = true
	}
	links := regexp.MustCompile(`href="#(ev-[0-9a-f]+)"`).FindAllStringSubmatch(page, -1)
	if len(links) < 5 || len(ids) != 3 {
		t.Errorf("%d links, %d evidence sections", len(links), len(ids))
	}
	for _, m := range links {
		if !ids[m[1]] {
			t.Errorf("link to #%s, which the page lacks", m[1])
		}
	}
}
