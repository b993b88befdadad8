package gazetteer

// List names a word list of words.txt.
type List int

// The word lists of words.txt.
const (
	Negation List = iota
	Modal
	Conditional
	NonFactual
	Adverbs
	Speech
	He
	She
	They
	It
	Heads
	Topics
	Ordinals
	GovNouns
	Particles
	NotName
	Qualifiers
	OrgWords
	Portfolios
	LightVerbs
	Negative
	Undo
	Measures
	Mutual
	Targets
	Sponsors
	Backers
	Fronting
	Allies
	Involving
	Critics
	Supporters
	Opponents
	Suffered
	// the word lists of the mention and coreference stages
	PairPhrases
	NotParties
	PersonNouns
	MeetingWords
	Weekdays
	Units
	Regimes
	GroupEnds
	Anchors
	MeetVerbs
	FamilyNameFirst
	Rulers
	Governing
	Administrations
	TalkHeads
	BetweenHeads
	numLists
)

// listNames maps the list names used in words.txt to their List.
var listNames = map[string]List{
	"negation":    Negation,
	"modal":       Modal,
	"conditional": Conditional,
	"nonfactual":  NonFactual,
	"adverbs":     Adverbs,
	"speech":      Speech,
	"he":          He,
	"she":         She,
	"they":        They,
	"it":          It,
	"heads":       Heads,
	"topics":      Topics,
	"ordinals":    Ordinals,
	"govnouns":    GovNouns,
	"particles":   Particles,
	"notname":     NotName,
	"qualifiers":  Qualifiers,
	"orgwords":    OrgWords,
	"portfolios":  Portfolios,
	"lightverbs":  LightVerbs,
	"negative":    Negative,
	"undo":        Undo,
	"measures":    Measures,
	"mutual":      Mutual,
	"targets":     Targets,
	"sponsors":    Sponsors,
	"backers":     Backers,
	"fronting":    Fronting,
	"allies":      Allies,
	"involving":   Involving,
	"critics":     Critics,
	"supporters":  Supporters,
	"opponents":   Opponents,
	"suffered":    Suffered,
	// the word lists of the mention and coreference stages
	"pairphrases":     PairPhrases,
	"notparties":      NotParties,
	"personnouns":     PersonNouns,
	"meetingwords":    MeetingWords,
	"weekdays":        Weekdays,
	"units":           Units,
	"regimes":         Regimes,
	"groupends":       GroupEnds,
	"anchors":         Anchors,
	"meetverbs":       MeetVerbs,
	"familynamefirst": FamilyNameFirst,
	"rulers":          Rulers,
	"governing":       Governing,
	"administrations": Administrations,
	"talkheads":       TalkHeads,
	"betweenheads":    BetweenHeads,
}

// ListNamed returns the list of words.txt with this name ("negative").
func ListNamed(name string) (List, bool) {
	l, ok := listNames[name]
	return l, ok
}
