package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRoundLine reads the round line that `ingest watch` logs.
func TestRoundLine(t *testing.T) {
	line := `time=2026-12-07T23:40:47.639Z level=INFO msg=round round=2 new=1 changed=0 skipped=1 failed=0 feed_text=0 ` +
		`sources_failed=0 relations=1 elapsed=95ms goroutines=6 heap_kib=3600`
	m := roundLine.FindStringSubmatch(line)
	if m == nil || m[1] != "2" || m[2] != "1" || m[3] != "6" || m[4] != "3600" {
		t.Errorf("round line parsed as %q", m)
	}
}

// TestReportVerdict: a lost or doubled article, or growing goroutines,
// fail the soak.
func TestReportVerdict(t *testing.T) {
	good := report{produced: 10, found: 10, rssAtStop: 20000,
		rounds: []round{{n: 1, goroutines: 10, rssKiB: 16000}, {n: 9, goroutines: 10, rssKiB: 18000}}}
	if !good.ok() {
		t.Error("a clean run fails")
	}
	for name, bad := range map[string]func(r *report){
		"lost":       func(r *report) { r.found = 9 },
		"duplicated": func(r *report) { r.dups = 1 },
		"mentions":   func(r *report) { r.mentionDups = 1 },
		"goroutines": func(r *report) { r.rounds[1].goroutines = 100 },
	} {
		r := good
		r.rounds = append([]round(nil), good.rounds...)
		bad(&r)
		if r.ok() {
			t.Errorf("%s: passes", name)
		}
	}
	var b bytes.Buffer
	good.print(&b, options{})
	if !strings.Contains(b.String(), "10 produced, 10 in the graph, 0 lost, 0 duplicated") {
		t.Errorf("report:\n%s", b.String())
	}
}
