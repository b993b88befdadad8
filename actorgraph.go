package actorgraph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
)

// ActorType is the kind of a node that takes part in relations.
type ActorType string

// The actor types of the model (docs/model.md). Negotiation is not an :Actor in the graph but
// is carried as one in an Extraction so that relations can point at it.
const (
	Person       ActorType = "Person"
	Government   ActorType = "Government"
	Organization ActorType = "Organization"
	Negotiation  ActorType = "Negotiation"
)

// ActorTypes lists every ActorType, in a fixed order.
var ActorTypes = []ActorType{Person, Government, Organization, Negotiation}

// Valid reports whether t is one of ActorTypes.
func (t ActorType) Valid() bool {
	for _, v := range ActorTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Article is one input document, as read by a source.
type Article struct {
	// ID is the article's stable graph id: its URL, else "sha256:" and the
	// content hash (see ArticleID).
	ID string
	// Path is the input file it came from; empty for feeds and URLs.
	Path string
	// Line is the 1-based line for an article read from a JSONL file, else 0.
	Line      int
	Title     string
	URL       string
	Source    string // the feed, folder or site it came from
	Published time.Time
	Text      string
	// ContentHash is the hex SHA-256 of Title and Text (see ContentHash).
	ContentHash string
}

// Date returns the publication date as YYYY-MM-DD, or "" when unknown.
func (a Article) Date() string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}

// Finish fills ContentHash and ID from the other fields if they are empty.
func (a *Article) Finish() {
	if a.ContentHash == "" {
		a.ContentHash = ContentHash(a.Title, a.Text)
	}
	if a.ID == "" {
		a.ID = ArticleID(a.URL, a.ContentHash)
	}
}

// ContentHash is the hex SHA-256 of an article's title and text.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))
}

// ArticleID is an article's stable id: the URL when there is one, else
// "sha256:" followed by the content hash.
func ArticleID(url, contentHash string) string {
	if u := strings.TrimSpace(url); u != "" {
		return u
	}
	return "sha256:" + contentHash
}

// ActorID is the stable graph id of an actor or negotiation: its type in
// lower case, a colon and a slug of the canonical name, e.g.
// "government:united-states", "person:benjamin-netanyahu".
func ActorID(t ActorType, name string) string {
	return strings.ToLower(string(t)) + ":" + Slug(name)
}

// Slug lowercases s and joins its runs of letters and digits with hyphens.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		if r == '\'' || r == '\u2019' {
			continue // "Côte d'Ivoire" -> "côte-divoire"
		}
		dash = true
	}
	return b.String()
}

// Actor is a person, government, organization or negotiation found in an
// article. Its JSON is the actor object of docs/model.md.
type Actor struct {
	Name    string    `json:"name"`
	Type    ActorType `json:"type"`
	Aliases []string  `json:"aliases,omitempty"`
	// Affiliation is the canonical name of the government or organization a
	// person serves, or of an organization's government.
	Affiliation string `json:"affiliation,omitempty"`
	Role        string `json:"role,omitempty"`
	ISO3        string `json:"iso3,omitempty"`  // governments
	Kind        string `json:"kind,omitempty"`  // organizations: "international", "military", "agency", ...
	Topic       string `json:"topic,omitempty"` // negotiations
	Venue       string `json:"venue,omitempty"` // negotiations
}

// ID is the actor's stable graph id.
func (a Actor) ID() string { return ActorID(a.Type, a.Name) }

// Relation is one directed, typed report between two actors (or an actor and
// a negotiation) found in one sentence. Its JSON is the docs/model.md relation
// object plus the extra fields a scorer ignores.
type Relation struct {
	Source string  `json:"source"` // canonical name of an Actor in the same Extraction
	Type   RelType `json:"type"`
	Target string  `json:"target"`
	// Evidence is the sentence the relation was read from.
	Evidence string `json:"evidence"`
	// Sentence is the 0-based index of that sentence in the article;
	// Start and End are its byte offsets in Article.Text.
	Sentence   int     `json:"sentence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Weight     float64 `json:"weight"`          // Goldstein conflict-cooperation weight, -10..10
	CAMEO      string  `json:"cameo,omitempty"` // CAMEO event code, when one fits
	Confidence float64 `json:"confidence"`      // 0..1
	Rule       string  `json:"rule"`            // the rule or frame that produced it
	Role       string  `json:"role,omitempty"`  // MEMBER_OF and ADVISES: the role
}

// Extraction is what an Extractor reads out of one article; its JSON is the
// per-article line of docs/model.md.
type Extraction struct {
	ID        string     `json:"id"`
	Path      string     `json:"path,omitempty"`
	Title     string     `json:"title"`
	Date      string     `json:"date,omitempty"`
	URL       string     `json:"url,omitempty"`
	Extractor string     `json:"extractor,omitempty"`
	Actors    []Actor    `json:"actors"`
	Relations []Relation `json:"relations"`
}

// Extractor reads actors and relations out of an article. Implementations
// are pure (no database, no network), deterministic and safe for concurrent
// use.
type Extractor interface {
	Extract(a Article) Extraction
	// Version names the extractor and its rule set; it is stored on every
	// ingested article.
	Version() string
}

// WriteStatus says what writing one article did to the graph.
type WriteStatus string

// The outcomes of writing one article.
const (
	StatusNew       WriteStatus = "new"
	StatusChanged   WriteStatus = "changed"   // same id, new content: relations replaced
	StatusUnchanged WriteStatus = "unchanged" // same id and content hash: nothing written
)

// Document is an article together with its extraction, ready to be written.
type Document struct {
	Article    Article
	Extraction Extraction
}

// Store is the graph database. Every write is idempotent.
type Store interface {
	// Migrate applies the schema (constraints and indexes) idempotently.
	Migrate(ctx context.Context) error
	// Write writes a batch of documents in one transaction and returns the
	// status of each, in order. A failure writes none of them.
	Write(ctx context.Context, docs []Document) ([]WriteStatus, error)
	// Known returns, for those of ids already in the graph, their content hash.
	Known(ctx context.Context, ids []string) (map[string]string, error)
	Close(ctx context.Context) error
}
