package readmodel

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed schema.cypher
var schemaFiles embed.FS

// Schema holds the read model's schema file (schema.cypher), in the
// format of package schema: named, idempotent CREATE CONSTRAINT and CREATE
// INDEX statements. graph.Store.ApplySchema applies it after the graph's.
var Schema fs.FS = schemaFiles

// The statements, as they run.
var (
	//go:embed update.cypher
	updateCypher string
	//go:embed add.cypher
	addCypher string
	//go:embed pairs.cypher
	pairsCypher string
	//go:embed prune.cypher
	pruneCypher string
	//go:embed legacy.cypher
	legacyCypher string
	//go:embed drift.cypher
	driftCypher string
)

// Label and type names of the read model, for counts and checks.
const (
	// DyadType is the type of the read model's relationships.
	DyadType = "DYAD"
)

// LegacyLabels are the labels of the read model before dyads, which
// DropLegacy deletes.
var LegacyLabels = []string{"Tally", "Pair", "PairQueue", "PairLock"}

// Pair is one ordered pair of entity ids whose dyad is to be recomputed.
type Pair struct {
	Source, Target string
}

// Pairs is a set of pairs to recompute.
type Pairs map[Pair]bool

// Add adds the pair (source, target); a loop is never a pair.
func (ps Pairs) Add(source, target string) {
	if source != target {
		ps[Pair{source, target}] = true
	}
}

// rows returns the statement rows of ps, sorted by key, so that
// concurrent writers lock dyads in the same order.
func (ps Pairs) rows() []any {
	list := make([]Pair, 0, len(ps))
	for p := range ps {
		list = append(list, p)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Source != list[j].Source {
			return list[i].Source < list[j].Source
		}
		return list[i].Target < list[j].Target
	})
	out := make([]any, len(list))
	for i, p := range list {
		out[i] = map[string]any{"source": p.Source, "target": p.Target}
	}
	return out
}

// Update recomputes, in tx, the dyads of ps from the reports between each
// pair (update.cypher): the dyad of a pair with reports is created or
// set, that of a pair without is deleted. Run it in the transaction that
// wrote or deleted the reports, after them.
func Update(ctx context.Context, tx neo4j.ManagedTransaction, ps Pairs) error {
	if len(ps) == 0 {
		return nil
	}
	res, err := tx.Run(ctx, updateCypher, map[string]any{"pairs": ps.rows()})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("update dyads: %w", err)
	}
	return nil
}

// rebuildChunk is the number of pairs recomputed per transaction by
// Rebuild.
const rebuildChunk = 2000

// Rebuild recomputes every dyad of the database from the reports: the
// dyad of every pair with reports (pairs.cypher, update.cypher, rebuildChunk
// pairs per transaction), then deletes the dyads of pairs without
// (prune.cypher). It is safe to run while ingest writes (each pair is
// recomputed under its dyad's lock), to interrupt and to run again. It
// returns the number of pairs recomputed.
func Rebuild(ctx context.Context, driver neo4j.DriverWithContext, database string) (int, error) {
	read := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database, AccessMode: neo4j.AccessModeRead})
	defer read.Close(context.WithoutCancel(ctx))
	write := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database})
	defer write.Close(context.WithoutCancel(ctx))
	res, err := read.Run(ctx, pairsCypher, nil)
	if err != nil {
		return 0, fmt.Errorf("rebuild dyads: list pairs: %w", err)
	}
	n := 0
	ps := Pairs{}
	flush := func() error {
		_, err := neo4j.ExecuteWrite(ctx, write, func(tx neo4j.ManagedTransaction) (int, error) {
			return len(ps), Update(ctx, tx, ps)
		})
		n += len(ps)
		ps = Pairs{}
		return err
	}
	for res.Next(ctx) {
		src, _ := res.Record().Values[0].(string)
		dst, _ := res.Record().Values[1].(string)
		ps.Add(src, dst)
		if len(ps) == rebuildChunk {
			if err := flush(); err != nil {
				return n, fmt.Errorf("rebuild dyads: %w", err)
			}
		}
	}
	if err := res.Err(); err != nil {
		return n, fmt.Errorf("rebuild dyads: list pairs: %w", err)
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("rebuild dyads: %w", err)
	}
	if err := autoCommit(ctx, write, pruneCypher); err != nil {
		return n, fmt.Errorf("rebuild dyads: prune: %w", err)
	}
	return n, nil
}

// DropLegacy deletes the nodes of the read model before dyads (:Tally,
// :Pair, :PairQueue, :PairLock; legacy.cypher). Their indexes and
// constraints are dropped by graph.Store.ApplySchema.
func DropLegacy(ctx context.Context, driver neo4j.DriverWithContext, database string) error {
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database})
	defer sess.Close(context.WithoutCancel(ctx))
	if err := autoCommit(ctx, sess, legacyCypher); err != nil {
		return fmt.Errorf("delete the read model before dyads: %w", err)
	}
	return nil
}

// autoCommit runs a statement that commits its own transactions (CALL ...
// IN TRANSACTIONS) and reads its result to the end.
func autoCommit(ctx context.Context, sess neo4j.SessionWithContext, cypher string) error {
	res, err := sess.Run(ctx, cypher, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return err
}

// Drift counts the dyads that differ from the reports they sum (missing,
// extra, or with other sums; drift.cypher). It reads every report, so it
// is for tests and checks. Zero means the read model holds.
func Drift(ctx context.Context, driver neo4j.DriverWithContext, database string) (int64, error) {
	res, err := neo4j.ExecuteQuery(ctx, driver, driftCypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return 0, fmt.Errorf("check dyads: %w", err)
	}
	n, _ := res.Records[0].Values[0].(int64)
	return n, nil
}
