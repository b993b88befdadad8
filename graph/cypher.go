package graph

import (
	"strings"

	"github.com/actorgraph/actorgraph"
)

// The write statements. Labels and relationship types are spliced in only
// from the fixed tables below, built once from actorgraph.ActorTypes and
// actorgraph.RelTypes; everything that comes from input is a parameter.
const (
	knownCypher = `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.content_hash AS hash`

	// The article and entity statements return each node's element id, by
	// which the relationship statements then find their ends (a direct
	// fetch, cheaper than a seek in the id index).
	articleCypher = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.ingested_at = datetime()
RETURN row.id AS id, elementId(a) AS eid`

	// mentionsCypher and relCypher CREATE: the articles they write are new,
	// or their old mentions and relationships were just cleared, and a
	// MERGE would lock both ends of every relationship until commit (the
	// busiest actors are in every batch). Should another process write the
	// same new article at the same moment, the unique key of its mentions
	// and reports rejects the second transaction, and WriteBatch runs it
	// again. (An article with mentions but no reports was doubled before
	// mentions had a key.)
	mentionsCypher = `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = $nodes[row.article]
MATCH (e) WHERE elementId(e) = $nodes[row.entity]
CREATE (a)-[:MENTIONS {key: row.key}]->(e)`

	clearMentionsCypher = `UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->()
DELETE m`

	// entityCypher writes only the nodes that are new or that the row
	// changes: a SET locks its node until commit, even when it writes the
	// values already there, and every batch names the same few busy
	// actors.
	entityCypher = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
WITH e, row, [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, [])] AS extra
CALL (e, row, extra) {
  WITH * WHERE NOT e:LABELS OR extra <> []
     OR any(k IN keys(row.props) WHERE e[k] IS NULL OR e[k] <> row.props[k])
  SET e:LABELS, e += row.props, e.aliases = coalesce(e.aliases, []) + extra
}
RETURN row.id AS id, elementId(e) AS eid`

	// row.props holds the key too: one SET writes every property of the
	// new relationship (a second SET of the key alone planned an Eager and
	// a second write per relationship).
	relCypher = `UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = $nodes[row.source]
MATCH (t) WHERE elementId(t) = $nodes[row.target]
CREATE (s)-[r:TYPE]->(t)
SET r = row.props`

	// clearRelCypher finds an article's reports by the prefix of their key
	// (relKey), through the key's unique index, and returns the pairs
	// whose dyads they counted in.
	clearRelCypher = `UNWIND $ids AS id
MATCH (s)-[r:TYPE]->(t) WHERE r.key STARTS WITH id + ' ' AND r.article_id = id
WITH s.id AS source, t.id AS target, r
DELETE r
RETURN DISTINCT source, target`
)

// entityLabels are the labels of each node type besides :Entity.
var entityLabels = map[actorgraph.ActorType]string{
	actorgraph.Person:       "Actor:Person",
	actorgraph.Government:   "Actor:Government",
	actorgraph.Organization: "Actor:Organization",
	actorgraph.Negotiation:  "Negotiation",
}

// Prepared statements, one per node type and per relationship type.
var (
	entityStmts   = map[actorgraph.ActorType]string{}
	relStmts      = map[actorgraph.RelType]string{}
	clearRelStmts = map[actorgraph.RelType]string{}
)

func init() {
	for _, t := range actorgraph.ActorTypes {
		entityStmts[t] = strings.ReplaceAll(entityCypher, "LABELS", entityLabels[t])
	}
	for _, r := range actorgraph.RelTypes {
		relStmts[r.Type] = strings.Replace(relCypher, "TYPE", string(r.Type), 1)
		clearRelStmts[r.Type] = strings.Replace(clearRelCypher, "TYPE", string(r.Type), 1)
	}
}
