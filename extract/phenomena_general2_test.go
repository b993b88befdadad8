package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph"
)

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

// TestUnknownGroups checks armed groups and parties missing from the
// gazetteer, a third party opening talks between two others, and a venue
// after the list of parties that is no actor.
func TestUnknownGroups(t *testing.T) {
	text := "The African Union opened peace talks between the Malian government and the Azawad Liberation Front (ALF) in Niamey on Tuesday. " +
		"The ALF later accused Algeria of interference."
	checkPhenomena(t, []phenomenon{{"unknown front", text, []string{
		"African Union MEDIATES Niamey peace talks", "Mali NEGOTIATES_WITH Azawad Liberation Front",
		"Azawad Liberation Front PARTICIPATES_IN Niamey peace talks", "Azawad Liberation Front CRITICIZES Algeria"},
		[]string{"African Union PARTICIPATES_IN Niamey peace talks"}}})
	x := extractText(t, text)
	if _, ok := actorOf(x, "Niger"); ok {
		t.Errorf("the venue Niamey became an actor: %v", x.Actors)
	}
	x = extractText(t, "The Syrian Army shelled the town.")
	if _, ok := actorOf(x, "Syrian Army"); ok {
		t.Errorf("a known government's army became a group of its own: %v", x.Actors)
	}
}

// TestMoreLeaders checks well-known leaders named by surname alone.
func TestMoreLeaders(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"surname alone", "Sheinbaum criticized Guatemala. Later, Zelensky thanked Germany.",
			[]string{"Claudia Sheinbaum CRITICIZES Guatemala", "Volodymyr Zelensky SUPPORTS Germany",
				"Claudia Sheinbaum MEMBER_OF Mexico", "Volodymyr Zelensky MEMBER_OF Ukraine"}, nil},
	})
}

// TestParticiplesAndDelegations checks irregular past participles and
// "delegations from A, B and C".
func TestParticiplesAndDelegations(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"had spoken to", "Chilean President Ana Soto said she had spoken to Peruvian President Luis Vega.",
			[]string{"Ana Soto MEETS_WITH Luis Vega"}, nil},
		{"have begun talks", "Chile and Peru have begun the Lima water talks.",
			[]string{"Chile PARTICIPATES_IN Lima water talks", "Peru PARTICIPATES_IN Lima water talks"}, nil},
		{"delegations from", "The Lima water talks opened on Monday. The delegations from Chile, Peru and Bolivia left after two days.",
			[]string{"Chile PARTICIPATES_IN Lima water talks", "Bolivia PARTICIPATES_IN Lima water talks"}, nil},
	})
}

// TestTies checks breaking, suspending and restoring relations.
func TestTies(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"severed ties", "Nicaragua severed diplomatic ties with Israel.", []string{"Nicaragua CRITICIZES Israel"}, nil},
		{"suspended talks", "Colombia suspended talks with Venezuela.", []string{"Colombia OPPOSES Venezuela"}, nil},
		{"ruled out talks", "Ukraine ruled out talks with Russia.", []string{"Ukraine OPPOSES Russia"}, nil},
		{"restored ties, two subjects", "Saudi Arabia and Iran restored diplomatic ties on Friday.", []string{"Saudi Arabia COOPERATES_WITH Iran"}, nil},
		{"restored relations with", "Chad restored relations with Sudan.", []string{"Chad COOPERATES_WITH Sudan"}, nil},
		{"did not restore", "Chad did not restore relations with Sudan.", nil, []string{"Chad COOPERATES_WITH Sudan"}},
	})
}

// TestTopicGerund checks that an -ing form naming a topic is no event.
func TestTopicGerund(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"talks on normalizing", "Chile and Peru met for talks on normalizing relations.",
			[]string{"Chile MEETS_WITH Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
	})
}
