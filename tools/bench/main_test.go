package main

import (
	"strings"
	"testing"
	"time"
)

func TestParseFlags(t *testing.T) {
	t.Setenv("ACTORGRAPH_NEO4J_URI", "bolt://example.invalid:7999")
	o, err := parseFlags([]string{"-ingest-articles", "10, 20", "-graph-rels", "5000", "-phases", "extract,queries", "-ingest-limit", "2m"})
	if err != nil {
		t.Fatal(err)
	}
	if len(o.ingestN) != 2 || o.ingestN[1] != 20 || o.graphRels[0] != 5000 || o.ingestLimit != 2*time.Minute {
		t.Errorf("sizes %v %v limit %v", o.ingestN, o.graphRels, o.ingestLimit)
	}
	if !o.phases["queries"] || o.phases["ingest"] || o.neo4j.URI != "bolt://example.invalid:7999" || o.grow != "both" || o.skew != 0 {
		t.Errorf("options %+v", o)
	}
	for _, bad := range [][]string{
		{"-ingest-articles", "10,x"},
		{"-graph-rels", "-5"},
		{"-grow", "magic"},
		{"-skew", "-1"},
	} {
		if _, err := parseFlags(bad); err == nil || !strings.Contains(err.Error(), bad[0]) {
			t.Errorf("%v: got %v, want an error naming %s", bad, err, bad[0])
		}
	}
}
