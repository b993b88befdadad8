package corpusgen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
)

// Config says what corpus to generate.
type Config struct {
	// Seed selects the corpus: the same seed gives the same articles.
	Seed uint64
	// Words is the approximate length of an article (default 700).
	Words int
	// PersonsPerCountry is the number of distinct officials of each
	// government (default 30); it sets how many person nodes a big corpus has.
	PersonsPerCountry int
	// Skew is the exponent s of a power law by which an article's cast is
	// drawn: the item of rank r of each list (governments, each
	// government's officials, organizations, venues, topics) is drawn with
	// weight 1/r^s. A list's rank is its order in the data files, which
	// list first the governments and bodies most often in international
	// news; official 1 of a government is its head. 0 (the default) draws
	// every item alike; 1 is Zipf's law, under which a few governments and
	// leaders are in most articles and most are in few, as in the news.
	Skew float64
}

// Source is the Article.Source of every generated article.
const Source = "corpusgen"

// Rule is the Relation.Rule of every gold relation.
const Rule = "corpusgen"

// Sample is one generated article with the actors and relations it states.
type Sample struct {
	Article actorgraph.Article
	Gold    actorgraph.Extraction
}

// Generator produces the articles of one corpus. It is safe for concurrent
// use.
type Generator struct {
	cfg Config
	cat *catalog
	// The draws of each list of the cast.
	countries, persons, orgs, topics, venues ranks
}

// New returns the Generator of the corpus cfg describes.
func New(cfg Config) (*Generator, error) {
	if cfg.Words == 0 {
		cfg.Words = 700
	}
	if cfg.PersonsPerCountry == 0 {
		cfg.PersonsPerCountry = 30
	}
	if cfg.Words < 50 || cfg.PersonsPerCountry < 2 || cfg.Skew < 0 {
		return nil, fmt.Errorf("corpusgen: want Words >= 50, PersonsPerCountry >= 2 and Skew >= 0")
	}
	cat, err := loadCatalog(dataFS)
	if err != nil {
		return nil, fmt.Errorf("corpusgen: %w", err)
	}
	if n := len(cat.countries) * cfg.PersonsPerCountry; n > len(cat.given)*len(cat.family) {
		return nil, fmt.Errorf("corpusgen: %d officials wanted but only %d distinct names", n, len(cat.given)*len(cat.family))
	}
	g := &Generator{cfg: cfg, cat: cat}
	g.countries = newRanks(len(cat.countries), cfg.Skew)
	g.persons = newRanks(cfg.PersonsPerCountry, cfg.Skew)
	g.orgs = newRanks(len(cat.orgs), cfg.Skew)
	g.topics = newRanks(len(cat.topics), cfg.Skew)
	g.venues = newRanks(len(cat.venues), cfg.Skew)
	return g, nil
}

// ranks draws an index in [0, n) with weight 1/(index+1)^s. With s = 0 it
// draws with rng.IntN(n), as the generator did before Skew existed, so that
// the default corpus of a seed stays the same.
type ranks struct {
	n   int
	cum []float64 // cum[i]: the weights of 0..i; nil when s = 0
}

func newRanks(n int, s float64) ranks {
	r := ranks{n: n}
	if s == 0 {
		return r
	}
	r.cum = make([]float64, n)
	total := 0.0
	for i := range r.cum {
		total += math.Pow(float64(i+1), -s)
		r.cum[i] = total
	}
	return r
}

func (r ranks) draw(rng *rand.Rand) int {
	if r.cum == nil {
		return rng.IntN(r.n)
	}
	x := rng.Float64() * r.cum[r.n-1]
	return min(sort.SearchFloat64s(r.cum, x), r.n-1) // min: rounding at the top end
}

// epoch is the date of article 0; article i is published i%730 days later.
var epoch = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// Article returns article i of the corpus (i >= 0) and its gold extraction.
func (g *Generator) Article(i int) Sample {
	rng := rand.New(rand.NewPCG(g.cfg.Seed, uint64(i)))
	b := newBuilder(g, rng)
	title := b.renderTitle()
	text := b.writeBody(g.cfg.Words)
	a := actorgraph.Article{
		Title:     title,
		URL:       fmt.Sprintf("https://corpusgen.example.org/%d/%d", g.cfg.Seed, i),
		Source:    Source,
		Published: epoch.AddDate(0, 0, i%730),
		Text:      text,
	}
	a.Finish()
	return Sample{Article: a, Gold: b.gold(a)}
}

// person is an official of the cast.
type person struct {
	given, family, role string
	gov                 int // index into countries
}

func (p person) name() string { return p.given + " " + p.family }

// personAt returns official k: k%len(countries) is the government, and k
// picks a distinct name.
func (g *Generator) personAt(k int) person {
	c := g.cat
	n := k % len(c.countries)
	j := k / len(c.countries)
	return person{
		given:  c.given[k%len(c.given)],
		family: c.family[(k/len(c.given))%len(c.family)],
		role:   c.roles[j%len(c.roles)],
		gov:    n,
	}
}

// personOf draws an official of government gov not in taken (by family name).
func (g *Generator) personOf(rng *rand.Rand, gov int, taken map[string]bool) person {
	n := g.cfg.PersonsPerCountry
	for try := 0; try < 8*n; try++ {
		p := g.personAt(gov + len(g.cat.countries)*g.persons.draw(rng))
		if !taken[p.family] {
			taken[p.family] = true
			return p
		}
	}
	// Every family name may be taken (a small PersonsPerCountry): take the
	// first free one in order, else reuse the first, so this always ends.
	for k := 0; k < n; k++ {
		if p := g.personAt(gov + len(g.cat.countries)*k); !taken[p.family] {
			taken[p.family] = true
			return p
		}
	}
	return g.personAt(gov)
}

// weekdays fill {day}.
var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// words counts the words of s.
func words(s string) int { return len(strings.Fields(s)) }
