package gazetteer

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

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

// rareNames are the word lists of words.txt that take no bit of a Word:
// the frames read them as sets (Set), word by word where they need them.
var rareNames = map[string]bool{
	"clausebreaks": true, "prepositions": true, "groupnouns": true, "placewords": true, "targetplaces": true,
	"drawverbs": true, "travelverbs": true, "hostverbs": true, "determiners": true, "articles": true,
	"beforms": true, "topicpreps": true, "directions": true, "possessives": true, "gerundpreps": true,
	"haveverbs": true, "govdescriptions": true, "orgdescriptions": true, "descriptionends": true,
	"statenouns": true,
}

var (
	setsOnce sync.Once
	sets     map[string]map[string]bool
	setsErr  error
)

// Set returns the words of the word list of words.txt with this name, one
// of the lists that take no bit of a Word (see rareNames). It panics on
// any other name, or if the embedded words.txt cannot be read: both are
// errors of the program, which the package tests catch.
func Set(name string) map[string]bool {
	setsOnce.Do(func() {
		sets = map[string]map[string]bool{}
		sub, err := fs.Sub(embedded, "data")
		if err == nil {
			err = readLines(sub, "words.txt", func(_ string, f []string) error {
				if len(f) == 2 && rareNames[f[0]] {
					m := map[string]bool{}
					for _, w := range strings.Fields(f[1]) {
						m[strings.ToLower(w)] = true
					}
					sets[f[0]] = m
				}
				return nil
			})
		}
		setsErr = err
	})
	if setsErr != nil {
		panic(fmt.Sprintf("gazetteer: %v", setsErr))
	}
	m, ok := sets[name]
	if !ok || !rareNames[name] {
		panic("gazetteer: no word list " + name + " in words.txt")
	}
	return m
}
