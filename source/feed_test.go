package source

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
)

func readAll(t *testing.T, read func(fn func(actorgraph.Item) error) error) []actorgraph.Item {
	t.Helper()
	var items []actorgraph.Item
	if err := read(func(it actorgraph.Item) error { items = append(items, it); return nil }); err != nil {
		t.Fatal(err)
	}
	return items
}

func TestReadFeedRSS(t *testing.T) {
	s := newSite(t)
	f := testFetcher(nil)
	feedURL := s.URL + "/rss.xml"
	items := readAll(t, func(fn func(actorgraph.Item) error) error { return ReadFeed(context.Background(), f, feedURL, fn) })
	if len(items) != 4 {
		t.Fatalf("got %d items, want 4", len(items))
	}
	want := []struct {
		url, title, text string
		published        time.Time
	}{
		// the page's main text, not the feed's one-line description
		{s.URL + "/a/harbor-talks", "Harbor talks resume in Oslo", "The Norwegian foreign minister opened the session",
			time.Date(2031, 5, 14, 8, 30, 0, 0, time.UTC)},
		// a relative link, resolved against the feed
		{s.URL + "/a/grain-corridor", "Grain corridor deal signed", "inspection teams from both countries",
			time.Date(2031, 6, 2, 8, 0, 0, 0, time.UTC)},
		// the page fails with 500: the description is the text
		{s.URL + "/status/500", "Ministers call for calm", "Kenya and Uganda called for calm",
			time.Date(2031, 6, 3, 12, 0, 0, 0, time.UTC)},
		// no link: the permalink guid is the page
		{s.URL + "/a/border-meeting", "Border commission meets", "Chile urged the commission",
			time.Date(2031, 7, 19, 18, 0, 0, 0, time.UTC)},
	}
	for i, w := range want {
		it := items[i]
		if it.Err != nil {
			t.Errorf("item %d: %v", i, it.Err)
			continue
		}
		a := it.Article
		if a.URL != w.url || a.ID != w.url || a.Title != w.title || !a.Published.Equal(w.published) {
			t.Errorf("item %d = %q %q %q %s", i, a.ID, a.URL, a.Title, a.Published)
		}
		if !strings.Contains(a.Text, w.text) || strings.Contains(a.Text, "<p>") {
			t.Errorf("item %d text = %q", i, a.Text)
		}
		if a.Source != feedURL || a.ContentHash != actorgraph.ContentHash(a.Title, a.Text) {
			t.Errorf("item %d source %q hash %q", i, a.Source, a.ContentHash)
		}
	}
	if s.count("/status/500") != 2 {
		t.Errorf("the broken page was requested %d times, want 2 (one retry)", s.count("/status/500"))
	}
}

func TestReadFeedAtom(t *testing.T) {
	s := newSite(t)
	items := readAll(t, func(fn func(actorgraph.Item) error) error {
		return ReadFeed(context.Background(), testFetcher(nil), s.URL+"/atom.xml", fn)
	})
	if len(items) != 2 || items[0].Err != nil || items[1].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	a := items[0].Article
	if a.Title != "Border commission meets" || !strings.Contains(a.Text, "Engineers from both countries") ||
		!a.Published.Equal(time.Date(2031, 7, 19, 18, 0, 0, 0, time.UTC)) {
		t.Errorf("entry 0 = %q %s %q", a.Title, a.Published, a.Text)
	}
	// The PDF link is refused; the entry's own content is used, dated by
	// <updated> since it has no <published>.
	b := items[1].Article
	if b.URL != s.URL+"/files/report.pdf" || b.Text != "Peru and Ecuador exchanged letters on a new trade framework, their envoys said on Monday." ||
		!b.Published.Equal(time.Date(2031, 7, 21, 7, 0, 0, 0, time.UTC)) {
		t.Errorf("entry 1 = %q %s %q", b.URL, b.Published, b.Text)
	}
}

func TestReadFeedErrors(t *testing.T) {
	s := newSite(t)
	tests := map[string]string{
		"/not-a-feed":     "not a valid RSS or Atom feed",
		"/a/harbor-talks": "unsupported content type",
		"/status/500":     "500 Internal Server Error",
	}
	for path, want := range tests {
		err := ReadFeed(context.Background(), testFetcher(nil), s.URL+path, func(actorgraph.Item) error {
			t.Errorf("%s: fn called", path)
			return nil
		})
		if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), s.URL+path) {
			t.Errorf("%s: error = %v, want %q naming the feed", path, err, want)
		}
	}
}

func TestReadFeedStopsOnCallbackError(t *testing.T) {
	s := newSite(t)
	stop := errors.New("stop")
	calls := 0
	err := ReadFeed(context.Background(), testFetcher(nil), s.URL+"/rss.xml", func(actorgraph.Item) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err = %v after %d calls", err, calls)
	}
}

func TestReadURLs(t *testing.T) {
	s := newSite(t)
	urls := []string{s.URL + "/slow", s.URL + "/a/border-meeting", s.URL + "/files/report.pdf"}
	f := testFetcher(func(o *FetchOptions) { o.Retries = -1 })
	start := time.Now()
	items := readAll(t, func(fn func(actorgraph.Item) error) error { return ReadURLs(context.Background(), f, urls, fn) })
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %s: the slow page held up the others", d)
	}
	if len(items) != 3 {
		t.Fatalf("got %d items", len(items))
	}
	if items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "timed out") {
		t.Errorf("slow page: %v", items[0].Err)
	}
	if a := items[1].Article; items[1].Err != nil || a.ID != urls[1] || a.Title != "Border commission meets" {
		t.Errorf("page: %+v %v", a, items[1].Err)
	}
	if items[2].Err == nil || !strings.HasPrefix(items[2].Err.Error(), urls[2]+": ") {
		t.Errorf("pdf: %v", items[2].Err)
	}
}

// A page fetched before is asked for with If-None-Match: unchanged, it is
// not downloaded or parsed again; changed, it is read anew.
func TestFetchArticleConditional(t *testing.T) {
	s := newSite(t)
	f := testFetcher(nil)
	ctx := context.Background()
	u := s.URL + "/a/grain-corridor"
	first, err := FetchArticle(ctx, f, u)
	if err != nil {
		t.Fatal(err)
	}
	again, err := FetchArticle(ctx, f, u)
	if err != nil {
		t.Fatal(err)
	}
	if s.notModified != 1 || again.ContentHash != first.ContentHash || again.Text != first.Text {
		t.Errorf("second fetch: %d not-modified answers, hash %s vs %s", s.notModified, again.ContentHash, first.ContentHash)
	}
	s.mu.Lock()
	s.edits["grain-corridor.html"] = "<p>Late addition: Greece welcomed the corridor agreement on Tuesday and offered its ports.</p>"
	s.mu.Unlock()
	changed, err := FetchArticle(ctx, f, u)
	if err != nil {
		t.Fatal(err)
	}
	if s.notModified != 1 || changed.ContentHash == first.ContentHash || s.count("/a/grain-corridor") != 3 {
		t.Errorf("changed page: %d not-modified, %d requests, same hash %v", s.notModified, s.count("/a/grain-corridor"), changed.ContentHash == first.ContentHash)
	}
}
