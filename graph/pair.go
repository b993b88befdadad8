package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

// Pair totals sum the tallies of one ordered pair of nodes over all time:
// (:Pair {id, source, target, n, st, stn, cn, cw, criticizes, opposes,
// threatens, attacks, mediates}), one for every (source, target) that has a
// tallied report from source to target, or a report of a symmetric type
// between the two in either direction. The saved queries read them when
// they rank pairs over all time (tension, brokers, alignment), instead of
// every tally (docs/model.md):
//   - n: reports from source to target (tallied types);
//   - st, stn: the stance of source toward target as alignment counts it
//     (sum of weights and number of reports): the reports from source to
//     target, and those of a symmetric type from target to source;
//   - cn, cw: conflict reports from source to target and their weights;
//     criticizes, opposes, threatens, attacks: their number by type;
//   - mediates: MEDIATES reports from source to target.
// Store.Write keeps them equal to the tallies: it adds the sums of the new
// reports of a batch and recomputes, from the tallies, every pair that a
// replaced article touched. Every property is set on every pair (0 where
// nothing counts), so that the range indexes on them hold every pair.

// PairLabel is the label of pair totals.
const PairLabel = "Pair"

// pairCounted is the property of a pair that counts the reports of type t
// from source to target on their own (the conflict types and MEDIATES), or
// "".
func pairCounted(t actorgraph.RelType) string {
	r, ok := t.Info()
	if ok && (r.Quad == actorgraph.Conflict || t == actorgraph.Mediates) {
		return strings.ToLower(string(t))
	}
	return ""
}

// pairCountedProps lists the properties of pairCounted, in RelTypes order.
func pairCountedProps() []string {
	var out []string
	for _, r := range actorgraph.RelTypes {
		if p := pairCounted(r.Type); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// pairSums are the sums a pair holds (and a delta to add to one).
type pairSums struct {
	source, target string
	n, stn, cn     int64
	st, cw         float64
	counted        map[string]int64
}

// add counts n reports of type t, with weights summing to w, from
// p.source to p.target (forward) or, for a symmetric type, from p.target
// to p.source (not forward: they count in the stance only).
func (p *pairSums) add(t actorgraph.RelType, n int64, w float64, forward bool) {
	p.stn += n
	p.st += w
	if !forward {
		return
	}
	p.n += n
	if r, ok := t.Info(); ok && r.Quad == actorgraph.Conflict {
		p.cn += n
		p.cw += w
	}
	if c := pairCounted(t); c != "" {
		p.counted[c] += n
	}
}

func (p *pairSums) row() row {
	r := row{"key": pairKey(p.source, p.target), "source": p.source, "target": p.target,
		"n": p.n, "st": p.st, "stn": p.stn, "cn": p.cn, "cw": p.cw}
	for _, c := range pairCountedProps() {
		r[c] = p.counted[c]
	}
	return r
}

// pairKey is the id of the pair total from source to target.
func pairKey(source, target string) string {
	return source + "|" + target
}

// pairRows sums the tally rows of a batch per pair total, sorted by key.
func pairRows(tallies []row) []row {
	byKey := map[string]*pairSums{}
	get := func(s, t string) *pairSums {
		k := pairKey(s, t)
		p, ok := byKey[k]
		if !ok {
			p = &pairSums{source: s, target: t, counted: map[string]int64{}}
			byKey[k] = p
		}
		return p
	}
	for _, tr := range tallies {
		t := actorgraph.RelType(tr["type"].(string))
		s, d := tr["source"].(string), tr["target"].(string)
		n, w := tr["n"].(int64), tr["w"].(float64)
		get(s, d).add(t, n, w, true)
		if t.Symmetric() {
			get(d, s).add(t, n, w, false)
		}
	}
	out := make([]row, 0, len(byKey))
	for _, p := range byKey {
		out = append(out, p.row())
	}
	sortRowsBy(out, "key")
	return out
}

// pairRefs returns the statement rows of the pairs that the tallies of r
// count in, sorted by key.
func pairRefs(r refs) []row {
	seen := map[string]bool{}
	var out []row
	addPair := func(s, t string) {
		k := pairKey(s, t)
		if !seen[k] {
			seen[k] = true
			out = append(out, row{"key": k, "source": s, "target": t})
		}
	}
	for _, t := range r {
		addPair(t.source, t.target)
		if t.typ.Symmetric() {
			addPair(t.target, t.source)
		}
	}
	sortRowsBy(out, "key")
	return out
}

// addPairsTx adds the sums of new reports to their pair totals.
func addPairsTx(ctx context.Context, tx neo4j.ManagedTransaction, rows []row) error {
	if len(rows) == 0 {
		return nil
	}
	if err := run(ctx, tx, addPairCypher, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("add to pair totals: %w", err)
	}
	return nil
}

// recomputePairsTx sets each pair total that the tallies of r count in to
// the sums of its tallies (which recomputeTx has brought up to date), and
// deletes those that no tally counts in any more.
func recomputePairsTx(ctx context.Context, tx neo4j.ManagedTransaction, r refs) error {
	rows := pairRefs(r)
	if len(rows) == 0 {
		return nil
	}
	if err := run(ctx, tx, recomputePairCypher, pairParams(map[string]any{"rows": rows})); err != nil {
		return fmt.Errorf("recompute pair totals: %w", err)
	}
	return nil
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

// symmetricTypes lists the symmetric types, as strings.
func symmetricTypes() []string {
	var out []string
	for _, r := range actorgraph.RelTypes {
		if r.Symmetric && Tallied(r.Type) {
			out = append(out, string(r.Type))
		}
	}
	return out
}

// pairDrift counts the pair totals that differ from the sums of the
// tallies: missing, extra, or with other sums (each once: wrong counts the
// missing and the wrong ones, pairs - found the extra ones).
func (s *Store) pairDrift(ctx context.Context) (int64, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, pairDriftCypher, pairParams(nil),
		neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return 0, classify(s.cfg, "check pair totals", err)
	}
	bad, _ := res.Records[0].Get("bad")
	n, _ := bad.(int64)
	return n, nil
}

// The pair statements. COUNTED stands for the per-type counts
// (pairCountedProps): "x.criticizes = x.criticizes + row.criticizes, ...",
// and so on, filled in by init.
const (
	addPairTemplate = `UNWIND $rows AS row
MERGE (x:Pair {id: row.key})
ON CREATE SET x += row {.source, .target, .n, .st, .stn, .cn, .cw, COUNTED_PROJ}
ON MATCH SET x.n = x.n + row.n, x.st = x.st + row.st, x.stn = x.stn + row.stn,
             x.cn = x.cn + row.cn, x.cw = x.cw + row.cw, COUNTED_ADD`

	// pairSumsTemplate sums, per ordered pair, the tallies it counts
	// (rows k: its own tallies, forward; those of the symmetric types the
	// other way round). Used by the recompute, the upgrade and the drift
	// check.
	pairSumsTemplate = `sum(CASE WHEN fwd THEN k.n ELSE 0 END) AS n,
       sum(k.w) AS st, sum(k.n) AS stn,
       sum(CASE WHEN fwd AND k.type IN ['CONFLICT'] THEN k.n ELSE 0 END) AS cn,
       sum(CASE WHEN fwd AND k.type IN ['CONFLICT'] THEN k.w ELSE 0.0 END) AS cw,
       COUNTED_SUM`

	recomputePairTemplate = `UNWIND $rows AS row
CALL (row) {
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

	// pairTalliesTemplate yields every tally (of a tallied type) as the rows of the pairs it
	// counts in: (s, t, k, fwd).
	pairTalliesTemplate = `MATCH (k:Tally) WHERE k.type IN $types
UNWIND CASE WHEN k.type IN $sym AND k.source <> k.target
            THEN [[k.source, k.target, true], [k.target, k.source, false]]
            ELSE [[k.source, k.target, true]] END AS e
WITH e[0] AS s, e[1] AS t, k, e[2] AS fwd`

	// buildPairsTemplate builds the pair totals of a graph that has none
	// (upgrade.go), before their constraint exists.
	buildPairsTemplate = `TALLIES
WITH s, t, SUMS
CALL (s, t, n, st, stn, cn, cw, COUNTED_VARS) {
  CREATE (x:Pair)
  SET x.id = s + '|' + t, x.source = s, x.target = t, x.n = n, x.st = st, x.stn = stn, x.cn = cn, x.cw = cw,
      COUNTED_SET
} IN TRANSACTIONS OF 10000 ROWS`

	dropPairsCypher = `MATCH (x:Pair)
CALL (x) { DELETE x } IN TRANSACTIONS OF 10000 ROWS`

	pairDriftTemplate = `CALL () {
  TALLIES
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

var addPairCypher, recomputePairCypher, buildPairsCypher, pairDriftCypher string

func init() {
	var conflict []string
	for _, r := range actorgraph.RelTypes {
		if r.Quad == actorgraph.Conflict {
			conflict = append(conflict, string(r.Type))
		}
	}
	var proj, add, sum, set, vars, diff []string
	for _, r := range actorgraph.RelTypes {
		c := pairCounted(r.Type)
		if c == "" {
			continue
		}
		proj = append(proj, "."+c)
		add = append(add, fmt.Sprintf("x.%s = x.%s + row.%s", c, c, c))
		sum = append(sum, fmt.Sprintf("sum(CASE WHEN fwd AND k.type = '%s' THEN k.n ELSE 0 END) AS %s", r.Type, c))
		set = append(set, fmt.Sprintf("x.%s = %s", c, c))
		vars = append(vars, c)
		diff = append(diff, fmt.Sprintf("x.%s <> %s", c, c))
	}
	sums := strings.NewReplacer("'CONFLICT'", "'"+strings.Join(conflict, "', '")+"'",
		"COUNTED_SUM", strings.Join(sum, ",\n       ")).Replace(pairSumsTemplate)
	r := strings.NewReplacer("COUNTED_PROJ", strings.Join(proj, ", "), "COUNTED_ADD", strings.Join(add, ", "),
		"COUNTED_SET", strings.Join(set, ", "), "COUNTED_VARS", strings.Join(vars, ", "),
		"COUNTED_DIFF", strings.Join(diff, " OR "), "SUMS", sums)
	addPairCypher = r.Replace(addPairTemplate)
	recomputePairCypher = r.Replace(recomputePairTemplate)
	buildPairsCypher = strings.Replace(r.Replace(buildPairsTemplate), "TALLIES", pairTalliesTemplate, 1)
	pairDriftCypher = strings.Replace(r.Replace(pairDriftTemplate), "TALLIES", pairTalliesTemplate, 1)
}

// PairDeltas returns what one report of type t from source to target, with
// weight w, adds to pair totals: one row per pair it counts in, with key,
// source, target and every sum a pair holds. It is for writers that add
// reports one at a time (the benchmark's naive path); a tally type only.
func PairDeltas(t actorgraph.RelType, source, target string, w float64) []map[string]any {
	return pairRows([]row{{"type": string(t), "source": source, "target": target, "n": int64(1), "w": w}})
}
