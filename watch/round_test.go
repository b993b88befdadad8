package watch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/source"
	"github.com/actorgraph/actorgraph/watch"
)

// countries are general knowledge for the test articles.
var countries = []string{"France", "Germany", "Japan", "Brazil", "Canada", "India",
	"Kenya", "Mexico", "Norway", "Egypt", "Turkey", "Chile", "Spain", "Poland"}

// story writes a short article of our own about three countries picked by i.
func story(i int, twist string) string {
	a := countries[i%len(countries)]
	b := countries[(i+3)%len(countries)]
	c := countries[(i+7)%len(countries)]
	// Each story names its own fishing zone: stories that repeat the same
	// countries would otherwise be copies of one another (package nearcopy).
	return fmt.Sprintf("%s criticized %s on Monday over the fishing quotas in zone %d of the northern waters. "+
		"The foreign minister of %s met with officials from %s in Geneva on Tuesday about zone %d. "+
		"%s urged both governments to resume talks on zone %d before the end of the month. %s",
		a, b, i, c, a, i, c, i, twist)
}

// site is a loopback news site whose feed and pages the test can change.
type site struct {
	*httptest.Server
	mu      sync.Mutex
	entries []string          // page names, in feed order
	pages   map[string]string // name -> article text
}

func newSite(t *testing.T) *site {
	s := &site{pages: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /rss.xml", s.feed)
	mux.HandleFunc("GET /a/{name}", s.page)
	mux.HandleFunc("GET /broken.xml", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "down for maintenance", http.StatusInternalServerError)
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *site) set(name, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.pages[name]; !ok {
		s.entries = append(s.entries, name)
	}
	s.pages[name] = text
}

func (s *site) feed(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>`)
	for i, name := range s.entries {
		fmt.Fprintf(w, `<item><title>Story %s</title><link>%s/a/%s</link><pubDate>Mon, 0%d Jun 2031 08:00:00 GMT</pubDate></item>`,
			name, s.URL, name, i%9+1)
	}
	fmt.Fprint(w, `</channel></rss>`)
}

func (s *site) page(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	text, ok := s.pages[r.PathValue("name")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><head><title>Story</title></head><body><nav>Home | World</nav><article>")
	for _, p := range strings.SplitAfter(text, ". ") {
		fmt.Fprintf(w, "<p>%s</p>\n", p)
	}
	fmt.Fprint(w, "</article><footer>Contact us</footer></body></html>")
}

// writeStory writes article i as a text file in dir.
func writeStory(t *testing.T, dir string, i int, twist string) {
	t.Helper()
	body := fmt.Sprintf("Title: Dispatch %d\nDate: 2031-06-%02d\n\n%s\n", i, i%28+1, story(i, twist))
	if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// countingExtractor counts the articles it extracts.
type countingExtractor struct {
	actorgraph.Extractor
	calls atomic.Int64
}

func (c *countingExtractor) Extract(a actorgraph.Article) actorgraph.Extraction {
	c.calls.Add(1)
	return c.Extractor.Extract(a)
}

func newExtractor(t *testing.T) *countingExtractor {
	t.Helper()
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return &countingExtractor{Extractor: ex}
}

// ingester is what cmd/ingest binds: pipeline.Run with an extractor and a
// store; progress, when set, sees every event.
func ingester(ex actorgraph.Extractor, st *graph.Store, batch int, progress func(pipeline.Event)) watch.Ingest {
	return func(ctx context.Context, src watch.Source) (pipeline.Summary, error) {
		return pipeline.Run(ctx, pipeline.Options{Workers: 2, BatchSize: batch, Progress: progress}, src.Read, ex, st)
	}
}

func dirSource(dir string) watch.Source {
	return watch.Source{ID: "dir:" + dir, Kind: "dir", Read: source.Paths(dir)}
}

func feedSource(f *source.Fetcher, u string) watch.Source {
	return watch.Source{ID: "feed:" + u, Kind: "feed",
		Read: func(ctx context.Context, fn func(actorgraph.Item) error) error { return source.ReadFeed(ctx, f, u, fn) }}
}

func count(t *testing.T, st *graph.Store, cypher string) int64 {
	t.Helper()
	rows := graphtest.Rows(t, st, cypher, nil)
	n, _ := rows[0]["n"].(int64)
	return n
}
