package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/readmodel"
)

// EntityNode is an actor or negotiation node as stored: its id, label
// type, name and aliases.
type EntityNode struct {
	ID      string
	Type    actorgraph.ActorType
	Name    string
	Aliases []string
}

// Entities lists every actor and negotiation node, ordered by id.
func (s *Store) Entities(ctx context.Context) ([]EntityNode, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, entitiesCypher, nil, neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return nil, classify(s.cfg, "list entities", err)
	}
	out := make([]EntityNode, 0, len(res.Records))
	for _, rec := range res.Records {
		m := rec.AsMap()
		e := EntityNode{}
		e.ID, _ = m["id"].(string)
		e.Name, _ = m["name"].(string)
		t, _ := m["type"].(string)
		e.Type = actorgraph.ActorType(t)
		if al, ok := m["aliases"].([]any); ok {
			for _, a := range al {
				if s, ok := a.(string); ok {
					e.Aliases = append(e.Aliases, s)
				}
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// Merge says that node From is the same actor or negotiation as node To:
// To is the identity the current rules give it, Name the name To's node
// gets if it has to be made.
type Merge struct {
	From, To, Name string
}

// MergeResult is what one merge moved.
type MergeResult struct {
	Merge
	Relationships int64 // reports and structural edges moved to To (or dropped as a loop)
	Mentions      int64 // articles' MENTIONS moved
	Renamed       bool  // To did not exist: From's node took its id
}

// MergeEntities merges each From node into its To node, one transaction
// per merge: every relationship of From moves to To with all its
// properties (evidence, dates, keys), a report between From and To (now a
// loop) is dropped, MENTIONS move (an article that mentions both keeps
// one), From's name and aliases join To's aliases, and From is deleted.
// When To does not exist, From's node simply takes its id and name. The
// dyads of both ids are recomputed from the reports (readmodel.Update) in
// the merge's transaction. Merging an id that is no longer there does
// nothing, so MergeEntities can be run again after an interruption.
func (s *Store) MergeEntities(ctx context.Context, merges []Merge) ([]MergeResult, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	var out []MergeResult
	for _, m := range merges {
		if m.From == m.To {
			continue
		}
		res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (MergeResult, error) {
			return mergeTx(ctx, tx, m)
		})
		if err != nil {
			return out, classify(s.cfg, "merge "+m.From+" into "+m.To, err)
		}
		if res.Relationships+res.Mentions > 0 || res.Renamed {
			out = append(out, res)
		}
	}
	return out, nil
}

// mergeTx merges one node into another in tx.
func mergeTx(ctx context.Context, tx neo4j.ManagedTransaction, m Merge) (MergeResult, error) {
	res := MergeResult{Merge: m}
	p := map[string]any{"from": m.From, "to": m.To, "name": m.Name}
	exists, err := single(ctx, tx, `OPTIONAL MATCH (o:Entity {id: $from}) OPTIONAL MATCH (n:Entity {id: $to})
RETURN o IS NOT NULL AS o, n IS NOT NULL AS n`, p)
	if err != nil || exists["o"] != true {
		return res, err
	}
	touched, err := dyadPairsOf(ctx, tx, m.From, m.To)
	if err != nil {
		return res, err
	}
	// From's dyads go first: its node is deleted, and the dyads of its
	// pairs are made again under To's id below.
	if err := run(ctx, tx, `MATCH (:Entity {id: $from})-[d:DYAD]-() DELETE d`, p); err != nil {
		return res, err
	}
	if exists["n"] != true {
		res.Renamed = true
		err = run(ctx, tx, renameCypher, p)
	} else {
		res.Relationships, res.Mentions, err = moveAll(ctx, tx, p)
	}
	if err != nil {
		return res, err
	}
	return res, readmodel.Update(ctx, tx, touched)
}

// moveAll moves every relationship of $from to $to, then deletes $from.
func moveAll(ctx context.Context, tx neo4j.ManagedTransaction, p map[string]any) (rels, mentions int64, err error) {
	for _, r := range actorgraph.RelTypes {
		for _, stmt := range []string{moveOutCypher, moveInCypher} {
			rec, err := single(ctx, tx, strings.ReplaceAll(stmt, "TYPE", string(r.Type)), p)
			if err != nil {
				return rels, mentions, fmt.Errorf("move %s: %w", r.Type, err)
			}
			n, _ := rec["n"].(int64)
			rels += n
		}
	}
	rec, err := single(ctx, tx, moveMentionsCypher, p)
	if err != nil {
		return rels, mentions, fmt.Errorf("move mentions: %w", err)
	}
	mentions, _ = rec["n"].(int64)
	return rels, mentions, run(ctx, tx, absorbCypher, p)
}

// dyadPairsOf returns the pairs of the dyads of from and to, with from
// replaced by to: after the merge each is recomputed from the reports.
func dyadPairsOf(ctx context.Context, tx neo4j.ManagedTransaction, from, to string) (readmodel.Pairs, error) {
	result, err := tx.Run(ctx, `MATCH (s:Entity)-[:DYAD]->(t:Entity)
WHERE s.id IN [$from, $to] OR t.id IN [$from, $to]
RETURN s.id AS source, t.id AS target`, map[string]any{"from": from, "to": to})
	if err != nil {
		return nil, err
	}
	out := readmodel.Pairs{}
	swap := func(id string) string {
		if id == from {
			return to
		}
		return id
	}
	for result.Next(ctx) {
		m := result.Record().AsMap()
		out.Add(swap(m["source"].(string)), swap(m["target"].(string)))
	}
	return out, result.Err()
}

// single runs a statement that returns one row and returns it.
func single(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (map[string]any, error) {
	result, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	rec, err := result.Single(ctx)
	if err != nil {
		return nil, err
	}
	return rec.AsMap(), nil
}

// SortMerges orders merges by From, for output and for a stable lock order.
func SortMerges(ms []Merge) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].From < ms[j].From })
}

// The merge statements. TYPE is replaced from the fixed list of types.
const (
	entitiesCypher = `MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.aliases AS aliases,
       [l IN labels(e) WHERE l IN ['Person', 'Government', 'Organization', 'Negotiation']][0] AS type
ORDER BY id`

	renameCypher = `MATCH (o:Entity {id: $from})
SET o.aliases = [a IN coalesce(o.aliases, []) + [o.name] WHERE a <> $name | a],
    o.id = $to, o.name = $name`

	moveOutCypher = `MATCH (o:Entity {id: $from}), (n:Entity {id: $to})
OPTIONAL MATCH (o)-[r:TYPE]->(x)
WITH n, x, r WHERE r IS NOT NULL
WITH n, x, r, properties(r) AS props
DELETE r
WITH n, x, props WHERE x <> n
CREATE (n)-[r2:TYPE]->(x) SET r2 = props
RETURN count(*) AS n`

	moveInCypher = `MATCH (o:Entity {id: $from}), (n:Entity {id: $to})
OPTIONAL MATCH (x)-[r:TYPE]->(o)
WITH n, x, r WHERE r IS NOT NULL
WITH n, x, r, properties(r) AS props
DELETE r
WITH n, x, props WHERE x <> n
CREATE (x)-[r2:TYPE]->(n) SET r2 = props
RETURN count(*) AS n`

	moveMentionsCypher = `MATCH (o:Entity {id: $from}), (n:Entity {id: $to})
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(o)
WITH n, a, m WHERE m IS NOT NULL
DELETE m
WITH n, a
MERGE (a)-[m2:MENTIONS]->(n)
ON CREATE SET m2.key = a.id + ' ' + n.id
RETURN count(*) AS n`

	absorbCypher = `MATCH (o:Entity {id: $from}), (n:Entity {id: $to})
SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN coalesce(o.aliases, []) + [o.name] |
                       CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)
DELETE o`
)
