package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph"
)

// FetchOptions configures a Fetcher. Zero fields take the defaults of
// DefaultFetchOptions.
type FetchOptions struct {
	// Timeout bounds one request, from dialing to the last byte of the body.
	Timeout time.Duration
	// MaxBytes caps the size of one response body.
	MaxBytes int64
	// UserAgent is sent with every request.
	UserAgent string
	// Retries is how many times a request is retried after a 5xx answer, a
	// timeout or a 429; negative means never.
	Retries int
	// Backoff is the wait before the first retry; it doubles with each one.
	Backoff time.Duration
	// MaxRetryAfter bounds the wait a 429 answer may ask for; a longer
	// Retry-After fails the request instead of stalling the round.
	MaxRetryAfter time.Duration
	// Concurrency bounds the requests in flight at once, across all hosts.
	Concurrency int
	// PerHost bounds the requests in flight to one host, so that a slow site
	// cannot take every slot.
	PerHost int
	// BreakAfter is how many requests to one host in a row may time out or
	// fail to connect before the host is paused for BreakFor: requests to
	// it then fail at once.
	BreakAfter int
	BreakFor   time.Duration
}

// DefaultFetchOptions are the settings used for zero FetchOptions fields.
var DefaultFetchOptions = FetchOptions{
	Timeout:       20 * time.Second,
	MaxBytes:      5 << 20,
	UserAgent:     "actorgraph-ingest/1.0 (+https://github.com/actorgraph/actorgraph)",
	Retries:       2,
	Backoff:       500 * time.Millisecond,
	MaxRetryAfter: 30 * time.Second,
	Concurrency:   8,
	PerHost:       2,
	BreakAfter:    2,
	BreakFor:      5 * time.Minute,
}

func (o FetchOptions) withDefaults() FetchOptions {
	d := DefaultFetchOptions
	if o.Timeout <= 0 {
		o.Timeout = d.Timeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = d.MaxBytes
	}
	if o.UserAgent == "" {
		o.UserAgent = d.UserAgent
	}
	if o.Retries == 0 {
		o.Retries = d.Retries
	}
	if o.Retries < 0 {
		o.Retries = 0
	}
	if o.Backoff <= 0 {
		o.Backoff = d.Backoff
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = d.MaxRetryAfter
	}
	if o.Concurrency <= 0 {
		o.Concurrency = d.Concurrency
	}
	if o.PerHost <= 0 {
		o.PerHost = d.PerHost
	}
	if o.BreakAfter <= 0 {
		o.BreakAfter = d.BreakAfter
	}
	if o.BreakFor <= 0 {
		o.BreakFor = d.BreakFor
	}
	return o
}

// Fetcher is an HTTP client for article pages and feeds: timeouts, a size
// cap, retries with backoff, Retry-After, and bounded concurrency overall and
// per host. It is safe for concurrent use.
type Fetcher struct {
	opts   FetchOptions
	client *http.Client
	all    chan struct{}
	health *health
	cache  *articleCache

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

// NewFetcher returns a Fetcher with opts.
func NewFetcher(opts FetchOptions) *Fetcher {
	opts = opts.withDefaults()
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	tr.TLSHandshakeTimeout = 10 * time.Second
	tr.ResponseHeaderTimeout = opts.Timeout
	return &Fetcher{
		opts:   opts,
		client: &http.Client{Timeout: opts.Timeout, Transport: tr},
		all:    make(chan struct{}, opts.Concurrency),
		health: newHealth(opts.BreakAfter, opts.BreakFor),
		cache:  newArticleCache(),
		hosts:  map[string]chan struct{}{},
	}
}

// Page is a fetched response body.
type Page struct {
	URL         *url.URL // the final URL, after redirects
	ContentType string   // the media type, without parameters
	// RawContentType is the Content-Type header as sent, with its charset.
	RawContentType string
	Body           []byte
	// ETag and LastModified are the response's validators, for a
	// conditional request later (see FetchHTMLIfChanged).
	ETag, LastModified string
}

// Media types accepted by FetchHTML and FetchFeed.
var (
	htmlTypes = []string{"text/html", "application/xhtml+xml"}
	feedTypes = []string{"application/rss+xml", "application/atom+xml", "application/xml",
		"text/xml", "application/rdf+xml", "application/feed+json", "application/json"}
)

// FetchHTML fetches an HTML page; any other content type is an error.
func (f *Fetcher) FetchHTML(ctx context.Context, rawURL string) (*Page, error) {
	return f.fetch(ctx, rawURL, request{accept: htmlTypes})
}

// FetchHTMLIfChanged is FetchHTML as a conditional request against the
// validators of prev, an earlier fetch of the same URL: when the server
// says the page has not changed, it returns an error matching
// ErrNotModified.
func (f *Fetcher) FetchHTMLIfChanged(ctx context.Context, rawURL string, prev *Page) (*Page, error) {
	return f.fetch(ctx, rawURL, request{accept: htmlTypes, etag: prev.ETag, lastModified: prev.LastModified})
}

// ErrNotModified is the error of a conditional request whose page has not
// changed (HTTP 304).
var ErrNotModified = errors.New("not modified")

// request is what a fetch asks for.
type request struct {
	accept             []string
	etag, lastModified string // validators of a conditional request
}

// FetchFeed fetches an RSS, Atom or JSON feed; any other content type is an
// error.
func (f *Fetcher) FetchFeed(ctx context.Context, rawURL string) (*Page, error) {
	return f.fetch(ctx, rawURL, request{accept: feedTypes})
}

// errPaused marks a request not made because its host is paused.
var errPaused = errors.New("host paused")

// errRetry marks an attempt that may be retried; wait is the server's
// Retry-After, or 0.
type errRetry struct {
	err  error
	wait time.Duration
}

func (e *errRetry) Error() string { return e.err.Error() }
func (e *errRetry) Unwrap() error { return e.err }

func (f *Fetcher) fetch(ctx context.Context, rawURL string, r request) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, actorgraph.Errorf(actorgraph.KindInput, rawURL, "not an http(s) URL")
	}
	backoff := f.opts.Backoff
	for attempt := 0; ; attempt++ {
		page, err := f.attempt(ctx, u, r)
		var retry *errRetry
		if err == nil || !errors.As(err, &retry) || attempt >= f.opts.Retries || ctx.Err() != nil {
			if ctx.Err() == nil && !errors.Is(err, errPaused) {
				var down *hostError
				f.health.record(u.Host, errors.As(err, &down), time.Now())
			}
			return page, f.wrap(ctx, rawURL, err)
		}
		wait := backoff
		if retry.wait > 0 {
			wait = retry.wait
		}
		backoff *= 2
		if err := sleep(ctx, wait); err != nil {
			return nil, f.wrap(ctx, rawURL, err)
		}
	}
}

func (f *Fetcher) wrap(ctx context.Context, rawURL string, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return &actorgraph.Error{Kind: actorgraph.KindCancelled, Input: rawURL, Msg: "fetch cancelled", Err: ctx.Err()}
	}
	var ae *actorgraph.Error
	if errors.As(err, &ae) {
		return err
	}
	return &actorgraph.Error{Kind: actorgraph.KindInput, Input: rawURL, Msg: "fetch", Err: err}
}

// attempt makes one request, holding a global and a per-host slot.
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, r request) (*Page, error) {
	release, err := f.acquire(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()
	if err := f.health.check(u.Host, time.Now()); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", strings.Join(r.accept, ", ")+";q=1.0, */*;q=0.1")
	if r.etag != "" {
		req.Header.Set("If-None-Match", r.etag)
	}
	if r.lastModified != "" {
		req.Header.Set("If-Modified-Since", r.lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() && ctx.Err() == nil {
			return nil, &errRetry{err: &hostError{msg: fmt.Sprintf("timed out after %s", f.opts.Timeout)}}
		}
		var op *net.OpError
		if errors.As(err, &op) && ctx.Err() == nil {
			return nil, &hostError{msg: "cannot connect", err: op}
		}
		return nil, err
	}
	defer resp.Body.Close()
	if err := f.checkStatus(resp); err != nil {
		return nil, err
	}
	return f.read(resp, r.accept)
}

// checkStatus turns a non-2xx answer into an error, retryable for 5xx and
// for 429 with a Retry-After within bounds.
func (f *Fetcher) checkStatus(resp *http.Response) error {
	code := resp.StatusCode
	switch {
	case code >= 200 && code < 300:
		return nil
	case code == http.StatusNotModified:
		return ErrNotModified
	case code >= 500:
		return &errRetry{err: fmt.Errorf("server error: %s", resp.Status)}
	case code == http.StatusTooManyRequests:
		wait := retryAfter(resp.Header.Get("Retry-After"), time.Now())
		if wait > f.opts.MaxRetryAfter {
			return fmt.Errorf("rate limited: %s, Retry-After %s exceeds the %s limit",
				resp.Status, wait, f.opts.MaxRetryAfter)
		}
		return &errRetry{err: fmt.Errorf("rate limited: %s", resp.Status), wait: wait}
	}
	return fmt.Errorf("%s", resp.Status)
}

// read checks the content type and reads the body up to the size cap.
func (f *Fetcher) read(resp *http.Response, accept []string) (*Page, error) {
	mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if err != nil {
		mt = ""
	}
	if !contains(accept, mt) {
		if mt == "" {
			mt = "no content type"
		}
		return nil, fmt.Errorf("unsupported content type %q (want %s)", mt, strings.Join(accept, ", "))
	}
	max := f.opts.MaxBytes
	if resp.ContentLength > max {
		return nil, fmt.Errorf("page too large: %d bytes (limit %d)", resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, &errRetry{err: &hostError{msg: fmt.Sprintf("timed out reading the body after %s", f.opts.Timeout)}}
		}
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("page too large: over %d bytes", max)
	}
	return &Page{URL: resp.Request.URL, ContentType: mt, RawContentType: resp.Header.Get("Content-Type"), Body: body,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}, nil
}

// acquire takes a global slot and a slot for host, in that order.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	h, ok := f.hosts[host]
	if !ok {
		h = make(chan struct{}, f.opts.PerHost)
		f.hosts[host] = h
	}
	f.mu.Unlock()
	select {
	case h <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case f.all <- struct{}{}:
	case <-ctx.Done():
		<-h
		return nil, ctx.Err()
	}
	return func() { <-f.all; <-h }, nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date. It returns
// 0 when the header is absent or unreadable.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
