// Package output is the last stage of extraction: it turns the actor
// table of an article and the hits of the frames into the actors and
// relations of an actorgraph.Extraction.
//
// It names negotiations from what is known of them (year, venue,
// participants, label, topics; a negotiation with nothing to name it by
// is dropped) and gives them an identity across articles; it keeps only
// actors that act or are related; it adds MEMBER_OF (and ADVISES for
// advisers) for every person with an affiliation; it drops relations
// inside one side and duplicates; and it sorts everything, so that the
// output is deterministic.
package output
