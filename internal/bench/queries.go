package bench

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
	"github.com/actorgraph/actorgraph/queries"
)

// Args holds the values the benchmark gives saved-query parameters: busy
// actors and a negotiation that every generated corpus names often.
var Args = map[string]string{
	"actor":      "United States",
	"a":          "United States",
	"b":          "China",
	"government": "United States",
	"target":     "Geneva nuclear talks",
}

// Window is the time window of the windowed case of each query.
var Window = map[string]string{"from": "2025-01-01", "to": "2025-03-31"}

// QueryCase is one saved query with one set of arguments.
type QueryCase struct {
	Name  string // the query's name, with what was set
	Query queries.Query
	Args  map[string]string
}

// Params returns the bound parameters of c, as the runner sends them.
func (c QueryCase) Params() (map[string]any, error) {
	return c.Query.Bind(c.Args)
}

// QueryCases returns every saved query with its required parameters set
// from Args and the others at their defaults; then, for queries with an
// optional actor, the same with the actor set; and for queries with a time
// window, the same within Window.
func QueryCases() ([]QueryCase, error) {
	all, err := queries.All()
	if err != nil {
		return nil, err
	}
	var out []QueryCase
	for _, q := range all {
		base := map[string]string{}
		for _, p := range q.Params {
			if v, ok := Args[p.Name]; ok && p.Required {
				base[p.Name] = v
			}
		}
		out = append(out, QueryCase{Name: q.Name, Query: q, Args: base})
		if p, ok := q.Param("actor"); ok && !p.Required {
			out = append(out, QueryCase{Name: q.Name + " actor=" + Args["actor"], Query: q, Args: with(base, map[string]string{"actor": Args["actor"]})})
		}
		if _, ok := q.Param("from"); ok {
			out = append(out, QueryCase{Name: q.Name + " from..to", Query: q, Args: with(base, Window)})
		}
	}
	for _, c := range out {
		if _, err := c.Params(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// with returns a copy of a with the entries of b added.
func with(a, b map[string]string) map[string]string {
	out := make(map[string]string, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// Latency is the spread of a query's run times.
type Latency struct {
	Runs        int
	Median, P95 time.Duration
	Rows        int  // rows returned by the last run
	TimedOut    bool // a run hit the timeout; the other fields are unset
}

// WarmupRuns is the number of untimed runs of a query before the timed
// ones: the first plans the query (seconds, for the biggest), and the JVM
// compiles the operators' hot code over the next few; the timed runs
// measure the settled server.
const WarmupRuns = 3

// TimeQuery runs c WarmupRuns times to warm up, then runs times, reading every row, as
// the saved-query runner does (a read transaction, dates sent as dates).
// Each run gets a server-side transaction timeout, so that a runaway query
// stops on the server too; the first run that hits it ends the
// measurement with TimedOut set.
func TimeQuery(ctx context.Context, st *graph.Store, c QueryCase, runs int, timeout time.Duration) (Latency, error) {
	params, err := c.Params()
	if err != nil {
		return Latency{}, err
	}
	params = driverParams(params)
	var times []time.Duration
	rows := 0
	for i := 0; i < WarmupRuns+runs; i++ {
		start := time.Now()
		res, err := neo4j.ExecuteQuery(ctx, st.Driver(), c.Query.Text, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(st.Database()), neo4j.ExecuteQueryWithReadersRouting(),
			neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(timeout)))
		if timedOut(err) {
			return Latency{TimedOut: true}, nil
		}
		if err != nil {
			return Latency{}, fmt.Errorf("query %s: %w", c.Name, err)
		}
		if i >= WarmupRuns {
			times = append(times, time.Since(start))
		}
		rows = len(res.Records)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	return Latency{Runs: runs, Median: times[len(times)/2],
		P95: times[int(math.Ceil(0.95*float64(len(times))))-1], Rows: rows}, nil
}

// driverParams converts bound parameter values to what the driver sends,
// as the saved-query runner does: dates (time.Time) become Neo4j dates.
func driverParams(params map[string]any) map[string]any {
	out := make(map[string]any, len(params))
	for k, v := range params {
		if t, ok := v.(time.Time); ok {
			v = neo4j.DateOf(t)
		}
		out[k] = v
	}
	return out
}

// timedOut reports whether err is the server's transaction timeout.
func timedOut(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && strings.Contains(ne.Code, "TransactionTimedOut")
}

// GrowGraph writes gold documents of g, from article from on, in batches,
// until the graph holds at least target relationships between entities. It
// returns the next article index and the graph's counts.
func GrowGraph(ctx context.Context, st *graph.Store, g *corpusgen.Generator, from int, target int64) (int, graph.Counts, error) {
	const chunk, batch = 500, 100
	for {
		c, err := st.Counts(ctx)
		if err != nil {
			return from, c, err
		}
		have := c.Relationships()
		if have >= target {
			return from, c, nil
		}
		// Write about what is missing, at ~30 relations per article.
		n := min(chunk, int((target-have)/30)+1)
		if _, err := Batched(ctx, st, Docs(g, from, n), batch); err != nil {
			return from, c, err
		}
		from += n
	}
}
