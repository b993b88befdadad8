package extract

// Phenomena of leaving, ending or wrecking a process. Every sentence is
// written by the team.

import "testing"

// TestEndingAProcess checks that suspending, quitting, scrapping or
// derailing talks or a deal opposes it, and that the same verbs with
// measures or without an object give no stance.
func TestEndingAProcess(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"suspended talks by a seat", "Brussels suspended the accession talks with Tbilisi in 2024.", []string{"European Union OPPOSES Georgia"}, nil},
		{"quit a deal", "Russia quit the 2015 nuclear deal.", []string{"Russia OPPOSES 2015 nuclear deal"}, nil},
		{"scrapped a pact", "Niger scrapped the 2020 defence pact with France.", []string{"Niger OPPOSES 2020 defence pact"}, nil},
		{"derailed talks", "Turkey derailed the 2017 reunification talks.", []string{"Turkey OPPOSES 2017 reunification talks"}, nil},
		{"backed out of a deal", "The United States backed out of the nuclear deal with Iran.", []string{"United States OPPOSES nuclear deal"}, nil},
		{"suspended measures are no stance", "The EU suspended sanctions on Belarus.", nil, []string{"European Union OPPOSES Belarus", "European Union SANCTIONS Belarus"}},
		{"its is no object", "Hamas suspended its participation in the Cairo talks.", nil, []string{"Hamas OPPOSES Egypt"}},
		{"quitting a post", "The Chilean minister quit after the vote.", nil, []string{"Chile OPPOSES Chile"}},
	})
}

// TestDenialsAndPossessivePronouns checks denials and the possessive
// pronouns that are, or are not, the object of an act.
func TestDenialsAndPossessivePronouns(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"denied accusations", "Pakistan denied India's accusations.", []string{"Pakistan OPPOSES India"}, nil},
		{"an attack on its boats", "The Philippine coast guard said Chinese vessels fired water cannon at its boats.", []string{"China ATTACKS Philippines"}, nil},
		{"an appeal to its members", "In Paris, France, NATO called on its members to spend more.", nil, []string{"NATO URGES France"}},
		{"a pledge is still an intention", "Germany pledged military aid to Ukraine.", nil, []string{"Germany SUPPORTS Ukraine"}},
	})
}

// TestStanceOnAnAct checks that a stance on a named act is no act of the
// one who takes the stance, nor a stance on the act's target.
func TestStanceOnAnAct(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"condemned an attack on", "Ukraine condemned the attack on Poland.", nil, []string{"Ukraine ATTACKS Poland", "Ukraine CRITICIZES Poland"}},
		{"denounced an invasion of", "Germany denounced the invasion of Ukraine.", nil, []string{"Germany ATTACKS Ukraine", "Germany CRITICIZES Ukraine"}},
		{"criticized sanctions on", "France criticized the sanctions on Iran.", nil, []string{"France SANCTIONS Iran"}},
		{"the owner of the act is its doer", "Russia vetoed a resolution that condemned its \"brutal\" invasion of Ukraine.", []string{"Russia ATTACKS Ukraine"}, nil},
		{"a demonym owner is the one criticized", "Ukraine condemned the Russian attack on Poland.", []string{"Ukraine CRITICIZES Russia", "Russia ATTACKS Poland"}, []string{"Ukraine ATTACKS Poland"}},
		{"a light verb keeps its subject", "Israel launched a new offensive against Hamas.", []string{"Israel ATTACKS Hamas"}, nil},
	})
}

// TestNamesAreNotVerbs checks that a word of a name is read neither as a
// verb that governs an infinitive nor as a modal.
func TestNamesAreNotVerbs(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a name with a verb in it", "Sudan and the Rapid Support Forces were to start direct talks in Jeddah on Saturday.",
			[]string{"Rapid Support Forces NEGOTIATES_WITH Sudan"}, nil},
		{"a month is no modal", "In early May Russia attacked Ukraine.", []string{"Russia ATTACKS Ukraine"}, nil},
		{"a modal is still a modal", "Russia may attack Ukraine.", nil, []string{"Russia ATTACKS Ukraine"}},
	})
}

// TestParentheticalAcronyms checks that a name followed by its acronym
// in brackets still acts.
func TestParentheticalAcronyms(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"acronym after the subject", "The Economic Community of West African States (ECOWAS) threatened Niger.", []string{"Economic Community of West African States THREATENS Niger"}, nil},
		{"acronym after the object", "Chad criticized the African Union (AU) on Monday.", []string{"Chad CRITICIZES African Union"}, nil},
	})
}

// TestStanceOnWhatWasDone checks that a stance on what was done to
// someone is no stance on them.
func TestStanceOnWhatWasDone(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the overthrow of", "The African Union denounced the overthrow of Gabonese President Ali Bongo.", nil, []string{"African Union CRITICIZES Ali Bongo"}},
		{"the killing of", "Jordan condemned the killing of Palestinian civilians.", nil, []string{"Jordan CRITICIZES Palestine"}},
		{"the detention of", "Canada criticized the detention of the Chinese activist.", nil, []string{"Canada CRITICIZES China", "Canada CRITICIZES Chinese activist"}},
		{"a stance on the doer stays", "Canada criticized China over the detention of the activist.", []string{"Canada CRITICIZES China"}, nil},
	})
}

// TestPlacesAgentsInGapsAndTies checks places after "off" or "near", the
// agent of a passive trigger named in its gap, and standing ties said
// in a relative clause.
func TestPlacesAgentsInGapsAndTies(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"off a country is a place", "Iran attacked a tanker off Oman.", nil, []string{"Iran ATTACKS Oman"}},
		{"agent in the gap", "The sanctions imposed by the EU on Belarus took effect on Monday.", []string{"European Union SANCTIONS Belarus"}, nil},
		{"ties in a relative clause", "Hungarian Prime Minister Viktor Orban, who has close ties to Moscow, blocked the plan.", []string{"Viktor Orban COOPERATES_WITH Russia"}, nil},
	})
}

// TestBothSidesAreOthers checks that a pair does not urge or criticize
// itself through "both sides".
func TestBothSidesAreOthers(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"both sides are not the speakers", "Sudan and Chad met in Cairo. Egypt and Qatar called on both sides to compromise.",
			[]string{"Egypt URGES Sudan", "Qatar URGES Chad"}, []string{"Egypt URGES Qatar", "Qatar URGES Egypt"}},
	})
}

// TestPronounSpeakersPlacesAndApostrophes checks "we" in a quotation
// said by "he", "its" after a capital named as a place, and a name
// written with another apostrophe than the dictionary's.
func TestPronounSpeakersPlacesAndApostrophes(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"he said", `Japanese Defence Minister Taro Kono spoke on Friday. "We urge China to stop," he said.`, []string{"Taro Kono URGES China"}, nil},
		{"a capital is no owner of its", "Talks in Cairo collapsed after Israel struck Rafah and Hamas suspended its participation.", nil, []string{"Hamas OPPOSES Egypt"}},
		{"a curly apostrophe", "Eritrea criticized the Tigray People’s Liberation Front on Monday.", []string{"Eritrea CRITICIZES Tigray People's Liberation Front"}, nil},
	})
}

// TestNamesAndListedAffiliations checks a title word inside a name and
// the affiliation a list of officials shares.
func TestNamesAndListedAffiliations(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"sheikh inside a name", "Kenyan President Ali Sheikh Omar criticized Ethiopia.", []string{"Ali Sheikh Omar CRITICIZES Ethiopia", "Ali Sheikh Omar MEMBER_OF Kenya"}, nil},
		{"a list shares its government", "Finance Minister Ana Costa, Trade Minister Rui Lopes and Portuguese Foreign Minister Pedro Alves met Spain.",
			[]string{"Ana Costa MEMBER_OF Portugal", "Rui Lopes MEMBER_OF Portugal"}, nil},
		{"a speech verb ends the list", "Finance Minister Ana Costa said Spanish Foreign Minister Pedro Alves erred.", nil, []string{"Ana Costa MEMBER_OF Spain"}},
	})
}

// TestCounterpartTitlesAndEvaluationObjects checks a counterpart named
// in apposition, and that an evaluation's object is what it names, not
// what follows the word of condemnation.
func TestCounterpartTitlesAndEvaluationObjects(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a named counterpart is a person", "The Armenian minister met his Azerbaijani counterpart, Anar Aliyev, in Prague.",
			[]string{"Armenia MEETS_WITH Anar Aliyev", "Anar Aliyev MEMBER_OF Azerbaijan"}, nil},
		{"the victim after the word is no object", "The Iranian ministry denounced the strikes as a violation of Syria's sovereignty.",
			nil, []string{"Iran CRITICIZES Syria"}},
	})
}

// TestPossessiveApostrophesAndLawsuits checks a possessive written with
// a final apostrophe and a case brought against a government.
func TestPossessiveApostrophesAndLawsuits(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"s' possessive", "Morocco welcomed the United States' recognition of its claim.", []string{"Morocco SUPPORTS United States"}, []string{"Morocco SUPPORTS United States'"}},
		{"filed a case against", "South Africa filed a case against Israel at the International Court of Justice.", []string{"South Africa CRITICIZES Israel"}, nil},
	})
}

// TestMoreVerbsAndTheirNouns checks verbs added to the triggers, and that
// the nouns spelled like some of them are no verbs.
func TestMoreVerbsAndTheirNouns(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"assail", "Peru assailed Chile on Monday.", []string{"Peru CRITICIZES Chile"}, nil},
		{"pressure", "Peru pressured Chile to drop the case.", []string{"Peru URGES Chile"}, nil},
		{"shun", "Peru shunned Chile at the summit.", []string{"Peru OPPOSES Chile"}, nil},
		{"funded", "Qatar funded Hamas for years.", []string{"Qatar SUPPORTS Hamas"}, nil},
		{"blockade", "Peru blockaded Chile's ports.", []string{"Peru ATTACKS Chile"}, nil},
		{"annex", "Peru annexed Chilean territory.", []string{"Peru ATTACKS Chile"}, nil},
		{"embargo", "Peru embargoed Chile on Monday.", []string{"Peru SANCTIONS Chile"}, nil},
		{"water cannon", "Chinese vessels blasted Philippine boats with water cannon.", []string{"China ATTACKS Philippines"}, []string{"China CRITICIZES Philippines"}},
		{"a lifted blockade is none", "Saudi Arabia lifted the blockade of Qatar.", nil, []string{"Saudi Arabia ATTACKS Qatar"}},
		{"aid as a noun", "Canada pledged aid to Haiti.", nil, []string{"Canada SUPPORTS Haiti"}},
	})
}

// TestNounsOfCooperationAndAid checks nouns of cooperation and material
// support, and that a pledge or promise of them is an intention.
func TestNounsOfCooperationAndAid(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"cooperation with", "Peru's cooperation with Chile deepened.", []string{"Peru COOPERATES_WITH Chile"}, nil},
		{"alliance with", "Peru's alliance with Chile is old.", []string{"Peru COOPERATES_WITH Chile"}, nil},
		{"aid to", "Peru's aid to Chile arrived on Monday.", []string{"Peru SUPPORTS Chile"}, nil},
		{"recognition of", "Peru's recognition of Chile's government was welcomed.", []string{"Peru SUPPORTS Chile"}, nil},
		{"a promise is an intention", "Peru promised aid to Chile.", nil, []string{"Peru SUPPORTS Chile"}},
	})
}

// TestPassivesDenialsAndGapObjects checks a one-word passive trigger, an
// act denied, reproach by an adverb, and the gap's government before a
// place after the trigger.
func TestPassivesDenialsAndGapObjects(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"sanctioned by", "Chile has been sanctioned by Peru.", []string{"Peru SANCTIONS Chile"}, []string{"Chile SANCTIONS Peru"}},
		{"denied attacking", "Peru denied attacking Chile.", nil, []string{"Peru ATTACKS Chile"}},
		{"an adverb of reproach", `"Chile is behaving irresponsibly," the Peruvian foreign minister, Ana Ruiz, said.`, []string{"Ana Ruiz CRITICIZES Chile"}, nil},
		{"summoned in a capital", "Peru summoned Chile's ambassador in Lima.", []string{"Peru CRITICIZES Chile"}, nil},
		{"its envoys are no object", "Peru recalled its ambassadors to Chile and Bolivia.", []string{"Peru CRITICIZES Chile", "Peru CRITICIZES Bolivia"}, nil},
	})
}

// TestDemandsInSpeech checks "X must" and "X should" in reported speech.
func TestDemandsInSpeech(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"must in a quotation", `"Chile must stop the incursions," Peru's foreign minister said.`, []string{"Peru URGES Chile"}, nil},
		{"should in reported speech", "Peru said Chile should withdraw its troops.", []string{"Peru URGES Chile"}, nil},
		{"must not", `"Chile must not be punished," Peru said.`, nil, []string{"Peru URGES Chile"}},
		{"a condition", `"If Chile must act, so be it," Peru said.`, nil, []string{"Peru URGES Chile"}},
	})
}

// TestDemandsOfPairPhrases checks that a demand to "the warring parties"
// names no one: whom the phrase names is a guess.
func TestDemandsOfPairPhrases(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"warring parties", "Kenya and Uganda met in Kampala. The UN envoy, Tom Berg, said the warring parties must stop.", nil, []string{"Tom Berg URGES Kenya"}},
	})
}

// TestHeldResponsibleAndHeldCalls checks "held X responsible" and that a
// call held with someone stays a meeting.
func TestHeldResponsibleAndHeldCalls(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"held responsible", "Peru held Chile responsible for the attack.", []string{"Peru CRITICIZES Chile"}, nil},
		{"held a call", "Peruvian Foreign Minister Ana Ruiz said she had held a phone call with Chilean Foreign Minister Juan Soto.",
			[]string{"Ana Ruiz MEETS_WITH Juan Soto"}, []string{"Ana Ruiz CRITICIZES Juan Soto"}},
	})
}

// TestParticipleClauses checks that ", blaming X" after a main clause
// takes the main clause's subject, not the nearest actor before it.
func TestParticipleClauses(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"after a clause with another actor", "Peru described the crisis Bolivia is going through, blaming Chile for it.",
			[]string{"Peru CRITICIZES Chile"}, []string{"Bolivia CRITICIZES Chile"}},
	})
}

// TestTwoWithAnAdjective checks "the two economic giants" as the last
// pair named.
func TestTwoWithAnAdjective(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the two economic giants", "Japan met Germany in Berlin. Later the two economic giants criticized Brazil.",
			[]string{"Japan CRITICIZES Brazil", "Germany CRITICIZES Brazil"}, nil},
		{"the two main issues", "Japan met Germany in Berlin. The two main issues divided Brazil.", nil, []string{"Japan CRITICIZES Brazil"}},
	})
}

// TestIngAfterAPossessive checks that an -ing form after a possessive is
// a noun or adjective, not a verb.
func TestIngAfterAPossessive(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"flashing warning lights", "Biden's flashing warning lights: Taiwan, Ukraine and Iran", nil, []string{"Joe Biden THREATENS Iran"}},
		{"the noun keeps its frame", "China's warning to Australia came on Monday.", []string{"China THREATENS Australia"}, nil},
	})
}

// TestBackAsAnAdverbAndLongObjects checks "back" as an adverb, and a verb
// of pressure whose object is a long name before its "to".
func TestBackAsAnAdverbAndLongObjects(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"called back from", "Iraq called its ambassador back from Tehran.", nil, []string{"Iraq SUPPORTS Iran"}},
		{"backed still backs", "Iraq backed Iran's plan.", []string{"Iraq SUPPORTS Iran"}, nil},
		{"pressed a long name to", "The United States pressed the United Nations Security Council on Saturday to recognize Kosovo.",
			[]string{"United States URGES United Nations Security Council"}, []string{"United Nations Security Council SUPPORTS Kosovo"}},
	})
}

// TestDemonymNouns checks that a word after a demonym is a noun, not the
// verb of the field's dictionary spelled alike.
func TestDemonymNouns(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"exports shipped to", "The tariff on Mexican exports shipped to the United States rose.", nil, []string{"Mexico COOPERATES_WITH United States"}},
		{"Mexican troops still act", "Mexican troops attacked Guatemala.", []string{"Mexico ATTACKS Guatemala"}, nil},
	})
}

// TestObjectRelativesAndPushBack checks an object relative clause and
// "pushed back" as postponing.
func TestObjectRelativesAndPushBack(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"whom they accuse", "Chad expelled the envoy as Sudanese rebels whom they accuse Libya of arming advanced.", nil, []string{"Sudanese rebels CRITICIZES Libya"}},
		{"pushed back a trip", "Ghana pushed back its trip to the African Union summit by a day.", nil, []string{"Ghana CRITICIZES African Union"}},
		{"pushed back against", "Ghana pushed back against Togo's claims.", []string{"Ghana CRITICIZES Togo"}, nil},
	})
}

// TestAdviserToAPerson checks that an adviser to a named person advises
// that person.
func TestAdviserToAPerson(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"adviser to", "John Kamau, the national security adviser to Kenyan President Amina Otieno, met Uganda.",
			[]string{"John Kamau ADVISES Amina Otieno"}, []string{"John Kamau ADVISES Kenya"}},
		{"adviser of a government", "Kenyan national security adviser John Kamau met Uganda.", []string{"John Kamau ADVISES Kenya"}, nil},
	})
}

// TestAppositionHeadIsTheSubject checks that a person named in another
// person's apposition is not the subject of the verb after it.
func TestAppositionHeadIsTheSubject(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"adviser to a president", "John Kamau, national security adviser to Kenyan President Amina Otieno, met Uganda.",
			[]string{"John Kamau MEETS_WITH Uganda"}, []string{"Amina Otieno MEETS_WITH Uganda"}},
		{"a list of two persons stays", "Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Juan Soto, met Bolivia.",
			[]string{"Juan Soto MEETS_WITH Bolivia"}, nil},
	})
}

// TestDefiniteDescriptions checks "the bloc", "the alliance", "the
// kingdom", "the country" and "the Gulf state" as the latest
// organization or government, the subject of a sentence before others,
// and a demonym's own government.
func TestDefiniteDescriptions(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the bloc", "The European Union imposed sanctions on Iran. The bloc also criticized Russia.", []string{"European Union CRITICIZES Russia"}, nil},
		{"the group", "Israel struck Hezbollah. The group fired rockets at Israel.", []string{"Hezbollah ATTACKS Israel"}, nil},
		{"the alliance", "NATO held talks in Brussels. The alliance warned Russia against escalation.", []string{"NATO THREATENS Russia"}, nil},
		{"the kingdom", "Saudi Arabia hosted the summit. The kingdom urged Israel to halt the offensive.", []string{"Saudi Arabia URGES Israel"}, nil},
		{"the subject first", "South Korea hosted Japan's prime minister. The country also pressed North Korea to talk.",
			[]string{"South Korea URGES North Korea"}, []string{"Japan URGES North Korea"}},
		{"a demonym's nation", "India struck Pakistan. The Pakistani nation condemned India.", []string{"Pakistan CRITICIZES India"}, nil},
		{"the state media is no description", "Iran criticized Israel. The state media praised Syria.", nil, []string{"Iran SUPPORTS Syria"}},
		{"both countries are governments", "Pakistan and its army met India. Then Ghana and Togo met. The UN urged both countries to talk.",
			[]string{"United Nations URGES Ghana", "United Nations URGES Togo"}, nil},
	})
}
