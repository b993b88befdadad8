package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"testing"
)

func TestQuadClass(t *testing.T) {
	cases := map[string]int{"": 0, "0": 0, "010": 1, "046": 1, "057": 1, "061": 2, "0831": 2,
		"111": 3, "130": 3, "138": 3, "141": 4, "190": 4, "204": 4, "21": 0, "x1": 0}
	for code, want := range cases {
		if got := QuadClass(code); got != want {
			t.Errorf("QuadClass(%q) = %d, want %d", code, got, want)
		}
	}
	if CAMEORoot("0831") != "08" || CAMEORoot("1") != "" {
		t.Error("CAMEORoot")
	}
}

// parsedGraphML is GraphML as a reader sees it.
type parsedGraphML struct {
	XMLName xml.Name `xml:"graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string       `xml:"edgedefault,attr"`
		Nodes       []parsedItem `xml:"node"`
		Edges       []parsedItem `xml:"edge"`
	} `xml:"graph"`
}

type parsedItem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

func (p parsedItem) get(key string) string {
	for _, d := range p.Data {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

// The GraphML parses back with encoding/xml: keys declared, nodes typed
// and labelled (markup and odd characters escaped), edges typed, weighted
// and dated.
func TestGraphMLParsesBack(t *testing.T) {
	var buf bytes.Buffer
	g, err := NewGraphML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	nodes := []Node{{ID: "government:a", Label: `A & "B" <C>`, Type: "Government", ISO3: "AAA", Reports: 2},
		{ID: "person:x", Label: "X\x01Y", Type: "Person", Reports: 1}}
	for _, n := range nodes {
		if err := g.Node(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.Edge(Edge{Source: "person:x", Target: "government:a", Relation: "CRITICIZES", Weight: 2,
		Goldstein: -4, First: "2024-05-01", Last: "2024-05-02"}); err != nil {
		t.Fatal(err)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	var p parsedGraphML
	if err := xml.Unmarshal(buf.Bytes(), &p); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if len(p.Keys) != len(graphmlKeys) || p.Graph.EdgeDefault != "directed" || len(p.Graph.Nodes) != 2 || len(p.Graph.Edges) != 1 {
		t.Fatalf("parsed: %+v", p)
	}
	n0, n1, e := p.Graph.Nodes[0], p.Graph.Nodes[1], p.Graph.Edges[0]
	if n0.ID != "government:a" || n0.get("label") != `A & "B" <C>` || n0.get("type") != "Government" || n0.get("iso3") != "AAA" || n0.get("reports") != "2" {
		t.Errorf("node 0: %+v", n0)
	}
	if n1.get("label") != "X\uFFFDY" || n1.get("iso3") != "" {
		t.Errorf("node 1: %+v", n1)
	}
	if e.Source != "person:x" || e.Target != "government:a" || e.get("relation") != "CRITICIZES" || e.get("weight") != "2" ||
		e.get("goldstein") != "-4" || e.get("first") != "2024-05-01" || e.get("last") != "2024-05-02" {
		t.Errorf("edge: %+v", e)
	}
}

func TestEventsCSV(t *testing.T) {
	var buf bytes.Buffer
	c, err := NewCSV(&buf, EventColumns)
	if err != nil {
		t.Fatal(err)
	}
	err = c.Event(Event{ID: "k1", Date: "2024-05-02", Source: Actor{ID: "government:a", Name: "A", Type: "Government", ISO3: "AAA"},
		Target: Actor{ID: "person:b", Name: "B", Type: "Person", ISO3: "BBB"}, Relation: "THREATENS", CAMEO: "138",
		Goldstein: -7, Confidence: 0.8, Articles: 2, ArticleID: "u", URL: "u", Title: "T", Evidence: "A warned B, \"again\"."})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%v %v", rows, err)
	}
	got := map[string]string{}
	for i, col := range rows[0] {
		got[col] = rows[1][i]
	}
	want := map[string]string{"event_id": "k1", "date": "2024-05-02", "source_iso3": "AAA", "target_type": "Person",
		"relation": "THREATENS", "cameo": "138", "cameo_root": "13", "quad_class": "3", "goldstein": "-7",
		"num_articles": "2", "evidence": `A warned B, "again".`}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}
