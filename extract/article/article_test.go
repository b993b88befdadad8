package article

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
)

func TestTalksName(t *testing.T) {
	for _, c := range []struct {
		n        Talks
		want     string
		specific bool
	}{
		{Talks{Head: "talks"}, "talks", false},
		{Talks{Head: "talks", Venue: "Vienna", Topics: []string{"nuclear"}}, "Vienna nuclear talks", true},
		{Talks{Head: "deal", Year: "2015", Topics: []string{"nuclear"}}, "2015 nuclear deal", true},
		{Talks{Head: "talks", Parts: []string{"US", "China"}, Topics: []string{"trade"}}, "US-China trade talks", true},
		{Talks{Head: "talks", Venue: "Doha", Parts: []string{"US", "China"}}, "Doha talks", true},
		{Talks{Head: "partnership", Label: "AUKUS"}, "AUKUS partnership", true},
	} {
		if got := c.n.Name(); got != c.want {
			t.Errorf("%+v: Name() = %q, want %q", c.n, got, c.want)
		}
		if got := c.n.Specific(); got != c.specific {
			t.Errorf("%+v: Specific() = %v, want %v", c.n, got, c.specific)
		}
	}
	n := Talks{Head: "negotiations", Topics: []string{"maritime"}}
	if got := n.WithHead("talks").Name(); got != "maritime talks" || n.Head != "negotiations" {
		t.Errorf("WithHead: %q, original head %q", got, n.Head)
	}
}

func TestActors(t *testing.T) {
	var a Actors
	us := a.Entry(&gazetteer.Entry{Name: "United States", Type: actorgraph.Government, ISO3: "USA"})
	p := a.For(actorgraph.Person, "Jane Roe")
	q := a.For(actorgraph.Person, "Roe")
	if again := a.For(actorgraph.Person, "Jane Roe"); again != p || a.Len() != 3 {
		t.Fatalf("For again = %d (want %d), Len %d (want 3)", again, p, a.Len())
	}
	a.List[q].Alias = p
	if got := a.Canon(q); got != p {
		t.Errorf("Canon(%d) = %d, want %d", q, got, p)
	}
	a.List[p].Actor.Affiliation = "United States"
	if got := a.AffilOf(p); got != us {
		t.Errorf("AffilOf = %d, want %d", got, us)
	}
	if got := a.AffilOf(q); got != -1 {
		t.Errorf("AffilOf without affiliation = %d, want -1", got)
	}
	if i, ok := a.Find(actorgraph.Government, "United States"); !ok || i != us || a.List[us].Actor.ISO3 != "USA" {
		t.Errorf("Find = %d, %v; ISO3 %q", i, ok, a.List[us].Actor.ISO3)
	}
	a.Seen(p, "Jane  Roe")
	a.Seen(p, "")
	if len(a.List[p].Aliases) != 1 || !a.List[p].Aliases["Jane Roe"] {
		t.Errorf("aliases %v, want only %q", a.List[p].Aliases, "Jane Roe")
	}
}

func TestOddSpace(t *testing.T) {
	for s, want := range map[string]bool{"Jane Roe": false, "Jane  Roe": true, "Jane\nRoe": true, "Jane\tRoe": true, "": false, " Jane": false} {
		if got := OddSpace(s); got != want {
			t.Errorf("OddSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNormSpace checks NormSpace and OddSpace against strings.Fields.
func TestNormSpace(t *testing.T) {
	for _, s := range spaced {
		f := strings.Fields(s)
		if got, want := NormSpace(s), strings.Join(f, " "); got != want {
			t.Errorf("NormSpace(%q) = %q, want %q", s, got, want)
		}
		want := strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ")
		if OddSpace(s) != want {
			t.Errorf("OddSpace(%q) = %v, want %v", s, OddSpace(s), want)
		}
	}
}

// spaced are names with every kind of space around and inside them.
var spaced = []string{"", " ", "Jane Doe", " Jane Doe", "Jane Doe ", "Jane  Doe", "Jane\tDoe", "Jane\nDoe",
	"Jane\u00a0Doe", "Jane\u0085Doe", "Jean-Yves Le Drian", "Jane\u2003 Doe", "A\xff B", "Doe", "a b c", "a\vb", "a\fb"}
