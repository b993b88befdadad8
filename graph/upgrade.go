package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/readmodel"
)

// Upgrade brings the data of a graph written by an older version to the
// current model, before ApplySchema creates the constraints that need it
// (ingest migrate runs it first). Each step is safe to repeat and finds
// nothing to do on a current graph; a step whose schema marks it done
// (below) is skipped:
//   - reports written before report keys started with the article id
//     (graphs without tallies_id and without dyad_key) are rekeyed;
//   - MENTIONS doubled by two ingesters of one new article, before mentions
//     had a key (graphs without mentions_key), are made one and keyed;
//   - the read model before dyads (:Tally, :Pair, :PairQueue, :PairLock
//     nodes, and TALLY relationships of a development version) is deleted;
//     readmodel.Rebuild then builds the dyads.
//
// It returns a line per step that changed something.
func (s *Store) Upgrade(ctx context.Context) ([]string, error) {
	present, err := s.schemaNames(ctx)
	if err != nil {
		return nil, err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	var done []string
	step := func(what, cypher string, params map[string]any) error {
		n, err := s.runCounted(ctx, sess, cypher, params)
		if err != nil {
			return classify(s.cfg, "upgrade graph: "+what, err)
		}
		if n > 0 {
			done = append(done, fmt.Sprintf("%s: %d changes", what, n))
		}
		return nil
	}
	if !present["tallies_id"] && !present["dyad_key"] {
		for _, r := range actorgraph.RelTypes {
			if err := step("rekey "+string(r.Type), strings.ReplaceAll(rekeyCypher, "TYPE", string(r.Type)), nil); err != nil {
				return done, err
			}
		}
	}
	if !present[mentionsConstraint] {
		if err := step("repair mentions", repairMentionsCypher, nil); err != nil {
			return done, err
		}
	}
	if err := step("delete TALLY relationships", dropTallyRelsCypher, nil); err != nil {
		return done, err
	}
	before, err := s.legacyNodes(ctx)
	if err != nil {
		return done, err
	}
	if before > 0 {
		if err := readmodel.DropLegacy(ctx, s.driver, s.cfg.Database); err != nil {
			return done, classify(s.cfg, "upgrade graph", err)
		}
		done = append(done, fmt.Sprintf("delete %s nodes: %d deleted", strings.Join(readmodel.LegacyLabels, ", "), before))
	}
	return done, nil
}

// legacyNodes counts the nodes of the read model before dyads.
func (s *Store) legacyNodes(ctx context.Context) (int64, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, `RETURN COUNT { MATCH (:Tally) } + COUNT { MATCH (:Pair) } +
       COUNT { MATCH (:PairQueue) } + COUNT { MATCH (:PairLock) } AS n`, nil, neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return 0, classify(s.cfg, "count the read model before dyads", err)
	}
	n, _ := res.Records[0].Values[0].(int64)
	return n, nil
}

// mentionsConstraint is the key constraint of MENTIONS; a graph without it
// may hold doubled mentions, which Upgrade repairs.
const mentionsConstraint = "mentions_key"

// Upgrade statements. They run in implicit transactions (CALL ... IN
// TRANSACTIONS) so that a large graph is upgraded in bounded steps. TYPE
// is replaced from the fixed list of relationship types.
const (
	// rekeyCypher puts the article id in front of old keys.
	rekeyCypher = `MATCH ()-[r:TYPE]->()
WHERE r.article_id IS NOT NULL AND NOT r.key STARTS WITH r.article_id + ' '
CALL (r) { SET r.key = r.article_id + ' ' + r.key } IN TRANSACTIONS OF 10000 ROWS`

	// repairMentionsCypher keeps one MENTIONS per article and entity, with
	// its key, and deletes the others; one article's mentions at a time, so
	// that its memory is bounded by the largest article.
	repairMentionsCypher = `MATCH (a:Article)
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(e)
  WITH a, e, collect(m) AS ms
  WITH a, e, head(ms) AS keep, tail(ms) AS extra
  FOREACH (x IN extra | DELETE x)
  SET keep.key = a.id + ' ' + e.id
} IN TRANSACTIONS OF 1000 ROWS`

	// dropTallyRelsCypher removes the tallies of a development version
	// that kept them as relationships.
	dropTallyRelsCypher = `MATCH ()-[x:TALLY]->()
CALL (x) { DELETE x } IN TRANSACTIONS OF 10000 ROWS`
)

// obsoleteIndexes are indexes and constraints of older schemas, which
// ApplySchema drops: tally_* (tallies kept as relationships), the
// article_id indexes of reports (before report keys started with the
// article id), and those of the read model before dyads (tallies_*,
// pairs_*, pair_totals_*, pair_lock_id).
func obsoleteIndexes() []string {
	out := []string{"tally_key", "tally_type_month", "tally_month", "tallies_type", "tallies_target",
		"tallies_type_month", "tallies_cover", "tallies_target_cover", "tallies_id",
		"pairs_id", "pairs_source", "pairs_target", "pairs_conflict", "pairs_mediates",
		"pair_totals_source", "pair_totals_conflict", "pair_totals_id", "pair_lock_id"}
	for _, r := range actorgraph.RelTypes {
		out = append(out, "rel_"+strings.ToLower(string(r.Type))+"_article_id")
	}
	return out
}

// obsoleteConstraints are the names in obsoleteIndexes that are
// constraints.
var obsoleteConstraints = map[string]bool{"tally_key": true, "pairs_id": true, "tallies_id": true,
	"pair_totals_id": true, "pair_lock_id": true}

// dropObsolete drops the obsolete indexes and constraints that are present
// and returns their names.
func (s *Store) dropObsolete(ctx context.Context, present map[string]bool) ([]string, error) {
	var dropped []string
	for _, name := range obsoleteIndexes() {
		if !present[name] {
			continue
		}
		drop := "DROP INDEX %s IF EXISTS"
		if obsoleteConstraints[name] {
			drop = "DROP CONSTRAINT %s IF EXISTS"
		}
		_, err := neo4j.ExecuteQuery(ctx, s.driver, fmt.Sprintf(drop, name), nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithWritersRouting())
		if err != nil {
			return dropped, classify(s.cfg, "drop obsolete index "+name, err)
		}
		dropped = append(dropped, name)
	}
	return dropped, nil
}

// runCounted runs one statement in its own auto-commit transaction (which
// CALL ... IN TRANSACTIONS needs), reads its result to the end and returns
// the number of changes it made.
func (s *Store) runCounted(ctx context.Context, sess neo4j.SessionWithContext, cypher string, params map[string]any) (int, error) {
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		return 0, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, err
	}
	c := sum.Counters()
	return c.PropertiesSet() + c.RelationshipsDeleted() + c.NodesDeleted(), nil
}
