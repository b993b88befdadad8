package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// report is what a soak run measured.
type report struct {
	fed                   time.Duration
	restart               restartResult
	caughtUp              time.Duration // after the last feeding; -1: not within -settle
	rounds                []round
	warns                 int
	rssAtStop             int64 // KiB, just before SIGINT
	produced, found, dups int
	mentionDups           int
}

const idsCypher = `UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
WITH id, count(a) AS c
RETURN sum(CASE WHEN c > 0 THEN 1 ELSE 0 END) AS found, sum(CASE WHEN c > 1 THEN 1 ELSE 0 END) AS dups`

const mentionDupsCypher = `UNWIND $ids AS id
MATCH (a:Article {id: id})-[m:MENTIONS]->(e)
WITH a, e, count(m) AS c WHERE c > 1
RETURN count(*) AS n`

// countIDs returns how many of ids are articles in the graph, and how
// many of them more than once.
func countIDs(ctx context.Context, st *graph.Store, ids []string) (int, int, error) {
	res, err := st.Run(ctx, idsCypher, map[string]any{"ids": ids})
	if err != nil || len(res.Rows) != 1 {
		return 0, 0, err
	}
	found, _ := res.Rows[0][0].(int64)
	dups, _ := res.Rows[0][1].(int64)
	return int(found), int(dups), nil
}

// check counts the produced articles found, duplicated, and with doubled
// mentions.
func (r *report) check(ctx context.Context, st *graph.Store, ids []string) error {
	var err error
	if r.found, r.dups, err = countIDs(ctx, st, ids); err != nil {
		return fmt.Errorf("count articles: %w", err)
	}
	res, err := st.Run(ctx, mentionDupsCypher, map[string]any{"ids": ids})
	if err != nil {
		return fmt.Errorf("count doubled mentions: %w", err)
	}
	n, _ := res.Rows[0][0].(int64)
	r.mentionDups = int(n)
	return nil
}

// ok reports whether nothing was lost or duplicated and memory and
// goroutines stayed flat (the last round within twice the first's, plus
// a margin for a cold start).
func (r report) ok() bool {
	if r.produced == 0 || r.found != r.produced || r.dups != 0 || r.mentionDups != 0 || len(r.rounds) < 2 {
		return false
	}
	first, last := r.rounds[0], r.rounds[len(r.rounds)-1]
	return last.goroutines <= 2*first.goroutines+10 && r.rssAtStop <= 2*first.rssKiB+64<<10
}

func (r report) print(w io.Writer, o options) {
	fmt.Fprintf(w, "soak: fed %v (every %v, %d files and %d feed entries each time), Neo4j restart at %v\n",
		r.fed.Round(time.Second), o.every, o.perTick, o.perTick, o.restartAt)
	if len(r.rounds) > 0 {
		first, last := r.rounds[0], r.rounds[len(r.rounds)-1]
		failed, news := 0, 0
		for _, rd := range r.rounds {
			news += rd.new
			if rd.failed {
				failed++
			}
		}
		fmt.Fprintf(w, "%-26s %10s %10s\n", "", "first", "last")
		fmt.Fprintf(w, "%-26s %10d %10d\n", "round", first.n, last.n)
		fmt.Fprintf(w, "%-26s %10d %10d\n", "goroutines", first.goroutines, last.goroutines)
		fmt.Fprintf(w, "%-26s %10d %10d\n", "heap in use (KiB)", first.heapKiB, last.heapKiB)
		fmt.Fprintf(w, "%-26s %10d %10d\n", "resident memory (KiB)", first.rssKiB, r.rssAtStop) // last: at the stop
		fmt.Fprintf(w, "rounds: %d logged, %d stopped by an error; %d new articles counted by the rounds; %d WARN/ERROR lines\n",
			len(r.rounds), failed, news, r.warns)
	}
	restart := "none"
	if !r.restart.skipped {
		restart = fmt.Sprintf("took %v (error: %v)", r.restart.took.Round(time.Second), r.restart.err)
	}
	fmt.Fprintf(w, "neo4j restart: %s; caught up %v after the last feeding\n", restart, r.caughtUp.Round(time.Second))
	fmt.Fprintf(w, "articles: %d produced, %d in the graph, %d lost, %d duplicated, %d with doubled mentions\n",
		r.produced, r.found, r.produced-r.found, r.dups, r.mentionDups)
	verdict := "ok"
	if !r.ok() {
		verdict = "FAILED"
	}
	fmt.Fprintf(w, "soak: %s\n", verdict)
}
