package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Result is the answer of a query: its column names and its rows, the
// values converted to plain Go values (see Plain).
type Result struct {
	Columns []string
	Rows    [][]any
}

// Query runs one read-only Cypher statement with params, as Run does, and
// classifies its errors (unreachable, authentication, not enough memory,
// a value the statement cannot use) with what as their context, e.g.
// "query tension". The store knows no saved queries: the caller binds one
// (queries.Query.Bind) and passes its text and parameters.
func (s *Store) Query(ctx context.Context, what, cypher string, params map[string]any) (*Result, error) {
	res, err := s.Run(ctx, cypher, params)
	if err != nil {
		return nil, classify(s.cfg, what, err)
	}
	return res, nil
}

// Run runs one read-only Cypher statement with params on the store's
// database. A time.Time parameter is sent as a Neo4j date (its calendar
// day); every other value as is. Transient errors are retried as the
// driver does, but not the server running out of memory for transactions:
// the same query would only fail again, after 30 s of retries.
func (s *Store) Run(ctx context.Context, cypher string, params map[string]any) (*Result, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeRead,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager()})
	defer sess.Close(context.WithoutCancel(ctx))
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (*Result, error) {
		res, err := tx.Run(ctx, cypher, DriverParams(params))
		var keys []string
		var recs []*neo4j.Record
		if err == nil {
			keys, err = res.Keys()
		}
		if err == nil {
			recs, err = res.Collect(ctx)
		}
		if err != nil {
			var ne *neo4j.Neo4jError
			if errors.As(err, &ne) && ne.Code == codeMemoryPool {
				return nil, &outOfMemory{code: ne.Code, msg: ne.Msg}
			}
			return nil, err
		}
		out := &Result{Columns: keys, Rows: make([][]any, len(recs))}
		for i, rec := range recs {
			row := make([]any, len(rec.Values))
			for j, v := range rec.Values {
				row[j] = Plain(v)
			}
			out.Rows[i] = row
		}
		return out, nil
	})
}

// DriverParams converts bound parameter values to what the driver sends:
// dates (time.Time) become Neo4j dates.
func DriverParams(params map[string]any) map[string]any {
	out := make(map[string]any, len(params))
	for k, v := range params {
		if t, ok := v.(time.Time); ok {
			v = neo4j.DateOf(t)
		}
		out[k] = v
	}
	return out
}

// Plain converts a value returned by the driver into a plain Go value that
// prints and encodes well: dates become "YYYY-MM-DD", other temporal values
// ISO 8601 text, nodes a map of their properties, relationships their type,
// lists and maps are converted element by element.
func Plain(v any) any {
	switch x := v.(type) {
	case dbtype.Date:
		return x.Time().Format("2006-01-02")
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case dbtype.Duration:
		return x.String()
	case dbtype.Node:
		return plainMap(x.Props)
	case dbtype.Relationship:
		return x.Type
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = Plain(e)
		}
		return out
	case map[string]any:
		return plainMap(x)
	case dbtype.Path, dbtype.Point2D, dbtype.Point3D, dbtype.Time, dbtype.LocalTime:
		return fmt.Sprint(x)
	}
	return v
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = Plain(v)
	}
	return out
}
