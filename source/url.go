package source

import (
	"context"
	"errors"
	"net/url"
	"sync"

	"github.com/actorgraph/actorgraph"
)

// FetchArticle fetches the page at rawURL and reads its main text, title and
// publish date. The article's URL is rawURL as given (not the address after
// redirects), so that it stays the article's stable id. A page fetched
// before by f with an ETag or Last-Modified is asked for conditionally, and
// when it has not changed the article read last time is returned.
func FetchArticle(ctx context.Context, f *Fetcher, rawURL string) (actorgraph.Article, error) {
	var page *Page
	var err error
	if prev, ok := f.cache.get(rawURL); ok {
		page, err = f.FetchHTMLIfChanged(ctx, rawURL, prev.validators)
		if errors.Is(err, ErrNotModified) {
			return prev.article, nil
		}
	} else {
		page, err = f.FetchHTML(ctx, rawURL)
	}
	if err != nil {
		return actorgraph.Article{}, err
	}
	a, err := ParseHTML(page.Body, page.RawContentType, page.URL, rawURL)
	if err != nil {
		return a, err
	}
	a.URL = rawURL
	if u, err := url.Parse(rawURL); err == nil {
		a.Source = u.Host
	}
	a.Finish()
	f.cache.put(rawURL, page, a)
	return a, nil
}

// ReadURLs fetches each page of urls and calls fn with its article, or with
// the error that kept it from being read, in the order of urls. Pages are
// fetched concurrently (within the Fetcher's bounds); fn is called from one
// goroutine at a time. An error from fn stops the reading and is returned.
func ReadURLs(ctx context.Context, f *Fetcher, urls []string, fn func(actorgraph.Item) error) error {
	return inOrder(ctx, len(urls), f.opts.Concurrency, func(ctx context.Context, i int) actorgraph.Item {
		a, err := FetchArticle(ctx, f, urls[i])
		return actorgraph.Item{Article: a, Err: err}
	}, fn)
}

// inOrder runs get for 0..n-1 with at most width running at once and hands
// the items to fn in index order, so that a slow page delays only its own
// turn, not the fetching of the pages after it.
func inOrder(ctx context.Context, n, width int, get func(context.Context, int) actorgraph.Item, fn func(actorgraph.Item) error) error {
	ctx, cancel := context.WithCancel(ctx)
	results := make([]chan actorgraph.Item, n)
	for i := range results {
		results[i] = make(chan actorgraph.Item, 1)
	}
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	sem := make(chan struct{}, width)
	wg.Add(1) // the launcher, so that its Adds never race with Wait
	go func() {
		defer wg.Done()
		for i := 0; i < n; i++ {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				defer func() { <-sem }()
				results[i] <- get(ctx, i)
			}(i)
		}
	}()
	for i := 0; i < n; i++ {
		var it actorgraph.Item
		select {
		case it = <-results[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}
