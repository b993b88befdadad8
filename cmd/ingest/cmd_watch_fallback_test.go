package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// fallbackSite serves an RSS feed whose entries each carry a summary and
// link to a good page, a missing one (404), a PDF, a redirect loop and a
// page of 10 MB.
func fallbackSite(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	entries := []string{"good", "missing", "pdf", "loop", "huge"}
	mux.HandleFunc("GET /rss.xml", func(rw http.ResponseWriter, _ *http.Request) {
		rw.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(rw, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
		for _, e := range entries {
			fmt.Fprintf(rw, `<item><title>Story %s</title><link>%s/%s</link><description>Norway criticized Iceland over the %s quota.</description></item>`,
				e, srv.URL, e, e)
		}
		fmt.Fprint(rw, `</channel></rss>`)
	})
	mux.HandleFunc("GET /good", func(rw http.ResponseWriter, _ *http.Request) {
		rw.Header().Set("Content-Type", "text/html")
		fmt.Fprint(rw, "<html><body><article><p>Japan urged South Korea to resume talks on the fisheries accord.</p></article></body></html>")
	})
	mux.HandleFunc("GET /pdf", func(rw http.ResponseWriter, _ *http.Request) {
		rw.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(rw, "%PDF-1.7\n")
	})
	mux.HandleFunc("GET /loop", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("GET /huge", func(rw http.ResponseWriter, _ *http.Request) {
		rw.Header().Set("Content-Type", "text/html")
		rw.Write([]byte("<html><body><p>" + strings.Repeat("Peru met Chile. ", 10<<20/16) + "</p></body></html>"))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestFeedFallbackIsSaid: entries whose page fails are still stored with
// the feed's text, but the round counts them for the source, a WARN line
// names each entry and the reason, and the article carries the reason in
// its fallback property; the entry whose page was read has none.
func TestFeedFallbackIsSaid(t *testing.T) {
	st := graphtest.Open(t)
	site := fallbackSite(t)
	cfg := graphtest.Config()
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	code, out, errOut := runCLI(t, "watch", "--once", "--neo4j-uri", cfg.URI, "--feed", site.URL+"/rss.xml")
	if code != exitOK || !strings.Contains(out, "new 5, changed 0, skipped 0 (known), failed 0, 4 from the feed's text") {
		t.Fatalf("exit %d; stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	for _, e := range []string{"missing", "pdf", "loop", "huge"} {
		want := fmt.Sprintf(`msg="page not read, feed text stored" input=%s/%s reason="feed text: page: `, site.URL, e)
		if !strings.Contains(errOut, want) {
			t.Errorf("no warning for %s (%s) in:\n%s", e, want, errOut)
		}
	}
	for _, l := range strings.Split(errOut, "\n") {
		if strings.Contains(l, "page not read") {
			t.Log(l[strings.Index(l, "input="):])
		}
	}
	if !strings.Contains(errOut, "feed_text=4") {
		t.Errorf("the round line does not count the feed texts:\n%s", errOut)
	}
	rows := graphtest.Rows(t, st, "MATCH (a:Article) RETURN a.url AS url, a.fallback AS why ORDER BY url", nil)
	for _, r := range rows {
		url, why := r["url"].(string), r["why"]
		if strings.HasSuffix(url, "/good") != (why == nil) {
			t.Errorf("%s: fallback %v", url, why)
		}
		if why != nil && !strings.HasPrefix(why.(string), "feed text: page: ") {
			t.Errorf("%s: fallback %q, want the reason", url, why)
		}
	}
	if len(rows) != 5 {
		t.Errorf("%d articles, want 5", len(rows))
	}
}
