package graph

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

// SourceState is what the graph remembers of a watched source, stored as a
// (:Source {id}) node so that a restarted ingester, or one on another
// machine, carries on where the last one stopped.
type SourceState struct {
	ID          string
	Kind        string
	LastRun     time.Time // start of the last round
	LastSuccess time.Time // start of the last round that succeeded; zero if none
	LastError   string    // of the last round; "" when it succeeded
	Runs        int64
	// The last round's counts.
	New, Changed, Skipped, Failed int64
	// Totals over every round.
	TotalNew, TotalChanged, TotalFailed int64
}

const recordRunCypher = `
MERGE (s:Source {id: $id})
SET s.kind = $kind
WITH s // the write above locks the node: the counts below read the latest
SET s.last_run = $started,
    s.last_finished = $finished,
    s.last_error = $err,
    s.runs = coalesce(s.runs, 0) + 1,
    s.new = $new, s.changed = $changed, s.skipped = $skipped, s.failed = $failed,
    s.total_new = coalesce(s.total_new, 0) + $new,
    s.total_changed = coalesce(s.total_changed, 0) + $changed,
    s.total_failed = coalesce(s.total_failed, 0) + $failed
FOREACH (_ IN CASE WHEN $err = '' THEN [1] ELSE [] END |
  SET s.last_success = $started)`

// RecordRun stores the outcome of one round of a source. Rounds of one
// source are recorded one at a time by the watcher; the MERGE on the
// constrained id keeps concurrent ingesters from duplicating the node.
func (s *Store) RecordRun(ctx context.Context, r actorgraph.SourceRun) error {
	params := map[string]any{
		"id": r.ID, "kind": r.Kind,
		"started": r.Started.UTC(), "finished": r.Finished.UTC(), "err": r.Err,
		"new": int64(r.New), "changed": int64(r.Changed),
		"skipped": int64(r.Skipped), "failed": int64(r.Failed),
	}
	_, err := neo4j.ExecuteQuery(ctx, s.driver, recordRunCypher, params,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database),
		neo4j.ExecuteQueryWithWritersRouting())
	return classify(s.cfg, "record run of "+r.ID, err)
}

const sourceStatesCypher = `
MATCH (s:Source) WHERE $ids IS NULL OR s.id IN $ids
RETURN s.id AS id, s.kind AS kind, s.last_run AS last_run,
       s.last_success AS last_success, s.last_error AS last_error,
       s.runs AS runs, s.new AS new, s.changed AS changed,
       s.skipped AS skipped, s.failed AS failed, s.total_new AS total_new,
       s.total_changed AS total_changed, s.total_failed AS total_failed
ORDER BY id`

// SourceStates returns the state of the sources with the given ids that
// the graph knows, or of every source when ids is nil, ordered by id.
func (s *Store) SourceStates(ctx context.Context, ids []string) ([]SourceState, error) {
	var param any
	if ids != nil {
		param = ids
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, sourceStatesCypher, map[string]any{"ids": param},
		neo4j.EagerResultTransformer, s.readConfig())
	if err != nil {
		return nil, classify(s.cfg, "source states", err)
	}
	out := make([]SourceState, 0, len(res.Records))
	for _, rec := range res.Records {
		m := rec.AsMap()
		out = append(out, SourceState{
			ID: stateString(m["id"]), Kind: stateString(m["kind"]),
			LastRun: stateTime(m["last_run"]), LastSuccess: stateTime(m["last_success"]),
			LastError: stateString(m["last_error"]), Runs: stateInt(m["runs"]),
			New: stateInt(m["new"]), Changed: stateInt(m["changed"]),
			Skipped: stateInt(m["skipped"]), Failed: stateInt(m["failed"]),
			TotalNew: stateInt(m["total_new"]), TotalChanged: stateInt(m["total_changed"]),
			TotalFailed: stateInt(m["total_failed"]),
		})
	}
	return out, nil
}

func stateString(v any) string {
	s, _ := v.(string)
	return s
}

func stateInt(v any) int64 {
	n, _ := v.(int64)
	return n
}

func stateTime(v any) time.Time {
	t, _ := v.(time.Time)
	return t
}
