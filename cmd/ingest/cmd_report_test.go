package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// `ingest report` on examples/ writes a page that headless Chromium draws
// offline: four pictures with bars, cells and edges, and a click on an
// edge of the network shows that pair's evidence.
func TestReportInChromium(t *testing.T) {
	exe := chromium(t)
	graphtest.Open(t)
	cfg := graphtest.Config()
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	conn := []string{"--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database}
	if code, _, errOut := runCLI(t, append([]string{"run", "../../examples"}, conn...)...); code != exitOK {
		t.Fatalf("ingest run examples: exit %d: %s", code, errOut)
	}
	file := filepath.Join(t.TempDir(), "report.html")
	if code, _, errOut := runCLI(t, append([]string{"report", "--top", "8", "-o", file}, conn...)...); code != exitOK {
		t.Fatalf("ingest report: exit %d: %s", code, errOut)
	}
	ctx := chrome(t, exe)
	var counts map[string]int
	browserStep(t, ctx, "open the report", chromedp.Tasks{
		chromedp.Navigate("file://" + file),
		chromedp.Evaluate(`({svg: document.querySelectorAll('svg').length,
  bars: document.querySelectorAll('svg:nth-of-type(1) rect, h2 + svg rect').length,
  cells: [...document.querySelectorAll('svg[aria-label="matrix"] rect')].length,
  edges: document.querySelectorAll('svg[aria-label="network"] line').length,
  drawn: [...document.querySelectorAll('svg')].filter(s => s.getBoundingClientRect().width > 100).length})`, &counts),
	})
	t.Logf("report: %v", counts)
	if counts["svg"] != 4 || counts["drawn"] != 4 || counts["cells"] < 2 || counts["edges"] < 1 || counts["bars"] < 2 {
		t.Errorf("pictures: %v", counts)
	}
	screenshot(t, ctx, "report.png", "full")
	var target string
	browserStep(t, ctx, "click an edge", chromedp.Tasks{
		chromedp.Click(`svg[aria-label="network"] a`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('section.ev:target h3')?.textContent || ""`, &target),
	})
	b, _ := os.ReadFile(file)
	if target == "" || !strings.Contains(string(b), target) {
		t.Errorf("clicking an edge showed no evidence (target %q)", target)
	}
}
