package source

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
)

// testFetcher has short timeouts and backoff so that failures are quick.
func testFetcher(mod func(*FetchOptions)) *Fetcher {
	o := FetchOptions{
		Timeout:       500 * time.Millisecond,
		MaxBytes:      64 << 10,
		UserAgent:     "actorgraph-test/1",
		Retries:       1,
		Backoff:       20 * time.Millisecond,
		MaxRetryAfter: 2 * time.Second,
	}
	if mod != nil {
		mod(&o)
	}
	return NewFetcher(o)
}

func TestFetchHTMLSendsUserAgent(t *testing.T) {
	s := newSite(t)
	page, err := testFetcher(nil).FetchHTML(context.Background(), s.URL+"/a/harbor-talks")
	if err != nil {
		t.Fatal(err)
	}
	if page.ContentType != "text/html" || !strings.Contains(string(page.Body), "Harbor talks") {
		t.Errorf("page = %q, %d bytes", page.ContentType, len(page.Body))
	}
	if got := s.agents[0]; got != "actorgraph-test/1" {
		t.Errorf("User-Agent = %q", got)
	}
}

func TestFetchErrors(t *testing.T) {
	s := newSite(t)
	tests := []struct {
		path     string
		want     string // in the error
		attempts int    // requests the server saw
	}{
		{"/status/500", "500 Internal Server Error", 2},
		{"/limited-long", "exceeds the 2s limit", 1},
		{"/large", "page too large: 104", 1},
		{"/large?chunked=1", "page too large: over 65536 bytes", 1},
		{"/files/report.pdf", `unsupported content type "application/pdf"`, 1},
		{"/slow", "timed out", 2},
		{"/a/no-such-page", "404 Not Found", 0},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := testFetcher(nil).FetchHTML(context.Background(), s.URL+tt.path)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), s.URL+tt.path+": ") {
				t.Errorf("error = %q, want it to name the URL and say %q", err, tt.want)
			}
			if k := actorgraph.KindOf(err); k != actorgraph.KindInput {
				t.Errorf("kind = %v, want KindInput", k)
			}
			path := strings.SplitN(tt.path, "?", 2)[0]
			if tt.attempts > 0 && s.count(path) != tt.attempts {
				t.Errorf("server saw %d requests, want %d", s.count(path), tt.attempts)
			}
			s.mu.Lock()
			s.hits[path] = 0
			s.mu.Unlock()
		})
	}
}

func TestFetchRetries5xx(t *testing.T) {
	s := newSite(t)
	page, err := testFetcher(nil).FetchHTML(context.Background(), s.URL+"/flaky")
	if err != nil {
		t.Fatal(err)
	}
	if s.count("/flaky") != 2 || !strings.Contains(string(page.Body), "Harbor talks") {
		t.Errorf("requests = %d, body %d bytes", s.count("/flaky"), len(page.Body))
	}
}

func TestFetchHonorsRetryAfter(t *testing.T) {
	s := newSite(t)
	start := time.Now()
	page, err := testFetcher(nil).FetchHTML(context.Background(), s.URL+"/limited")
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < time.Second {
		t.Errorf("retried after %s, want at least the 1s of Retry-After", d)
	}
	if s.count("/limited") != 2 || !strings.Contains(string(page.Body), "Grain corridor") {
		t.Errorf("requests = %d", s.count("/limited"))
	}
}

func TestFetchFeedRejectsHTML(t *testing.T) {
	s := newSite(t)
	_, err := testFetcher(nil).FetchFeed(context.Background(), s.URL+"/a/harbor-talks")
	if err == nil || !strings.Contains(err.Error(), `unsupported content type "text/html"`) {
		t.Errorf("error = %v", err)
	}
}

func TestFetchRejectsNonHTTP(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "not a url", "ftp://example.org/x"} {
		_, err := testFetcher(nil).FetchHTML(context.Background(), u)
		if err == nil || !strings.Contains(err.Error(), "not an http(s) URL") {
			t.Errorf("%s: error = %v", u, err)
		}
	}
}

// A slow site holds at most PerHost slots: another site is fetched at once.
func TestSlowSiteDoesNotStallOthers(t *testing.T) {
	slow, fast := newSite(t), newSite(t)
	f := testFetcher(func(o *FetchOptions) {
		o.Timeout = 3 * time.Second
		o.Retries = -1
		o.Concurrency = 3
		o.PerHost = 2
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); f.FetchHTML(ctx, slow.URL+"/slow") }()
	}
	waitFor(t, func() bool { return slow.count("/slow") == 2 })
	start := time.Now()
	if _, err := f.FetchHTML(ctx, fast.URL+"/a/grain-corridor"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("fast site took %s while the slow one hung", d)
	}
	if n := slow.count("/slow"); n != 2 {
		t.Errorf("slow site saw %d requests at once, want PerHost = 2", n)
	}
	cancel()
	wg.Wait()
}

func TestCancelStopsWaitingForRetryAfter(t *testing.T) {
	s := newSite(t)
	f := testFetcher(func(o *FetchOptions) { o.MaxRetryAfter = time.Hour })
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := f.FetchHTML(ctx, s.URL+"/limited-long")
	if actorgraph.KindOf(err) != actorgraph.KindCancelled || time.Since(start) > 2*time.Second {
		t.Errorf("after %s: error = %v, want cancelled", time.Since(start), err)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2031, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := map[string]time.Duration{
		"":                              0,
		"7":                             7 * time.Second,
		"-3":                            0,
		"soon":                          0,
		"Thu, 02 Jan 2031 03:04:35 GMT": 30 * time.Second,
		"Thu, 02 Jan 2031 03:00:00 GMT": 0,
	}
	for in, want := range tests {
		if got := retryAfter(in, now); got != want {
			t.Errorf("retryAfter(%q) = %s, want %s", in, got, want)
		}
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 3s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A host whose requests keep timing out is paused: later requests to it
// fail at once, while other hosts are fetched as usual.
func TestHangingHostIsPaused(t *testing.T) {
	slow, fast := newSite(t), newSite(t)
	f := testFetcher(func(o *FetchOptions) {
		o.Timeout = 150 * time.Millisecond
		o.Retries = -1
		o.BreakAfter = 2
		o.BreakFor = time.Minute
	})
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		if _, err := f.FetchHTML(ctx, slow.URL+"/slow"); err == nil || !strings.Contains(err.Error(), "timed out") {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	start := time.Now()
	_, err := f.FetchHTML(ctx, slow.URL+"/a/harbor-talks")
	if err == nil || !strings.Contains(err.Error(), "host paused: 2 requests to") || time.Since(start) > 50*time.Millisecond {
		t.Errorf("after %s: %v, want an immediate pause error", time.Since(start), err)
	}
	if n := slow.count("/a/harbor-talks"); n != 0 {
		t.Errorf("the paused host got %d requests", n)
	}
	if _, err := f.FetchHTML(ctx, fast.URL+"/a/harbor-talks"); err != nil {
		t.Errorf("another host: %v", err)
	}
}

// A page that answers 500 is the page's failure, not the host's: the host
// is not paused.
func TestServerErrorsDoNotPauseHost(t *testing.T) {
	s := newSite(t)
	f := testFetcher(func(o *FetchOptions) { o.Retries = -1; o.BreakAfter = 1 })
	for i := 0; i < 3; i++ {
		f.FetchHTML(context.Background(), s.URL+"/status/500")
	}
	if _, err := f.FetchHTML(context.Background(), s.URL+"/a/grain-corridor"); err != nil {
		t.Errorf("after 500s: %v", err)
	}
}

func TestRefusedConnectionPausesHost(t *testing.T) {
	s := newSite(t)
	dead := s.URL
	s.Close()
	f := testFetcher(func(o *FetchOptions) { o.BreakAfter = 1 })
	_, err := f.FetchHTML(context.Background(), dead+"/a/x")
	if err == nil || !strings.Contains(err.Error(), "cannot connect") {
		t.Fatalf("closed server: %v", err)
	}
	_, err = f.FetchHTML(context.Background(), dead+"/a/y")
	if err == nil || !strings.Contains(err.Error(), "host paused") {
		t.Errorf("second request: %v", err)
	}
}
