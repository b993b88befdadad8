package actorgraph

// RelType is a relationship type of the graph. Only the types in RelTypes
// exist: the graph package builds Cypher relationship types from this fixed
// list and never from input text.
type RelType string

// The relationship types of the model (docs/model.md).
const (
	NegotiatesWith RelType = "NEGOTIATES_WITH"
	ParticipatesIn RelType = "PARTICIPATES_IN"
	Mediates       RelType = "MEDIATES"
	MeetsWith      RelType = "MEETS_WITH"
	CooperatesWith RelType = "COOPERATES_WITH"
	Supports       RelType = "SUPPORTS"
	Urges          RelType = "URGES"
	Criticizes     RelType = "CRITICIZES"
	Opposes        RelType = "OPPOSES"
	Threatens      RelType = "THREATENS"
	Sanctions      RelType = "SANCTIONS"
	Attacks        RelType = "ATTACKS"
	Advises        RelType = "ADVISES"
	MemberOf       RelType = "MEMBER_OF"
)

// Quad is the CAMEO quad class of a relation type.
type Quad string

// The classes of relation types.
const (
	Cooperation Quad = "cooperation"
	Appeal      Quad = "appeal"
	Conflict    Quad = "conflict"
	Structural  Quad = "structural"
)

// RelInfo describes a relation type: whether it is symmetric, its class,
// and the CAMEO code and Goldstein weight used when a rule names no
// more specific code.
type RelInfo struct {
	Type      RelType
	Symmetric bool
	Quad      Quad
	CAMEO     string
	Goldstein float64
}

// RelTypes lists every relation type with its defaults, in a fixed order.
// CAMEO codes and Goldstein values are those of the CAMEO codebook
// (Goldstein's conflict-cooperation scale).
var RelTypes = []RelInfo{
	{NegotiatesWith, true, Cooperation, "046", 7.0},
	{ParticipatesIn, false, Cooperation, "046", 7.0},
	{Mediates, false, Cooperation, "045", 5.0},
	{MeetsWith, true, Cooperation, "040", 1.0},
	{CooperatesWith, true, Cooperation, "050", 3.5},
	{Supports, false, Cooperation, "051", 3.4},
	{Urges, false, Appeal, "020", 3.0},
	{Criticizes, false, Conflict, "111", -2.0},
	{Opposes, false, Conflict, "120", -4.0},
	{Threatens, false, Conflict, "130", -4.4},
	{Sanctions, false, Conflict, "163", -8.0},
	{Attacks, false, Conflict, "190", -10.0},
	{Advises, false, Structural, "", 0},
	{MemberOf, false, Structural, "", 0},
}

// Info returns the description of t and whether t is a known type.
func (t RelType) Info() (RelInfo, bool) {
	for _, r := range RelTypes {
		if r.Type == t {
			return r, true
		}
	}
	return RelInfo{}, false
}

// Valid reports whether t is one of RelTypes.
func (t RelType) Valid() bool {
	_, ok := t.Info()
	return ok
}

// Symmetric reports whether t is one of the symmetric types (one edge per
// pair, either direction).
func (t RelType) Symmetric() bool {
	r, _ := t.Info()
	return r.Symmetric
}
