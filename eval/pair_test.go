package eval

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph"
)

func neg(name string, aliases ...string) actorgraph.Actor {
	return actorgraph.Actor{Name: name, Type: actorgraph.Negotiation, Aliases: aliases}
}

func org(name string) actorgraph.Actor {
	return actorgraph.Actor{Name: name, Type: actorgraph.Organization}
}

const (
	part = actorgraph.ParticipatesIn
	med  = actorgraph.Mediates
	supp = actorgraph.Supports
	opp  = actorgraph.Opposes
)

// pairGold is an invented article with two negotiations: the river talks
// (Arcadia and Borduria take part, Carpania mediates) and the salt summit
// (Borduria and Dravonia take part, Arcadia opposes it).
func pairGold() actorgraph.Extraction {
	return actorgraph.Extraction{
		ID: "p1",
		Actors: []actorgraph.Actor{gov("Arcadia"), gov("Borduria"), gov("Carpania"), gov("Dravonia"),
			neg("Arcadia-Borduria river talks", "the river talks"), neg("Tarnow salt summit")},
		Relations: []actorgraph.Relation{
			rel("Arcadia", part, "Arcadia-Borduria river talks"),
			rel("Borduria", part, "Arcadia-Borduria river talks"),
			rel("Carpania", med, "Arcadia-Borduria river talks"),
			rel("Borduria", part, "Tarnow salt summit"),
			rel("Dravonia", part, "Tarnow salt summit"),
			rel("Arcadia", opp, "Tarnow salt summit"),
		},
	}
}

// govs are the four governments of pairGold, predicted right.
func govs(more ...actorgraph.Actor) []actorgraph.Actor {
	return append([]actorgraph.Actor{gov("Arcadia"), gov("Borduria"), gov("Carpania"), gov("Dravonia")}, more...)
}

func TestNegotiationPairing(t *testing.T) {
	cases := []struct {
		name      string
		actors    []actorgraph.Actor
		rels      []actorgraph.Relation
		paired    []string
		actorsC   Counts // over the 6 gold actors
		relationC Counts // over the 6 gold relations
	}{{
		name:   "matched by alias, other case: no pairing needed",
		actors: govs(neg("The River Talks")),
		rels:   []actorgraph.Relation{rel("Arcadia", part, "The River Talks")},
		paired: nil, actorsC: Counts{TP: 5, FN: 1}, relationC: Counts{TP: 1, FN: 5},
	}, {
		name:   "unnamed, paired with the negotiation sharing the most relations",
		actors: govs(neg("border water talks")),
		rels: []actorgraph.Relation{
			rel("Arcadia", part, "border water talks"),  // river talks
			rel("Carpania", med, "border water talks"),  // river talks
			rel("Borduria", part, "border water talks"), // both
		},
		paired:  []string{"border water talks -> Arcadia-Borduria river talks (3 shared)"},
		actorsC: Counts{TP: 5, FN: 1}, relationC: Counts{TP: 3, FN: 3},
	}, {
		name:    "tie between two gold negotiations: the one listed first in gold",
		actors:  govs(neg("the talks")),
		rels:    []actorgraph.Relation{rel("Borduria", part, "the talks")},
		paired:  []string{"the talks -> Arcadia-Borduria river talks (1 shared)"},
		actorsC: Counts{TP: 5, FN: 1}, relationC: Counts{TP: 1, FN: 5},
	}, {
		name:   "one to one: the prediction sharing more wins, the other takes what is left",
		actors: govs(neg("first talks"), neg("second talks")),
		rels: []actorgraph.Relation{
			rel("Arcadia", part, "first talks"),
			rel("Arcadia", part, "second talks"),
			rel("Carpania", med, "second talks"),
			rel("Dravonia", part, "first talks"), // salt summit
		},
		paired: []string{
			"second talks -> Arcadia-Borduria river talks (2 shared)",
			"first talks -> Tarnow salt summit (1 shared)",
		},
		actorsC: Counts{TP: 6}, relationC: Counts{TP: 3, FP: 1, FN: 3},
	}, {
		name:   "tie between two predictions: the one listed first in the prediction",
		actors: govs(neg("later talks"), neg("earlier talks")),
		rels: []actorgraph.Relation{
			rel("Carpania", med, "earlier talks"),
			rel("Carpania", med, "later talks"),
		},
		paired:  []string{"later talks -> Arcadia-Borduria river talks (1 shared)"},
		actorsC: Counts{TP: 5, FP: 1, FN: 1}, relationC: Counts{TP: 1, FP: 1, FN: 5},
	}, {
		name:    "nothing shared: not paired",
		actors:  govs(neg("mystery talks")),
		rels:    []actorgraph.Relation{rel("Carpania", supp, "mystery talks")},
		paired:  nil,
		actorsC: Counts{TP: 4, FP: 1, FN: 2}, relationC: Counts{FP: 1, FN: 6},
	}, {
		name:   "a gold negotiation named by another prediction is not free",
		actors: govs(neg("Arcadia-Borduria river talks"), neg("river process")),
		rels: []actorgraph.Relation{
			rel("Arcadia", part, "river process"),
			rel("Carpania", med, "river process"),
		},
		paired:  nil,
		actorsC: Counts{TP: 5, FP: 1, FN: 1}, relationC: Counts{FP: 2, FN: 6},
	}, {
		name:   "direction is ignored for pairing, not for scoring",
		actors: govs(neg("salt meeting")),
		rels: []actorgraph.Relation{
			rel("salt meeting", part, "Dravonia"), // reversed
			rel("Borduria", part, "salt meeting"), // shared with both
			rel("Arcadia", opp, "salt meeting"),
		},
		paired:  []string{"salt meeting -> Tarnow salt summit (3 shared)"},
		actorsC: Counts{TP: 5, FN: 1}, relationC: Counts{TP: 2, FP: 1, FN: 4},
	}, {
		name:    "only negotiations are paired",
		actors:  govs(org("River Commission")),
		rels:    []actorgraph.Relation{rel("Carpania", med, "River Commission")},
		paired:  nil,
		actorsC: Counts{TP: 4, FP: 1, FN: 2}, relationC: Counts{FP: 1, FN: 6},
	}, {
		name:   "other ends count only when they match gold actors",
		actors: govs(neg("valley talks"), gov("Eldoria")),
		rels: []actorgraph.Relation{
			rel("Eldoria", part, "valley talks"),
		},
		paired:  nil,
		actorsC: Counts{TP: 4, FP: 2, FN: 2}, relationC: Counts{FP: 1, FN: 6},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ScoreArticle(pairGold(), actorgraph.Extraction{ID: "p1", Actors: c.actors, Relations: c.rels})
			if !reflect.DeepEqual(a.Paired, c.paired) {
				t.Errorf("paired %q, want %q", a.Paired, c.paired)
			}
			if a.Actors != c.actorsC {
				t.Errorf("actors %+v, want %+v (spurious %v)", a.Actors, c.actorsC, a.SpuriousActors)
			}
			if a.Relations != c.relationC {
				t.Errorf("relations %+v, want %+v (spurious %v, missed %v)",
					a.Relations, c.relationC, a.SpuriousRelations, a.MissedRelations)
			}
		})
	}
}

// TestNegotiationPairingPairs checks that a paired negotiation is scored as
// its pair in the untyped pairs too.
func TestNegotiationPairingPairs(t *testing.T) {
	pred := actorgraph.Extraction{Actors: govs(neg("water talks")), Relations: []actorgraph.Relation{
		rel("Arcadia", part, "water talks"),
		rel("Carpania", supp, "water talks"), // gold says MEDIATES: the pair matches, the type does not
	}}
	a := ScoreArticle(pairGold(), pred)
	if a.Pairs != (Counts{TP: 2, FN: 4}) {
		t.Errorf("pairs %+v, want TP 2 FN 4", a.Pairs)
	}
	if a.Relations != (Counts{TP: 1, FP: 1, FN: 5}) {
		t.Errorf("relations %+v, want TP 1 FP 1 FN 5", a.Relations)
	}
}
