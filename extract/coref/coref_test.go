package coref

import (
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/article"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/text"
)

var (
	gaz     *gazetteer.Gazetteer
	lex     map[string]gazetteer.Word
	gazErr  error
	gazOnce sync.Once
)

// newResolver returns a resolver of an empty article dated 2024-03-01.
func newResolver(t *testing.T) *Resolver {
	t.Helper()
	gazOnce.Do(func() {
		gaz, gazErr = gazetteer.Default()
		if gazErr == nil {
			lex = gaz.Lexicon()
		}
	})
	if gazErr != nil {
		t.Fatal(gazErr)
	}
	return New(&article.Doc{Date: "2024-03-01", ID: "t"}, gaz)
}

// sentence tokenizes s with the word lists' bits, as the mention stage
// does, without mentions.
func sentence(s string) article.Sentence {
	toks := text.Tokenize(s, 0)
	out := article.Sentence{Tokens: toks, Lower: make([]string, len(toks)), Words: make([]gazetteer.Word, len(toks))}
	for i, tk := range toks {
		out.Lower[i] = strings.ToLower(strings.ReplaceAll(tk.Text, "’", "'"))
		out.Words[i] = lex[out.Lower[i]]
	}
	return out
}

// at returns the mention of actor a over the tokens of s from the first
// token whose text is from, for as many tokens as the words of phrase.
func at(s article.Sentence, phrase string, a int, typ actorgraph.ActorType, k article.Kind) article.Mention {
	w := strings.Fields(phrase)
	for i, tk := range s.Tokens {
		if tk.Text == w[0] {
			return article.Mention{Start: i, End: i + len(w), Actor: a, Type: typ, Kind: k}
		}
	}
	panic("no " + phrase)
}

func (c *Resolver) gov(name string) int {
	e, ok := c.g.Entry(name)
	if !ok {
		panic(name)
	}
	return c.d.Actors.Entry(e)
}

func (c *Resolver) name(i int) string { return c.d.Actors.List[c.d.Actors.Canon(i)].Actor.Name }

func TestPersons(t *testing.T) {
	for _, c := range []struct {
		name  string
		calls []string // "Name|role|affiliation|titled"; the last one is checked
		want  string   // "Name|Role|Affiliation", and "=k" when it is the k-th call's person
	}{
		{"a surname is the full name before it", []string{"Jane Roe|foreign minister|Freedonia|t", "Roe|||"}, "Jane Roe|foreign minister|Freedonia =0"},
		{"a full name absorbs its surname", []string{"Roe|||t", "Jane Roe|minister|Freedonia|t"}, "Jane Roe|minister|Freedonia =0"},
		{"the role first read stays", []string{"Jane Roe|minister||t", "Jane Roe|envoy|Freedonia|t"}, "Jane Roe|minister|Freedonia =0"},
		{"two persons, two surnames", []string{"Jane Roe|||t", "John Doe|||t"}, "John Doe|| "},
		{"title words are no name", []string{"Staff Jane Roe|chief of staff||t"}, "Jane Roe|chief of staff| "},
		{"a role without 'the'", []string{"Jane Roe|the foreign minister||t"}, "Jane Roe|foreign minister| "},
		{"family name first", []string{"Kim Su-jin|envoy|South Korea|t", "Kim|||"}, "Kim Su-jin|envoy|South Korea =0"},
	} {
		r := newResolver(t)
		r.d.Actors.For(actorgraph.Government, "Freedonia")
		var idx []int
		for si, call := range c.calls {
			f := strings.Split(call, "|")
			affil := -1
			if f[2] == "Freedonia" {
				affil, _ = r.d.Actors.Find(actorgraph.Government, "Freedonia")
			} else if f[2] != "" {
				affil = r.gov(f[2])
			}
			idx = append(idx, r.Person(f[0], f[1], affil, si, f[3] == "t"))
		}
		last := r.d.Actors.Canon(idx[len(idx)-1])
		a := r.d.Actors.List[last].Actor
		got := a.Name + "|" + a.Role + "|" + a.Affiliation + " "
		for k, i := range idx[:len(idx)-1] {
			if r.d.Actors.Canon(i) == last {
				got += "=" + string(rune('0'+k))
				break
			}
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestKnownPerson(t *testing.T) {
	r := newResolver(t)
	p := r.Person("Jean-Yves Le Drian", "foreign minister", -1, 0, true)
	for name, want := range map[string]bool{"Jean-Yves Le Drian": true, "Drian": true, "Le Drian": true, "Yves Drian": false, "Roe": false} {
		i, ok := r.KnownPerson(name)
		if ok != want || ok && i != p {
			t.Errorf("KnownPerson(%q) = %d, %v; want %v", name, i, ok, want)
		}
	}
}

func TestRoles(t *testing.T) {
	r := newResolver(t)
	fr := r.d.Actors.For(actorgraph.Government, "Freedonia")
	pm := r.Person("Jane Roe", "Prime Minister", fr, 0, true)
	fm := r.Person("John Doe", "Foreign Minister", fr, 0, true)
	r.Person("Ann Poe", "Deputy Foreign Minister", -1, 0, true)
	for _, c := range []struct {
		title string
		affil int
		want  int
	}{
		{"prime minister", fr, pm},
		{"leader", fr, pm}, // a head of government
		{"foreign minister", fr, fm},
		{"president", fr, -1},
		{"prime minister", -1, -1},
	} {
		if got := r.WithRole(c.title, c.affil); got != c.want {
			t.Errorf("WithRole(%q, %d) = %d, want %d", c.title, c.affil, got, c.want)
		}
	}
	for title, want := range map[string]int{"prime minister": pm, "foreign minister": fm, "chancellor": -1} {
		if got := r.OnlyWithRole(title); got != want {
			t.Errorf("OnlyWithRole(%q) = %d, want %d", title, got, want)
		}
	}
}

func TestPronoun(t *testing.T) {
	r := newResolver(t)
	s := sentence("Jane Roe said he met its envoy")
	if out, end := r.Pronoun(s, nil, 3); len(out) != 0 || end != 3 {
		t.Errorf("no person yet: %v, %d", out, end)
	}
	p := r.Person("Jane Roe", "", -1, 0, true)
	r.Note(s, at(s, "Jane Roe", p, actorgraph.Person, article.Person))
	fr := r.d.Actors.For(actorgraph.Government, "Freedonia")
	r.Note(s, article.Mention{Start: 0, End: 1, Actor: fr, Type: actorgraph.Government, Kind: article.Name})
	out, end := r.Pronoun(s, nil, 3)
	if len(out) != 1 || end != 4 || out[0].Actor != p || out[0].Kind != article.Pronoun {
		t.Errorf("he: %v, %d; want person %d", out, end, p)
	}
	out, end = r.Pronoun(s, nil, 5)
	if len(out) != 1 || end != 6 || out[0].Actor != fr || out[0].Type != actorgraph.Government {
		t.Errorf("its: %v, %d; want government %d", out, end, fr)
	}
	if out, end := r.Pronoun(s, nil, 4); len(out) != 0 || end != 4 {
		t.Errorf("met: %v, %d", out, end)
	}
}

func TestBoth(t *testing.T) {
	for _, c := range []struct {
		first, second string
		want          string // the names the phrase at "the"/"both" of second stands for
	}{
		{"Jane Roe met John Doe on Monday .", "The two leaders clashed .", "Jane Roe John Doe"},
		{"Jane Roe and John Doe spoke .", "Both leaders agreed .", "Jane Roe John Doe"},
		{"Freedonia and Sylvania signed .", "Both sides agreed .", "Freedonia Sylvania"},
		{"Freedonia and Sylvania signed .", "The two producers agreed .", "Freedonia Sylvania"},
		{"Freedonia and Sylvania signed .", "The two days passed .", ""},
		{"Freedonia and Sylvania signed .", "The two leaders met .", ""},
		{"Jane Roe urged John Doe .", "The two leaders met .", ""},
	} {
		r := newResolver(t)
		s := sentence(c.first)
		var out []article.Mention
		for _, w := range []string{"Jane Roe", "John Doe", "Freedonia", "Sylvania"} {
			if !strings.Contains(c.first, w) {
				continue
			}
			typ, k := actorgraph.Government, article.Name
			if strings.Contains(w, " ") {
				typ, k = actorgraph.Person, article.Person
			}
			out = append(out, at(s, w, r.d.Actors.For(typ, w), typ, k))
		}
		r.NotePairs(s, out, false)
		s2 := sentence(c.second)
		got, end := r.Both(s2, nil, 0)
		var names []string
		for _, m := range got {
			names = append(names, r.name(m.Actor))
			if m.Start != 0 || m.End != end {
				t.Errorf("%q: mention [%d, %d), want [0, %d)", c.second, m.Start, m.End, end)
			}
		}
		if strings.Join(names, " ") != c.want {
			t.Errorf("%q after %q: %q, want %q", c.second, c.first, strings.Join(names, " "), c.want)
		}
	}
}

func TestSpeakers(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int // tokens resolved to Jane Roe
	}{
		{"“ We urge calm , ” Jane Roe said .", 1},
		{"“ I and we agree , ” said Jane Roe .", 2},
		{"“ We urge calm , ” wrote the aides of Jane Roe .", 0},
		{"We urge calm , Jane Roe said .", 0},
	} {
		r := newResolver(t)
		s := sentence(c.s)
		p := r.d.Actors.For(actorgraph.Person, "Jane Roe")
		out := Speakers(s, []article.Mention{at(s, "Jane Roe", p, actorgraph.Person, article.Person)})
		n := 0
		for k, m := range out {
			if k > 0 && out[k-1].Start > m.Start {
				t.Errorf("%q: mentions out of order", c.s)
			}
			if m.Kind == article.Pronoun && m.Actor == p {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d pronouns of the speaker, want %d", c.s, n, c.want)
		}
	}
}

func TestNegotiation(t *testing.T) {
	r := newResolver(t)
	vienna := r.Negotiation(&article.Talks{Class: "talks", Head: "talks", Venue: "Vienna"}, "", false)
	nuclear := r.Negotiation(&article.Talks{Class: "talks", Head: "talks", Topics: []string{"nuclear"}}, "the", false)
	deal := r.Negotiation(&article.Talks{Class: "deal", Head: "deal", Year: "2015"}, "the", false)
	for _, c := range []struct {
		name string
		n    article.Talks
		det  string
		want int
	}{
		{"the talks: the latest talks", article.Talks{Class: "talks", Head: "talks"}, "the", vienna},
		{"the deal: the latest deal", article.Talks{Class: "deal", Head: "deal"}, "the", deal},
		{"a meeting: none", article.Talks{Class: "talks", Head: "meeting"}, "a", -1},
		{"a deal: none", article.Talks{Class: "deal", Head: "deal"}, "a", -1},
		{"another year: its own", article.Talks{Class: "deal", Head: "deal", Year: "2018"}, "the", deal + 1},
	} {
		n := c.n
		if got := r.Negotiation(&n, c.det, c.det == "a"); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
	if vienna != nuclear || r.d.Actors.List[vienna].Talks.Name() != "Vienna nuclear talks" {
		t.Errorf("compatible talks not merged: %d, %d, %q", vienna, nuclear, r.d.Actors.List[vienna].Talks.Name())
	}
}

func TestFinish(t *testing.T) {
	r := newResolver(t)
	s := sentence("US Trade Representative Jane Roe , Commerce Secretary John Doe and Ann Poe met .")
	us := r.gov("United States")
	a := r.Person("Jane Roe", "Trade Representative", us, 0, true)
	b := r.Person("John Doe", "Commerce Secretary", -1, 0, true)
	c := r.Person("Ann Poe", "", -1, 0, true)
	r.d.Sents = []article.Sentence{s}
	r.d.Sents[0].Mentions = []article.Mention{
		at(s, "US", us, actorgraph.Government, article.Modifier),
		at(s, "Trade Representative Jane Roe", a, actorgraph.Person, article.Person),
		at(s, "Commerce Secretary John Doe", b, actorgraph.Person, article.Person),
		at(s, "Ann Poe", c, actorgraph.Person, article.Person),
	}
	r.Finish()
	for i, want := range map[int]string{a: "United States", b: "United States", c: ""} {
		if got := r.d.Actors.List[i].Actor.Affiliation; got != want {
			t.Errorf("%s: affiliation %q, want %q", r.name(i), got, want)
		}
	}
	for _, m := range r.d.Sents[0].Mentions[1:3] {
		if m.Of != us+1 {
			t.Errorf("%s: Of %d, want %d", r.name(m.Actor), m.Of, us+1)
		}
	}
	if !r.d.Actors.List[c].Used {
		t.Errorf("Ann Poe, named as an actor, is not used")
	}
}

func TestFirstLast(t *testing.T) {
	for _, s := range []string{"", " ", "Jane Doe", " Jane Doe", "Jane Doe ", "Jane  Doe", "Jane\tDoe", "Jane\nDoe",
		"Jane\u00a0Doe", "Jane\u0085Doe", "Jean-Yves Le Drian", "Jane\u2003 Doe", "A\xff B", "Doe", "a b c", "a\vb", "a\fb"} {
		f := strings.Fields(s)
		first, last, ok := firstLast(s)
		if ok != (len(f) > 1) || ok && (first != f[0] || last != f[len(f)-1]) {
			t.Errorf("firstLast(%q) = %q, %q, %v; fields %q", s, first, last, ok, f)
		}
	}
}
