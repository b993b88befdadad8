package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// run feeds a watcher for o.duration, restarting Neo4j once on the way,
// waits for it to catch up, stops it and checks the graph.
func run(ctx context.Context, o options) (report, error) {
	var rep report
	release, err := lockDatabase(o.neo4j)
	if err != nil {
		return rep, err
	}
	defer release()
	inbox, err := os.MkdirTemp("", "actorgraph-soak-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(inbox)
	p := newProducer(inbox, time.Now().UTC().Format("20060102T150405"))
	defer p.srv.Close()
	if err := p.add(o.perTick); err != nil {
		return rep, err
	}
	w, err := startWatcher(ctx, o, inbox, p.srv.URL+"/rss.xml")
	if err != nil {
		return rep, err
	}
	start := time.Now()
	restart := feed(ctx, o, p)
	rep.restart = <-restart
	rep.fed = time.Since(start)
	store, err := graph.Open(ctx, o.neo4j)
	if err == nil {
		defer store.Close(context.WithoutCancel(ctx))
		rep.caughtUp = waitCaughtUp(ctx, store, p.produced(), o.settle)
	}
	// A round logs its line when it ends, after its writes: wait for two
	// more, so that the rounds that wrote the last articles are counted.
	// The rounds before SIGINT: the one it interrupts is not a round.
	w.waitRounds(2, 2*o.every+time.Minute)
	rep.rounds, rep.warns = w.snapshot()
	rep.rssAtStop = rss(w.cmd.Process.Pid)
	stopErr := w.stop()
	rep.produced = len(p.produced())
	if err == nil {
		err = rep.check(ctx, store, p.produced())
	}
	if err == nil && stopErr != nil && ctx.Err() == nil {
		err = fmt.Errorf("watcher: %w", stopErr)
	}
	return rep, err
}

// feed adds o.perTick files and entries every o.every until o.duration has
// passed, and runs o.restartCmd at o.restartAt while feeding goes on. The
// channel gets the restart's outcome once feeding is over.
func feed(ctx context.Context, o options, p *producer) <-chan restartResult {
	out := make(chan restartResult, 1)
	restarted := make(chan restartResult, 1)
	if o.restartCmd == "" || o.restartAt < 0 {
		restarted <- restartResult{skipped: true}
	} else {
		time.AfterFunc(o.restartAt, func() { restarted <- restartNeo4j(ctx, o.restartCmd) })
	}
	go func() {
		tick := time.NewTicker(o.every)
		defer tick.Stop()
		end := time.After(o.duration)
		for loop := true; loop; {
			select {
			case <-tick.C:
				if err := p.add(o.perTick); err != nil {
					status("feed: %v", err)
				}
			case <-end:
				loop = false
			case <-ctx.Done():
				loop = false
			}
		}
		out <- <-restarted
	}()
	return out
}

// restartResult says how the restart of Neo4j went.
type restartResult struct {
	skipped bool
	took    time.Duration
	err     error
}

func restartNeo4j(ctx context.Context, cmd string) restartResult {
	status("restarting Neo4j: %s", cmd)
	start := time.Now()
	c := exec.CommandContext(ctx, "bash", "-c", cmd)
	c.Stdout, c.Stderr = os.Stderr, os.Stderr
	err := c.Run()
	status("Neo4j restarted in %v (%v)", time.Since(start).Round(time.Second), err)
	return restartResult{took: time.Since(start), err: err}
}

// waitCaughtUp polls the graph until every produced article is in it, or
// limit has passed; it returns how long that took (or -1).
func waitCaughtUp(ctx context.Context, st *graph.Store, ids []string, limit time.Duration) time.Duration {
	start := time.Now()
	for time.Since(start) < limit && ctx.Err() == nil {
		if found, _, err := countIDs(ctx, st, ids); err == nil && found == len(ids) {
			return time.Since(start)
		}
		time.Sleep(time.Second)
	}
	return -1
}

// lockDatabase takes the lock that graphtest.Open and the benchmarks take
// for the same database, so that tests never run while Neo4j restarts.
func lockDatabase(cfg graph.Config) (func(), error) {
	sum := sha256.Sum256([]byte(cfg.URI + "/" + cfg.Database))
	path := filepath.Join(os.TempDir(), "actorgraph-neo4j-"+hex.EncodeToString(sum[:8])+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open database lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("take database lock %s: %w", path, err)
	}
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
}
