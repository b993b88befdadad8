package graph

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"time"

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
// targets, rsources, rtargets}) node, in the same transaction. Store.Settle recomputes the
// queued pairs from their tallies and then deletes the queue nodes it has
// done, so pair totals equal the tallies whenever no queue node is left.
// While one is, the saved queries read the tallies instead (they test
// EXISTS { MATCH (:PairQueue) }), so their results never lag the reports.
// A queue node with all: true (an upgraded or copied graph) queues every
// pair. Writers never lock a pair total, so batches written at the same
// time do not wait for each other on the pairs every batch touches.

// PairLabel is the label of pair totals; PairQueueLabel that of the pairs
// queued for Settle; PairLockLabel that of the one node that holds the
// pair lease, so that one Settle at a time writes pair totals and the last
// write of a pair is the one that read its newest tallies.
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
// batch and the recomputed ones (touched) count in: every one in sources
// and targets, and those of touched (which may have lost every tally) in
// rsources and rtargets too.
func queuePairsTx(ctx context.Context, tx neo4j.ManagedTransaction, tallies []row, touched refs) error {
	ps, rs := pairSet{}, pairSet{}
	for _, tr := range tallies {
		ps.addTally(actorgraph.RelType(tr["type"].(string)), tr["source"].(string), tr["target"].(string))
	}
	for _, t := range touched {
		ps.addTally(t.typ, t.source, t.target)
		rs.addTally(t.typ, t.source, t.target)
	}
	if len(ps) == 0 {
		return nil
	}
	sources, targets := ps.lists()
	rsources, rtargets := rs.lists()
	params := map[string]any{"sources": sources, "targets": targets, "rsources": rsources, "rtargets": rtargets}
	if err := run(ctx, tx, queuePairsCypher, params); err != nil {
		return fmt.Errorf("queue pair totals: %w", err)
	}
	return nil
}

// settleChunk is the number of pairs written per transaction.
const settleChunk = 5000

// settleScanAbove is the number of queued pairs (with repeats) above which
// Settle recomputes pair totals from one scan of every tally instead of
// seeking each queued pair's tallies: a seek costs more per pair than the
// scan per tally, and a large queue holds most pairs anyway.
var settleScanAbove = 20000

// Settle brings the pair totals up to date: it recomputes, from their
// tallies, every pair queued by the batches written so far, then deletes
// the queue nodes it read. It takes the pair lease first (waiting for
// another Settle to finish), so that one Settle at a time writes pair
// totals. It is safe to run at any time, from any number of processes,
// and to interrupt: what it has not finished stays queued. The server
// gathers the pairs, so the caller's memory does not grow with them. It
// returns the number of pair totals written.
func (s *Store) Settle(ctx context.Context) (int, error) {
	q, err := s.readQueue(ctx)
	if err != nil || len(q.ids) == 0 {
		return 0, err
	}
	l, err := s.lease(ctx)
	if err != nil {
		return 0, err
	}
	defer l.release()
	// Read again under the lease: another Settle may have done them.
	if q, err = s.readQueue(ctx); err != nil || len(q.ids) == 0 {
		return 0, err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	params := pairParams(map[string]any{"ids": q.ids, "chunk": settleChunk})
	var n int
	if q.all || q.entries > settleScanAbove {
		if n, err = s.settleScan(ctx, params); err != nil {
			return 0, err
		}
		// The scan finds pairs that have tallies: pairs that lost theirs
		// (replaced articles) are recomputed, and deleted, one by one.
		drop := settleReplacedCypher
		if q.all {
			drop = dropOrphanPairsCypher
		}
		if err := l.renew(); err != nil {
			return n, err
		}
		if _, err := s.settleRun(ctx, sess, drop, params); err != nil {
			return n, err
		}
	} else if n, err = s.settleRun(ctx, sess, settleQueuedCypher, params); err != nil {
		return 0, err
	}
	if err := l.renew(); err != nil {
		return n, err
	}
	_, err = neo4j.ExecuteQuery(ctx, s.driver, unqueuePairsCypher, map[string]any{"ids": q.ids}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return n, classify(s.cfg, "settle pair totals: unqueue", err)
	}
	return n, nil
}

// settleParts is the number of parts the scan's writes are split into,
// each written by its own statement at the same time (a statement runs on
// one thread, and writing the pair totals is most of a settle's time).
const settleParts = 2

// settleScan runs settleScanCypher in settleParts parts at once, each
// writing the pairs whose ids' lengths fall in its part, and returns the
// number of pair totals written.
func (s *Store) settleScan(ctx context.Context, params map[string]any) (int, error) {
	var wg sync.WaitGroup
	counts := make([]int, settleParts)
	errs := make([]error, settleParts)
	for part := range settleParts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := map[string]any{"part": part, "parts": settleParts}
			for k, v := range params {
				p[k] = v
			}
			sess := s.session(ctx, neo4j.AccessModeWrite)
			defer sess.Close(context.WithoutCancel(ctx))
			counts[part], errs[part] = s.settleRun(ctx, sess, settleScanCypher, p)
		}()
	}
	wg.Wait()
	n := 0
	for _, c := range counts {
		n += c
	}
	return n, errors.Join(errs...)
}

// pairQueue is what readQueue found.
type pairQueue struct {
	ids     []string
	all     bool // a queue node asks for every pair
	entries int  // queued pairs, with repeats
}

func (s *Store) readQueue(ctx context.Context) (pairQueue, error) {
	var q pairQueue
	res, err := neo4j.ExecuteQuery(ctx, s.driver, readQueueCypher, nil, neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return q, classify(s.cfg, "read pair queue", err)
	}
	for _, rec := range res.Records {
		id, _ := rec.Values[0].(string)
		all, _ := rec.Values[1].(bool)
		size, _ := rec.Values[2].(int64)
		q.ids = append(q.ids, id)
		q.all = q.all || all
		q.entries += int(size)
	}
	return q, nil
}

// The pair lease: the lock node holds who settles (holder) and until when
// (until, ms since the epoch). Settle takes it, renews it between its
// statements and releases it at the end; a lease left by a process that
// died expires after pairLeaseTTL.
const (
	pairLeaseTTL  = 10 * time.Minute
	pairLeaseWait = 15 * time.Minute // how long Settle waits for another
)

type pairLease struct {
	s      *Store
	ctx    context.Context
	holder string
}

// lease takes the pair lease, waiting (up to pairLeaseWait) while another
// process holds it.
func (s *Store) lease(ctx context.Context) (*pairLease, error) {
	l := &pairLease{s: s, ctx: ctx, holder: fmt.Sprintf("%d-%d", time.Now().UnixNano(), rand.Int64())}
	deadline := time.Now().Add(pairLeaseWait)
	for {
		got, err := l.take()
		if err != nil || got {
			return l, err
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("settle pair totals: another process has held the pair lease for %v (it expires %v after its last renewal)", pairLeaseWait, pairLeaseTTL)
		}
		select {
		case <-ctx.Done():
			return nil, context.Cause(ctx)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// take takes or renews the lease and reports whether this holder has it.
func (l *pairLease) take() (bool, error) {
	res, err := neo4j.ExecuteQuery(l.ctx, l.s.driver, takeLeaseCypher,
		map[string]any{"holder": l.holder, "ttl": pairLeaseTTL.Milliseconds()}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(l.s.cfg.Database), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return false, classify(l.s.cfg, "settle pair totals: take the pair lease", err)
	}
	return len(res.Records) > 0, nil
}

// renew extends the lease; an error if another holder has it (this one
// let it expire).
func (l *pairLease) renew() error {
	got, err := l.take()
	if err == nil && !got {
		err = fmt.Errorf("settle pair totals: the pair lease expired (after %v) and another process took it", pairLeaseTTL)
	}
	return err
}

// release gives the lease up (it would expire anyway).
func (l *pairLease) release() {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(l.ctx), 10*time.Second)
	defer cancel()
	_, _ = neo4j.ExecuteQuery(ctx, l.s.driver, releaseLeaseCypher, map[string]any{"holder": l.holder},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(l.s.cfg.Database), neo4j.ExecuteQueryWithWritersRouting())
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
	queuePairsCypher = `CREATE (:PairQueue {id: randomUUID(), sources: $sources, targets: $targets,
                    rsources: $rsources, rtargets: $rtargets})`

	queueAllPairsCypher = `CREATE (:PairQueue {id: randomUUID(), all: true})`

	readQueueCypher = `MATCH (q:PairQueue)
RETURN q.id AS id, coalesce(q.all, false) AS all, coalesce(size(q.sources), 0) AS entries`

	// takeLeaseCypher locks the lock node (the first SET), then, holding
	// the lock, takes the lease if it is free, expired or already this
	// holder's; it returns a row when it did.
	takeLeaseCypher = `MERGE (l:PairLock {id: 'pairs'})
SET l.at = timestamp()
WITH l
WHERE l.holder IS NULL OR l.until < timestamp() OR l.holder = $holder
SET l.holder = $holder, l.until = timestamp() + $ttl
RETURN l.holder AS holder`

	releaseLeaseCypher = `MATCH (l:PairLock {id: 'pairs'}) WHERE l.holder = $holder
SET l.holder = null, l.until = null`

	// settleQueuedTemplate recomputes the pairs queued by the queue nodes
	// $ids, each once; settleReplacedTemplate those queued as touched by
	// replaced articles. RECOMPUTE is recomputePairTemplate for a row per
	// pair, $chunk pairs per transaction.
	settleQueuedTemplate = `MATCH (q:PairQueue) WHERE q.id IN $ids AND q.sources IS NOT NULL
UNWIND range(0, size(q.sources) - 1) AS i
WITH DISTINCT q.sources[i] AS source, q.targets[i] AS target
SETTLE`

	settleReplacedTemplate = `MATCH (q:PairQueue) WHERE q.id IN $ids AND q.rsources IS NOT NULL
UNWIND range(0, size(q.rsources) - 1) AS i
WITH DISTINCT q.rsources[i] AS source, q.rtargets[i] AS target
SETTLE`

	settleTail = `CALL (source, target) {
  WITH {key: source + '|' + target, source: source, target: target} AS row
  RECOMPUTE
} IN TRANSACTIONS OF $chunk ROWS
RETURN count(*) AS n`

	// settleScanTemplate sums every tally per pair, reading the tallies'
	// covering index alone, and writes the pair totals that differ, of
	// the pairs in part $part of $parts. The
	// pair is looked up in the inner transaction: a lookup of a missing
	// id in the outer one would lock that id in the unique index, and the
	// inner MERGE would wait for the outer transaction forever.
	settleScanTemplate = `MATCH (k:Tally) USING INDEX k:Tally(type, source, target, n, w)
WHERE k.type IN $types AND k.source IS NOT NULL AND k.target IS NOT NULL AND k.n IS NOT NULL AND k.w IS NOT NULL
WITH k.type AS type, k.source AS src, k.target AS dst, k.n AS kn, k.w AS kw
UNWIND CASE WHEN type IN $sym AND src <> dst THEN [[src, dst, true], [dst, src, false]]
            ELSE [[src, dst, true]] END AS e
WITH e[0] AS s, e[1] AS t, e[2] AS fwd, type, kn, kw
WHERE (size(s) + size(t)) % $parts = $part
WITH s, t, SUMS
CALL (s, t, n, st, stn, cn, cw, COUNTED_VARS) {
  OPTIONAL MATCH (x:Pair {id: s + '|' + t})
  WITH x WHERE x IS NULL OR x.n <> n OR x.stn <> stn OR x.cn <> cn OR abs(x.st - st) > 1e-9
            OR abs(x.cw - cw) > 1e-9 OR COUNTED_DIFF
  FOREACH (_ IN CASE WHEN x IS NULL THEN [1] ELSE [] END |
    CREATE (:Pair {id: s + '|' + t, source: s, target: t, n: n, st: st, stn: stn, cn: cn, cw: cw, COUNTED_MAP}))
  FOREACH (_ IN CASE WHEN x IS NOT NULL THEN [1] ELSE [] END |
    SET x.n = n, x.st = st, x.stn = stn, x.cn = cn, x.cw = cw, COUNTED_SET)
  RETURN count(*) AS written
} IN TRANSACTIONS OF $chunk ROWS
RETURN sum(written) AS n`

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

var settleQueuedCypher, settleReplacedCypher, settleScanCypher, pairDriftCypher string

func init() {
	var conflict, sum, set, diff, vars, mp []string
	for _, t := range pairConflictTypes() {
		c := strings.ToLower(string(t))
		conflict = append(conflict, string(t))
		sum = append(sum, fmt.Sprintf("sum(CASE WHEN fwd AND k.type = '%s' THEN k.n ELSE 0 END) AS %s", t, c))
		set = append(set, fmt.Sprintf("x.%s = %s", c, c))
		diff = append(diff, fmt.Sprintf("x.%s <> %s", c, c))
		vars = append(vars, c)
		mp = append(mp, fmt.Sprintf("%s: %s", c, c))
	}
	sums := strings.NewReplacer("'CONFLICT'", "'"+strings.Join(conflict, "', '")+"'",
		"COUNTED_SUM", strings.Join(sum, ",\n       ")).Replace(pairSumsTemplate)
	r := strings.NewReplacer("COUNTED_SET", strings.Join(set, ", "), "COUNTED_DIFF", strings.Join(diff, " OR "),
		"SUMS", sums)
	tail := strings.Replace(settleTail, "RECOMPUTE", strings.ReplaceAll(r.Replace(recomputePairTemplate), "\n", "\n  "), 1)
	tail = strings.ReplaceAll(tail, "$chunk ROWS", fmt.Sprint(settleChunk)+" ROWS")
	settleQueuedCypher = strings.Replace(settleQueuedTemplate, "SETTLE", tail, 1)
	settleReplacedCypher = strings.Replace(settleReplacedTemplate, "SETTLE", tail, 1)
	scanSums := strings.NewReplacer("k.n", "kn", "k.w", "kw", "k.type", "type").Replace(sums)
	settleScanCypher = strings.NewReplacer("SUMS", scanSums, "COUNTED_VARS", strings.Join(vars, ", "),
		"COUNTED_DIFF", strings.Join(diff, " OR "), "COUNTED_SET", strings.Join(set, ", "),
		"COUNTED_MAP", strings.Join(mp, ", "),
		"$chunk ROWS", fmt.Sprint(settleChunk)+" ROWS").Replace(settleScanTemplate)
	pairDriftCypher = r.Replace(pairDriftTemplate)
}
