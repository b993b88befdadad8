package corpusgen

import (
	"bytes"
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/source"
)

func newGen(t *testing.T, seed uint64) *Generator {
	t.Helper()
	g, err := New(Config{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestDeterministic(t *testing.T) {
	a, b := newGen(t, 7), newGen(t, 7)
	for _, i := range []int{0, 1, 999, 123456} {
		x, y := a.Article(i), b.Article(i)
		if x.Article.Text != y.Article.Text || x.Article.Title != y.Article.Title {
			t.Errorf("article %d differs between two generators with the same seed", i)
		}
		if len(x.Gold.Relations) != len(y.Gold.Relations) {
			t.Errorf("article %d: gold relations differ", i)
		}
	}
	if newGen(t, 8).Article(0).Article.Text == a.Article(0).Article.Text {
		t.Error("seeds 7 and 8 gave the same article 0")
	}
	if a.Article(1).Article.ID == a.Article(2).Article.ID {
		t.Error("articles 1 and 2 share an id")
	}
}

func TestArticleShape(t *testing.T) {
	g := newGen(t, 1)
	for i := 0; i < 50; i++ {
		x := g.Article(i)
		n := words(x.Article.Text)
		if n < 700 || n > 900 {
			t.Errorf("article %d has %d words, want about 700", i, n)
		}
		if p := strings.Count(x.Article.Text, "\n\n") + 1; p < 5 {
			t.Errorf("article %d has %d paragraphs, want several", i, p)
		}
		if x.Article.Title == "" || x.Article.Published.IsZero() || x.Article.ContentHash == "" {
			t.Errorf("article %d: title, date or hash missing: %+v", i, x.Article)
		}
		checkGold(t, i, x)
	}
}

// checkGold checks that every gold relation points at its sentence and at
// gold actors, and that every official with a title is a member of a
// government.
func checkGold(t *testing.T, i int, x Sample) {
	t.Helper()
	names := map[string]actorgraph.Actor{}
	for _, a := range x.Gold.Actors {
		names[a.Name] = a
	}
	members := map[string]bool{}
	for _, r := range x.Gold.Relations {
		if got := x.Article.Text[r.Start:r.End]; got != r.Evidence {
			t.Fatalf("article %d: evidence %q is not the text at %d:%d (%q)", i, r.Evidence, r.Start, r.End, got)
		}
		if _, ok := names[r.Source]; !ok {
			t.Errorf("article %d: relation source %q is not a gold actor", i, r.Source)
		}
		if _, ok := names[r.Target]; !ok {
			t.Errorf("article %d: relation target %q is not a gold actor", i, r.Target)
		}
		if r.Type == actorgraph.MemberOf {
			members[r.Source] = true
			if names[r.Target].Type != actorgraph.Government || r.Role == "" {
				t.Errorf("article %d: MEMBER_OF %s -> %s has no role or no government", i, r.Source, r.Target)
			}
		}
	}
	for _, a := range x.Gold.Actors {
		if a.Type == actorgraph.Person && a.Role != "" && !members[a.Name] {
			t.Errorf("article %d: %s has a title but no MEMBER_OF", i, a.Name)
		}
	}
}

func TestEveryRelationType(t *testing.T) {
	g := newGen(t, 3)
	seen := map[actorgraph.RelType]int{}
	total := 0
	for i := 0; i < 200; i++ {
		for _, r := range g.Article(i).Gold.Relations {
			seen[r.Type]++
			total++
		}
	}
	for _, info := range actorgraph.RelTypes {
		if seen[info.Type] == 0 {
			t.Errorf("no %s relation in 200 articles", info.Type)
		}
	}
	if avg := float64(total) / 200; avg < 15 {
		t.Errorf("%.1f relations per article, want at least 15", avg)
	}
}

func TestJSONLReadsBack(t *testing.T) {
	g := newGen(t, 5)
	var buf bytes.Buffer
	st, err := g.WriteJSONL(context.Background(), &buf, 10, 20)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 20 || st.Relations == 0 {
		t.Fatalf("stats %+v, want 20 articles with relations", st)
	}
	var got []actorgraph.Article
	err = source.ReadJSONL(context.Background(), &buf, "gen.jsonl", func(it actorgraph.Item) error {
		if it.Err != nil {
			return it.Err
		}
		got = append(got, it.Article)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 20 {
		t.Fatalf("read %d articles back, want 20", len(got))
	}
	for k, a := range got {
		want := g.Article(10 + k).Article
		if a.Text != want.Text || a.Title != want.Title || a.URL != want.URL || a.Date() != want.Date() {
			t.Errorf("line %d does not read back as article %d", k+1, 10+k)
		}
	}
}

func TestBadDataNamesLine(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"countries", "organizations", "roles", "topics", "venues", "names", "titles"} {
		data, err := dataFS.ReadFile("data/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		fsys["data/"+name+".txt"] = &fstest.MapFile{Data: data}
	}
	fsys["data/templates.txt"] = &fstest.MapFile{Data: []byte("# x\nlead | p1 LIKES p2 | {p1} likes {p2}.\n")}
	_, err := loadCatalog(fsys)
	if err == nil || !strings.Contains(err.Error(), "data/templates.txt:2") {
		t.Fatalf("got %v, want an error naming data/templates.txt:2", err)
	}
	fsys["data/templates.txt"] = &fstest.MapFile{Data: []byte("lead | | {p9} spoke.\n")}
	if _, err := loadCatalog(fsys); err == nil || !strings.Contains(err.Error(), "{p9}") {
		t.Fatalf("got %v, want an error naming the unknown slot", err)
	}
}

// TestFewPersonsPerCountryEnds checks that a generator with fewer officials
// per government than an article needs still makes articles (it used to
// loop for ever looking for an unused family name).
func TestFewPersonsPerCountryEnds(t *testing.T) {
	g, err := New(Config{Seed: 3, PersonsPerCountry: 2})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan int)
	go func() {
		n := 0
		for i := 0; i < 50; i++ {
			n += len(g.Article(i).Article.Text)
		}
		done <- n
	}()
	select {
	case n := <-done:
		if n == 0 {
			t.Fatal("no text generated")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("50 articles with PersonsPerCountry=2 did not finish in 20 s")
	}
}

// TestRanksDraw checks the power-law draw against its weights: index i of
// 4 with weight 1/(i+1), and alike with exponent 0.
func TestRanksDraw(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 200000
	for _, s := range []float64{1, 0} {
		r := newRanks(4, s)
		var got [4]int
		for i := 0; i < n; i++ {
			got[r.draw(rng)]++
		}
		total := 0.0
		for i := range got {
			total += math.Pow(float64(i+1), -s)
		}
		for i, c := range got {
			want := math.Pow(float64(i+1), -s) / total
			if f := float64(c) / n; math.Abs(f-want) > 0.01 {
				t.Errorf("skew %g: index %d drawn %.3f of the time, want %.3f", s, i, f, want)
			}
		}
	}
}

// TestSkewedCast checks that with Skew 1 the first governments of the data
// file appear in many more articles than the last ones, and that by
// default they are drawn alike.
func TestSkewedCast(t *testing.T) {
	count := func(g *Generator) (first, last int) {
		c := g.cat.countries
		for i := 0; i < 3000; i++ {
			for _, a := range g.Article(i).Gold.Actors {
				switch a.Name {
				case c[0].name:
					first++
				case c[len(c)-1].name:
					last++
				}
			}
		}
		return first, last
	}
	z, err := New(Config{Seed: 5, Skew: 1})
	if err != nil {
		t.Fatal(err)
	}
	first, last := count(z)
	if first < 10*last || first < 1000 {
		t.Errorf("skew 1: first government in %d articles, last in %d; want the first in far more", first, last)
	}
	first, last = count(newGen(t, 5))
	if first > 2*last || last > 2*first {
		t.Errorf("default (uniform): first government in %d articles, last in %d; want about the same", first, last)
	}
	if _, err := New(Config{Seed: 5, Skew: -1}); err == nil {
		t.Error("a negative skew was accepted")
	}
}
