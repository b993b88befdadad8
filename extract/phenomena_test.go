package extract

import (
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph"
)

var (
	shared     *Extractor
	sharedErr  error
	sharedOnce sync.Once
)

// newTest returns one Extractor for all tests.
func newTest(t testing.TB) *Extractor {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = New() })
	if sharedErr != nil {
		t.Fatalf("New: %v", sharedErr)
	}
	return shared
}

func extractText(t testing.TB, text string) actorgraph.Extraction {
	t.Helper()
	a := actorgraph.Article{Title: "test", Text: text}
	a.Finish()
	return newTest(t).Extract(a)
}

// rel is "Source TYPE Target".
func rels(x actorgraph.Extraction) map[string]bool {
	m := map[string]bool{}
	for _, r := range x.Relations {
		m[r.Source+" "+string(r.Type)+" "+r.Target] = true
		if r.Type.Symmetric() {
			m[r.Target+" "+string(r.Type)+" "+r.Source] = true
		}
	}
	return m
}

func actorOf(x actorgraph.Extraction, name string) (actorgraph.Actor, bool) {
	for _, a := range x.Actors {
		if a.Name == name {
			return a, true
		}
	}
	return actorgraph.Actor{}, false
}

// TestPhenomena checks one small sentence per phenomenon: the relations
// that must be found and those that must not.
func TestPhenomena(t *testing.T) {
	tests := []phenomenon{
		{"active voice", "Germany condemned Russia on Tuesday.",
			[]string{"Germany CRITICIZES Russia"}, nil},
		{"passive voice", "Iran was criticized by France on Monday.",
			[]string{"France CRITICIZES Iran"}, []string{"Iran CRITICIZES France"}},
		{"coordinated objects", "Japan urged China and South Korea to resume their dialogue.",
			[]string{"Japan URGES China", "Japan URGES South Korea"}, nil},
		{"coordinated subjects meet", "Chile and Peru met on Friday.",
			[]string{"Chile MEETS_WITH Peru"}, nil},
		{"metonymy", "The Kremlin warned Kyiv on Friday.",
			[]string{"Russia THREATENS Ukraine"}, nil},
		{"demonym officials", "Egyptian officials praised the Sudanese government.",
			[]string{"Egypt SUPPORTS Sudan"}, nil},
		{"phrasal verb", "Australia called on Indonesia to release the sailors.",
			[]string{"Australia URGES Indonesia"}, nil},
		{"negation", "Canada did not condemn Mexico. India never threatened Nepal.",
			nil, []string{"Canada CRITICIZES Mexico", "India THREATENS Nepal"}},
		{"conditional", "If Turkey attacks Greece, the alliance will respond.",
			nil, []string{"Turkey ATTACKS Greece"}},
		{"modal speculation", "Spain could criticize Morocco next week.",
			nil, []string{"Spain CRITICIZES Morocco"}},
		{"wanting is not doing", "Poland hopes to meet Ukraine soon.",
			nil, []string{"Poland MEETS_WITH Ukraine"}},
		{"glued sentences", "Chile welcomed the rain.Peru criticized Bolivia.",
			[]string{"Peru CRITICIZES Bolivia"}, nil},
		{"talks between two", "Talks between Serbia and Kosovo resumed on Monday.",
			[]string{"Serbia NEGOTIATES_WITH Kosovo"}, nil},
		{"sanctions", "The European Union imposed sanctions on Belarus.",
			[]string{"European Union SANCTIONS Belarus"}, nil},
		{"noun frame with possessor", "Norway's criticism of Denmark surprised many.",
			[]string{"Norway CRITICIZES Denmark"}, nil},
		{"same side is not a relation", "Kenyan President Daniel Otieno met Kenyan officials.",
			nil, []string{"Daniel Otieno MEETS_WITH Kenya"}},
		{"its is the sentence's state", "Russia vetoed a UN resolution that condemned its invasion of Georgia.",
			[]string{"Russia ATTACKS Georgia"}, []string{"United Nations ATTACKS Georgia"}},
		{"possessive before a name", "Antony Blinken met with his Chinese counterpart Wang Yi in Beijing.",
			[]string{"Antony Blinken MEETS_WITH Wang Yi"}, nil},
		{"possessive before a noun", "Chile rebuffed his proposal. Peruvian President Luis Vega spoke. Bolivia rebuffed his proposal.",
			[]string{"Bolivia OPPOSES Luis Vega"}, nil},
		{"negotiation named from venue and topic words", "Kenya joined the Nairobi debt relief talks on Monday.",
			[]string{"Kenya PARTICIPATES_IN Nairobi debt relief talks"}, nil},
		{"verb form used as a noun", "Canadian Prime Minister Anne Roy ended her Ottawa meeting with the visiting Irish Foreign Minister Sean Byrne.",
			[]string{"Anne Roy MEETS_WITH Sean Byrne"}, nil},
		{"coordinated verbs keep their own mood", "Cuba rebuffed attempts to restart talks and warned the Dominican Republic.",
			[]string{"Cuba THREATENS Dominican Republic"}, nil},
		{"the two countries", "Japan and Australia met on Monday. The two countries signed a defence pact.",
			[]string{"Japan COOPERATES_WITH Australia", "Japan PARTICIPATES_IN defence pact", "Australia PARTICIPATES_IN defence pact"}, nil},
		{"the two leaders", "President Ana Ruiz and Prime Minister Tom Ode spoke. The two leaders criticized Fiji.",
			[]string{"Ana Ruiz CRITICIZES Fiji", "Tom Ode CRITICIZES Fiji"}, nil},
		{"a deal is with someone", "Chile and Peru reached a deal after Bolivian President Eva Soto arrived.",
			[]string{"Chile COOPERATES_WITH Peru"}, []string{"Chile COOPERATES_WITH Eva Soto"}},
		{"no attack on talks", "Both sides want to avoid a fight over the nuclear talks.",
			nil, []string{"Iran ATTACKS nuclear talks"}},
		{"reciprocal", "Armenia and Azerbaijan attacked each other overnight.",
			[]string{"Armenia ATTACKS Azerbaijan", "Azerbaijan ATTACKS Armenia"}, nil},
		{"host talks is mediation", "Oman hosted a new round of nuclear talks in Muscat.",
			[]string{"Oman MEDIATES Muscat nuclear talks"}, nil},
		{"a comma alone is no coordination", "During the talks in Geneva, Swiss officials criticized Iran.",
			[]string{"Switzerland CRITICIZES Iran"}, []string{"Geneva talks CRITICIZES Iran"}},
		{"representatives from", "Representatives from Chile, Peru and Bolivia met in Lima for the border talks.",
			[]string{"Chile PARTICIPATES_IN Lima border talks", "Bolivia PARTICIPATES_IN Lima border talks"}, nil},
		{"appositive title", "The Egyptian foreign minister, Omar Nabil, condemned Libya.",
			[]string{"Omar Nabil CRITICIZES Libya", "Omar Nabil MEMBER_OF Egypt"}, nil},
		{"one verb, not the next", "Ghana praised both sides and urged Togo to talk.",
			[]string{"Ghana URGES Togo"}, []string{"Ghana SUPPORTS Togo"}},
	}
	checkPhenomena(t, tests)
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestPersons checks titles, affiliations, surname and pronoun coreference.
func TestPersons(t *testing.T) {
	text := "Brazilian Foreign Minister Carla Mendes arrived in Lima on Monday. " +
		"Mendes later criticized Argentina. " +
		"Kenyan President Daniel Otieno spoke to reporters. He accused Ethiopia of stalling. " +
		`"We will not accept this," said Dutch Prime Minister Pieter de Vries.`
	x := extractText(t, text)
	for _, c := range []struct{ name, affil, role string }{
		{"Carla Mendes", "Brazil", "Foreign Minister"},
		{"Daniel Otieno", "Kenya", "President"},
		{"Pieter de Vries", "Netherlands", "Prime Minister"},
	} {
		a, ok := actorOf(x, c.name)
		if !ok {
			t.Errorf("no person %q in %v", c.name, x.Actors)
			continue
		}
		if a.Type != actorgraph.Person || a.Affiliation != c.affil || !strings.EqualFold(a.Role, c.role) {
			t.Errorf("%s: got %s, %q, %q; want Person, %q, %q", c.name, a.Type, a.Affiliation, a.Role, c.affil, c.role)
		}
	}
	got := rels(x)
	for _, w := range []string{
		"Carla Mendes CRITICIZES Argentina", // surname coreference
		"Daniel Otieno CRITICIZES Ethiopia", // pronoun
		"Carla Mendes MEMBER_OF Brazil",
		"Pieter de Vries MEMBER_OF Netherlands",
	} {
		if !got[w] {
			t.Errorf("missing %q; got %v", w, keys(got))
		}
	}
	if _, ok := actorOf(x, "Mendes"); ok {
		t.Errorf("surname Mendes kept as a person of its own")
	}
}

// TestNegotiations checks that talks are named from topic and venue and
// that later mentions refer to the same negotiation.
func TestNegotiations(t *testing.T) {
	text := "France, Germany and Italy met in Geneva for the climate talks. " +
		"The climate talks in Geneva will resume next month. " +
		"Norway welcomed the talks."
	x := extractText(t, text)
	n, ok := actorOf(x, "Geneva climate talks")
	if !ok || n.Type != actorgraph.Negotiation {
		t.Fatalf("no negotiation %q in %v", "Geneva climate talks", x.Actors)
	}
	negs := 0
	for _, a := range x.Actors {
		if a.Type == actorgraph.Negotiation {
			negs++
		}
	}
	if negs != 1 {
		t.Errorf("got %d negotiations, want 1: %v", negs, x.Actors)
	}
	got := rels(x)
	for _, w := range []string{
		"France PARTICIPATES_IN Geneva climate talks",
		"Germany PARTICIPATES_IN Geneva climate talks",
		"Italy PARTICIPATES_IN Geneva climate talks",
		"Norway SUPPORTS Geneva climate talks",
	} {
		if !got[w] {
			t.Errorf("missing %q; got %v", w, keys(got))
		}
	}
	if got["France MEETS_WITH Germany"] {
		t.Errorf("three-party talks gave a pairwise relation")
	}
}

// TestRelationsAreWellFormed checks the contract of every relation: both
// ends are actors of the extraction, evidence is the sentence at the given
// offsets, weight and CAMEO come from the codebook, a rule is named.
func TestRelationsAreWellFormed(t *testing.T) {
	text := "Germany condemned Russia on Tuesday. Iran was criticized by France. " +
		"Talks between Serbia and Kosovo resumed in Brussels on Monday."
	x := extractText(t, text)
	if len(x.Relations) < 3 {
		t.Fatalf("got %d relations, want at least 3", len(x.Relations))
	}
	names := map[string]bool{}
	for _, a := range x.Actors {
		names[a.Name] = true
	}
	for _, r := range x.Relations {
		if !names[r.Source] || !names[r.Target] {
			t.Errorf("%v: an end is not an actor", r)
		}
		if text[r.Start:r.End] != r.Evidence {
			t.Errorf("evidence %q is not text[%d:%d]", r.Evidence, r.Start, r.End)
		}
		if r.Rule == "" || r.Confidence <= 0 || r.Confidence > 1 || !r.Type.Valid() {
			t.Errorf("%+v: missing rule, confidence or type", r)
		}
	}
	crit := findRel(x, "Germany", actorgraph.Criticizes, "Russia")
	if crit == nil || crit.CAMEO != "111" || crit.Weight != -2 {
		t.Errorf("Germany CRITICIZES Russia: got %+v, want CAMEO 111 weight -2", crit)
	}
}

func findRel(x actorgraph.Extraction, s string, t actorgraph.RelType, d string) *actorgraph.Relation {
	for i, r := range x.Relations {
		if r.Source == s && r.Type == t && r.Target == d {
			return &x.Relations[i]
		}
	}
	return nil
}
