package graph

import (
	"context"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

// Counts is the size of the graph: nodes per label and relationships per
// type, for every label and type of docs/model.md (zero when absent).
type Counts struct {
	Nodes map[string]int64 // by label: Entity, Actor, Person, ..., Article
	Rels  map[string]int64 // by type: NEGOTIATES_WITH, ..., MENTIONS
}

// NodeLabels are the node labels of the graph, in a fixed order.
var NodeLabels = []string{"Entity", "Actor", "Person", "Government", "Organization", "Negotiation", "Article"}

// MentionsType is the relationship type from an :Article to the entities
// it names.
const MentionsType = "MENTIONS"

// countsCypher counts every label and type from the store's count tables;
// it is built from the fixed lists above, never from input.
var countsCypher = func() string {
	var nodes, rels []string
	for _, l := range NodeLabels {
		nodes = append(nodes, l+": COUNT { MATCH (:"+l+") }")
	}
	for _, r := range relTypeNames() {
		rels = append(rels, r+": COUNT { MATCH ()-[:"+r+"]->() }")
	}
	return "RETURN {" + strings.Join(nodes, ", ") + "} AS nodes, {" + strings.Join(rels, ", ") + "} AS rels"
}()

func relTypeNames() []string {
	names := make([]string, 0, len(actorgraph.RelTypes)+1)
	for _, r := range actorgraph.RelTypes {
		names = append(names, string(r.Type))
	}
	return append(names, MentionsType)
}

// Counts returns the number of nodes per label and relationships per type.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, countsCypher, nil,
		neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return Counts{}, classify(s.cfg, "count graph", err)
	}
	rec := res.Records[0]
	c := Counts{Nodes: int64Map(rec, "nodes"), Rels: int64Map(rec, "rels")}
	return c, nil
}

// Relationships returns the number of relationships between entities, all
// types together (MENTIONS excluded).
func (c Counts) Relationships() int64 {
	var n int64
	for t, v := range c.Rels {
		if t != MentionsType {
			n += v
		}
	}
	return n
}

// int64Map reads a map of counts from column key of rec.
func int64Map(rec *neo4j.Record, key string) map[string]int64 {
	out := map[string]int64{}
	raw, _ := rec.Get(key)
	m, _ := raw.(map[string]any)
	for k, v := range m {
		out[k], _ = v.(int64)
	}
	return out
}

// HTTPAddress returns the host:port that the server advertises for HTTP,
// where it serves the Neo4j Browser, or "" when HTTP is off or the server
// does not say (SHOW SETTINGS needs a privilege a user may lack).
func (s *Store) HTTPAddress(ctx context.Context) string {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, httpAddressCypher, nil,
		neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return ""
	}
	settings := map[string]string{}
	for _, rec := range res.Records {
		name, _ := rec.Get("name")
		value, _ := rec.Get("value")
		n, _ := name.(string)
		v, _ := value.(string)
		settings[n] = v
	}
	if settings["server.http.enabled"] != "true" {
		return ""
	}
	return settings["server.http.advertised_address"]
}

const httpAddressCypher = `SHOW SETTINGS YIELD name, value
WHERE name IN ['server.http.enabled', 'server.http.advertised_address']
RETURN name, value`
