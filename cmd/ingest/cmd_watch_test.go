package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// wire is a loopback news site with an RSS feed whose entries the test adds.
type wire struct {
	*httptest.Server
	mu    sync.Mutex
	pages []string // article texts; entry i links to /a/i
}

func newWire(t *testing.T) *wire {
	w := &wire{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /rss.xml", func(rw http.ResponseWriter, _ *http.Request) {
		w.mu.Lock()
		defer w.mu.Unlock()
		rw.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(rw, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
		for i := range w.pages {
			fmt.Fprintf(rw, `<item><title>Wire story %d</title><link>%s/a/%d</link><pubDate>Tue, 0%d Jul 2031 09:00:00 GMT</pubDate></item>`,
				i, w.URL, i, i%9+1)
		}
		fmt.Fprint(rw, `</channel></rss>`)
	})
	mux.HandleFunc("GET /a/{i}", func(rw http.ResponseWriter, r *http.Request) {
		w.mu.Lock()
		defer w.mu.Unlock()
		var i int
		if _, err := fmt.Sscan(r.PathValue("i"), &i); err != nil || i >= len(w.pages) {
			http.NotFound(rw, r)
			return
		}
		rw.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(rw, "<html><body><nav>Home</nav><article><p>%s</p></article></body></html>", w.pages[i])
	})
	w.Server = httptest.NewServer(mux)
	t.Cleanup(w.Close)
	return w
}

func (w *wire) add(text string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pages = append(w.pages, text)
}

func writeArticle(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte("Title: "+name+"\n\n"+text+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// watchConfig writes an actorgraph.yaml with a watch section and returns
// the common arguments.
func watchConfig(t *testing.T, dir, feed string) []string {
	t.Helper()
	cfg := graphtest.Config()
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	file := filepath.Join(t.TempDir(), "actorgraph.yaml")
	yaml := fmt.Sprintf("neo4j:\n  uri: %s\n  user: %s\n  database: %s\nwatch:\n  every: 150ms\n  dirs: [%q]\n  feeds: [%q]\n",
		cfg.URI, cfg.User, cfg.Database, dir, feed)
	if err := os.WriteFile(file, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{"watch", "--config", file, "--workers", "2"}
}

// With a folder and a feed in the config, --once ingests them; the next
// --once ingests only what appeared since and skips the rest as known.
func TestWatchOnceFromConfig(t *testing.T) {
	st := graphtest.Open(t)
	dir := t.TempDir()
	web := newWire(t)
	writeArticle(t, dir, "a.txt", "Chile signed an agreement with Bolivia on Monday.")
	web.add("Norway criticized Iceland on Tuesday over the whaling quota.")
	web.add("Japan urged South Korea to resume talks on the fisheries accord.")
	args := append(watchConfig(t, dir, web.URL+"/rss.xml"), "--once")

	code, out, errOut := runCLI(t, args...)
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "round 1: new 3, changed 0, skipped 0 (known), failed 0, 0 sources failed") {
		t.Errorf("first run:\n%s", out)
	}
	for _, id := range []string{"dir:" + filepath.ToSlash(dir), "feed:" + web.URL + "/rss.xml"} {
		if !strings.Contains(out, id) {
			t.Errorf("no line for %s:\n%s", id, out)
		}
	}

	writeArticle(t, dir, "b.txt", "Egypt hosted talks between Sudan and Ethiopia on Wednesday.")
	web.add("Spain met with Portugal in Lisbon on Thursday.")
	code, out, errOut = runCLI(t, args...)
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "round 1: new 2, changed 0, skipped 3 (known), failed 0") {
		t.Errorf("second run:\n%s", out)
	}
	if !strings.Contains(errOut, "1 rounds so far") {
		t.Errorf("the second run does not report the state kept from the first:\n%s", errOut)
	}
	if !strings.Contains(errOut, "msg=round") {
		t.Errorf("no structured round line on a non-terminal stderr:\n%s", errOut)
	}
	rows := graphtest.Rows(t, st, "MATCH (s:Source) RETURN s.id AS id, s.runs AS runs, s.total_new AS n ORDER BY id", nil)
	if len(rows) != 2 || rows[0]["runs"] != int64(2) || rows[0]["n"] != int64(2) || rows[1]["n"] != int64(3) {
		t.Errorf("sources = %v", rows)
	}
	if n := graphtest.Rows(t, st, "MATCH (a:Article) RETURN count(a) AS n", nil)[0]["n"]; n != int64(5) {
		t.Errorf("%v articles", n)
	}
}

// A running watcher picks up an article that appears between rounds, and
// stops on a signal (a cancelled context) with exit status 130.
func TestWatchPicksUpNewArticles(t *testing.T) {
	st := graphtest.Open(t)
	dir := t.TempDir()
	web := newWire(t)
	writeArticle(t, dir, "a.txt", "Chile signed an agreement with Bolivia on Monday.")
	args := watchConfig(t, dir, web.URL+"/rss.xml")

	var out, errOut syncBuffer
	io := &IO{In: strings.NewReader(""), Out: &out, Err: &errOut}
	cmd := newRootCommand(io)
	cmd.SetArgs(args)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int)
	go func() { done <- exitCode(ctx, io, cmd.ExecuteContext(ctx)) }()

	articles := func() int64 {
		return graphtest.Rows(t, st, "MATCH (a:Article) RETURN count(a) AS n", nil)[0]["n"].(int64)
	}
	waitUntil(t, func() bool { return articles() == 1 })
	web.add("Norway criticized Iceland on Tuesday over the whaling quota.")
	writeArticle(t, dir, "b.txt", "Egypt hosted talks between Sudan and Ethiopia on Wednesday.")
	waitUntil(t, func() bool { return articles() == 3 })
	cancel()
	select {
	case code := <-done:
		if code != exitCancelled {
			t.Errorf("exit %d after a signal, want %d", code, exitCancelled)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the watcher did not stop after the signal")
	}
	if !strings.Contains(out.String(), "round 2:") || !strings.Contains(errOut.String(), "next round at") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", out.String(), errOut.String())
	}
}

func TestWatchStdinAndUsage(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	base := []string{"watch", "--neo4j-uri", cfg.URI, "--neo4j-database", cfg.Database}
	var out, errOut bytes.Buffer
	io := &IO{Out: &out, Err: &errOut, In: strings.NewReader(
		`{"title":"Summit","text":"France met with Germany in Berlin on Monday.","url":"https://example.org/summit"}` + "\n" +
			`{"title": broken` + "\n")}
	cmd := newRootCommand(io)
	cmd.SetArgs(append(base, "--stdin"))
	code := exitCode(context.Background(), io, cmd.ExecuteContext(context.Background()))
	if code != exitError || !strings.Contains(out.String(), "new 1, changed 0, skipped 0 (known), failed 1") ||
		!strings.Contains(errOut.String(), "stdin:2") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errOut.String())
	}
	if rows := graphtest.Rows(t, st, "MATCH (a:Article {id: 'https://example.org/summit'}) RETURN a.title AS t", nil); len(rows) != 1 {
		t.Errorf("stdin article not in the graph: %v", rows)
	}

	for _, bad := range [][]string{
		{"--once"},
		{"--once", "--dir", ".", "--cron", "61 * * * *"},
		{"--once", "--dir", ".", "--every", "0s"},
	} {
		code, _, errOut := runCLI(t, append(base, bad...)...)
		if code != exitUsage || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%v: exit %d, stderr %q; want one usage line", bad, code, errOut)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for the watcher's goroutine and the
// test reading it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("not reached within 30s")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// A file dropped into a watched folder is ingested at once, long before the
// next scheduled round.
func TestWatchNotifiedOfNewFiles(t *testing.T) {
	st := graphtest.Open(t)
	dir := t.TempDir()
	web := newWire(t)
	args := append(watchConfig(t, dir, web.URL+"/rss.xml"), "--every", "1h")
	var out, errOut syncBuffer
	io := &IO{In: strings.NewReader(""), Out: &out, Err: &errOut}
	cmd := newRootCommand(io)
	cmd.SetArgs(args)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); cmd.ExecuteContext(ctx) }()
	defer func() { cancel(); <-done }()

	waitUntil(t, func() bool { return strings.Contains(out.String(), "round 1:") })
	writeArticle(t, dir, "late.txt", "Canada met with Mexico in Ottawa on Friday.")
	start := time.Now()
	waitUntil(t, func() bool { return strings.Contains(out.String(), "round 2: new 1,") })
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("the new file took %s to be ingested", d)
	}
	if rows := graphtest.Rows(t, st, "MATCH (a:Article) WHERE a.path ENDS WITH 'late.txt' RETURN a.id", nil); len(rows) != 1 {
		t.Errorf("late.txt in the graph: %v", rows)
	}
}
