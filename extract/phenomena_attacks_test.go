package extract

// Phenomena of attacks on places and hardware, backers and sponsors named
// in compounds, and accusations with the charge after the accused. Every
// sentence is written by the team.

import "testing"

// TestAttacksOnPlacesAndHardware checks attacks whose target is the place
// of what was struck, and military hardware named with a demonym.
func TestAttacksOnPlacesAndHardware(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"targets in a country", "Iran fired missiles at targets in Iraq on Monday.", []string{"Iran ATTACKS Iraq"}, nil},
		{"positions in a region of a country", "Turkey shelled positions in northern Syria.", []string{"Turkey ATTACKS Syria"}, nil},
		{"whose positions is said", "Turkey shelled Kurdish militia positions in Syria.", nil, []string{"Turkey ATTACKS Syria"}},
		{"a meeting in a country is no target", "Japan met Korea in Vietnam.", nil, []string{"Japan MEETS_WITH Vietnam"}},
		{"jets are the government", "Israeli jets struck Hezbollah.", []string{"Israel ATTACKS Hezbollah"}, nil},
		{"warships are the government", "Chinese warships rammed Philippine vessels near the shoal.", []string{"China ATTACKS Philippines"}, nil},
	})
}

// TestCompoundBackersAndSponsors checks "X-backed Y" and "X-brokered deal".
func TestCompoundBackersAndSponsors(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"backed", "Iran-backed Houthi rebels attacked a ship in the Red Sea.", []string{"Iran SUPPORTS Houthis"}, nil},
		{"funded", "The Qatar-funded Hamas movement rejected the plan.", []string{"Qatar SUPPORTS Hamas"}, nil},
		{"brokered by a government", "A Qatar-brokered truce between Israel and Hamas took effect.", []string{"Qatar MEDIATES Israel-Hamas truce"}, nil},
		{"a welcomed deal is not its broker", "Russia welcomed the Turkish-brokered grain deal.", nil, []string{"Russia SUPPORTS Turkey"}},
	})
}

// TestChargedWithAndGratitude checks "charged X with" and thanks.
func TestChargedWithAndGratitude(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"charged with", "Peru on Tuesday charged Ecuador with sabotaging the border talks.", []string{"Peru CRITICIZES Ecuador"}, nil},
		{"charged in court", "Kenya said Ugandan officials were charged with three offences.", nil, []string{"Kenya CRITICIZES Uganda"}},
		{"in charge of", "Chile put Bolivia in charge of the talks.", nil, []string{"Chile CRITICIZES Bolivia"}},
		{"gratitude", "Japan expressed gratitude to India for its help.", []string{"Japan SUPPORTS India"}, nil},
	})
}

// TestAlliesCounterpartsAndFrontedMeetings checks alliances said in
// apposition, counterparts named by demonym, a meeting that opens the
// sentence, and the parties of "talks involving".
func TestAlliesCounterpartsAndFrontedMeetings(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"an ally of", "Portugal, a close ally of Spain, backed the plan.", []string{"Portugal COOPERATES_WITH Spain"}, nil},
		{"its treaty ally", "Both the Philippines and the United States, its treaty ally, condemned the move.", []string{"United States COOPERATES_WITH Philippines"}, nil},
		{"possessor's ally", "Russia's closest ally Belarus hosted the drills.", []string{"Belarus COOPERATES_WITH Russia"}, nil},
		{"an ally of no one named", "Greece, an ally, objected.", nil, []string{"Greece COOPERATES_WITH Greece"}},
		{"fronted call", "In a phone call with the Chinese president, US President Joe Biden raised the issue of trade.", []string{"Joe Biden MEETS_WITH China"}, nil},
		{"fronted meeting", "During a meeting with Kenyan President Amina Otieno, the Ethiopian prime minister praised the deal.", []string{"Ethiopia MEETS_WITH Amina Otieno"}, nil},
		{"a place is not the subject", "In Paris, the French minister's meeting with Italy ended early.", []string{"France MEETS_WITH Italy"}, []string{"Paris MEETS_WITH Italy"}},
		{"counterparts by demonym", "The Turkish defence minister held talks with his Russian and Ukrainian counterparts on the grain corridor.",
			[]string{"Turkey NEGOTIATES_WITH Russia", "Turkey NEGOTIATES_WITH Ukraine"}, nil},
		{"a counterpart gives no affiliation", "Defence Minister Omer Talu held talks with his Russian counterpart.",
			[]string{"Omer Talu NEGOTIATES_WITH Russia"}, []string{"Omer Talu MEMBER_OF Russia"}},
		{"talks involving", "The fifth round of talks involving Serbia and Kosovo collapsed in Brussels.", []string{"Serbia NEGOTIATES_WITH Kosovo"}, nil},
		{"stand alongside", "Canada stands alongside the Philippines, the ambassador said.", []string{"Canada SUPPORTS Philippines"}, nil},
	})
}

// TestEvaluationsAndCondemnationWords checks evaluations whose object
// stands several words before the word of condemnation.
func TestEvaluationsAndCondemnationWords(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"called with a long object", `Turkey on Monday called Greek objections to the survey "inadmissible."`, []string{"Turkey CRITICIZES Greece"}, nil},
		{"a word of the wider list", "Estonia called the Russian drills irresponsible and dishonest.", []string{"Estonia CRITICIZES Russia"}, nil},
		{"a neutral description is none", "Estonia called the Russian drills routine.", nil, []string{"Estonia CRITICIZES Russia"}},
		{"speech with a condemnation word", "The Lithuanian president said the Belarusian actions were reprehensible.", []string{"Lithuania CRITICIZES Belarus"}, nil},
	})
}

// TestAppositionsQuotesAndProtests checks standing ties said in
// apposition, triggers split by quotation marks or an article, and the
// phrases of doubt, impatience and protest.
func TestAppositionsQuotesAndProtests(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a critic of", "Anna Berg, a fierce critic of Belarus, left Minsk.", []string{"Anna Berg CRITICIZES Belarus"}, nil},
		{"a supporter of", "Chad, a staunch supporter of Sudan, sent envoys.", []string{"Chad SUPPORTS Sudan"}, nil},
		{"an opponent of", "Eritrea, a longtime foe of Ethiopia, closed its border.", []string{"Eritrea OPPOSES Ethiopia"}, nil},
		{"a quoted trigger word", `Finland declared itself "deeply worried" by Russia's move.`, []string{"Finland CRITICIZES Russia"}, nil},
		{"an article before the word of the list", "Japan described the North Korean launch as a provocation.", []string{"Japan CRITICIZES North Korea"}, nil},
		{"cast doubt on", "Ghana cast doubt on Nigeria's figures.", []string{"Ghana CRITICIZES Nigeria"}, nil},
		{"out of patience", "Kenya has run out of patience with Somalia.", []string{"Kenya CRITICIZES Somalia"}, nil},
		{"stern representations", "China lodged stern representations with Japan on Friday.", []string{"China CRITICIZES Japan"}, nil},
		{"a word of anger in speech", `"I am furious at Chile," Peruvian Foreign Minister Ana Ruiz said.`, []string{"Ana Ruiz CRITICIZES Chile"}, nil},
	})
}

// TestFireIntoSanctionsAnnouncedUnderFire checks rockets fired into a
// country, announced sanctions and criticism drawn as "under fire from".
func TestFireIntoSanctionsAnnouncedUnderFire(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"fired into", "Hezbollah fired rockets into northern Israel.", []string{"Hezbollah ATTACKS Israel"}, nil},
		{"announced sanctions", "The United Kingdom announced sanctions against Russian banks.", []string{"United Kingdom SANCTIONS Russia"}, nil},
		{"under fire from", "Turkey came under fire from Greece over the drilling.", []string{"Greece CRITICIZES Turkey"}, []string{"Turkey CRITICIZES Greece"}},
	})
}

// TestSanctionsApproved checks sanctions approved or adopted by a body.
func TestSanctionsApproved(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"approved a package of", "The EU approved a package of sanctions against Belarus.", []string{"European Union SANCTIONS Belarus"}, nil},
		{"adopted", "Canada adopted sanctions on Iranian officials.", []string{"Canada SANCTIONS Iran"}, nil},
	})
}
