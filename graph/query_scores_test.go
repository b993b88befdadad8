package graph_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// The expected numbers below are worked out by hand from fixtureRels
// (query_fixture_test.go), following the definitions in each query's header
// and in docs/queries.md.

func TestTensionScores(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	cols := "a b tension previous change a_to_b b_to_a criticizes opposes threatens attacks first last"

	// All time, no roll-up. Conflict reports between actors:
	//   Aldoria->Borvia CRITICIZES -2 (01-10), Borvia->Aldoria OPPOSES -4 (02-20): 2+4 = 6
	//   Mara Quill->Borvia THREATENS -4.4: 4.4
	//   Tomas Vey->Aldoria CRITICIZES -2 (undated, counts in all time): 2
	//   Cestia->Borvia CRITICIZES -2: 2
	// Borvia OPPOSES Harbor Talks is toward a negotiation, not a pair.
	// Ties at 2 are ordered by name: Aldoria/Tomas Vey before Borvia/Cestia.
	expect(t, saved(t, s, "tension", nil), cols,
		[]any{"Aldoria", "Borvia", 6.0, nil, nil, 1, 1, 1, 1, 0, 0, "2024-01-10", "2024-02-20"},
		[]any{"Borvia", "Mara Quill", 4.4, nil, nil, 0, 1, 0, 0, 1, 0, "2024-02-05", "2024-02-05"},
		[]any{"Aldoria", "Tomas Vey", 2.0, nil, nil, 0, 1, 1, 0, 0, 0, nil, nil},
		[]any{"Borvia", "Cestia", 2.0, nil, nil, 0, 1, 1, 0, 0, 0, "2024-01-15", "2024-01-15"})

	// Roll-up: Mara Quill acts for Aldoria, Tomas Vey for Borvia.
	// Aldoria/Borvia: 2 + 4.4 (Mara) + 4 + 2 (Tomas) = 12.4;
	// Aldoria->Borvia: CRITICIZES, THREATENS; Borvia->Aldoria: OPPOSES, CRITICIZES.
	expect(t, saved(t, s, "tension", map[string]string{"rollup": "true"}), cols,
		[]any{"Aldoria", "Borvia", 12.4, nil, nil, 2, 2, 2, 1, 1, 0, "2024-01-10", "2024-02-20"},
		[]any{"Borvia", "Cestia", 2.0, nil, nil, 0, 1, 1, 0, 0, 0, "2024-01-15", "2024-01-15"})

	// February 2024 (29 days) with roll-up; the previous window is the 29
	// days before: 2024-01-03 .. 2024-01-31.
	// Aldoria/Borvia: now 4.4 (02-05) + 4 (02-20) = 8.4; before 2 (01-10);
	// change +6.4. The undated report is in neither window.
	// Borvia/Cestia: now 0, before 2 (01-15), change -2.
	expect(t, saved(t, s, "tension", map[string]string{"rollup": "true", "from": "2024-02-01", "to": "2024-02-29"}), cols,
		[]any{"Aldoria", "Borvia", 8.4, 2.0, 6.4, 1, 1, 0, 1, 1, 0, "2024-02-05", "2024-02-20"},
		[]any{"Borvia", "Cestia", 0.0, 2.0, -2.0, 0, 0, 0, 0, 0, 0, nil, nil})

	// Actor filter, by id or by name.
	for _, who := range []string{"person:mara-quill", "Mara Quill"} {
		expect(t, saved(t, s, "tension", map[string]string{"actor": who}), "a b tension",
			[]any{"Borvia", "Mara Quill", 4.4})
	}
	// With roll-up, Aldoria's pairs include its foreign minister's threat,
	// and Borvia/Cestia (no Aldoria) is left out; in February only, the
	// previous window still counts the January criticism.
	expect(t, saved(t, s, "tension", map[string]string{"actor": "government:aldoria", "rollup": "true"}), "a b tension a_to_b b_to_a",
		[]any{"Aldoria", "Borvia", 12.4, 2, 2})
	expect(t, saved(t, s, "tension", map[string]string{"actor": "Borvia", "rollup": "true", "from": "2024-02-01", "to": "2024-02-29"}),
		"a b tension previous change",
		[]any{"Aldoria", "Borvia", 8.4, 2.0, 6.4},
		[]any{"Borvia", "Cestia", 0.0, 2.0, -2.0})
	expect(t, saved(t, s, "tension", map[string]string{"limit": "1"}), "a b tension",
		[]any{"Aldoria", "Borvia", 6.0})
}

func TestTensionTimeline(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	cols := "period tension cooperation net conflicts cooperations appeals"
	// With roll-up, Aldoria's side adds Mara Quill, Borvia's adds Tomas Vey.
	// January: CRITICIZES -2 -> tension 2. February: THREATENS -4.4 and
	// OPPOSES -4 -> tension 8.4; NEGOTIATES_WITH +7 -> cooperation 7;
	// net 7 - 8.4 = -1.4. The undated CRITICIZES has no period.
	expect(t, saved(t, s, "tension-timeline", map[string]string{"a": "Aldoria", "b": "government:borvia", "rollup": "true"}), cols,
		[]any{"2024-01-01", 2.0, 0.0, -2.0, 1, 0, 0},
		[]any{"2024-02-01", 8.4, 7.0, -1.4, 2, 1, 0})
	// By ISO week, no roll-up: 01-10 (Wed) is in the week of Mon 01-08,
	// 02-10 (Sat) in that of 02-05, 02-20 (Tue) in that of 02-19.
	expect(t, saved(t, s, "tension-timeline", map[string]string{"a": "Borvia", "b": "Aldoria", "period": "week"}), cols,
		[]any{"2024-01-08", 2.0, 0.0, -2.0, 1, 0, 0},
		[]any{"2024-02-05", 0.0, 7.0, 7.0, 0, 1, 0},
		[]any{"2024-02-19", 4.0, 0.0, -4.0, 1, 0, 0})
}

func TestAlignmentScores(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	// Stance vectors, no roll-up (sum of weights per target):
	//   Aldoria: Borvia -2+7 = 5, Harbor Talks 3.4+7 = 10.4, Eastern League 1; |A|^2 = 134.16
	//   Borvia:  Aldoria -4+7 = 3, Harbor Talks -4+7 = 3, Eastern League 1;    |B|^2 = 19
	//   Cestia:  Borvia -2, Harbor Talks 3.4, Dunmark 3.5;                     |C|^2 = 27.81
	//   Dunmark: Cestia 3.5.  Eastern League: Harbor 5, Aldoria 1, Borvia 1;   |L|^2 = 27
	//   Mara Quill: Borvia -4.4 (|M|^2 = 19.36).  Tomas Vey: Aldoria -2 (|T|^2 = 4)
	// Aldoria/League: (10.4*5 + 5*1) / sqrt(134.16*27) = 57 / 60.1857 = 0.9471
	// Borvia/League:  (3*5 + 3*1) / sqrt(19*27)        = 18 / 22.6495 = 0.7947
	// Aldoria/Borvia: (10.4*3 + 1*1) / sqrt(134.16*19) = 32.2 / 50.4880 = 0.6378
	// Cestia/League:  (3.4*5 - 2*1) / sqrt(27.81*27)   = 15 / 27.4020 = 0.5474
	// Borvia/Cestia:  3*3.4 / sqrt(19*27.81)           = 10.2 / 22.9868 = 0.4437
	// Aldoria/Cestia: (10.4*3.4 - 5*2) / sqrt(134.16*27.81) = 25.36 / 61.0819 = 0.4152
	// Cestia/Mara:    (-2*-4.4) / sqrt(27.81*19.36)    = 8.8 / 23.2035 = 0.3793
	// League/Mara:    (1*-4.4) / sqrt(27*19.36)        = -4.4 / 22.8630 = -0.1925
	// League/Tomas:   (1*-2) / sqrt(27*4)              = -2 / 10.3923 = -0.1925
	// Aldoria/Mara:   (5*-4.4) / sqrt(134.16*19.36)    = -22 / 50.9643 = -0.4317
	// Borvia/Tomas:   (3*-2) / sqrt(19*4)              = -6 / 8.7178 = -0.6882
	// No other pair shares a target (Dunmark's only target, Cestia, is no one else's).
	cols := "a b alignment shared dot"
	expect(t, saved(t, s, "alignment", nil), cols,
		[]any{"Aldoria", "Eastern League", 0.9471, 2, 57.0},
		[]any{"Borvia", "Eastern League", 0.7947, 2, 18.0},
		[]any{"Aldoria", "Borvia", 0.6378, 2, 32.2},
		[]any{"Cestia", "Eastern League", 0.5474, 2, 15.0},
		[]any{"Borvia", "Cestia", 0.4437, 1, 10.2},
		[]any{"Aldoria", "Cestia", 0.4152, 2, 25.36},
		[]any{"Cestia", "Mara Quill", 0.3793, 1, 8.8},
		[]any{"Eastern League", "Mara Quill", -0.1925, 1, -4.4},
		[]any{"Eastern League", "Tomas Vey", -0.1925, 1, -2.0},
		[]any{"Aldoria", "Mara Quill", -0.4317, 1, -22.0},
		[]any{"Borvia", "Tomas Vey", -0.6882, 1, -6.0})
	res := saved(t, s, "alignment", map[string]string{"order": "divergent", "limit": "2"})
	expect(t, res, "a b alignment drivers",
		[]any{"Borvia", "Tomas Vey", -0.6882, []string{"Aldoria (3.0 / -2.0)"}},
		[]any{"Aldoria", "Mara Quill", -0.4317, []string{"Borvia (5.0 / -4.4)"}})
	expect(t, saved(t, s, "alignment", map[string]string{"min_shared": "2", "actor": "Cestia"}), "a b drivers",
		[]any{"Cestia", "Eastern League", []string{"Harbor Talks (3.4 / 5.0)", "Borvia (-2.0 / 1.0)"}},
		[]any{"Aldoria", "Cestia", []string{"Harbor Talks (10.4 / 3.4)", "Borvia (5.0 / -2.0)"}})

	// top: stance reports per actor are Aldoria 5, Borvia 5, Cestia 3,
	// Eastern League 3 (ties by id: government:cestia first), the others 1.
	// The 3 most active give three pairs, their scores as above.
	expect(t, saved(t, s, "alignment", map[string]string{"top": "3"}), "a b alignment",
		[]any{"Aldoria", "Borvia", 0.6378},
		[]any{"Borvia", "Cestia", 0.4437},
		[]any{"Aldoria", "Cestia", 0.4152})
	// With an actor, top does not apply: Tomas Vey (1 report) still pairs.
	expect(t, saved(t, s, "alignment", map[string]string{"top": "1", "actor": "Tomas Vey"}), "a b alignment",
		[]any{"Eastern League", "Tomas Vey", -0.1925},
		[]any{"Borvia", "Tomas Vey", -0.6882})

	// Roll-up: Mara Quill joins Aldoria, Tomas Vey joins Borvia, as actors
	// and as targets. Aldoria: Borvia -2+7-4.4 = 0.6, Harbor 10.4, League 1
	// (|A|^2 = 109.52); Borvia: Aldoria -4+7-2 = 1, Harbor 3, League 1 (11).
	// Aldoria/League: (52 + 0.6) / sqrt(109.52*27) = 52.6 / 54.3787 = 0.9673
	// Borvia/League:  (15 + 1) / sqrt(11*27)       = 16 / 17.2337 = 0.9284
	// Aldoria/Borvia: (31.2 + 1) / sqrt(109.52*11) = 32.2 / 34.7091 = 0.9277
	expect(t, saved(t, s, "alignment", map[string]string{"rollup": "true", "limit": "3"}), cols,
		[]any{"Aldoria", "Eastern League", 0.9673, 2, 52.6},
		[]any{"Borvia", "Eastern League", 0.9284, 2, 16.0},
		[]any{"Aldoria", "Borvia", 0.9277, 2, 32.2})
}

func TestStances(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	cols := "actor stance reports supports opposes criticizes participates mediates negotiates meets first last"
	// Toward Harbor Talks: Aldoria SUPPORTS 3.4 + PARTICIPATES_IN 7 = 10.4;
	// Eastern League MEDIATES 5; Cestia SUPPORTS 3.4; Borvia OPPOSES -4 +
	// PARTICIPATES_IN 7 = 3.
	expect(t, saved(t, s, "stances", map[string]string{"target": "Harbor Talks"}), cols,
		[]any{"Aldoria", 10.4, 2, 1, 0, 0, 1, 0, 0, 0, "2024-01-05", "2024-01-09"},
		[]any{"Eastern League", 5.0, 1, 0, 0, 0, 0, 1, 0, 0, "2024-01-08", "2024-01-08"},
		[]any{"Cestia", 3.4, 1, 1, 0, 0, 0, 0, 0, 0, "2024-01-06", "2024-01-06"},
		[]any{"Borvia", 3.0, 2, 0, 1, 0, 1, 0, 0, 0, "2024-01-07", "2024-01-09"})
	// Toward Borvia, with roll-up: Eastern League MEETS_WITH +1 (symmetric,
	// stored from Borvia's side); Aldoria CRITICIZES -2 + NEGOTIATES_WITH +7
	// + Mara Quill's THREATENS -4.4 = 0.6; Cestia CRITICIZES -2.
	expect(t, saved(t, s, "stances", map[string]string{"target": "government:borvia", "rollup": "true"}), cols,
		[]any{"Eastern League", 1.0, 1, 0, 0, 0, 0, 0, 0, 1, "2024-01-13", "2024-01-13"},
		[]any{"Aldoria", 0.6, 3, 0, 0, 1, 0, 0, 1, 0, "2024-01-10", "2024-02-10"},
		[]any{"Cestia", -2.0, 1, 0, 0, 1, 0, 0, 0, 0, "2024-01-15", "2024-01-15"})
	// Without roll-up Mara Quill holds her own stance (-4.4), and a window
	// keeps only January.
	expect(t, saved(t, s, "stances", map[string]string{"target": "Borvia", "to": "2024-01-31"}), "actor stance",
		[]any{"Eastern League", 1.0},
		[]any{"Aldoria", -2.0},
		[]any{"Cestia", -2.0})
}

func TestBrokers(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	// Partners (non-structural ties between actors):
	//   Eastern League: Aldoria, Borvia (linked to each other) -> 0 open pairs; 1 MEDIATES.
	//   Borvia: Aldoria, Cestia, Eastern League, Mara Quill. Direct ties among
	//     them: Aldoria-League, Aldoria-Mara (MEMBER_OF) -> 6 - 2 = 4 open pairs.
	//   Aldoria: Borvia, League, Tomas Vey; Borvia-League and Borvia-Tomas
	//     (MEMBER_OF) are tied -> 1 open pair (League / Tomas Vey).
	//   Cestia: Borvia, Dunmark -> 1 open pair.
	//   Dunmark, Mara Quill, Tomas Vey: one partner each -> not listed.
	expect(t, saved(t, s, "brokers", nil), "actor mediations partners bridged examples",
		[]any{"Eastern League", 1, 2, 0, []string{}},
		[]any{"Borvia", 0, 4, 4, []string{"Aldoria / Cestia", "Cestia / Eastern League", "Cestia / Mara Quill", "Eastern League / Mara Quill"}},
		[]any{"Aldoria", 0, 3, 1, []string{"Eastern League / Tomas Vey"}},
		[]any{"Cestia", 0, 2, 1, []string{"Borvia / Dunmark"}})
	// In January only, Borvia's partners are Aldoria, Cestia and League.
	expect(t, saved(t, s, "brokers", map[string]string{"actor": "Borvia", "to": "2024-01-31"}), "actor partners bridged",
		[]any{"Borvia", 3, 2})
	// top_partners: Borvia's two most frequent partners are Aldoria (3
	// reports: criticism, opposition, talks) and, of the three with one
	// report each, the smallest id, government:cestia. They have no tie:
	// one open pair; partners still counts all four.
	expect(t, saved(t, s, "brokers", map[string]string{"actor": "Borvia", "top_partners": "2"}), "actor partners bridged examples",
		[]any{"Borvia", 4, 1, []string{"Aldoria / Cestia"}})
}

func TestEvidenceAndOfficials(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	expect(t, saved(t, s, "evidence", map[string]string{"a": "Aldoria", "b": "Borvia", "rollup": "true"}),
		"date source type target weight evidence title url",
		[]any{"2024-01-10", "Aldoria", "CRITICIZES", "Borvia", -2.0, "Aldoria CRITICIZES Borvia.", "Report of 2024-01-10", "https://example.test/2024-01-10"},
		[]any{"2024-02-05", "Mara Quill", "THREATENS", "Borvia", -4.4, "Mara Quill THREATENS Borvia.", "Report of 2024-02-05", "https://example.test/2024-02-05"},
		[]any{"2024-02-10", "Aldoria", "NEGOTIATES_WITH", "Borvia", 7.0, "Aldoria NEGOTIATES_WITH Borvia.", "Report of 2024-02-10", "https://example.test/2024-02-10"},
		[]any{"2024-02-20", "Borvia", "OPPOSES", "Aldoria", -4.0, "Borvia OPPOSES Aldoria.", "Report of 2024-02-20", "https://example.test/2024-02-20"},
		[]any{nil, "Tomas Vey", "CRITICIZES", "Aldoria", -2.0, "Tomas Vey CRITICIZES Aldoria.", "Undated report", nil})
	expect(t, saved(t, s, "evidence", map[string]string{"a": "Aldoria", "b": "Borvia", "from": "2024-02-01", "to": "2024-02-15"}),
		"date type", []any{"2024-02-10", "NEGOTIATES_WITH"})

	cols := "official roles reports conflict cooperation appeals net targets"
	expect(t, saved(t, s, "officials", map[string]string{"government": "Aldoria"}), cols,
		[]any{"Mara Quill", []string{"foreign minister"}, 1, 1, 0, 0, -4.4, []string{"Borvia (1)"}})
	// Tomas Vey's one statement is undated, so a window leaves him with none.
	expect(t, saved(t, s, "officials", map[string]string{"government": "government:borvia", "from": "2024-01-01"}), cols,
		[]any{"Tomas Vey", []string{"defense minister"}, 0, 0, 0, 0, 0.0, []string{}})
	expect(t, saved(t, s, "officials", map[string]string{"government": "Eastern League"}), cols)
}
