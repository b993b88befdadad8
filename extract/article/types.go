package article

import (
	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Kind says how a mention refers to its actor.
type Kind int

// The kinds of mention.
const (
	Name        Kind = iota // a name, seat or "Israeli officials": can act
	Modifier                // a demonym or name that only qualifies another mention
	Person                  // a person, by name, title or surname
	Pronoun                 // a pronoun resolved to a person
	Negotiation             // talks, a deal, a summit
)

// Mention is one reference to an actor in a sentence: tokens [Start, End).
type Mention struct {
	Start, End int
	Actor      int // index into the article's actors
	Type       actorgraph.ActorType
	Kind       Kind
	Place      bool   // a capital or seat ("Tehran", "the White House")
	Head       string // negotiations: the head noun ("talks", "summit")
	// Of is, for persons, 1 + the actor index of the government or
	// organization they serve; 0 if unknown.
	Of int
}

// Acts reports whether the mention can be the source or target of an event.
func (m Mention) Acts() bool { return m.Kind != Modifier }

// Sentence is a tokenized sentence with its mentions in text order.
type Sentence struct {
	Tokens   []text.Token
	Mentions []Mention
	// Lower holds the lower-case text of each token.
	Lower []string
	// Words holds, when not nil, the Word of each token's Lower text as
	// the lexicon of the stages gives it (rules.Matcher.Lexicon and the
	// bits of the mention stage), so that word lists need no look-up.
	Words []gazetteer.Word
}

// Hit is one relation found in a sentence.
type Hit struct {
	Source, Target int // actor indexes
	Type           actorgraph.RelType
	CAMEO          string
	Rule           string
	Confidence     float64
}
