package source

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"text/template"
	"time"
)

// site is a loopback news site for tests: article pages, an RSS and an Atom
// feed, and pages that misbehave (slow, 500, 429, too large, not HTML).
type site struct {
	*httptest.Server
	mu          sync.Mutex
	hits        map[string]int
	agents      []string
	edits       map[string]string // file name -> HTML appended to the page
	notModified int               // 304 answers sent
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{hits: map[string]int{}, edits: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /a/{name}", s.article)
	mux.HandleFunc("GET /{feed}", s.feed)
	mux.HandleFunc("GET /status/500", func(w http.ResponseWriter, r *http.Request) {
		s.hit(r)
		http.Error(w, "broken", http.StatusInternalServerError)
	})
	mux.HandleFunc("GET /flaky", func(w http.ResponseWriter, r *http.Request) {
		if s.hit(r) == 1 {
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		s.serveFile(w, r, "harbor-talks.html")
	})
	mux.HandleFunc("GET /limited", func(w http.ResponseWriter, r *http.Request) {
		if s.hit(r) == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		s.serveFile(w, r, "grain-corridor.html")
	})
	mux.HandleFunc("GET /limited-long", func(w http.ResponseWriter, r *http.Request) {
		s.hit(r)
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "come back tomorrow", http.StatusTooManyRequests)
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		s.hit(r)
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
		s.serveFile(w, r, "border-meeting.html")
	})
	mux.HandleFunc("GET /large", s.large)
	mux.HandleFunc("GET /files/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		s.hit(r)
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4 not a page"))
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// hit counts a request to r's path and returns the count so far.
func (s *site) hit(r *http.Request) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	s.agents = append(s.agents, r.UserAgent())
	return s.hits[r.URL.Path]
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) article(w http.ResponseWriter, r *http.Request) {
	s.hit(r)
	s.serveFile(w, r, r.PathValue("name")+".html")
}

// serveFile serves a page of testdata/web with an ETag, and 304 Not
// Modified to a request that already has it; s.edits changes a page.
func (s *site) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	body, err := os.ReadFile(filepath.Join("testdata", "web", filepath.Base(name)))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	body = append(body, s.edits[name]...)
	s.mu.Unlock()
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		s.mu.Lock()
		s.notModified++
		s.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(body)
}

// feed serves rss.xml and atom.xml with the server's address filled in, and
// news.html (an HTML page, not a feed) under /not-a-feed.
func (s *site) feed(w http.ResponseWriter, r *http.Request) {
	s.hit(r)
	name := r.PathValue("feed")
	types := map[string]string{"rss.xml": "application/rss+xml", "atom.xml": "application/atom+xml; charset=utf-8"}
	if name == "not-a-feed" {
		w.Header().Set("Content-Type", "application/xml")
		w.Write([]byte("<html><body><p>no feed here</p></body></html>"))
		return
	}
	ct, ok := types[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	tmpl, err := template.ParseFiles(filepath.Join("testdata", "web", name))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ct)
	tmpl.Execute(w, struct{ Base string }{s.URL})
}

// large serves an HTML page of 1 MiB; with ?chunked=1 it sends no
// Content-Length, so only the read cap can stop it.
func (s *site) large(w http.ResponseWriter, r *http.Request) {
	s.hit(r)
	w.Header().Set("Content-Type", "text/html")
	chunk := "<p>" + strings.Repeat("filler text ", 80) + "</p>\n"
	n := (1 << 20) / len(chunk)
	if r.URL.Query().Get("chunked") == "" {
		w.Header().Set("Content-Length", strconv.Itoa(n*len(chunk)))
	}
	for i := 0; i < n; i++ {
		if _, err := w.Write([]byte(chunk)); err != nil {
			return
		}
	}
}
