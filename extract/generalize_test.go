package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph"
)

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

// TestClausesAndAgents checks relative clauses before the verb, "but"
// joining two verbs, passive hosts and brokers, delegations led by a
// person, and cancelled meetings.
func TestClausesAndAgents(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"relative clause", "Chad and Niger met in Abuja. Nigeria, which has long mediated between the two countries, criticized the French initiative.",
			[]string{"Nigeria CRITICIZES France"}, []string{"Chad CRITICIZES France", "Niger CRITICIZES France"}},
		{"but joins verbs", "Kenyan Foreign Minister Ruth Wanjiru said the talks were useful but blamed Somalia for the delay.",
			[]string{"Ruth Wanjiru CRITICIZES Somalia"}, []string{"Somalia CRITICIZES Ruth Wanjiru"}},
		{"hosted by", "Chile and Peru began the border talks on Monday, hosted by Brazil.",
			[]string{"Brazil MEDIATES border talks"}, []string{"Brazil MEETS_WITH Chile"}},
		{"led by", "Chile and Peru opened the Lima water talks. The Chilean delegation was led by Deputy Foreign Minister Rosa Diaz.",
			[]string{"Rosa Diaz PARTICIPATES_IN Lima water talks"}, nil},
		{"cancelled meeting", "Chilean President Ana Soto cancelled a meeting with Peruvian President Luis Vega.",
			nil, []string{"Ana Soto MEETS_WITH Luis Vega"}},
		{"agreed on Friday to", "Chile and Peru agreed on Friday to reopen their embassies.",
			[]string{"Chile COOPERATES_WITH Peru"}, nil},
	})
	x := extractText(t, "Cuban Deputy Foreign Minister Carlos Fernandez de Cossio arrived. Fernandez de Cossio criticized Panama.")
	if _, ok := actorOf(x, "Fernandez de Cossio"); ok {
		t.Errorf("a compound surname kept as a person of its own: %v", x.Actors)
	}
	if !rels(x)["Carlos Fernandez de Cossio CRITICIZES Panama"] {
		t.Errorf("compound surname not resolved; got %v", keys(rels(x)))
	}
}

// TestReactionsFrom checks reactions drawn from others: the one after
// "from" acts on the clause's subject.
func TestReactionsFrom(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"drawing a rebuke from", "Norway recognized Kosovo as a state, drawing a sharp rebuke from Serbia.",
			[]string{"Serbia CRITICIZES Norway"}, []string{"Serbia CRITICIZES Kosovo", "Kosovo CRITICIZES Serbia"}},
		{"drawing condemnation from", "Iran tested a missile, drawing condemnation from France and Germany.",
			[]string{"France CRITICIZES Iran", "Germany CRITICIZES Iran"}, []string{"Iran CRITICIZES France"}},
		{"received praise from", "Chile received praise from Peru.", []string{"Peru SUPPORTS Chile"}, []string{"Chile SUPPORTS Peru"}},
		{"summoned the charge d'affaires", "Pakistan summoned the Afghan charge d'affaires on Monday.", []string{"Pakistan CRITICIZES Afghanistan"}, nil},
		{"fired missiles at", "The Houthis fired missiles at Israel.", []string{"Houthis ATTACKS Israel"}, nil},
		{"concerned by", "Canada is concerned by Russia's actions.", []string{"Canada CRITICIZES Russia"}, nil},
	})
}

// TestQuotesAndPlaces checks a quoted stance verb and places qualified by
// a direction.
func TestQuotesAndPlaces(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"quoted verb", `In a statement, Chile's foreign ministry said it "strongly condemns" the Peruvian decision.`,
			[]string{"Chile CRITICIZES Peru"}, nil},
		{"in southern X is a place", "Turkey struck Kurdish militant targets in northern Iraq.",
			nil, []string{"Turkey ATTACKS Iraq"}},
	})
}

// TestRegimes checks "the junta" and "the regime" for the government last
// named with them.
func TestRegimes(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"junta in X", "Nigeria warned the military junta in Niger. The junta later accused Benin of hostility.",
			[]string{"Nigeria THREATENS Niger", "Niger CRITICIZES Benin"}, nil},
		{"X's junta", "Mali's junta expelled the Danish ambassador. Later, the junta criticized Algeria.",
			[]string{"Mali CRITICIZES Denmark", "Mali CRITICIZES Algeria"}, nil},
		{"demonym regime", "The Syrian regime attacked Turkey. The regime also condemned Jordan.",
			[]string{"Syria ATTACKS Turkey", "Syria CRITICIZES Jordan"}, nil},
		{"no regime named", "The junta condemned Chad.", nil, []string{"Chad CRITICIZES Chad"}},
	})
	x := extractText(t, "The junta condemned Chad.")
	if len(x.Relations) != 0 {
		t.Errorf("an unknown junta acted: %v", x.Relations)
	}
}

// TestDealOfItsOwn checks "a deal brokered by X": the deal is the
// article's, named after its parties in text order, and mediated by X.
func TestDealOfItsOwn(t *testing.T) {
	text := "Saudi Arabia and Qatar agreed on Friday to restore ties and reopen embassies within two months, in a deal brokered by Kuwait. " +
		"Egypt welcomed the agreement."
	checkPhenomena(t, []phenomenon{{"brokered deal", text, []string{
		"Saudi Arabia COOPERATES_WITH Qatar", "Saudi Arabia PARTICIPATES_IN Saudi Arabia-Qatar deal",
		"Qatar PARTICIPATES_IN Saudi Arabia-Qatar deal", "Kuwait MEDIATES Saudi Arabia-Qatar deal",
		"Egypt SUPPORTS Saudi Arabia-Qatar deal"}, []string{"Saudi Arabia MEDIATES Kuwait"}}})
	x := extractText(t, "Iran rejected a deal.")
	for _, a := range x.Actors {
		if a.Type == actorgraph.Negotiation {
			t.Errorf("any deal became a negotiation: %v", a)
		}
	}
}

// TestToldTo checks that "A told B to ..." is a demand and "A told B that"
// is not.
func TestToldTo(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"told to", "Norway told Sweden to release the ship.", []string{"Norway URGES Sweden"}, nil},
		{"told that", "Norway told Sweden that it would not attend.", nil, []string{"Norway URGES Sweden"}},
		{"negated", "Spain did not tell Morocco to leave.", nil, []string{"Spain URGES Morocco"}},
	})
}

// TestVisitsAndMediation checks visits by persons, mediation named by a
// demonym, the venue after "talks between A and B", and the subject of an
// -ing clause after "before".
func TestVisitsAndMediation(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"traveled to", "Indian Prime Minister Rahul Mehta traveled to Moscow for a two-day visit.", []string{"Rahul Mehta MEETS_WITH Russia"}, nil},
		{"troops are no visit", "Russian troops arrived in Mali.", nil, []string{"Russia MEETS_WITH Mali"}},
		{"before travelling", "Envoy Ana Soto met Peruvian President Luis Vega in Lima before travelling to Quito.",
			[]string{"Ana Soto MEETS_WITH Ecuador"}, []string{"Luis Vega MEETS_WITH Ecuador"}},
		{"demonym mediation", "With Turkish mediation, Russia and Ukraine reached a deal on prisoner exchanges.",
			[]string{"Turkey MEDIATES Russia-Ukraine deal", "Russia PARTICIPATES_IN Russia-Ukraine deal"}, nil},
		{"venue after between", "Oman hosted indirect talks between Iran and Kuwait in Muscat.",
			[]string{"Oman MEDIATES Muscat talks", "Iran NEGOTIATES_WITH Kuwait"}, nil},
	})
}

// TestAppositionInList checks a list whose first member has an
// apposition: "talks between A, the envoy of X, and B".
func TestAppositionInList(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"apposition in talks between", "Talks in Rome between Luis Vega, the head of Peru's security council, and Chilean adviser Ana Soto ended on Friday.",
			[]string{"Luis Vega NEGOTIATES_WITH Ana Soto", "Ana Soto PARTICIPATES_IN Rome talks"}, nil},
		{"apposition with a list inside is none", "Talks between Luis Vega, the envoy of Chile, Peru and Bolivia, and Ana Soto ended.",
			nil, []string{"Luis Vega NEGOTIATES_WITH Ana Soto"}},
	})
}

// TestSponsoredTalks checks "EU-facilitated talks", a seat of an
// organization as venue, and two parties meeting for talks.
func TestSponsoredTalks(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"facilitated", "Serbian President Marko Ilic and Kosovo Prime Minister Arben Krasniqi met in Brussels on Monday for EU-facilitated talks.",
			[]string{"European Union MEDIATES Brussels talks", "Marko Ilic MEETS_WITH Arben Krasniqi", "Marko Ilic NEGOTIATES_WITH Arben Krasniqi",
				"Marko Ilic PARTICIPATES_IN Brussels talks"}, nil},
		{"brokered truce", "Israel and Hamas observed the Qatari-brokered truce in Gaza.",
			[]string{"Qatar MEDIATES Gaza truce"}, nil},
	})
}

// TestMeetingsAndChairs checks "the meeting" for the article's talks, a
// participle "meeting" that is no negotiation, a summit of its own after
// earlier talks, and "chaired by".
func TestMeetingsAndChairs(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the meeting", "Chile and Peru held the Lima water talks. Bolivia condemned the meeting.",
			[]string{"Bolivia CRITICIZES Lima water talks"}, nil},
		{"meeting as a verb", "The African Union, meeting in Addis Ababa, urged Sudan to talk.",
			[]string{"African Union URGES Sudan"}, []string{"African Union PARTICIPATES_IN Addis Ababa meeting"}},
		{"chaired by", "Chile and Peru held the Lima water talks, chaired by Brazil.",
			[]string{"Brazil MEDIATES Lima water talks"}, []string{"Peru MEDIATES Brazil"}},
		{"a summit of its own", "Chile and Peru held the Lima water talks. Later, Kenya hosted a summit on Sudan in Nairobi.",
			[]string{"Kenya MEDIATES Nairobi summit"}, []string{"Kenya MEDIATES Lima water talks"}},
	})
}

// TestSummitsAndRelatives checks "the two producers", the antecedent of
// ", which accused", "attended by", allegations, and the venue of a summit
// hosted by a government.
func TestSummitsAndRelatives(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the two producers", "Norway and Russia agreed to cut output. Canada accused the two producers of greed.",
			[]string{"Canada CRITICIZES Norway", "Canada CRITICIZES Russia"}, nil},
		{"which accused", "The plan drew criticism from Sweden, which accused Finland of haste.",
			[]string{"Sweden CRITICIZES Finland"}, nil},
		{"hosted summit, attended by", "Ghanaian President Kofi Mensah hosted a regional summit on Sahel security on Monday, attended by leaders from Togo and Benin.",
			[]string{"Kofi Mensah MEDIATES Accra summit", "Togo PARTICIPATES_IN Accra summit",
				"Benin PARTICIPATES_IN Accra summit"}, nil},
		{"alleged", "Mali accused Kofi Mensah of siding with Niger.", nil, []string{"Kofi Mensah SUPPORTS Niger", "Mali SUPPORTS Niger"}},
	})
}

// TestFallbackAffiliation checks that a person does not take the
// affiliation of a government named after a preposition in a quote.
func TestFallbackAffiliation(t *testing.T) {
	x := extractText(t, `"We do not seek conflict with Iran," said Tom Hale, a spokesman for the Joint Planning Council.`)
	if a, ok := actorOf(x, "Tom Hale"); ok && a.Affiliation == "Iran" {
		t.Errorf("Tom Hale took the affiliation of Iran from 'conflict with Iran'")
	}
}

// TestOfficialSpeaks checks that an official reporting their own
// government's act is the source, not the government.
func TestOfficialSpeaks(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"said Tokyo", "Japanese Foreign Minister Aiko Sato said Tokyo was seriously concerned about China's actions.",
			[]string{"Aiko Sato CRITICIZES China"}, []string{"Japan CRITICIZES China"}},
		{"said on Monday that", "Japanese Foreign Minister Aiko Sato said on Monday that Japan condemned Russia.",
			[]string{"Aiko Sato CRITICIZES Russia"}, []string{"Japan CRITICIZES Russia"}},
		{"another government", "Japanese Foreign Minister Aiko Sato said China had attacked Vietnam.",
			[]string{"China ATTACKS Vietnam"}, []string{"Aiko Sato ATTACKS Vietnam"}},
	})
}
