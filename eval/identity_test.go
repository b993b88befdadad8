package eval

import (
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
)

// doc is an invented gold or predicted article with no relations.
func doc(key string, actors ...actorgraph.Actor) actorgraph.Extraction {
	return actorgraph.Extraction{ID: key, Path: key + ".json", Actors: actors}
}

// spreadNames lists the spreads as "name: part (articles); ...".
func spreadNames(s []Spread) []string {
	if len(s) == 0 {
		return nil
	}
	return spreadLines(s)
}

func TestIdentity(t *testing.T) {
	cases := []struct {
		name           string
		gold, pred     []actorgraph.Extraction
		splits, merges []string
		repeated       int
		nodes          int
	}{{
		name:     "one person, one spelling: one node",
		gold:     []actorgraph.Extraction{doc("a", per("Ivo Marek")), doc("b", per("Ivo Marek"))},
		pred:     []actorgraph.Extraction{doc("a", per("Ivo Marek")), doc("b", per("IVO MAREK"))},
		repeated: 1, nodes: 1,
	}, {
		name:     "two spellings that match gold make two nodes: a split",
		gold:     []actorgraph.Extraction{doc("a", per("Ivo Marek", "Iwo Marek")), doc("b", per("Ivo Marek", "Iwo Marek"))},
		pred:     []actorgraph.Extraction{doc("a", per("Ivo Marek")), doc("b", per("Iwo Marek"))},
		splits:   []string{"Ivo Marek (Person): person:ivo-marek (a); person:iwo-marek (b)"},
		repeated: 1, nodes: 2,
	}, {
		name:     "spellings the graph slugs alike are one node",
		gold:     []actorgraph.Extraction{doc("a", per("Ana Lund-Berg", "Ana Lund Berg")), doc("b", per("Ana Lund-Berg"))},
		pred:     []actorgraph.Extraction{doc("a", per("Ana Lund Berg")), doc("b", per("Ana Lund-Berg"))},
		repeated: 1, nodes: 1,
	}, {
		name:     "two nodes in an article named once is no split",
		gold:     []actorgraph.Extraction{doc("a", per("Ivo Marek", "Marek")), doc("b", gov("Arcadia"))},
		pred:     []actorgraph.Extraction{doc("a", per("Ivo Marek"), per("Marek")), doc("b", gov("Arcadia"))},
		repeated: 0, nodes: 3,
	}, {
		name: "a generic negotiation node standing for two negotiations: a merge",
		gold: []actorgraph.Extraction{
			doc("a", neg("Arcadia-Borduria river talks", "river talks")),
			doc("b", neg("Carpania-Dravonia river talks", "river talks")),
		},
		pred:     []actorgraph.Extraction{doc("a", neg("river talks")), doc("b", neg("River Talks"))},
		merges:   []string{"negotiation:river-talks: Arcadia-Borduria river talks (Negotiation) (a); Carpania-Dravonia river talks (Negotiation) (b)"},
		repeated: 0, nodes: 1,
	}, {
		name:     "one negotiation with one gold name in two articles is one entity",
		gold:     []actorgraph.Extraction{doc("a", neg("Tarnow salt summit", "salt summit")), doc("b", neg("Tarnow salt summit"))},
		pred:     []actorgraph.Extraction{doc("a", neg("salt summit")), doc("b", neg("Tarnow salt summit"))},
		splits:   []string{"Tarnow salt summit (Negotiation): negotiation:salt-summit (a); negotiation:tarnow-salt-summit (b)"},
		repeated: 1, nodes: 2,
	}, {
		name:     "negotiation gold names that differ only in case are two entities",
		gold:     []actorgraph.Extraction{doc("a", neg("Tarnow Salt Summit")), doc("b", neg("Tarnow salt summit"))},
		pred:     []actorgraph.Extraction{doc("a", neg("Tarnow salt summit")), doc("b", neg("Tarnow salt summit"))},
		merges:   []string{"negotiation:tarnow-salt-summit: Tarnow Salt Summit (Negotiation) (a); Tarnow salt summit (Negotiation) (b)"},
		repeated: 0, nodes: 1,
	}, {
		name: "a person's gold name that is the other's alias is one entity",
		gold: []actorgraph.Extraction{
			doc("a", per("Jon-Erik Sand")),
			doc("b", per("Jon Erik Sand", "Jon-Erik Sand")),
			doc("c", per("jon erik sand")),
		},
		pred:     []actorgraph.Extraction{doc("a", per("Jon-Erik Sand")), doc("b", per("Jon Erik Sand")), doc("c", per("Sand"))},
		repeated: 1, nodes: 1,
	}, {
		name:     "one node for two different persons: a merge",
		gold:     []actorgraph.Extraction{doc("a", per("Lena Ostrova", "Ostrova")), doc("b", per("Mira Ostrova", "Ostrova"))},
		pred:     []actorgraph.Extraction{doc("a", per("Ostrova")), doc("b", per("Ostrova"))},
		merges:   []string{"person:ostrova: Lena Ostrova (Person) (a); Mira Ostrova (Person) (b)"},
		repeated: 0, nodes: 1,
	}, {
		name:     "a prediction of the wrong type stands for nothing",
		gold:     []actorgraph.Extraction{doc("a", gov("Arcadia")), doc("b", gov("Arcadia"))},
		pred:     []actorgraph.Extraction{doc("a", gov("Arcadia")), doc("b", org("Arcadia"))},
		repeated: 1, nodes: 1,
	}, {
		name:     "an article without prediction still names its gold entities",
		gold:     []actorgraph.Extraction{doc("a", gov("Arcadia")), doc("b", gov("Arcadia"))},
		pred:     []actorgraph.Extraction{doc("a", gov("Arcadia"))},
		repeated: 1, nodes: 1,
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			id := Score(c.gold, c.pred).Identity
			if got := spreadNames(id.Splits); !reflect.DeepEqual(got, c.splits) {
				t.Errorf("splits %q, want %q", got, c.splits)
			}
			if got := spreadNames(id.Merges); !reflect.DeepEqual(got, c.merges) {
				t.Errorf("merges %q, want %q", got, c.merges)
			}
			if id.Repeated != c.repeated || id.Nodes != c.nodes {
				t.Errorf("repeated %d nodes %d, want %d and %d", id.Repeated, id.Nodes, c.repeated, c.nodes)
			}
		})
	}
}

// TestIdentityPairedNegotiation checks that a negotiation paired by its
// relations stands for its pair: one generic name paired with different
// gold negotiations in two articles is a merge.
func TestIdentityPairedNegotiation(t *testing.T) {
	g1 := pairGold()
	g1.Path = "a.json"
	g2 := actorgraph.Extraction{ID: "b", Path: "b.json",
		Actors:    []actorgraph.Actor{gov("Eldoria"), gov("Fenwick"), neg("Eldoria-Fenwick fishing talks")},
		Relations: []actorgraph.Relation{rel("Eldoria", part, "Eldoria-Fenwick fishing talks")},
	}
	p1 := actorgraph.Extraction{Path: "a.txt", Actors: govs(neg("the talks")),
		Relations: []actorgraph.Relation{rel("Carpania", med, "the talks")}}
	p2 := actorgraph.Extraction{Path: "b.txt", Actors: []actorgraph.Actor{gov("Eldoria"), neg("The talks")},
		Relations: []actorgraph.Relation{rel("Eldoria", part, "The talks")}}
	r := Score([]actorgraph.Extraction{g1, g2}, []actorgraph.Extraction{p1, p2})
	want := []string{"negotiation:the-talks: Arcadia-Borduria river talks (Negotiation) (a); Eldoria-Fenwick fishing talks (Negotiation) (b)"}
	if got := spreadNames(r.Identity.Merges); !reflect.DeepEqual(got, want) {
		t.Errorf("merges %q, want %q", got, want)
	}
	var b strings.Builder
	if err := r.WriteDetails(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "   merge             "+want[0]+"\n") {
		t.Errorf("details do not list the merge:\n%s", b.String())
	}
}
