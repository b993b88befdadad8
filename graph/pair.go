package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

// Pair totals sum the tallies of one ordered pair of nodes over all time:
// (:Pair {id, source, target, n, st, stn, cn, cw, criticizes, opposes,
// threatens, attacks}), one for every (source, target) that has a tallied
// report from source to target, or a report of a symmetric type between
// the two in either direction. The saved queries read them when they rank
// pairs over all time (tension, alignment), instead of every tally
// (docs/model.md):
//   - n: reports from source to target (tallied types);
//   - st, stn: the stance of source toward target as alignment counts it
//     (sum of weights and number of reports): the reports from source to
//     target, and those of a symmetric type from target to source;
//   - cn, cw: conflict reports from source to target and their weights;
//     criticizes, opposes, threatens, attacks: their number by type.
//
// Pair totals are kept off the write path. A batch that changes tallies
// also queues the pairs they count in: one (:PairQueue {id, sources,
// targets}) node, in the same transaction. Store.Settle recomputes the
// queued pairs from their tallies and then deletes the queue nodes it has
// done, so pair totals equal the tallies whenever no queue node is left.
// While one is, the saved queries read the tallies instead (they test
// EXISTS { MATCH (:PairQueue) }), so their results never lag the reports.
// A queue node with all: true (an upgraded or copied graph) queues every
// pair. Writers never lock a pair total, so batches written at the same
// time do not wait for each other on the pairs every batch touches.

// PairLabel is the label of pair totals; PairQueueLabel that of the pairs
// queued for Settle; PairLockLabel that of the one node each Settle
// transaction locks first, so that recomputes of the same pair are
// serialized and the last one read the newest tallies.
const (
	PairLabel      = "Pair"
	PairQueueLabel = "PairQueue"
	PairLockLabel  = "PairLock"
)

// pairConflictTypes are the types whose reports a pair counts by type.
func pairConflictTypes() []actorgraph.RelType {
	var out []actorgraph.RelType
	for _, r := range actorgraph.RelTypes {
		if r.Quad == actorgraph.Conflict && Tallied(r.Type) {
			out = append(out, r.Type)
		}
	}
	return out
}

// pairKey is the id of the pair total from source to target.
func pairKey(source, target string) string {
	return source + "|" + target
}

// pairSet collects the ordered pairs whose totals a change of tallies
// touches, each once.
type pairSet map[string][2]string

// addTally adds the pairs a tally of type t from source to target counts
// in: (source, target), and (target, source) for a symmetric type.
func (ps pairSet) addTally(t actorgraph.RelType, source, target string) {
	if !Tallied(t) {
		return
	}
	ps[pairKey(source, target)] = [2]string{source, target}
	if t.Symmetric() && source != target {
		ps[pairKey(target, source)] = [2]string{target, source}
	}
}

// lists returns the sources and targets of ps, sorted by key.
func (ps pairSet) lists() (sources, targets []string) {
	keys := make([]string, 0, len(ps))
	for k := range ps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		sources = append(sources, ps[k][0])
		targets = append(targets, ps[k][1])
	}
	return sources, targets
}

// PairsOf returns the pairs whose totals a report of type t from source to
// target counts in, as the lists of sources and targets that a :PairQueue
// node holds: for writers that add reports one at a time (the benchmark's
// naive path). Nil for a type that is not tallied.
func PairsOf(t actorgraph.RelType, source, target string) (sources, targets []string) {
	ps := pairSet{}
	ps.addTally(t, source, target)
	return ps.lists()
}

// queuePairsTx queues, for Settle, the pairs that the new tallies of a
// batch and the recomputed ones (touched) count in.
func queuePairsTx(ctx context.Context, tx neo4j.ManagedTransaction, tallies []row, touched refs) error {
	ps := pairSet{}
	for _, tr := range tallies {
		ps.addTally(actorgraph.RelType(tr["type"].(string)), tr["source"].(string), tr["target"].(string))
	}
	for _, t := range touched {
		ps.addTally(t.typ, t.source, t.target)
	}
	if len(ps) == 0 {
		return nil
	}
	sources, targets := ps.lists()
	if err := run(ctx, tx, queuePairsCypher, map[string]any{"sources": sources, "targets": targets}); err != nil {
		return fmt.Errorf("queue pair totals: %w", err)
	}
	return nil
}

// settleChunk is the number of pairs recomputed per transaction.
const settleChunk = 5000

// Settle brings the pair totals up to date: it recomputes, from their
// tallies, every pair queued by the batches written so far, then deletes
// the queue nodes it read. It is safe to run at any time, from any number
// of processes, and to interrupt: what it has not finished stays queued.
// The pairs are gathered and deduplicated by the server, so the caller's
// memory does not grow with them. It returns the number of pairs
// recomputed.
func (s *Store) Settle(ctx context.Context) (int, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, readQueueCypher, nil, neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return 0, classify(s.cfg, "read pair queue", err)
	}
	if len(res.Records) == 0 {
		return 0, nil
	}
	var ids []string
	stmt := settleQueuedCypher
	for _, rec := range res.Records {
		id, _ := rec.Values[0].(string)
		ids = append(ids, id)
		if all, _ := rec.Values[1].(bool); all {
			stmt = settleAllCypher
		}
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	n, err := s.settleRun(ctx, sess, stmt, pairParams(map[string]any{"ids": ids, "chunk": settleChunk}))
	if err != nil {
		return 0, err
	}
	_, err = neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (bool, error) {
		if err := run(ctx, tx, lockPairsCypher, nil); err != nil {
			return false, err
		}
		return true, run(ctx, tx, unqueuePairsCypher, map[string]any{"ids": ids})
	})
	if err != nil {
		return n, classify(s.cfg, "settle pair totals: unqueue", err)
	}
	return n, nil
}

// settleRun runs a settle statement (in its own implicit transaction,
// which commits every chunk) and returns the number of pairs it
// recomputed.
func (s *Store) settleRun(ctx context.Context, sess neo4j.SessionWithContext, stmt string, params map[string]any) (int, error) {
	res, err := sess.Run(ctx, stmt, params)
	var n int64
	if err == nil {
		for res.Next(ctx) {
			if v, ok := res.Record().Values[0].(int64); ok {
				n = v
			}
		}
		err = res.Err()
	}
	if err != nil {
		return 0, classify(s.cfg, "settle pair totals", err)
	}
	return int(n), nil
}

// queueAllPairs queues every pair (a graph whose pair totals are missing
// or not to be trusted: upgraded, or copied by the benchmark).
func (s *Store) queueAllPairs(ctx context.Context) error {
	_, err := neo4j.ExecuteQuery(ctx, s.driver, queueAllPairsCypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithWritersRouting())
	return classify(s.cfg, "queue every pair total", err)
}

// RebuildPairs recomputes every pair total from the tallies (and deletes
// those no tally counts in), for graphs whose tallies were changed outside
// Store.Write. It returns the number of pairs recomputed.
func (s *Store) RebuildPairs(ctx context.Context) (int, error) {
	if err := s.queueAllPairs(ctx); err != nil {
		return 0, err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	if err := s.runAuto(ctx, sess, "drop pair totals without tallies", dropOrphanPairsCypher, pairParams(nil)); err != nil {
		return 0, err
	}
	return s.Settle(ctx)
}

// pairParams returns params with the type lists that the pair statements
// read: $types (tallied types; tallies of other types are stale, and
// Migrate drops them) and $sym (the symmetric ones).
func pairParams(params map[string]any) map[string]any {
	out := map[string]any{"types": talliedTypes(), "sym": symmetricTypes()}
	for k, v := range params {
		out[k] = v
	}
	return out
}

// symmetricTypes lists the symmetric tallied types, as strings.
func symmetricTypes() []string {
	var out []string
	for _, r := range actorgraph.RelTypes {
		if r.Symmetric && Tallied(r.Type) {
			out = append(out, string(r.Type))
		}
	}
	return out
}

// PairDrift counts the pair totals that differ from the sums of the
// tallies: missing, extra, or with other sums. It reads every tally, so it
// is for tests and checks. Zero means the pair totals hold; they are
// expected to once Settle has run.
func (s *Store) PairDrift(ctx context.Context) (int64, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, pairDriftCypher, pairParams(nil),
		neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return 0, classify(s.cfg, "check pair totals", err)
	}
	bad, _ := res.Records[0].Get("bad")
	n, _ := bad.(int64)
	return n, nil
}

// The pair statements. SUMS stands for the sums of a pair's tallies (rows
// k, with fwd false for the symmetric tallies counted the other way
// round); COUNTED_* for the per-type counts, filled in by init.
const (
	queuePairsCypher = `CREATE (:PairQueue {id: randomUUID(), sources: $sources, targets: $targets})`

	queueAllPairsCypher = `CREATE (:PairQueue {id: randomUUID(), all: true})`

	readQueueCypher = `MATCH (q:PairQueue) RETURN q.id AS id, coalesce(q.all, false) AS all`

	// settleQueuedTemplate recomputes the pairs queued by the queue nodes
	// $ids, each once, $chunk pairs per transaction; settleAllTemplate
	// every pair some tally counts in. RECOMPUTE is recomputePairTemplate
	// with a row per pair.
	settleQueuedTemplate = `MATCH (q:PairQueue) WHERE q.id IN $ids AND q.sources IS NOT NULL
UNWIND range(0, size(q.sources) - 1) AS i
WITH DISTINCT q.sources[i] AS source, q.targets[i] AS target
SETTLE`

	settleAllTemplate = `MATCH (k:Tally) WHERE k.type IN $types
UNWIND CASE WHEN k.type IN $sym AND k.source <> k.target
            THEN [[k.source, k.target], [k.target, k.source]] ELSE [[k.source, k.target]] END AS e
WITH DISTINCT e[0] AS source, e[1] AS target
SETTLE`

	settleTail = `WITH collect([source, target]) AS pairs
UNWIND range(0, size(pairs) - 1, $chunk) AS lo
CALL (pairs, lo) {
  MERGE (l:PairLock {id: 'pairs'}) SET l.at = timestamp()
  WITH pairs[lo..lo + $chunk] AS chunk
  UNWIND chunk AS p
  WITH {key: p[0] + '|' + p[1], source: p[0], target: p[1]} AS row
  RECOMPUTE
} IN TRANSACTIONS OF 1 ROW
RETURN max(size(pairs)) AS n`

	// lockPairsCypher takes the write lock of the lock node (unique by its
	// constraint, so that MERGE never makes two).
	lockPairsCypher = `MERGE (l:PairLock {id: 'pairs'}) SET l.at = timestamp()`

	unqueuePairsCypher = `MATCH (q:PairQueue) WHERE q.id IN $ids DELETE q`

	dropOrphanPairsCypher = `MATCH (x:Pair)
WHERE NOT EXISTS { MATCH (k:Tally) WHERE k.id STARTS WITH x.source + '|' + x.target + '|' AND k.type IN $types }
  AND NOT EXISTS { MATCH (k:Tally) WHERE k.id STARTS WITH x.target + '|' + x.source + '|' AND k.type IN $sym }
CALL (x) { DELETE x } IN TRANSACTIONS OF 10000 ROWS`

	pairSumsTemplate = `sum(CASE WHEN fwd THEN k.n ELSE 0 END) AS n,
       sum(k.w) AS st, sum(k.n) AS stn,
       sum(CASE WHEN fwd AND k.type IN ['CONFLICT'] THEN k.n ELSE 0 END) AS cn,
       sum(CASE WHEN fwd AND k.type IN ['CONFLICT'] THEN k.w ELSE 0.0 END) AS cw,
       COUNTED_SUM`

	recomputePairTemplate = `CALL (row) {
  CALL (row) {
    MATCH (k:Tally) WHERE k.id STARTS WITH row.source + '|' + row.target + '|' AND k.type IN $types
    RETURN k, true AS fwd
    UNION ALL
    MATCH (k:Tally) WHERE k.id STARTS WITH row.target + '|' + row.source + '|' AND k.type IN $sym
      AND row.source <> row.target
    RETURN k, false AS fwd
  }
  RETURN SUMS
}
OPTIONAL MATCH (old:Pair {id: row.key})
FOREACH (_ IN CASE WHEN stn = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN stn > 0 THEN [1] ELSE [] END |
  MERGE (x:Pair {id: row.key})
  SET x.source = row.source, x.target = row.target, x.n = n, x.st = st, x.stn = stn, x.cn = cn, x.cw = cw,
      COUNTED_SET)`

	pairDriftTemplate = `CALL () {
  MATCH (k:Tally) WHERE k.type IN $types
  UNWIND CASE WHEN k.type IN $sym AND k.source <> k.target
              THEN [[k.source, k.target, true], [k.target, k.source, false]]
              ELSE [[k.source, k.target, true]] END AS e
  WITH e[0] AS s, e[1] AS t, k, e[2] AS fwd
  WITH s, t, SUMS
  OPTIONAL MATCH (x:Pair {id: s + '|' + t})
  RETURN count(CASE WHEN x IS NULL OR x.source <> s OR x.target <> t OR x.n <> n OR x.stn <> stn OR x.cn <> cn
                         OR abs(x.st - st) > 1e-6 OR abs(x.cw - cw) > 1e-6 OR COUNTED_DIFF
                    THEN 1 END) AS wrong, count(x) AS found
}
CALL () {
  MATCH (x:Pair) RETURN count(x) AS pairs
}
RETURN wrong + pairs - found AS bad`
)

var settleQueuedCypher, settleAllCypher, pairDriftCypher string

func init() {
	var conflict, sum, set, diff []string
	for _, t := range pairConflictTypes() {
		c := strings.ToLower(string(t))
		conflict = append(conflict, string(t))
		sum = append(sum, fmt.Sprintf("sum(CASE WHEN fwd AND k.type = '%s' THEN k.n ELSE 0 END) AS %s", t, c))
		set = append(set, fmt.Sprintf("x.%s = %s", c, c))
		diff = append(diff, fmt.Sprintf("x.%s <> %s", c, c))
	}
	sums := strings.NewReplacer("'CONFLICT'", "'"+strings.Join(conflict, "', '")+"'",
		"COUNTED_SUM", strings.Join(sum, ",\n       ")).Replace(pairSumsTemplate)
	r := strings.NewReplacer("COUNTED_SET", strings.Join(set, ", "), "COUNTED_DIFF", strings.Join(diff, " OR "),
		"SUMS", sums)
	tail := strings.Replace(settleTail, "RECOMPUTE", strings.ReplaceAll(r.Replace(recomputePairTemplate), "\n", "\n  "), 1)
	settleQueuedCypher = strings.Replace(settleQueuedTemplate, "SETTLE", tail, 1)
	settleAllCypher = strings.Replace(settleAllTemplate, "SETTLE", tail, 1)
	pairDriftCypher = r.Replace(pairDriftTemplate)
}
