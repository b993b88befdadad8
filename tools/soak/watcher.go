package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// round is what one round line of the watcher's log said.
type round struct {
	n, new, goroutines int
	heapKiB            int64
	rssKiB             int64 // of the process, read when the line came
	failed             bool  // the round stopped on an error (Neo4j down)
}

// watcher is `ingest watch` running as a child process.
type watcher struct {
	cmd    *exec.Cmd
	done   chan error
	mu     sync.Mutex
	rounds []round
	warns  int
}

var roundLine = regexp.MustCompile(`msg=round round=(\d+) new=(\d+) .* goroutines=(\d+) heap_kib=(\d+)`)

// startWatcher starts `ingest watch` on the inbox and the feed, with the
// Neo4j settings of cfg in its environment.
func startWatcher(ctx context.Context, o options, inbox, feedURL string) (*watcher, error) {
	cmd := exec.CommandContext(ctx, o.ingestBin, "watch", "--dir", inbox, "--feed", feedURL,
		"--every", o.every.String())
	cmd.Env = append(os.Environ(), "ACTORGRAPH_NEO4J_URI="+o.neo4j.URI, "ACTORGRAPH_NEO4J_USER="+o.neo4j.User,
		"ACTORGRAPH_NEO4J_PASSWORD="+o.neo4j.Password, "ACTORGRAPH_NEO4J_DATABASE="+o.neo4j.Database)
	cmd.Stdout = io.Discard
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", o.ingestBin, err)
	}
	w := &watcher{cmd: cmd, done: make(chan error, 1)}
	go w.read(stderr)
	return w, nil
}

// read parses the watcher's log until it closes; it must end before Wait.
func (w *watcher) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if m := roundLine.FindStringSubmatch(line); m != nil {
			rd := round{n: atoi(m[1]), new: atoi(m[2]), goroutines: atoi(m[3]), heapKiB: int64(atoi(m[4])),
				rssKiB: rss(w.cmd.Process.Pid), failed: strings.Contains(line, " err=")}
			w.mu.Lock()
			w.rounds = append(w.rounds, rd)
			w.mu.Unlock()
		} else if strings.Contains(line, "level=WARN") || strings.Contains(line, "level=ERROR") {
			w.mu.Lock()
			w.warns++
			w.mu.Unlock()
		}
	}
	w.done <- w.cmd.Wait()
}

// snapshot returns the rounds logged so far.
func (w *watcher) snapshot() ([]round, int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]round(nil), w.rounds...), w.warns
}

// waitRounds waits until n more rounds have been logged, or limit.
func (w *watcher) waitRounds(n int, limit time.Duration) {
	rounds, _ := w.snapshot()
	want := len(rounds) + n
	for start := time.Now(); time.Since(start) < limit; time.Sleep(200 * time.Millisecond) {
		if rounds, _ = w.snapshot(); len(rounds) >= want {
			return
		}
	}
}

// stop sends SIGINT and waits for the watcher to end; exit status 130
// (interrupted) is the expected end.
func (w *watcher) stop() error {
	_ = w.cmd.Process.Signal(os.Interrupt)
	select {
	case err := <-w.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ExitCode() == 130 {
			return nil
		}
		return err
	case <-time.After(time.Minute):
		_ = w.cmd.Process.Kill()
		return fmt.Errorf("watcher did not stop within a minute of SIGINT")
	}
}

// rss is the resident memory of process pid in KiB (Linux), or 0.
func rss(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	return 0
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }
