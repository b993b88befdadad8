package graph_test

import (
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// The expected numbers below are worked out by hand from fixtureRels
// (query_fixture_test.go), following the definitions in each query's header
// and in docs/queries.md.

func TestTensionScores(t *testing.T) {
	s := graphtest.Open(t)
	writeFixture(t, s)
	cols := "a b tension cooperation previous change a_to_b b_to_a criticizes opposes threatens sanctions attacks appeals first last"

	// All time, no roll-up. Conflict reports between actors:
	//   Aldoria->Borvia CRITICIZES -2 (01-10), Borvia->Aldoria OPPOSES -4 (02-20): 2+4 = 6;
	//     cooperation: NEGOTIATES_WITH +7 (02-10), so first..last spans 01-10..02-20
	//   Mara Quill->Borvia THREATENS -4.4: 4.4
	//   Tomas Vey->Aldoria CRITICIZES -2 (undated, counts in all time): 2
	//   Cestia->Borvia CRITICIZES -2: 2
	// Borvia OPPOSES Harbor Talks is toward a negotiation, not a pair.
	// Ties at 2 are ordered by name: Aldoria/Tomas Vey before Borvia/Cestia.
	expect(t, saved(t, s, "tension", map[string]string{"rollup": "false"}), cols,
		[]any{"Aldoria", "Borvia", 6.0, 7.0, nil, nil, 1, 1, 1, 1, 0, 0, 0, 0, "2024-01-10", "2024-02-20"},
		[]any{"Borvia", "Mara Quill", 4.4, 0.0, nil, nil, 0, 1, 0, 0, 1, 0, 0, 0, "2024-02-05", "2024-02-05"},
		[]any{"Aldoria", "Tomas Vey", 2.0, 0.0, nil, nil, 0, 1, 1, 0, 0, 0, 0, 0, nil, nil},
		[]any{"Borvia", "Cestia", 2.0, 0.0, nil, nil, 0, 1, 1, 0, 0, 0, 0, 0, "2024-01-15", "2024-01-15"})

	// Roll-up (the default): Mara Quill acts for Aldoria, Tomas Vey for Borvia.
	// Aldoria/Borvia: 2 + 4.4 (Mara) + 4 + 2 (Tomas) = 12.4;
	// Aldoria->Borvia: CRITICIZES, THREATENS; Borvia->Aldoria: OPPOSES, CRITICIZES.
	expect(t, saved(t, s, "tension", nil), cols,
		[]any{"Aldoria", "Borvia", 12.4, 7.0, nil, nil, 2, 2, 2, 1, 1, 0, 0, 0, "2024-01-10", "2024-02-20"},
		[]any{"Borvia", "Cestia", 2.0, 0.0, nil, nil, 0, 1, 1, 0, 0, 0, 0, 0, "2024-01-15", "2024-01-15"})

	// February 2024 (29 days) with roll-up; the previous window is the 29
	// days before: 2024-01-03 .. 2024-01-31.
	// Aldoria/Borvia: now 4.4 (02-05) + 4 (02-20) = 8.4, cooperation 7
	// (02-10); before 2 (01-10); change +6.4. The undated report is in
	// neither window. Borvia/Cestia: now 0, before 2 (01-15), change -2.
	expect(t, saved(t, s, "tension", map[string]string{"from": "2024-02-01", "to": "2024-02-29"}), cols,
		[]any{"Aldoria", "Borvia", 8.4, 7.0, 2.0, 6.4, 1, 1, 0, 1, 1, 0, 0, 0, "2024-02-05", "2024-02-20"},
		[]any{"Borvia", "Cestia", 0.0, 0.0, 2.0, -2.0, 0, 0, 0, 0, 0, 0, 0, 0, nil, nil})

	// Actor filter, by id or by name; an official is an actor of their
	// own without roll-up.
	for _, who := range []string{"person:mara-quill", "Mara Quill"} {
		expect(t, saved(t, s, "tension", map[string]string{"actor": who, "rollup": "false"}), "a b tension",
			[]any{"Borvia", "Mara Quill", 4.4})
	}
	// With roll-up, Aldoria's pairs include its foreign minister's threat,
	// and Borvia/Cestia (no Aldoria) is left out; in February only, the
	// previous window still counts the January criticism.
	expect(t, saved(t, s, "tension", map[string]string{"actor": "government:aldoria"}), "a b tension a_to_b b_to_a",
		[]any{"Aldoria", "Borvia", 12.4, 2, 2})
	expect(t, saved(t, s, "tension", map[string]string{"actor": "Borvia", "from": "2024-02-01", "to": "2024-02-29"}),
		"a b tension previous change",
		[]any{"Aldoria", "Borvia", 8.4, 2.0, 6.4},
		[]any{"Borvia", "Cestia", 0.0, 2.0, -2.0})
	expect(t, saved(t, s, "tension", map[string]string{"limit": "1"}), "a b tension",
		[]any{"Aldoria", "Borvia", 12.4})
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
	// Positions (C - H) / (C + H), with roll-up (the default):
	//   Aldoria: Borvia C 7 (talks), H 2 + 4.4 (Mara Quill) -> 0.6/13.4 = 0.0448;
	//            Harbor Talks 1; Eastern League 1 (meeting, symmetric)
	//   Borvia:  Aldoria C 7, H 4 + 2 (Tomas Vey) -> 1/13 = 0.0769;
	//            Harbor Talks C 7, H 4 -> 3/11 = 0.2727; Eastern League 1
	//   Cestia:  Borvia -1; Harbor Talks 1; Dunmark 1
	//   Eastern League: Harbor Talks 1, Aldoria 1, Borvia 1
	// Aldoria/League: shared Borvia |0.0448 - 1| = 0.9552, Harbor 0; each
	//   other 1 vs 1, 0 and 0: 1 - 0.9552/4 = 0.7612
	// Borvia/League: Aldoria 0.9231, Harbor 0.7273; each other 0, 0: 1 - 1.6503/4 = 0.5874
	// Aldoria/Cestia: Borvia 1.0448, Harbor 0: 1 - 1.0448/2 = 0.4776
	// Aldoria/Borvia: Harbor 0.7273, League 0; Aldoria toward Borvia 0.9552,
	//   Borvia toward Aldoria 0.9231: 1 - 2.6056/4 = 0.3486
	// Cestia/League: Borvia 2, Harbor 0: 1 - 2/2 = 0
	// Borvia/Cestia: Harbor 0.7273; Cestia toward Borvia -1 vs +1: 2:
	//   1 - 2.7273/2 = -0.3636 (and at odds: Cestia's acts toward Borvia are
	//   all conflict)
	cols := "a b alignment shared evidence agree at_odds"
	expect(t, saved(t, s, "alignment", map[string]string{"min_shared": "1"}), cols,
		[]any{"Aldoria", "Eastern League", 0.7612, 2, 9, 2, false},
		[]any{"Borvia", "Eastern League", 0.5874, 2, 9, 2, false},
		[]any{"Aldoria", "Cestia", 0.4776, 2, 7, 1, false},
		[]any{"Aldoria", "Borvia", 0.3486, 2, 12, 2, false},
		[]any{"Cestia", "Eastern League", 0.0, 2, 4, 1, false},
		[]any{"Borvia", "Cestia", -0.3636, 1, 4, 1, true})
	// The default minimum is 3 shared targets: no pair of the fixture has
	// as many.
	expect(t, saved(t, s, "alignment", nil), cols)
	expect(t, saved(t, s, "alignment", map[string]string{"min_shared": "2", "order": "divergent", "limit": "2"}), "a b alignment drivers",
		[]any{"Cestia", "Eastern League", 0.0, []string{"Borvia (-1.0 / 1.0)", "Harbor Talks (1.0 / 1.0)"}},
		[]any{"Aldoria", "Borvia", 0.3486, []string{"Harbor Talks (1.0 / 0.27)", "Eastern League (1.0 / 1.0)"}})
	// Without roll-up Mara Quill and Tomas Vey are actors of their own:
	// Mara and Cestia both acted against Borvia (threat, criticism), so
	// they are aligned on it: 1 - 0/1.
	expect(t, saved(t, s, "alignment", map[string]string{"min_shared": "1", "rollup": "false", "limit": "1"}), cols,
		[]any{"Cestia", "Mara Quill", 1.0, 1, 2, 1, false})
	// top: the 2 actors with the most reports (Aldoria 7, Borvia 7 with
	// roll-up) give one pair.
	expect(t, saved(t, s, "alignment", map[string]string{"min_shared": "1", "top": "2"}), "a b alignment",
		[]any{"Aldoria", "Borvia", 0.3486})
	// With an actor, top does not apply.
	expect(t, saved(t, s, "alignment", map[string]string{"min_shared": "1", "top": "1", "actor": "Cestia"}), "a b alignment",
		[]any{"Aldoria", "Cestia", 0.4776},
		[]any{"Cestia", "Eastern League", 0.0},
		[]any{"Borvia", "Cestia", -0.3636})
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
	// Eastern League mediates Harbor Talks, in which Aldoria and Borvia take
	// part, and meets both; but Aldoria and Borvia talk to each other and
	// their talks (+7) outweigh their conflict between the two nodes (2 +
	// 4): the League bridges nothing, and no one else has two sides.
	expect(t, saved(t, s, "brokers", nil), "actor mediations sides bridged hostile examples")
	// The League also meets Cestia, which criticized Borvia and has no tie
	// with Aldoria: two pairs bridged, one hostile.
	write(t, s, fixtureDoc("2024-03-05", []actorgraph.Relation{{Source: "Eastern League", Type: actorgraph.MeetsWith,
		Target: "Cestia", Evidence: "Eastern League MEETS_WITH Cestia.", Weight: 1, Rule: "fixture"}}))
	expect(t, saved(t, s, "brokers", nil), "actor mediations sides bridged hostile examples",
		[]any{"Eastern League", 1, 3, 2, 1, []string{"Borvia / Cestia", "Aldoria / Cestia"}},
		// Cestia cooperates with Dunmark and now meets the League, which
		// have no tie: Cestia bridges them.
		[]any{"Cestia", 0, 2, 1, 0, []string{"Dunmark / Eastern League"}})
	// Its two most frequent sides (Aldoria and Borvia: a meeting and a
	// participation each) talk to each other: within them, nothing.
	expect(t, saved(t, s, "brokers", map[string]string{"actor": "Eastern League", "top_partners": "2"}), "actor")
	// In January the League met Aldoria and Borvia only.
	expect(t, saved(t, s, "brokers", map[string]string{"to": "2024-01-31"}), "actor")
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
