package export

import "strconv"

// Event is one report: one relation read in one sentence of one article.
type Event struct {
	ID       string // the report's key
	Date     string // YYYY-MM-DD; "" when the article has no date
	Source   Actor
	Target   Actor
	Relation string // the relationship type, e.g. CRITICIZES
	CAMEO    string // CAMEO event code; "" when none fits
	// Goldstein is the report's signed conflict-cooperation weight.
	Goldstein  float64
	Confidence float64
	// Articles is the number of articles that report the same event: the
	// same relation between the same ends on the same date.
	Articles  int64
	ArticleID string
	URL       string
	Title     string
	Evidence  string // the sentence
}

// Actor is one end of an event.
type Actor struct {
	ID   string
	Name string
	Type string // Government, Person, Organization or Negotiation
	// ISO3 is the country: a government's own, or that of the government
	// a person or organization is most often reported a member of.
	ISO3 string
}

// Node is an entity of the graph, for GraphML and nodes CSV.
type Node struct {
	ID    string
	Label string
	Type  string
	ISO3  string
	// Reports counts the reports, within the filter, that it is an end of.
	Reports int64
}

// Edge sums the reports of one type from one entity to another.
type Edge struct {
	Source, Target string // entity ids
	Relation       string
	// Weight is the number of reports (positive, as Gephi's layouts want).
	Weight int64
	// Goldstein is the sum of the reports' signed weights.
	Goldstein   float64
	First, Last string // dates of the first and last dated report; "" when none
}

// CAMEORoot is the two-digit root of a CAMEO code ("" for none).
func CAMEORoot(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// QuadClass is GDELT's class of a CAMEO code, by its root: 1 verbal
// cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20); 0 when there is no code.
func QuadClass(code string) int {
	root, err := strconv.Atoi(CAMEORoot(code))
	switch {
	case err != nil || root < 1 || root > 20:
		return 0
	case root <= 5:
		return 1
	case root <= 8:
		return 2
	case root <= 13:
		return 3
	}
	return 4
}
