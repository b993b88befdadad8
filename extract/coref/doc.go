// Package coref is the coreference stage of extraction: it tells which
// actor a mention that is not a name refers to, within one article.
//
// The mention stage calls a Resolver as it reads the sentences left to
// right:
//   - persons are merged by surname and by a known person's identity
//     ("Roe" after "Jane Roe", "Erdoğan" after "Erdogan"), and take the
//     role and affiliation read with any of their mentions (Person);
//   - a bare title is the person known with it ("the prime minister",
//     WithRole, OnlyWithRole);
//   - pronouns are the latest person or acting organization (Pronoun),
//     "we" and "I" in a quotation its speaker (Speakers);
//   - "the two leaders", "both sides" are the last two actors named
//     together (Both, NotePairs);
//   - "the junta" is the government last named with that noun (Regime),
//     an acronym the group named in full with it (Group), "the talks" the
//     latest negotiation of its class (Negotiation);
//   - "the country", "the kingdom" and "the bloc", "the group" are the
//     first government or organization of the latest sentence that named
//     one, or one named since in the same sentence (Described,
//     EndSentence); "both countries" the last two governments named
//     together.
//
// Finish then settles the article: canonical actors on every mention,
// affiliations from the sentence for titled persons without one, and the
// actor each person mention serves, for the frames.
package coref
