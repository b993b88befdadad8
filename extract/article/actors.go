package article

import (
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract/gazetteer"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Doc is one article as the stages read it: its text, sentences and
// actors. The mention and coreference stages fill it; the frames and the
// output stage read it.
type Doc struct {
	Src  string
	Date string // YYYY-MM-DD or empty: which dated roles of the dictionaries hold
	ID   string // the article's id, for identities that hold in it only
	// Spans are the sentences as text.Split cut them; Sents the same
	// sentences tokenized, with their mentions.
	Spans  []text.Sentence
	Sents  []Sentence
	Actors Actors
}

// Record is one actor of an article while it is being read.
type Record struct {
	Actor   actorgraph.Actor
	Aliases map[string]bool
	Alias   int    // the canonical record after merging, else itself
	First   int    // sentence where the role or affiliation was read, -1 if none
	Talks   *Talks // what is known of a negotiation, nil for other actors
	Used    bool   // named as an actor, not only as a modifier ("a Chinese firm")
}

// Actors is the table of the actors of one article, indexed by the
// Mention.Actor and Hit ends of its sentences.
type Actors struct {
	List   []*Record
	byName map[actorKey]int
}

// actorKey identifies an actor of an article by type and name.
type actorKey struct {
	t    actorgraph.ActorType
	name string
}

// Len returns the number of records.
func (t *Actors) Len() int { return len(t.List) }

// Find returns the index of the actor of type typ named name.
func (t *Actors) Find(typ actorgraph.ActorType, name string) (int, bool) {
	i, ok := t.byName[actorKey{typ, name}]
	return i, ok
}

// For returns the index of the actor of type typ named name, adding it.
func (t *Actors) For(typ actorgraph.ActorType, name string) int {
	if strings.Contains(name, "’") {
		name = strings.ReplaceAll(name, "’", "'") // one apostrophe in names: "People’s" is "People's"
	}
	k := actorKey{typ, name}
	if i, ok := t.byName[k]; ok {
		return i
	}
	if t.byName == nil {
		t.byName = map[actorKey]int{}
	}
	i := len(t.List)
	t.List = append(t.List, &Record{
		Actor:   actorgraph.Actor{Name: name, Type: typ},
		Aliases: map[string]bool{},
		Alias:   i,
		First:   -1,
	})
	t.byName[k] = i
	return i
}

// Entry returns the actor of a gazetteer entry, adding it.
func (t *Actors) Entry(e *gazetteer.Entry) int {
	i := t.For(e.Type, e.Name)
	r := t.List[i]
	r.Actor.ISO3, r.Actor.Kind, r.Actor.Affiliation = e.ISO3, e.Kind, e.Affiliation
	return i
}

// Seen records the surface text of a mention as an alias of actor i.
func (t *Actors) Seen(i int, surface string) {
	if OddSpace(surface) {
		surface = strings.Join(strings.Fields(surface), " ")
	}
	if surface != "" {
		t.List[i].Aliases[surface] = true
	}
}

// Canon follows merges to the canonical record index.
func (t *Actors) Canon(i int) int {
	for t.List[i].Alias != i {
		i = t.List[i].Alias
	}
	return i
}

// AffilOf returns the actor index of person p's affiliation, or -1.
func (t *Actors) AffilOf(p int) int {
	aff := t.List[p].Actor.Affiliation
	if aff == "" {
		return -1
	}
	for _, typ := range []actorgraph.ActorType{actorgraph.Government, actorgraph.Organization} {
		if i, ok := t.byName[actorKey{typ, aff}]; ok {
			return i
		}
	}
	return -1
}

// OddSpace reports whether s holds a line break, a tab or two spaces in a
// row.
func OddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t', '\r':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// NormSpace returns strings.Join(strings.Fields(s), " "), without a copy
// when s is ASCII with single spaces between its words already.
func NormSpace(s string) string {
	if len(s) == 0 || s[0] == ' ' || s[len(s)-1] == ' ' {
		return strings.Join(strings.Fields(s), " ")
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c == ' ' && s[i+1] == ' ':
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
