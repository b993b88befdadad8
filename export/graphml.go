package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// graphmlNS is the GraphML namespace.
const graphmlNS = "http://graphml.graphdrawing.org/xmlns"

// graphmlKeys declares the attributes of nodes and edges: id, for and
// attr.name of each <key>, then its attr.type. Gephi shows "label" as the
// node's label and takes "weight" as the edge's weight.
var graphmlKeys = [][4]string{
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"iso3", "node", "iso3", "string"},
	{"reports", "node", "reports", "long"},
	{"relation", "edge", "relation", "string"},
	{"weight", "edge", "weight", "double"},
	{"goldstein", "edge", "goldstein", "double"},
	{"first", "edge", "first", "string"},
	{"last", "edge", "last", "string"},
}

// GraphML writes a directed graph in GraphML, one node or edge at a time:
// nodes first, then edges (Gephi and networkx read either order).
type GraphML struct {
	enc *xml.Encoder
	n   int64 // edges written, for their ids
}

// NewGraphML writes the header and the attribute keys, and opens the graph.
func NewGraphML(w io.Writer) (*GraphML, error) {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return nil, err
	}
	g := &GraphML{enc: xml.NewEncoder(w)}
	g.enc.Indent("", "  ")
	root := xml.StartElement{Name: xml.Name{Local: "graphml"}, Attr: []xml.Attr{{Name: xml.Name{Local: "xmlns"}, Value: graphmlNS}}}
	if err := g.enc.EncodeToken(root); err != nil {
		return nil, err
	}
	for _, k := range graphmlKeys {
		key := start("key", "id", k[0], "for", k[1], "attr.name", k[2], "attr.type", k[3])
		if err := g.tokens(key, key.End()); err != nil {
			return nil, err
		}
	}
	return g, g.enc.EncodeToken(start("graph", "id", "actorgraph", "edgedefault", "directed"))
}

// Node writes one node.
func (g *GraphML) Node(n Node) error {
	el := start("node", "id", n.ID)
	if err := g.enc.EncodeToken(el); err != nil {
		return err
	}
	if err := g.data("label", n.Label, "type", n.Type, "iso3", n.ISO3, "reports", strconv.FormatInt(n.Reports, 10)); err != nil {
		return err
	}
	return g.enc.EncodeToken(el.End())
}

// Edge writes one edge.
func (g *GraphML) Edge(e Edge) error {
	g.n++
	el := start("edge", "id", fmt.Sprintf("e%d", g.n), "source", e.Source, "target", e.Target)
	if err := g.enc.EncodeToken(el); err != nil {
		return err
	}
	if err := g.data("relation", e.Relation, "weight", strconv.FormatInt(e.Weight, 10),
		"goldstein", num(e.Goldstein), "first", e.First, "last", e.Last); err != nil {
		return err
	}
	return g.enc.EncodeToken(el.End())
}

// Close ends the graph and the document and flushes them.
func (g *GraphML) Close() error {
	if err := g.tokens(xml.EndElement{Name: xml.Name{Local: "graph"}}, xml.EndElement{Name: xml.Name{Local: "graphml"}}); err != nil {
		return err
	}
	return g.enc.Flush()
}

// data writes a <data key="K">V</data> for each pair; empty values are
// left out.
func (g *GraphML) data(kv ...string) error {
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			continue
		}
		d := start("data", "key", kv[i])
		if err := g.tokens(d, xml.CharData(kv[i+1]), d.End()); err != nil {
			return err
		}
	}
	return nil
}

func (g *GraphML) tokens(ts ...xml.Token) error {
	for _, t := range ts {
		if err := g.enc.EncodeToken(t); err != nil {
			return err
		}
	}
	return nil
}

// start is an element with the given attribute names and values.
func start(name string, attrs ...string) xml.StartElement {
	el := xml.StartElement{Name: xml.Name{Local: name}}
	for i := 0; i+1 < len(attrs); i += 2 {
		el.Attr = append(el.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
	}
	return el
}
