package readmodel

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

// Report is one new report, as Add sums it: its type, its ends' entity
// ids (as stored), its Goldstein weight, CAMEO code and date (a
// neo4j.Date, or nil when the article has none).
type Report struct {
	Type           actorgraph.RelType
	Source, Target string
	Weight         float64
	CAMEO          string
	Date           any
}

// Summed reports whether reports of type t count in dyads: every type but
// the structural ones (MEMBER_OF, ADVISES), which say who serves whom, not
// what one did to another.
func Summed(t actorgraph.RelType) bool {
	r, ok := t.Info()
	return ok && r.Quad != actorgraph.Structural
}

// Add adds, in tx, the sums of reports (the new reports of a batch, already
// written) to the dyads of their pairs (add.cypher), except the pairs in
// skip, whose dyads the caller recomputes with Update instead (a pair with
// a report deleted in the same transaction). Reports of types that are not
// Summed are left out.
func Add(ctx context.Context, tx neo4j.ManagedTransaction, reports []Report, skip Pairs) error {
	rows := sums(reports, skip)
	if len(rows) == 0 {
		return nil
	}
	res, err := tx.Run(ctx, addCypher, map[string]any{"rows": rows})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("add to dyads: %w", err)
	}
	return nil
}

// sums returns one add.cypher row per pair, sorted by key.
func sums(reports []Report, skip Pairs) []any {
	byPair := map[Pair]map[string]any{}
	for _, r := range reports {
		info, ok := r.Type.Info()
		p := Pair{r.Source, r.Target}
		if !ok || info.Quad == actorgraph.Structural || r.Source == r.Target || skip[p] {
			continue
		}
		row := byPair[p]
		if row == nil {
			row = map[string]any{"source": r.Source, "target": r.Target, "reports": int64(0),
				"conflict": 0.0, "cooperation": 0.0, "mutual": 0.0, "pressure": 0.0, "first": nil, "last": nil}
			for _, k := range countKeys {
				row[k] = int64(0)
			}
			byPair[p] = row
		}
		w := r.Weight
		if w < 0 {
			w = -w
		}
		row["reports"] = row["reports"].(int64) + 1
		switch {
		case info.Quad == actorgraph.Conflict:
			row["conflict"] = row["conflict"].(float64) + w
		case info.Quad == actorgraph.Cooperation:
			row["cooperation"] = row["cooperation"].(float64) + w
			if info.Symmetric {
				row["mutual"] = row["mutual"].(float64) + w
			}
		case r.Type == actorgraph.Urges:
			row["pressure"] = row["pressure"].(float64) + w
		}
		typeKey := strings.ToLower(string(r.Type))
		row[typeKey] = row[typeKey].(int64) + 1
		if q := quadKey(r.CAMEO); q != "" {
			row[q] = row[q].(int64) + 1
		}
		if d, ok := r.Date.(neo4j.Date); ok {
			if f, ok := row["first"].(neo4j.Date); !ok || d.Time().Before(f.Time()) {
				row["first"] = d
			}
			if l, ok := row["last"].(neo4j.Date); !ok || d.Time().After(l.Time()) {
				row["last"] = d
			}
		}
	}
	keys := make([]Pair, 0, len(byPair))
	for p := range byPair {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Source != keys[j].Source {
			return keys[i].Source < keys[j].Source
		}
		return keys[i].Target < keys[j].Target
	})
	out := make([]any, len(keys))
	for i, p := range keys {
		out[i] = byPair[p]
	}
	return out
}

// countKeys are the dyad's counts that sums fills: one per summed type and
// one per CAMEO quad class.
var countKeys = func() []string {
	out := []string{"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}
	for _, r := range actorgraph.RelTypes {
		if r.Quad != actorgraph.Structural {
			out = append(out, strings.ToLower(string(r.Type)))
		}
	}
	return out
}()

// quadKey is the dyad count of the CAMEO quad class of code, by its root
// (the first two digits), as update.cypher counts it; "" for none.
func quadKey(code string) string {
	if len(code) < 2 {
		return ""
	}
	root, err := strconv.Atoi(code[:2])
	switch {
	case err != nil:
		return ""
	case root >= 1 && root <= 5:
		return "verbal_cooperation"
	case root >= 6 && root <= 9:
		return "material_cooperation"
	case root >= 10 && root <= 14:
		return "verbal_conflict"
	case root >= 15 && root <= 20:
		return "material_conflict"
	}
	return ""
}
