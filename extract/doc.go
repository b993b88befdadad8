// Package extract reads actors and typed relations out of a news article.
//
// Extraction is a chain of small explicit stages, each its own package,
// all pure (no database, no network) and deterministic. Extract is the
// chain; the stages pass each other an article.Doc (the text, its
// sentences with their tokens and mentions, and the table of actors) and
// the hits of the frames:
//
//  1. text cuts the body into sentences (abbreviations, dotted acronyms,
//     glued sentences, bullets, bylines and boilerplate) and words with
//     byte offsets.
//  2. mentions gives every token its lower-case form and the bits of the
//     word lists it is in, and finds the mentions of each sentence, left
//     to right: titled persons ("Israeli national security adviser Jane
//     Roe", "the US president, John Doe,"), gazetteer phrases
//     (governments by name, demonym, people, capital or seat;
//     organizations; "Egyptian lawmakers", "Syrian rebels"), unknown
//     groups, negotiations (a head noun such as "talks" or "deal" with its
//     year, venue, topic and participants), known names and surnames.
//  3. coref tells which actor a mention that is not a name refers to; the
//     mention stage calls it as it reads: persons merged by surname and
//     identity, bare titles ("the prime minister"), pronouns, "we" in a
//     quotation, "the two leaders" and "both sides", "the junta", "the
//     talks". Its Finish settles the article: canonical actors, and an
//     affiliation from the sentence for a titled person without one ("US
//     Trade Representative A, Commerce Secretary B").
//  4. rules applies the verb and noun frames of the trigger lists to each
//     sentence: subjects and objects with coordination, passive voice,
//     "talks between A and B", "A, B and C met in V", and no relation from
//     negated, conditional or speculative triggers.
//  5. output names the negotiations and keeps the actors that act or are
//     related, gives every person with an affiliation MEMBER_OF (and
//     ADVISES for advisers), drops relations inside one side, and sorts.
//
// Package article holds the types that pass between the stages (Doc,
// Sentence, Mention, Hit, the actor table); each stage keeps its own state
// (coref.Resolver; the scan of mentions) and has its own table tests.
//
// The knowledge lives in plain-text files under gazetteer/data (countries,
// organizations, leaders, titles, given names, the word lists of every
// stage in words.txt, triggers and the CAMEO codebook) and, converted by
// tools/dictconv from the PETRARCH-2 and Phoenix dictionaries, under
// gazetteer/data/phoenix (verbs and patterns with CAMEO codes, persons
// with dated roles, agent nouns); package dict reads those formats, and
// users' dictionaries add to them (NewWith). Each relation names the rule
// that produced it, e.g. "CRITICIZES/verb/raise-concerns" or
// "PARTICIPATES_IN/delegation".
package extract
