package source

import (
	"bytes"
	"errors"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/actorgraph/actorgraph"
)

// ParseHTML reads an article out of an HTML page: the main text (boilerplate
// such as menus, footers and scripts left out), the title, and the publish
// date from the page's metadata (article:published_time, JSON-LD
// datePublished, else the first <time datetime>). The page is decoded from
// the charset of contentType (the HTTP header; "" for a file) or of its
// <meta charset>, UTF-8 by default. pageURL is the page's address, or nil
// for a local file; name names the input in errors.
func ParseHTML(body []byte, contentType string, pageURL *url.URL, name string) (actorgraph.Article, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return actorgraph.Article{}, actorgraph.Errorf(actorgraph.KindInput, name, "decode html: %v", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return actorgraph.Article{}, actorgraph.Errorf(actorgraph.KindInput, name, "parse html: %v", err)
	}
	published := firstTime(doc) // read before readability mutates the tree
	parser := readability.NewParser()
	ra, err := parser.ParseDocument(doc, pageURL)
	if err != nil {
		return actorgraph.Article{}, actorgraph.Errorf(actorgraph.KindInput, name, "no article text: %v", err)
	}
	var text strings.Builder
	if ra.Node != nil {
		if err := ra.RenderText(&text); err != nil {
			return actorgraph.Article{}, actorgraph.Errorf(actorgraph.KindInput, name, "render text: %v", err)
		}
	}
	a := actorgraph.Article{Title: strings.TrimSpace(ra.Title()), Text: cleanText(text.String())}
	if a.Text == "" {
		return actorgraph.Article{}, actorgraph.Errorf(actorgraph.KindInput, name, "no article text in the page")
	}
	if t, err := ra.PublishedTime(); err == nil {
		a.Published = t
	} else if errors.Is(err, readability.ErrTimestampMissing) {
		a.Published = published
	}
	if pageURL != nil {
		a.URL = pageURL.String()
	}
	return a, nil
}

// ParseHTMLFile reads an article from the contents of a local .html file.
// The article's URL is the page's canonical link when it has an absolute
// one, so that a saved page and the same page fetched from the web are one
// article. Path, ID and ContentHash are left for the caller to fill.
func ParseHTMLFile(path string, data []byte) (actorgraph.Article, error) {
	a, err := ParseHTML(data, "", nil, path)
	if err != nil {
		return a, err
	}
	a.URL = canonical(data)
	return a, nil
}

// cleanText trims each line and collapses runs of blank lines to one.
func cleanText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// firstTime returns the datetime of the first <time datetime="..."> element,
// or the zero time.
func firstTime(n *html.Node) time.Time {
	if n.Type == html.ElementNode && n.DataAtom == atom.Time {
		if v := attr(n, "datetime"); v != "" {
			if t, err := dateparse.ParseAny(v); err == nil {
				return t
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstTime(c); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// canonical returns the absolute href of <link rel="canonical">, or "".
func canonical(body []byte) string {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return ""
	}
	var find func(*html.Node) string
	find = func(n *html.Node) string {
		if n.Type == html.ElementNode && n.DataAtom == atom.Link &&
			strings.EqualFold(attr(n, "rel"), "canonical") {
			if u, err := url.Parse(attr(n, "href")); err == nil && u.IsAbs() &&
				(u.Scheme == "http" || u.Scheme == "https") {
				return u.String()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if s := find(c); s != "" {
				return s
			}
		}
		return ""
	}
	return find(doc)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
