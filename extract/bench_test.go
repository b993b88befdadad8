package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
)

// benchArticles builds realistic articles of about 700 words from the
// example articles: each one's body followed by the start of the next.
func benchArticles(b *testing.B) []actorgraph.Article {
	paths, _ := filepath.Glob("testdata/golden/*.txt")
	if len(paths) == 0 {
		b.Fatal("no articles in testdata/golden (run from the package folder)")
	}
	var bodies []string
	for _, p := range paths {
		bodies = append(bodies, readArticle(b, p).Text)
	}
	var out []actorgraph.Article
	for i := range bodies {
		words := strings.Fields(bodies[i])
		for j := 1; len(words) < 700; j++ {
			words = append(words, strings.Fields(bodies[(i+j)%len(bodies)])...)
		}
		text := strings.Join(words[:700], " ")
		out = append(out, actorgraph.Article{Title: "bench", Text: text})
	}
	return out
}

// BenchmarkExtract reports articles per second and MB per second on one
// goroutine; the floor is 500 articles/s per core.
func BenchmarkExtract(b *testing.B) {
	e := newTest(b)
	arts := benchArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size / len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Extract(arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
