package corpusgen

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
)

// jsonArticle is one line of a generated JSONL file, in the article object
// format package source reads.
type jsonArticle struct {
	Title  string `json:"title"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// Stats counts what was generated.
type Stats struct {
	Articles  int
	Bytes     int64 // of article text
	Relations int   // gold relations
	Actors    int   // gold actors, summed over articles
}

// Add adds the counts of one sample to s.
func (s *Stats) Add(x Sample) {
	s.Articles++
	s.Bytes += int64(len(x.Article.Text))
	s.Relations += len(x.Gold.Relations)
	s.Actors += len(x.Gold.Actors)
}

// WriteJSONL writes articles [from, from+n) to w, one JSON object a line,
// holding one article in memory at a time.
func (g *Generator) WriteJSONL(ctx context.Context, w io.Writer, from, n int) (Stats, error) {
	var st Stats
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := from; i < from+n; i++ {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return st, err
			}
		}
		x := g.Article(i)
		a := x.Article
		if err := enc.Encode(jsonArticle{a.Title, a.Date(), a.URL, a.Source, a.Text}); err != nil {
			return st, fmt.Errorf("write article %d: %w", i, err)
		}
		st.Add(x)
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("write articles: %w", err)
	}
	return st, nil
}
