package graph

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

// Tallies sum the relationship reports per pair of nodes, type and calendar
// month: (:Tally {id, source, target, type, month, n, w, first, last}), one
// for every (source, target, type, month) that has at least one report, of
// every type but the structural ones (Tallied), in the direction the
// reports are stored. They are nodes of their own, not
// relationships between actors: the actor graph holds reports only, each
// with its evidence. The saved queries read tallies instead of every report
// when they rank pairs over long windows (docs/model.md). Store.Write keeps
// them equal to the reports: it adds the sums of the new reports of a batch
// and recomputes, from the reports, every tally that a replaced article
// touched.

// Tallied reports whether reports of type t are summed in tallies: every
// type but the structural ones (MEMBER_OF, ADVISES), which say who serves
// whom, not what one did to another. No saved query sums them, so their
// tallies would only cost writes.
func Tallied(t actorgraph.RelType) bool {
	r, ok := t.Info()
	return ok && r.Quad != actorgraph.Structural
}

// talliedTypes lists the tallied types, as strings, in RelTypes order.
func talliedTypes() []string {
	var out []string
	for _, r := range actorgraph.RelTypes {
		if Tallied(r.Type) {
			out = append(out, string(r.Type))
		}
	}
	return out
}

// TallyLabel is the label of tally nodes, the one label besides
// NodeLabels and :Source (ingest watch) that the store writes.
const TallyLabel = "Tally"

// tallyKey is the key of the tally of reports of type t from source to
// target in the month of date (nil: undated reports).
func tallyKey(source, target string, t actorgraph.RelType, date any) string {
	return source + "|" + target + "|" + string(t) + "|" + monthLabel(date)
}

// monthLabel is "YYYY-MM" for a Neo4j date, "-" for none.
func monthLabel(date any) string {
	if d, ok := date.(neo4j.Date); ok {
		return d.Time().Format("2006-01")
	}
	return "-"
}

// monthOf is the first day of the month of a Neo4j date, or nil.
func monthOf(date any) any {
	d, ok := date.(neo4j.Date)
	if !ok {
		return nil
	}
	t := d.Time()
	return neo4j.DateOf(time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC))
}

// tallyRows sums the report rows of rels per tally.
func tallyRows(rels map[actorgraph.RelType][]row) []row {
	byKey := map[string]row{}
	var out []row
	for t, rows := range rels {
		if !Tallied(t) {
			continue
		}
		for _, rr := range rows {
			props := rr["props"].(row)
			src, dst := rr["source"].(string), rr["target"].(string)
			date := props["date"]
			w, _ := props["weight"].(float64)
			key := tallyKey(src, dst, t, date)
			tr, ok := byKey[key]
			if !ok {
				tr = row{"key": key, "source": src, "target": dst, "type": string(t),
					"month": monthOf(date), "n": int64(0), "w": 0.0, "first": date, "last": date}
				byKey[key] = tr
				out = append(out, tr)
			}
			tr["n"] = tr["n"].(int64) + 1
			tr["w"] = tr["w"].(float64) + w
			if d, ok := date.(neo4j.Date); ok {
				if d.Time().Before(tr["first"].(neo4j.Date).Time()) {
					tr["first"] = d
				}
				if d.Time().After(tr["last"].(neo4j.Date).Time()) {
					tr["last"] = d
				}
			}
		}
	}
	return out
}

// tallyRef names one tally to recompute.
type tallyRef struct {
	typ            actorgraph.RelType
	source, target string
	month          any // neo4j.Date or nil
}

// refs collects tallies to recompute, each once.
type refs map[string]tallyRef

func (r refs) add(t tallyRef) {
	if Tallied(t.typ) {
		r[tallyKey(t.source, t.target, t.typ, t.month)] = t
	}
}

// byType returns the statement rows of r per relationship type, sorted by
// key so that concurrent writers lock them in the same order.
func (r refs) byType() map[actorgraph.RelType][]row {
	out := map[actorgraph.RelType][]row{}
	for key, t := range r {
		out[t.typ] = append(out[t.typ], row{"key": key, "source": t.source, "target": t.target,
			"type": string(t.typ), "month": t.month})
	}
	for _, rows := range out {
		sortRowsBy(rows, "key")
	}
	return out
}

// addTalliesTx adds the sums of new reports to their tallies.
func addTalliesTx(ctx context.Context, tx neo4j.ManagedTransaction, rows []row) error {
	if len(rows) == 0 {
		return nil
	}
	if err := run(ctx, tx, addTallyCypher, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("add to tallies: %w", err)
	}
	return nil
}

// recomputeTx sets each tally of r to the sums of the reports it covers,
// and deletes those that cover none.
func recomputeTx(ctx context.Context, tx neo4j.ManagedTransaction, r refs) error {
	for t, rows := range r.byType() {
		if err := run(ctx, tx, recomputeStmts[t], map[string]any{"rows": rows}); err != nil {
			return fmt.Errorf("recompute %s tallies: %w", t, err)
		}
	}
	return nil
}

// TallyDrift counts the tallies that differ from the reports they sum:
// missing, extra, or with other sums. It reads every report, so it is for
// tests and checks, not for routine use. Zero means the tallies hold.
func (s *Store) TallyDrift(ctx context.Context) (int64, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, tallyDriftCypher, map[string]any{"types": talliedTypes()},
		neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return 0, classify(s.cfg, "check tallies", err)
	}
	bad, _ := res.Records[0].Get("bad")
	n, _ := bad.(int64)
	return n, nil
}

// The tally statements. recomputeCypher is one per relationship type
// (TYPE is replaced from the fixed list).
const (
	addTallyCypher = `UNWIND $rows AS row
MERGE (x:Tally {id: row.key})
ON CREATE SET x += row {.source, .target, .type, .month, .n, .w, .first, .last}
ON MATCH SET x.n = x.n + row.n, x.w = x.w + row.w,
             x.first = CASE WHEN row.first < x.first THEN row.first ELSE x.first END,
             x.last = CASE WHEN row.last > x.last THEN row.last ELSE x.last END`

	recomputeCypher = `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CALL (s, t, row) {
  OPTIONAL MATCH (s)-[r:TYPE]->(t)
  WHERE (row.month IS NULL AND r.date IS NULL)
     OR (r.date >= row.month AND r.date < row.month + duration('P1M'))
  RETURN count(r) AS n, sum(coalesce(r.weight, 0.0)) AS w, min(r.date) AS first, max(r.date) AS last
}
OPTIONAL MATCH (old:Tally {id: row.key})
FOREACH (_ IN CASE WHEN n = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
  MERGE (x:Tally {id: row.key})
  SET x.source = row.source, x.target = row.target, x.type = row.type, x.month = row.month,
      x.n = n, x.w = w, x.first = first, x.last = last)`

	tallyDriftCypher = `CALL () {
  MATCH (s)-[r]->(t) WHERE type(r) IN $types
  WITH s.id + '|' + t.id + '|' + type(r) + '|' +
       coalesce(substring(toString(r.date), 0, 7), '-') AS key,
       count(*) AS n, sum(coalesce(r.weight, 0.0)) AS w, min(r.date) AS first, max(r.date) AS last
  OPTIONAL MATCH (x:Tally {id: key})
  RETURN count(CASE WHEN x IS NULL OR x.n <> n OR abs(x.w - w) > 1e-6
                         OR coalesce(x.first <> first, x.first IS NULL <> first IS NULL)
                         OR coalesce(x.last <> last, x.last IS NULL <> last IS NULL)
                    THEN 1 END) AS wrong, count(*) AS keys
}
CALL () {
  MATCH (x:Tally) RETURN count(x) AS tallies
}
RETURN wrong + abs(tallies - keys) AS bad`
)

// recomputeStmts holds recomputeCypher for each relationship type.
var recomputeStmts = map[actorgraph.RelType]string{}

func init() {
	for _, r := range actorgraph.RelTypes {
		recomputeStmts[r.Type] = strings.ReplaceAll(recomputeCypher, "TYPE", string(r.Type))
	}
}
