package source

import (
	"bytes"
	"context"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/actorgraph/actorgraph"
)

// ReadFeed fetches the RSS or Atom feed at feedURL and, for each entry,
// fetches the entry's page and reads its main text. The entry's link, title
// and date are kept. An entry whose page cannot be fetched or read falls back
// to the text of the feed's own content or description; only when that is
// empty too is the entry an Item with an error. Items go to fn in feed
// order, from one goroutine at a time.
//
// An unreachable or unparseable feed is returned as an error: the source
// failed as a whole.
func ReadFeed(ctx context.Context, f *Fetcher, feedURL string, fn func(actorgraph.Item) error) error {
	entries, err := FetchFeed(ctx, f, feedURL)
	if err != nil {
		return err
	}
	return ReadEntries(ctx, f, feedURL, entries, fn)
}

// ReadEntries reads the articles of entries fetched by FetchFeed from
// feedURL, as ReadFeed does.
func ReadEntries(ctx context.Context, f *Fetcher, feedURL string, entries []*gofeed.Item, fn func(actorgraph.Item) error) error {
	return inOrder(ctx, len(entries), f.opts.Concurrency, func(ctx context.Context, i int) actorgraph.Item {
		a, err := entryArticle(ctx, f, feedURL, entries[i])
		return actorgraph.Item{Article: a, Err: err}
	}, fn)
}

// FetchFeed fetches and parses the feed at feedURL and returns its entries.
func FetchFeed(ctx context.Context, f *Fetcher, feedURL string) ([]*gofeed.Item, error) {
	page, err := f.FetchFeed(ctx, feedURL)
	if err != nil {
		return nil, err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(page.Body))
	if err != nil {
		return nil, actorgraph.Errorf(actorgraph.KindInput, feedURL, "not a valid RSS or Atom feed: %v", err)
	}
	for _, e := range feed.Items {
		if strings.TrimSpace(e.Link) == "" && isHTTP(e.GUID) {
			e.Link = e.GUID // an RSS permalink guid
		}
		e.Link = resolve(page.URL, e.Link)
	}
	return feed.Items, nil
}

// entryArticle builds the article of one feed entry.
func entryArticle(ctx context.Context, f *Fetcher, feedURL string, e *gofeed.Item) (actorgraph.Article, error) {
	name := e.Link
	if name == "" {
		name = feedURL + "#" + strings.TrimSpace(e.Title)
	}
	var a actorgraph.Article
	var fetchErr error
	if e.Link != "" {
		a, fetchErr = FetchArticle(ctx, f, e.Link)
	}
	if e.Link == "" || fetchErr != nil {
		if ctx.Err() != nil {
			return a, fetchErr
		}
		a = actorgraph.Article{URL: e.Link, Text: htmlText(e.Content), Fallback: fallbackReason(e.Link, fetchErr)}
		if a.Text == "" {
			a.Text = htmlText(e.Description)
		}
		if a.Text == "" {
			if fetchErr != nil {
				return a, fetchErr
			}
			return a, actorgraph.Errorf(actorgraph.KindInput, name, "feed entry has no link and no text")
		}
	}
	if t := strings.TrimSpace(e.Title); t != "" {
		a.Title = t
	}
	if e.PublishedParsed != nil {
		a.Published = *e.PublishedParsed
	} else if e.UpdatedParsed != nil {
		a.Published = *e.UpdatedParsed
	}
	a.Source = feedURL
	a.ID, a.ContentHash = "", ""
	a.Finish()
	return a, nil
}

// fallbackReason says why an entry is stored with the feed's own text: its
// page failed (the error, without the link it starts with) or it has no
// link.
func fallbackReason(link string, fetchErr error) string {
	if fetchErr == nil {
		return "feed text: the entry has no link"
	}
	return "feed text: page: " + strings.TrimPrefix(fetchErr.Error(), link+": ")
}

// htmlText returns the visible text of an HTML fragment (or of plain text).
func htmlText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	return cleanText(render.InnerText(doc))
}

// resolve makes ref absolute against base; it returns ref unchanged when it
// cannot.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || base == nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return base.ResolveReference(r).String()
}

func isHTTP(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
