package rules

import "github.com/actorgraph/actorgraph/extract/article"

// The types that pass between the stages live in package article; these
// names keep the rules' code as it was written.
type (
	// Kind says how a mention refers to its actor.
	Kind = article.Kind
	// Mention is one reference to an actor in a sentence.
	Mention = article.Mention
	// Sentence is a tokenized sentence with its mentions in text order.
	Sentence = article.Sentence
	// Hit is one relation found in a sentence.
	Hit = article.Hit
)

// The kinds of mention.
const (
	Name        = article.Name
	Modifier    = article.Modifier
	Person      = article.Person
	Pronoun     = article.Pronoun
	Negotiation = article.Negotiation
)
