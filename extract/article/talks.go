package article

import "strings"

// Talks is what is known of one negotiation: a talks process or a deal.
type Talks struct {
	Class  string // "talks" or "deal"
	Head   string
	Year   string
	Venue  string
	Label  string   // a proper name such as "AUKUS"
	Topics []string // "nuclear", "trade"
	Parts  []string // participants in the name, "US-China"
}

// Specific reports whether anything but the head is known.
func (n *Talks) Specific() bool {
	return n.Year != "" || n.Venue != "" || n.Label != "" || len(n.Topics) > 0 || len(n.Parts) > 0
}

// Name builds the negotiation's name from year, venue (or participants),
// label, topics and head: "Vienna nuclear talks", "2015 nuclear deal".
func (n *Talks) Name() string {
	var w []string
	if n.Year != "" {
		w = append(w, n.Year)
	}
	if n.Venue != "" {
		w = append(w, n.Venue)
	} else if len(n.Parts) > 0 {
		w = append(w, strings.Join(n.Parts, "-"))
	}
	if n.Label != "" {
		w = append(w, n.Label)
	}
	w = append(w, n.Topics...)
	return strings.Join(append(w, n.Head), " ")
}

// WithHead returns a copy of n with another head noun.
func (n Talks) WithHead(h string) *Talks {
	n.Head = h
	return &n
}
