package extract

import "testing"

// phenomenon is one sentence with the relations it must and must not give.
type phenomenon struct {
	name, text string
	want, not  []string
}

// checkPhenomena runs a table of phenomena.
func checkPhenomena(t *testing.T, tests []phenomenon) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rels(extractText(t, tt.text))
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("%q: missing %q; got %v", tt.text, w, keys(got))
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("%q: unwanted %q", tt.text, n)
				}
			}
		})
	}
}

// TestCoordinatedVerbs checks that a verb joined by "and" to an earlier
// verb shares its subject, not the earlier verb's object.
func TestCoordinatedVerbs(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"object of the first verb is not the subject", "Chile condemned Peru's decision and backed Bolivia.",
			[]string{"Chile CRITICIZES Peru", "Chile SUPPORTS Bolivia"}, []string{"Peru SUPPORTS Bolivia"}},
		{"subject of a that-clause is not the subject", "Norway demanded that Sweden release the ship and accused Stockholm of piracy.",
			[]string{"Norway URGES Sweden", "Norway CRITICIZES Sweden"}, nil},
		{"by phone is not a verb", "Kenyan President Daniel Otieno spoke with Uganda by phone and pressed Kampala to act.",
			[]string{"Daniel Otieno MEETS_WITH Uganda", "Daniel Otieno URGES Uganda"}, nil},
		{"three verbs", "Ghana hosted Togo, praised Benin and warned Niger.",
			[]string{"Ghana MEETS_WITH Togo", "Ghana SUPPORTS Benin", "Ghana THREATENS Niger"}, []string{"Benin THREATENS Niger"}},
	})
}

// TestInitials checks names written with initials.
func TestInitials(t *testing.T) {
	x := extractText(t, "Nigerian Foreign Minister A. B. Okafor criticized Ghana. Okafor later left.")
	a, ok := actorOf(x, "A. B. Okafor")
	if !ok || a.Affiliation != "Nigeria" {
		t.Fatalf("no person A. B. Okafor of Nigeria in %v", x.Actors)
	}
	if !rels(x)["A. B. Okafor CRITICIZES Ghana"] {
		t.Errorf("missing A. B. Okafor CRITICIZES Ghana; got %v", keys(rels(x)))
	}
	// An initial and the surname of a known leader is that leader.
	x = extractText(t, "French President E. Macron met Italy.")
	if _, ok := actorOf(x, "Emmanuel Macron"); !ok {
		t.Errorf("E. Macron not resolved to Emmanuel Macron: %v", x.Actors)
	}
}

// TestAppositionRoles checks persons whose role follows their name, or
// whose title is preceded by the body they work for.
func TestAppositionRoles(t *testing.T) {
	text := `"We will keep talking," said Ana Ruiz, a spokeswoman for the State Department. ` +
		"Tomas Berg, a Swedish military spokesman, accused Finland of delays. " +
		"Kenya's foreign ministry spokesman, Peter Wanjala, denounced the decision. " +
		"Egyptian defense ministry spokeswoman Laila Samir criticized Libya."
	x := extractText(t, text)
	for _, c := range []struct{ name, affil string }{
		{"Ana Ruiz", "United States"}, {"Tomas Berg", "Sweden"}, {"Peter Wanjala", "Kenya"}, {"Laila Samir", "Egypt"},
	} {
		a, ok := actorOf(x, c.name)
		if !ok || a.Affiliation != c.affil {
			t.Errorf("want person %q of %q; got %+v (found %v)", c.name, c.affil, a, ok)
		}
	}
	got := rels(x)
	for _, w := range []string{"Tomas Berg CRITICIZES Finland", "Laila Samir CRITICIZES Libya", "Ana Ruiz MEMBER_OF United States"} {
		if !got[w] {
			t.Errorf("missing %q; got %v", w, keys(got))
		}
	}
	if got["Sweden CRITICIZES Finland"] {
		t.Errorf("the spokesman's act was given to his government too")
	}
}

// TestFamilyNameFirst checks that officials of states whose names are
// written family name first are found by that name later.
func TestFamilyNameFirst(t *testing.T) {
	x := extractText(t, "Chinese Vice Premier Zhao Minghua arrived in Oslo. Norway praised Zhao's visit. Zhao later criticized Japan.")
	got := rels(x)
	for _, w := range []string{"Norway SUPPORTS Zhao Minghua", "Zhao Minghua CRITICIZES Japan"} {
		if !got[w] {
			t.Errorf("missing %q; got %v", w, keys(got))
		}
	}
	if _, ok := actorOf(x, "Zhao"); ok {
		t.Errorf("Zhao kept as a person of its own: %v", x.Actors)
	}
}

// TestHostedSummit checks that a meeting held for a summit gives the
// summit its venue and both parties take part in it.
func TestHostedSummit(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"hosted for a summit", "Kenyan President Daniel Otieno hosted Ugandan President Sam Kato in Nairobi for a two-day summit. Tanzania welcomed the summit.",
			[]string{"Daniel Otieno MEETS_WITH Sam Kato", "Daniel Otieno PARTICIPATES_IN Nairobi summit",
				"Sam Kato PARTICIPATES_IN Nairobi summit", "Tanzania SUPPORTS Nairobi summit"}, nil},
		{"met at the talks", "Chile met Peru at the Lima trade talks.",
			[]string{"Chile MEETS_WITH Peru", "Chile PARTICIPATES_IN Lima trade talks", "Peru PARTICIPATES_IN Lima trade talks"}, nil},
		{"a meeting in a city, no summit", "Chile met Peru in Lima on Monday.",
			[]string{"Chile MEETS_WITH Peru"}, []string{"Chile PARTICIPATES_IN Lima talks"}},
	})
}

// TestMoreTriggers checks trigger phrases and frames added for recall on
// unseen news, with the facts that must not come out of them.
func TestMoreTriggers(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"for + gerund takes the earlier object", "Norway thanked Qatar for hosting the Doha peace talks.",
			[]string{"Norway SUPPORTS Qatar", "Qatar MEDIATES Doha peace talks"}, []string{"Norway MEDIATES Doha peace talks"}},
		{"blame for", "Chile blamed Peru for attacking Bolivia.",
			[]string{"Chile CRITICIZES Peru", "Peru ATTACKS Bolivia"}, []string{"Chile ATTACKS Bolivia"}},
		{"possessor is not the object", "Israel struck Iran's Revolutionary Guards in Syria.",
			[]string{"Israel ATTACKS Islamic Revolutionary Guard Corps"}, []string{"Israel ATTACKS Iran"}},
		{"solidarity", "Canada said it stood in solidarity with Denmark.",
			[]string{"Canada SUPPORTS Denmark"}, nil},
		{"agreed to, two parties", "Chile and Peru agreed to reopen the border.",
			[]string{"Chile COOPERATES_WITH Peru"}, nil},
		{"agreed to a deal", "Chile and Peru agreed to the Lima deal.",
			[]string{"Chile PARTICIPATES_IN Lima deal", "Peru PARTICIPATES_IN Lima deal"}, nil},
		{"vowed to retaliate", "Spain vowed to retaliate against Morocco.",
			[]string{"Spain THREATENS Morocco"}, nil},
		{"pulled out of talks", "Egypt pulled out of the Cairo water talks.",
			[]string{"Egypt OPPOSES Cairo water talks"}, nil},
		{"considered a visit is no visit", "Mexico considered a visit to Cuba.",
			nil, []string{"Mexico MEETS_WITH Cuba"}},
	})
}

// TestEnvoys checks diplomatic protests whose target is named inside the
// trigger: the envoy's government.
func TestEnvoys(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"demonym envoy", "Mali expelled the Danish ambassador on Monday.", []string{"Mali CRITICIZES Denmark"}, nil},
		{"possessive envoy", "Poland summoned Belarus's ambassador.", []string{"Poland CRITICIZES Belarus"}, nil},
		{"diplomats", "Estonia expelled two Russian diplomats.", []string{"Estonia CRITICIZES Russia"}, nil},
		{"recall to", "Peru recalled its ambassadors to Chile and Bolivia.", []string{"Peru CRITICIZES Chile", "Peru CRITICIZES Bolivia"}, nil},
		{"negated", "Chile did not expel the Peruvian ambassador.", nil, []string{"Chile CRITICIZES Peru"}},
	})
}

// TestLongerName checks that a known name inside a longer capitalized
// name is not that actor: the National Security Council is not the UN
// Security Council.
func TestLongerName(t *testing.T) {
	x := extractText(t, "Kenya's National Security Council condemned Somalia. The Security Council condemned Sudan.")
	got := rels(x)
	if got["United Nations Security Council CRITICIZES Somalia"] {
		t.Errorf("National Security Council read as the UN Security Council: %v", keys(got))
	}
	if !got["United Nations Security Council CRITICIZES Sudan"] {
		t.Errorf("missing the Security Council's act; got %v", keys(got))
	}
}

// TestRoleCoreference checks "the chancellor" and "the PM" for the one
// person known with that role.
func TestRoleCoreference(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the chancellor", "Austrian Chancellor Karl Huber met Slovenia. The chancellor later criticized Croatia.",
			[]string{"Karl Huber CRITICIZES Croatia"}, nil},
		{"the PM", "Dutch Prime Minister Pieter de Vries visited Kenya. The PM then praised Uganda.",
			[]string{"Pieter de Vries SUPPORTS Uganda"}, nil},
		{"two ministers: no guess", "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega. The foreign minister criticized Bolivia.",
			nil, []string{"Ana Soto CRITICIZES Bolivia", "Luis Vega CRITICIZES Bolivia"}},
		{"vice president is not the president", "Vice President Maria Lopez of Peru arrived. The president criticized Chile.",
			nil, []string{"Maria Lopez CRITICIZES Chile"}},
	})
}

// TestProtestsAndStrikes checks protest and strike phrases, and mediation
// between two parties without talks named in the sentence.
func TestProtestsAndStrikes(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"lodged a protest", "Malaysia lodged a protest with China over the incident.", []string{"Malaysia CRITICIZES China"}, nil},
		{"protested against", "Vietnam protested against Cambodia's decision.", []string{"Vietnam CRITICIZES Cambodia"}, nil},
		{"launched airstrikes", "Turkey launched airstrikes on Hezbollah.", []string{"Turkey ATTACKS Hezbollah"}, nil},
		{"noun drone attack", "Sudan condemned the Chadian drone attack on Darfur.", []string{"Sudan CRITICIZES Chad"}, nil},
		{"mediating between, talks earlier", "Chile and Peru held the Lima water talks. Later, Brazil was mediating between Bolivia and Paraguay.",
			[]string{"Brazil MEDIATES Bolivia", "Brazil MEDIATES Paraguay"}, []string{"Brazil MEDIATES Lima water talks"}},
	})
}

// TestDemonymOrSide checks demonyms that also name a people: a modifier
// before a noun, a side when alone.
func TestDemonymOrSide(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"modifier of a far noun", "Sudan condemned the killing of a French journalist.", nil, []string{"Sudan CRITICIZES France"}},
		{"modifier right after the verb", "Egypt praised the Qatari mediation.", []string{"Egypt SUPPORTS Qatar"}, nil},
		{"side alone", "The French accused Italy of hypocrisy.", []string{"France CRITICIZES Italy"}, nil},
		{"two sides", "Talks between the British and the French collapsed.", []string{"United Kingdom NEGOTIATES_WITH France"}, nil},
	})
}

// TestGapsAndAppositions checks that a trigger's gap does not swallow a
// new verb phrase and that a title before another name is not an
// apposition.
func TestGapsAndAppositions(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"agreed to open negotiations with", "African Union leaders agreed to open trade negotiations with Japan.",
			[]string{"African Union NEGOTIATES_WITH Japan"}, []string{"African Union COOPERATES_WITH Japan"}},
		{"adverb before a titled name", "Separately, Kenyan President Daniel Otieno urged Somalia to act.",
			[]string{"Daniel Otieno URGES Somalia"}, []string{"Separately MEMBER_OF Kenya"}},
	})
	x := extractText(t, "Separately, Kenyan President Daniel Otieno urged Somalia to act.")
	if _, ok := actorOf(x, "Separately"); ok {
		t.Errorf("an adverb became a person: %v", x.Actors)
	}
}

// TestMediatorsAndSpeech checks "Egyptian and Qatari mediators" and a
// speech act joined to "said".
func TestMediatorsAndSpeech(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"demonym mediators", "Sudan and Chad resumed the Juba border talks, with Kenyan and Ugandan mediators present.",
			[]string{"Kenya MEDIATES Juba border talks", "Uganda MEDIATES Juba border talks"}, nil},
		{"mediators from", "Mediators from Oman and Kuwait attended the Muscat peace talks.",
			[]string{"Oman MEDIATES Muscat peace talks", "Kuwait MEDIATES Muscat peace talks"}, nil},
		{"said ... and urged", "Norwegian Foreign Minister Ola Berg said Serbia had made an offer and urged Kosovo to accept it.",
			[]string{"Ola Berg URGES Kosovo"}, []string{"Serbia URGES Kosovo"}},
		{"said ... and attacked: not a speech act", "Chile said Peru had massed troops and attacked Bolivia.",
			nil, []string{"Chile ATTACKS Bolivia"}},
	})
}

// TestPairsAndClashes checks "the two leaders" after a meeting in the same
// sentence, mutual verbs, and that "as" alone joins no list.
func TestPairsAndClashes(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the two leaders clash", "Kenyan President Daniel Otieno spoke with Ugandan President Sam Kato as the two leaders clash over trade.",
			[]string{"Daniel Otieno CRITICIZES Sam Kato", "Sam Kato CRITICIZES Daniel Otieno"}, nil},
		{"traded accusations", "Chile and Peru traded accusations on Monday.",
			[]string{"Chile CRITICIZES Peru", "Peru CRITICIZES Chile"}, nil},
		{"met, then the two leaders agreed", "Chilean President Ana Soto met Peruvian President Luis Vega, and the two leaders agreed to reopen the border.",
			[]string{"Ana Soto COOPERATES_WITH Luis Vega"}, nil},
		{"A and B urged both parties", "Chad and Niger met. Later, Nigeria and Ghana urged both parties to talk.",
			[]string{"Nigeria URGES Chad", "Ghana URGES Niger"}, []string{"Nigeria URGES Ghana"}},
		{"as well as", "Chile, as well as Peru, condemned Ecuador.",
			[]string{"Chile CRITICIZES Ecuador", "Peru CRITICIZES Ecuador"}, nil},
	})
}
