package source

import (
	"bytes"
	"context"
	"net/url"
	"testing"

	"github.com/mmcdole/gofeed"
)

// FuzzFeedEntries parses arbitrary bytes as an RSS or Atom feed, as
// FetchFeed does, and turns every entry into an article from the feed's own
// text, as ReadFeed does when an entry's page cannot be fetched: no panic,
// errors name the feed, articles are finished, within fuzzBudget.
// Seeds: testdata/fuzz/FuzzFeedEntries.
func FuzzFeedEntries(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><item><title>T</title><description>Peru met Chile.</description></item></channel></rss>`))
	const feedURL = "https://feeds.example.test/world.xml"
	base, _ := url.Parse(feedURL)
	fetcher := NewFetcher(FetchOptions{})
	f.Fuzz(func(t *testing.T, data []byte) {
		timed(t, func() {
			feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
			if err != nil {
				return
			}
			for _, e := range feed.Items {
				if e == nil {
					continue
				}
				_ = resolve(base, e.Link)
				e.Link = "" // read the entry's own text, never the network
				a, err := entryArticle(context.Background(), fetcher, feedURL, e)
				checkResult(t, feedURL, a, err)
				if err == nil && (a.ID == "" || a.Source != feedURL) {
					t.Fatalf("entry article not finished: %+v", a)
				}
			}
		})
	})
}
