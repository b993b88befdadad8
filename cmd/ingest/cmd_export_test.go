package main

import (
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// graphML is the part of a GraphML file that Gephi reads: keys, nodes with
// their data, edges with their ends and data.
type graphML struct {
	Keys  []struct{ ID, For string } `xml:"key"`
	Graph struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key string `xml:"key,attr"`
				V   string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
		} `xml:"edge"`
	} `xml:"graph"`
}

// After `ingest run examples/`: events has one row per report that is not
// MEMBER_OF or ADVISES; the GraphML parses back with encoding/xml, every
// edge's ends are nodes of the file, and it holds the rows of nodes.csv
// and edges.csv.
func TestExportCommands(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	conn := []string{"--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database}
	if code, _, errOut := runCLI(t, append([]string{"run", "../../examples"}, conn...)...); code != exitOK {
		t.Fatalf("ingest run examples: exit %d: %s", code, errOut)
	}
	dir := t.TempDir()
	exp := func(args ...string) {
		t.Helper()
		if code, _, errOut := runCLI(t, append(append([]string{"export"}, args...), conn...)...); code != exitOK {
			t.Fatalf("export %v: exit %d: %s", args, code, errOut)
		}
	}
	exp("events", "-o", filepath.Join(dir, "events.csv"))
	exp("graphml", "-o", filepath.Join(dir, "graph.graphml"))
	exp("tables", "-o", filepath.Join(dir, "tables"))
	events := readCSV(t, filepath.Join(dir, "events.csv"))
	want := graphtest.Rows(t, st, "MATCH (:Entity)-[r]->(:Entity) WHERE NOT type(r) IN ['MEMBER_OF', 'ADVISES', 'DYAD'] RETURN count(r) AS n", nil)[0]["n"]
	if int64(len(events)-1) != want.(int64) || strings.Join(events[0][:3], ",") != "event_id,date,source_id" {
		t.Errorf("events: %d rows, want %v; header %v", len(events)-1, want, events[0])
	}
	b, err := os.ReadFile(filepath.Join(dir, "graph.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	var g graphML
	if err := xml.Unmarshal(b, &g); err != nil {
		t.Fatalf("graphml does not parse: %v", err)
	}
	nodes, edges := readCSV(t, filepath.Join(dir, "tables", "nodes.csv")), readCSV(t, filepath.Join(dir, "tables", "edges.csv"))
	if len(g.Graph.Nodes) == 0 || len(g.Graph.Nodes) != len(nodes)-1 || len(g.Graph.Edges) != len(edges)-1 {
		t.Errorf("graphml: %d nodes, %d edges; tables: %d and %d rows", len(g.Graph.Nodes), len(g.Graph.Edges), len(nodes)-1, len(edges)-1)
	}
	ids := map[string]bool{}
	for _, n := range g.Graph.Nodes {
		ids[n.ID] = true
		if len(n.Data) == 0 || n.Data[0].Key != "label" || n.Data[0].V == "" {
			t.Errorf("node %s has no label: %+v", n.ID, n.Data)
		}
	}
	for _, e := range g.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s -> %s: an end is not a node of the file", e.Source, e.Target)
		}
	}
	code, _, errOut := runCLI(t, append([]string{"export", "events", "--from", "May 1"}, conn...)...)
	if code != exitUsage || !strings.Contains(errOut, `--from "May 1": want a date YYYY-MM-DD`) {
		t.Errorf("bad --from: exit %d, %s", code, errOut)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}
