package graph_test

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestOfficialsPressureIsNotSupport: an official who criticized a
// government and urged it to show restraint holds net conflict toward it
// (appeals count as pressure), not +1 as the Goldstein weights sum to, in
// officials and in stances.
func TestOfficialsPressureIsNotSupport(t *testing.T) {
	s := graphtest.Open(t)
	a := actorgraph.Article{URL: "https://example.test/pressure", Title: "t", Published: day("2024-07-01"),
		Text: "Ida Lund criticized Borvia and urged Borvia to show restraint."}
	a.Finish()
	write(t, s, actorgraph.Document{Article: a, Extraction: actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: "test/1",
		Actors: []actorgraph.Actor{{Name: "Ida Lund", Type: actorgraph.Person}, {Name: "Aldoria", Type: actorgraph.Government},
			{Name: "Borvia", Type: actorgraph.Government}},
		Relations: []actorgraph.Relation{
			{Source: "Ida Lund", Type: actorgraph.MemberOf, Target: "Aldoria", Evidence: a.Text, Role: "envoy", Rule: "t"},
			{Source: "Ida Lund", Type: actorgraph.Criticizes, Target: "Borvia", Evidence: a.Text, Weight: -2, CAMEO: "111", Rule: "t"},
			{Source: "Ida Lund", Type: actorgraph.Urges, Target: "Borvia", Evidence: a.Text, Sentence: 0, Start: 1, Weight: 3, CAMEO: "020", Rule: "t"},
		}}})
	expect(t, saved(t, s, "officials", map[string]string{"government": "government:aldoria"}), "official reports conflict appeals net",
		[]any{"Ida Lund", 2, 1, 1, -5.0})
	expect(t, saved(t, s, "stances", map[string]string{"target": "government:borvia"}), "actor stance reports urges",
		[]any{"Ida Lund", -5.0, 2, 1})
}

// caseDoc is one short article of an analyst case, written by the team:
// its text, and the relations an extractor reads in it, each "Source|TYPE|Target"
// with the type's default CAMEO code and Goldstein weight. actors are the
// case's actors.
func caseDoc(url, date, text string, actors []actorgraph.Actor, rels ...string) actorgraph.Document {
	a := actorgraph.Article{URL: "https://example.test/" + url, Title: text, Published: day(date), Text: text}
	a.Finish()
	ex := actorgraph.Extraction{ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: "test/1", Actors: actors}
	for i, r := range rels {
		f := strings.Split(r, "|")
		typ := actorgraph.RelType(f[1])
		info, _ := typ.Info()
		ex.Relations = append(ex.Relations, actorgraph.Relation{Source: f[0], Type: typ, Target: f[2], Evidence: text,
			Sentence: i, Weight: info.Goldstein, CAMEO: info.CAMEO, Confidence: 0.9, Rule: "case"})
	}
	return actorgraph.Document{Article: a, Extraction: ex}
}

func gov(name string) actorgraph.Actor {
	return actorgraph.Actor{Name: name, Type: actorgraph.Government}
}

// TestAnalystCases: what a political scientist expects of tension,
// alignment, brokers, officials and copies, each case a handful of short
// articles with the expected ranking (issue 21).
func TestAnalystCases(t *testing.T) {
	war := []actorgraph.Actor{gov("Aldoria"), gov("Borvia"), gov("Dunmark"), gov("Esteria"),
		{Name: "Concord Council", Type: actorgraph.Organization}}
	sanctions := []actorgraph.Actor{gov("Aldoria"), gov("Borvia"), gov("Cestia"), gov("Dunmark"),
		{Name: "Harbor Accord", Type: actorgraph.Negotiation}}
	mediation := []actorgraph.Actor{gov("Aldoria"), gov("Borvia"), gov("Mirena"), gov("Tarsia"),
		{Name: "Velt talks", Type: actorgraph.Negotiation}}
	official := []actorgraph.Actor{gov("Aldoria"), gov("Borvia"),
		{Name: "Ida Lund", Type: actorgraph.Person, Affiliation: "Aldoria", Role: "envoy"}}
	cases := []struct {
		name  string
		docs  []actorgraph.Document
		check func(t *testing.T, s *graph.Store)
	}{{
		// Both sides of a war press the same council, meet the same
		// neighbour and condemn the same third state: three shared targets
		// on which they agree, but they attack each other. Their S-score is
		// 1 - (0 + 0 + 0 + 2 + 2) / 5 = 0.2 and they are at odds: 0.
		name: "two sides of a war are never aligned",
		docs: []actorgraph.Document{
			caseDoc("w1", "2025-02-01", "Aldoria shelled Borvian border towns.", war, "Aldoria|ATTACKS|Borvia"),
			caseDoc("w2", "2025-02-02", "Borvia struck an Aldorian airbase.", war, "Borvia|ATTACKS|Aldoria"),
			caseDoc("w3", "2025-02-03", "Aldoria and Borvia each urged the Concord Council to act.", war,
				"Aldoria|URGES|Concord Council", "Borvia|URGES|Concord Council"),
			caseDoc("w4", "2025-02-04", "Envoys of both sides met Dunmark's foreign minister.", war,
				"Aldoria|MEETS_WITH|Dunmark", "Borvia|MEETS_WITH|Dunmark"),
			caseDoc("w5", "2025-02-05", "Aldoria and Borvia both condemned Esteria over its border closure.", war,
				"Aldoria|CRITICIZES|Esteria", "Borvia|CRITICIZES|Esteria"),
		},
		check: func(t *testing.T, s *graph.Store) {
			expect(t, saved(t, s, "alignment", nil), "a b alignment shared agree at_odds",
				[]any{"Aldoria", "Borvia", 0.0, 3, 3, true})
			expect(t, saved(t, s, "tension", map[string]string{"limit": "1"}), "a b tension attacks",
				[]any{"Aldoria", "Borvia", 20.0, 2})
		},
	}, {
		// Two governments that sanction a third, back the same accord and
		// meet the same host agree on all three: 1. The sanctioned state's
		// protest makes tension with each 8 + 2.
		name: "two governments that both sanction a third are aligned on it",
		docs: []actorgraph.Document{
			caseDoc("s1", "2025-03-01", "Aldoria imposed sanctions on Borvia's central bank.", sanctions, "Aldoria|SANCTIONS|Borvia"),
			caseDoc("s2", "2025-03-02", "Cestia froze the assets of Borvian officials.", sanctions, "Cestia|SANCTIONS|Borvia"),
			caseDoc("s3", "2025-03-03", "Aldoria and Cestia welcomed the Harbor Accord.", sanctions,
				"Aldoria|SUPPORTS|Harbor Accord", "Cestia|SUPPORTS|Harbor Accord"),
			caseDoc("s4", "2025-03-04", "Dunmark hosted the Aldorian and Cestian ministers.", sanctions,
				"Dunmark|MEETS_WITH|Aldoria", "Dunmark|MEETS_WITH|Cestia"),
			caseDoc("s5", "2025-03-05", "Borvia denounced the sanctions of Aldoria and Cestia.", sanctions,
				"Borvia|CRITICIZES|Aldoria", "Borvia|CRITICIZES|Cestia"),
		},
		check: func(t *testing.T, s *graph.Store) {
			expect(t, saved(t, s, "alignment", nil), "a b alignment shared agree at_odds drivers",
				[]any{"Aldoria", "Cestia", 1.0, 3, 3, false, []string{"Borvia (-1.0 / -1.0)", "Dunmark (1.0 / 1.0)", "Harbor Accord (1.0 / 1.0)"}})
			expect(t, saved(t, s, "tension", nil), "a b tension sanctions criticizes a_to_b b_to_a",
				[]any{"Aldoria", "Borvia", 10.0, 1, 1, 1, 1},
				[]any{"Borvia", "Cestia", 10.0, 1, 1, 1, 1})
		},
	}, {
		// Mirena mediates the talks of two states at war and receives both:
		// a broker of a hostile pair. Tarsia, which condemns one and
		// threatens the other (and is accused by both), is no broker.
		name: "a mediator between two hostile sides is a broker; an actor hostile to both is not",
		docs: []actorgraph.Document{
			caseDoc("m1", "2025-04-01", "Aldoria shelled Borvian positions.", mediation, "Aldoria|ATTACKS|Borvia"),
			caseDoc("m2", "2025-04-02", "Borvia warned Aldoria of retaliation.", mediation, "Borvia|THREATENS|Aldoria"),
			caseDoc("m3", "2025-04-03", "Mirena mediated the Velt talks between Aldoria and Borvia.", mediation,
				"Mirena|MEDIATES|Velt talks", "Aldoria|PARTICIPATES_IN|Velt talks", "Borvia|PARTICIPATES_IN|Velt talks"),
			caseDoc("m4", "2025-04-04", "Mirena's emir received the envoys of Aldoria and Borvia.", mediation,
				"Mirena|MEETS_WITH|Aldoria", "Mirena|MEETS_WITH|Borvia"),
			caseDoc("m5", "2025-04-05", "Tarsia condemned Aldoria and threatened Borvia.", mediation,
				"Tarsia|CRITICIZES|Aldoria", "Tarsia|THREATENS|Borvia"),
			caseDoc("m6", "2025-04-06", "Aldoria and Borvia both accused Tarsia of arming militias.", mediation,
				"Aldoria|CRITICIZES|Tarsia", "Borvia|CRITICIZES|Tarsia"),
		},
		check: func(t *testing.T, s *graph.Store) {
			expect(t, saved(t, s, "brokers", nil), "actor mediations sides bridged hostile examples",
				[]any{"Mirena", 1, 2, 1, 1, []string{"Aldoria / Borvia"}})
			expect(t, saved(t, s, "brokers", map[string]string{"actor": "Tarsia"}), "actor")
		},
	}, {
		// An official criticizes a government and urges it to show
		// restraint: with roll-up her government's tension with it is the
		// criticism, the appeal is pressure (not cooperation), and her net
		// is -2 - 3 = -5.
		name: "an official's criticism plus appeal toward a government is net conflict",
		docs: []actorgraph.Document{
			caseDoc("o1", "2025-05-01", "Aldoria's envoy Ida Lund criticized Borvia and urged it to show restraint.", official,
				"Ida Lund|MEMBER_OF|Aldoria", "Ida Lund|CRITICIZES|Borvia", "Ida Lund|URGES|Borvia"),
		},
		check: func(t *testing.T, s *graph.Store) {
			expect(t, saved(t, s, "tension", nil), "a b tension cooperation appeals",
				[]any{"Aldoria", "Borvia", 2.0, 0.0, 1})
			expect(t, saved(t, s, "officials", map[string]string{"government": "Aldoria"}), "official net",
				[]any{"Ida Lund", -5.0})
			expect(t, saved(t, s, "stances", map[string]string{"target": "Borvia", "rollup": "true"}), "actor stance",
				[]any{"Aldoria", -5.0})
		},
	}, {
		// The same wire story under five URLs is one report.
		name: "five syndicated copies count once",
		docs: []actorgraph.Document{
			copyDoc("https://outlet0.example/story", "Headline 0", "VELN (Outlet 0) - ", " Reporting by desk 0."),
			copyDoc("https://outlet1.example/story", "Headline 1", "VELN (Outlet 1) - ", " Reporting by desk 1."),
			copyDoc("https://outlet2.example/story", "Headline 2", "VELN (Outlet 2) - ", " Reporting by desk 2."),
			copyDoc("https://outlet3.example/story", "Headline 3", "VELN (Outlet 3) - ", " Reporting by desk 3."),
			copyDoc("https://outlet4.example/story", "Headline 4", "VELN (Outlet 4) - ", " Reporting by desk 4."),
		},
		check: func(t *testing.T, s *graph.Store) {
			expect(t, saved(t, s, "tension", nil), "a b tension criticizes",
				[]any{"Aldoria", "Borduria", 2.0, 1})
			if d := dyad(t, s, "government:aldoria", "government:borduria"); d["reports"] != int64(1) {
				t.Errorf("dyad %v, want 1 report", d)
			}
			expect(t, saved(t, s, "evidence", map[string]string{"a": "Aldoria", "b": "Borduria"}), "type", []any{"CRITICIZES"})
			rows := graphtest.Rows(t, s, "MATCH ()-[r:CRITICIZES]->() RETURN r.num_articles AS n", nil)
			if len(rows) != 1 || rows[0]["n"] != int64(5) {
				t.Errorf("reports %v, want one carried by 5 articles (num_articles)", rows)
			}
		},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := graphtest.Open(t)
			write(t, s, c.docs...)
			c.check(t, s)
		})
	}
}
