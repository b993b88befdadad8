package graph

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/export"
)

// ExportFilter narrows an export to the reports dated within [From, To]
// (a zero bound is open; any bound leaves undated reports out), with Actor
// (an entity's id or exact name) at either end, of the given Types (none:
// every type).
type ExportFilter struct {
	From, To time.Time
	Actor    string
	Types    []actorgraph.RelType
}

// params are the filter's query parameters.
func (f ExportFilter) params() map[string]any {
	p := map[string]any{"from": nil, "to": nil, "actor": nil}
	if !f.From.IsZero() {
		p["from"] = neo4j.DateOf(f.From)
	}
	if !f.To.IsZero() {
		p["to"] = neo4j.DateOf(f.To)
	}
	if f.Actor != "" {
		p["actor"] = f.Actor
	}
	types := f.Types
	if len(types) == 0 {
		for _, info := range actorgraph.RelTypes {
			types = append(types, info.Type)
		}
	}
	names := make([]string, len(types))
	for i, t := range types {
		names[i] = string(t)
	}
	p["types"] = names
	return p
}

// exportReports matches the reports (s)-[r]->(t) an ExportFilter keeps:
// every relationship between entities, or, with an actor, those of that
// actor only (found through the id and name indexes).
const exportReports = `
CALL () {
  MATCH (s:Entity)-[r]->(t:Entity) WHERE $actor IS NULL RETURN s, r, t
  UNION ALL
  CALL () {
    MATCH (x:Entity {id: $actor}) RETURN x
    UNION
    MATCH (x:Entity {name: $actor}) RETURN x
  }
  MATCH (x)-[r]-(:Entity)
  RETURN startNode(r) AS s, r, endNode(r) AS t
}
WITH s, r, t
WHERE type(r) IN $types AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to)
`

// exportEntity is the Cypher of an entity's kind and country, for ends s
// and t: a government's own ISO3, else that of the government it is most
// often reported MEMBER_OF.
const exportEntity = `
CALL (e) {
  OPTIONAL MATCH (e)-[m:MEMBER_OF]->(g:Government) WHERE g.iso3 IS NOT NULL
  WITH e, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN [l IN labels(e) WHERE l IN ['Government', 'Person', 'Organization', 'Negotiation']][0] AS kind,
         coalesce(e.iso3, g.iso3) AS iso3
}
`

// eventsCypher returns one row per report; articles counts the distinct
// articles with a report of the same type between the same ends on the
// same date (undated ones together).
const eventsCypher = exportReports + `
WITH s, t, type(r) AS rel, r.date AS date, collect(r) AS rs, count(DISTINCT r.article_id) AS articles
UNWIND rs AS r
CALL (s) { WITH s AS e ` + exportEntity + ` RETURN kind AS skind, iso3 AS siso3 }
CALL (t) { WITH t AS e ` + exportEntity + ` RETURN kind AS tkind, iso3 AS tiso3 }
OPTIONAL MATCH (a:Article {id: r.article_id})
RETURN r.key AS id, toString(date) AS date, s.id AS sid, s.name AS sname, skind, siso3,
       t.id AS tid, t.name AS tname, tkind, tiso3, rel, r.cameo AS cameo, coalesce(r.weight, 0.0) AS goldstein,
       coalesce(r.confidence, 0.0) AS confidence, articles, r.article_id AS article, a.url AS url, a.title AS title,
       r.evidence AS evidence
`

// Events streams the reports the filter keeps to fn, one at a time, in no
// particular order.
func (s *Store) Events(ctx context.Context, f ExportFilter, fn func(export.Event) error) error {
	return s.stream(ctx, "export events", eventsCypher, f.params(), func(r *neo4j.Record) error {
		m := r.AsMap()
		return fn(export.Event{ID: str(m["id"]), Date: str(m["date"]),
			Source:   export.Actor{ID: str(m["sid"]), Name: str(m["sname"]), Type: str(m["skind"]), ISO3: str(m["siso3"])},
			Target:   export.Actor{ID: str(m["tid"]), Name: str(m["tname"]), Type: str(m["tkind"]), ISO3: str(m["tiso3"])},
			Relation: str(m["rel"]), CAMEO: str(m["cameo"]), Goldstein: float(m["goldstein"]), Confidence: float(m["confidence"]),
			Articles: integer(m["articles"]), ArticleID: str(m["article"]), URL: str(m["url"]), Title: str(m["title"]),
			Evidence: str(m["evidence"])})
	})
}

// nodesCypher returns every end of a kept report, with its number of kept
// reports.
const nodesCypher = exportReports + `
UNWIND [s, t] AS e
WITH e, count(*) AS reports
` + exportEntity + `
RETURN e.id AS id, e.name AS name, kind, iso3, reports
`

// Nodes streams the entities at an end of a report the filter keeps.
func (s *Store) Nodes(ctx context.Context, f ExportFilter, fn func(export.Node) error) error {
	return s.stream(ctx, "export nodes", nodesCypher, f.params(), func(r *neo4j.Record) error {
		m := r.AsMap()
		return fn(export.Node{ID: str(m["id"]), Label: str(m["name"]), Type: str(m["kind"]), ISO3: str(m["iso3"]),
			Reports: integer(m["reports"])})
	})
}

// edgesCypher sums the kept reports per source, target and type.
const edgesCypher = exportReports + `
RETURN s.id AS source, t.id AS target, type(r) AS rel, count(r) AS n, sum(coalesce(r.weight, 0.0)) AS goldstein,
       toString(min(r.date)) AS first, toString(max(r.date)) AS last
`

// Edges streams the kept reports summed per source, target and type.
func (s *Store) Edges(ctx context.Context, f ExportFilter, fn func(export.Edge) error) error {
	return s.stream(ctx, "export edges", edgesCypher, f.params(), func(r *neo4j.Record) error {
		m := r.AsMap()
		return fn(export.Edge{Source: str(m["source"]), Target: str(m["target"]), Relation: str(m["rel"]),
			Weight: integer(m["n"]), Goldstein: float(m["goldstein"]), First: str(m["first"]), Last: str(m["last"])})
	})
}

// stream runs a read query in an auto-commit transaction and hands each
// record to fn as it arrives, so that the client holds one at a time.
func (s *Store) stream(ctx context.Context, what, cypher string, params map[string]any, fn func(*neo4j.Record) error) error {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		return classify(s.cfg, what, err)
	}
	for res.Next(ctx) {
		if err := fn(res.Record()); err != nil {
			return err
		}
	}
	return classify(s.cfg, what, res.Err())
}

// str, float and integer read a record value of the expected type; a
// null or another type gives the zero value.
func str(v any) string {
	s, _ := v.(string)
	return s
}

func float(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	return 0
}

func integer(v any) int64 {
	n, _ := v.(int64)
	return n
}
