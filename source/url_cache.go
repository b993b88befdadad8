package source

import (
	"sync"

	"github.com/actorgraph/actorgraph"
)

// maxCached bounds the articles an articleCache keeps.
const maxCached = 20000

// articleCache remembers, per page URL, the validators (ETag,
// Last-Modified) of the last fetch and the article read from it, so that
// the next round asks the site whether the page changed and, when it has
// not (304), reuses the article without downloading or parsing the page.
// Only pages that send a validator are kept.
type articleCache struct {
	mu    sync.Mutex
	pages map[string]cachedArticle
}

type cachedArticle struct {
	validators *Page // ETag and LastModified only
	article    actorgraph.Article
}

func newArticleCache() *articleCache {
	return &articleCache{pages: map[string]cachedArticle{}}
}

func (c *articleCache) get(rawURL string) (cachedArticle, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.pages[rawURL]
	return e, ok
}

// put keeps a for rawURL when page has a validator; when the cache is full
// an arbitrary entry makes room.
func (c *articleCache) put(rawURL string, page *Page, a actorgraph.Article) {
	if page.ETag == "" && page.LastModified == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.pages[rawURL]; !ok && len(c.pages) >= maxCached {
		for k := range c.pages {
			delete(c.pages, k)
			break
		}
	}
	c.pages[rawURL] = cachedArticle{validators: &Page{ETag: page.ETag, LastModified: page.LastModified}, article: a}
}
