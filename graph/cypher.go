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

	articleCypher = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.ingested_at = datetime()`

	mentionsCypher = `UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
MERGE (a)-[:MENTIONS]->(e)`

	clearMentionsCypher = `UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->()
DELETE m`

	entityCypher = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:LABELS, e += row.props,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases |
        CASE WHEN x IN acc THEN acc ELSE acc + x END)`

	relCypher = `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:TYPE {key: row.key}]->(t)
SET r += row.props`

	clearRelCypher = `UNWIND $ids AS id
MATCH ()-[r:TYPE {article_id: id}]->()
DELETE r`
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
		entityStmts[t] = strings.Replace(entityCypher, "LABELS", entityLabels[t], 1)
	}
	for _, r := range actorgraph.RelTypes {
		relStmts[r.Type] = strings.Replace(relCypher, "TYPE", string(r.Type), 1)
		clearRelStmts[r.Type] = strings.Replace(clearRelCypher, "TYPE", string(r.Type), 1)
	}
}
