package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

// A graph written before tallies existed has relationship keys without the
// article id in front, per-type indexes on article_id, and no tallies.
// ApplySchema upgrades it once: the constraint tally_key is created only
// after the upgrade has finished, so its absence means "not upgraded yet"
// (an interrupted upgrade runs again, and each step is safe to repeat).

// tallyConstraint is the schema name created after the upgrade.
const tallyConstraint = "tallies_id"

// A graph written before pair totals existed has tallies but no pairs and
// no pairConstraint: ApplySchema builds them (RebuildPairs) after creating
// it; an interrupted build stays queued for the next Settle.
const pairConstraint = "pair_totals_id"

// A graph written before mentions had a key has MENTIONS without one, and
// may have some doubled by two ingesters writing the same new article at
// once. ApplySchema repairs it (repairMentions) before it creates
// mentionsConstraint, whose absence means "not repaired yet".
const mentionsConstraint = "mentions_key"

// Upgrade statements. They run in implicit transactions (CALL ... IN
// TRANSACTIONS) so that a large graph is upgraded in bounded steps.
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

	dropTalliesCypher = `MATCH (x:Tally)
CALL (x) { DELETE x } IN TRANSACTIONS OF 10000 ROWS`

	// dropUntalliedCypher deletes the tallies of the types that are not
	// tallied any more (graphs written before MEMBER_OF and ADVISES were
	// left out). It reads tallies_cover, so it costs a seek once they are
	// gone.
	dropUntalliedCypher = `MATCH (x:Tally) USING INDEX x:Tally(type, source, target, n, w)
WHERE x.type IN $types AND x.source IS NOT NULL AND x.target IS NOT NULL AND x.n IS NOT NULL AND x.w IS NOT NULL
CALL (x) { DELETE x } IN TRANSACTIONS OF 10000 ROWS`

	// dropTallyRelsCypher removes the tallies of a development version
	// that kept them as relationships.
	dropTallyRelsCypher = `MATCH ()-[x:TALLY]->()
CALL (x) { DELETE x } IN TRANSACTIONS OF 10000 ROWS`

	// buildTalliesCypher sums the reports of one type into new tallies.
	buildTalliesCypher = `MATCH (s)-[r:TYPE]->(t)
WITH s, t, CASE WHEN r.date IS NOT NULL THEN date.truncate('month', r.date) END AS month,
     count(*) AS n, sum(coalesce(r.weight, 0.0)) AS w, min(r.date) AS first, max(r.date) AS last
CALL (s, t, month, n, w, first, last) {
  CREATE (:Tally {id: s.id + '|' + t.id + '|TYPE|' + coalesce(substring(toString(month), 0, 7), '-'),
                  source: s.id, target: t.id, type: 'TYPE', month: month, n: n, w: w, first: first, last: last})
} IN TRANSACTIONS OF 10000 ROWS`
)

// obsoleteIndexes are indexes and constraints of older schemas, which
// ApplySchema drops: tally_* (tallies kept as relationships), the
// article_id indexes of reports (before report keys started with the
// article id), tallies_type (replaced by tallies_cover), tallies_target
// (made redundant by tallies_target_cover) and pairs_* (pair
// totals of an earlier model, kept in the batch transactions: a graph
// that has them has pair totals that no version since kept up to date;
// ApplySchema rebuilds them under pairConstraint).
func obsoleteIndexes() []string {
	out := []string{"tally_key", "tally_type_month", "tally_month", "tallies_type", "tallies_target",
		"pairs_id", "pairs_source", "pairs_target", "pairs_conflict", "pairs_mediates"}
	for _, r := range actorgraph.RelTypes {
		out = append(out, "rel_"+strings.ToLower(string(r.Type))+"_article_id")
	}
	return out
}

// dropObsolete drops the obsolete indexes and constraints that are present
// and returns their names.
func (s *Store) dropObsolete(ctx context.Context, present map[string]bool) ([]string, error) {
	var dropped []string
	for _, name := range obsoleteIndexes() {
		if !present[name] {
			continue
		}
		drop := "DROP INDEX %s IF EXISTS"
		if name == "tally_key" || name == "pairs_id" {
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

// upgrade brings a graph written before tallies to the current model: it
// rekeys the reports and builds the tallies from the reports (ApplySchema
// has dropped the article_id indexes). On an empty graph each step finds
// nothing to do.
func (s *Store) upgrade(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	exec := func(what, cypher string) error {
		return s.runAuto(ctx, sess, "upgrade graph: "+what, cypher, nil)
	}
	for _, r := range actorgraph.RelTypes {
		if err := exec("rekey "+string(r.Type), strings.ReplaceAll(rekeyCypher, "TYPE", string(r.Type))); err != nil {
			return err
		}
	}
	if err := exec("drop tallies", dropTalliesCypher); err != nil {
		return err
	}
	if err := exec("drop tally relationships", dropTallyRelsCypher); err != nil {
		return err
	}
	for _, t := range talliedTypes() {
		if err := exec("tally "+t, strings.ReplaceAll(buildTalliesCypher, "TYPE", t)); err != nil {
			return err
		}
	}
	return nil
}

// repairMentions removes doubled MENTIONS and keys the rest.
func (s *Store) repairMentions(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	return s.runAuto(ctx, sess, "repair mentions", repairMentionsCypher, nil)
}

// dropUntallied deletes the tallies of types that are not tallied.
func (s *Store) dropUntallied(ctx context.Context) error {
	var types []string
	for _, r := range actorgraph.RelTypes {
		if !Tallied(r.Type) {
			types = append(types, string(r.Type))
		}
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	return s.runAuto(ctx, sess, "drop tallies of structural types", dropUntalliedCypher, map[string]any{"types": types})
}

// runAuto runs one statement in its own auto-commit transaction (which
// CALL ... IN TRANSACTIONS needs) and reads its result to the end; what
// names it in the error.
func (s *Store) runAuto(ctx context.Context, sess neo4j.SessionWithContext, what, cypher string, params map[string]any) error {
	res, err := sess.Run(ctx, cypher, params)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return classify(s.cfg, what, err)
	}
	return nil
}
