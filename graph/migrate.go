package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/readmodel"
	"github.com/actorgraph/actorgraph/schema"
)

// SchemaChange says what applying one schema statement did.
type SchemaChange struct {
	Name    string // the constraint or index, e.g. "entity_id"
	Created bool   // false: it existed already
	Dropped bool   // an index of an older schema, removed (Created is false)
}

// Migrate applies the schema (constraints and indexes) idempotently.
func (s *Store) Migrate(ctx context.Context) error {
	return s.MigrateReporting(ctx, nil)
}

// MigrateReporting is Migrate telling status, when it is not nil, what
// takes time: on a database without the schema (the first run), creating
// it and waiting for the new indexes to come online (32 s on a new
// database in the report of issue 23; 1.9 s after dropping the schema of
// a small graph in TestRunFirstRunSaysSchema).
func (s *Store) MigrateReporting(ctx context.Context, status func(string)) error {
	_, err := s.applySchema(ctx, status)
	return err
}

// ApplySchema applies every statement of package schema, then of the read
// model's schema file (readmodel.Schema), whose constraint or index is not
// there yet, each in its own transaction, waits for new indexes to come
// online, and reports what each statement did. Indexes and constraints of
// older schemas are dropped first. It changes no data: the data of a graph
// written by an older version is upgraded by Upgrade (ingest migrate).
func (s *Store) ApplySchema(ctx context.Context) ([]SchemaChange, error) {
	return s.applySchema(ctx, nil)
}

// applySchema is ApplySchema, telling status (when not nil) what it does
// when the schema is missing.
func (s *Store) applySchema(ctx context.Context, status func(string)) ([]SchemaChange, error) {
	start := time.Now()
	say := func(format string, args ...any) {
		if status != nil {
			status(fmt.Sprintf(format, args...))
		}
	}
	stmts, err := schema.Statements()
	if err != nil {
		return nil, err
	}
	rm, err := schema.Parse(readmodel.Schema)
	if err != nil {
		return nil, err
	}
	stmts = append(stmts, rm...)
	present, err := s.schemaNames(ctx)
	if err != nil {
		return nil, err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	changes := make([]SchemaChange, 0, len(stmts))
	dropped, err := s.dropObsolete(ctx, present)
	for _, name := range dropped {
		changes = append(changes, SchemaChange{Name: name, Dropped: true})
	}
	if err != nil {
		return changes, err
	}
	created := false
	if n := missing(stmts, present); n > 0 {
		say("creating the schema: %d of %d constraints and indexes are missing (first run on this database)", n, len(stmts))
	}
	for _, st := range stmts {
		added := false
		if !present[st.Name] {
			added, err = neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (bool, error) {
				return applyTx(ctx, tx, st.Cypher)
			})
			if err != nil && !alreadyExists(err) {
				return changes, classify(s.cfg, fmt.Sprintf("apply schema %s (%s)", st.Name, st.File), err)
			}
		}
		created = created || added
		changes = append(changes, SchemaChange{Name: st.Name, Created: added})
	}
	if created {
		say("waiting for the new indexes to come online (%s so far)...", time.Since(start).Round(100*time.Millisecond))
		if err := s.awaitIndexes(ctx); err != nil {
			return changes, err
		}
		say("schema ready after %s", time.Since(start).Round(100*time.Millisecond))
	}
	return changes, nil
}

// applyTx runs one schema statement and reports whether it created
// anything (IF NOT EXISTS makes it a no-op otherwise).
func applyTx(ctx context.Context, tx neo4j.ManagedTransaction, cypher string) (bool, error) {
	result, err := tx.Run(ctx, cypher, nil)
	if err != nil {
		return false, err
	}
	sum, err := result.Consume(ctx)
	if err != nil {
		return false, err
	}
	c := sum.Counters()
	return c.ConstraintsAdded()+c.IndexesAdded() > 0, nil
}

// schemaNames returns the names of the constraints and indexes in the
// database.
func (s *Store) schemaNames(ctx context.Context) (map[string]bool, error) {
	names := map[string]bool{}
	for _, q := range []string{"SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name RETURN name"} {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, q, nil, neo4j.EagerResultTransformer, s.readConfig())
		if err != nil {
			return nil, classify(s.cfg, "list schema", err)
		}
		for _, rec := range res.Records {
			if n, ok := rec.Values[0].(string); ok {
				names[n] = true
			}
		}
	}
	return names, nil
}

// awaitIndexes waits until every index is online, so that constraints hold
// for the writes that follow.
func (s *Store) awaitIndexes(ctx context.Context) error {
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "CALL db.awaitIndexes(300)", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
	return classify(s.cfg, "wait for indexes", err)
}

// missing counts the statements whose constraint or index is not there.
func missing(stmts []schema.Statement, present map[string]bool) int {
	n := 0
	for _, st := range stmts {
		if !present[st.Name] {
			n++
		}
	}
	return n
}
