package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
)

// pairs are the actors of the generated articles: each article reports one
// of these pairs meeting, so that every article has mentions and a
// relation.
var pairs = [][2]string{{"France", "Germany"}, {"Chile", "Peru"}, {"Japan", "South Korea"},
	{"Norway", "Iceland"}, {"Egypt", "Sudan"}, {"Spain", "Portugal"}}

// producer adds articles to a loopback feed and to an inbox folder and
// remembers the id (URL) of every one.
type producer struct {
	prefix string // URL prefix of this run's files
	inbox  string
	srv    *httptest.Server
	mu     sync.Mutex
	feed   int      // entries in the feed; entry i is page /a/i
	ids    []string // every article produced
}

func newProducer(inbox, runID string) *producer {
	p := &producer{inbox: inbox, prefix: "https://soak.example/" + runID + "/"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /rss.xml", p.serveFeed)
	mux.HandleFunc("GET /a/{i}", p.servePage)
	p.srv = httptest.NewServer(mux)
	return p
}

func (p *producer) serveFeed(w http.ResponseWriter, _ *http.Request) {
	p.mu.Lock()
	n := p.feed
	p.mu.Unlock()
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Soak</title>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(w, `<item><title>Soak wire %d</title><link>%s</link></item>`, i, p.entryID(i))
	}
	fmt.Fprint(w, `</channel></rss>`)
}

func (p *producer) servePage(w http.ResponseWriter, r *http.Request) {
	var i int
	if _, err := fmt.Sscan(r.PathValue("i"), &i); err != nil {
		http.NotFound(w, r)
		return
	}
	a := pairs[i%len(pairs)]
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<html><body><article><p>%s met %s in talks on item %d of the soak wire.</p></article></body></html>`,
		a[0], a[1], i)
}

// entryID is the id the ingester gives feed entry i: its link.
func (p *producer) entryID(i int) string { return fmt.Sprintf("%s/a/%d", p.srv.URL, i) }

// add writes n new files into the inbox and adds n entries to the feed.
func (p *producer) add(n int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for k := 0; k < n; k++ {
		i := len(p.ids)
		id := fmt.Sprintf("%sfile/%d", p.prefix, i)
		a := pairs[i%len(pairs)]
		text := fmt.Sprintf("Title: Soak file %d\nURL: %s\n\n%s criticized %s over item %d of the soak inbox.\n", i, id, a[0], a[1], i)
		tmp := filepath.Join(p.inbox, fmt.Sprintf(".f%d.tmp", i))
		if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, filepath.Join(p.inbox, fmt.Sprintf("f%06d.txt", i))); err != nil {
			return err
		}
		p.ids = append(p.ids, id, p.entryID(p.feed))
		p.feed++
	}
	return nil
}

// produced returns every id produced so far.
func (p *producer) produced() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.ids...)
}
