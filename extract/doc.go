// Package extract reads actors and typed relations out of a news article.
//
// Extraction is a chain of small explicit stages, all pure (no database,
// no network) and deterministic:
//
//  1. text.Split cuts the body into sentences (abbreviations, dotted
//     acronyms, glued sentences, bullets, bylines and boilerplate) and
//     text.Tokenize into words with byte offsets.
//  2. Mentions are found left to right in each sentence: titled persons
//     ("Israeli national security adviser Jane Roe", "the US president,
//     John Doe,"), gazetteer phrases (governments by name, demonym, people,
//     capital or seat; organizations), negotiations (a head noun such as
//     "talks" or "deal" with its year, venue, topic and participants),
//     known names, surnames, leaders of the gazetteer, given names, and
//     pronouns.
//  3. Persons are merged by surname within the article; a person without
//     an affiliation takes one from the sentence ("US Trade Representative
//     A, Commerce Secretary B").
//  4. rules.Matcher applies the verb and noun frames of the trigger list to
//     each sentence: subjects and objects with coordination, passive voice,
//     "talks between A and B", "A, B and C met in V", and no relation from
//     negated, conditional or speculative triggers.
//  5. Every person with an affiliation gets MEMBER_OF (and ADVISES for
//     advisers); relations inside one side are dropped; output is sorted.
//
// The knowledge lives in plain-text files under gazetteer/data (countries,
// organizations, leaders, titles, given names, word lists, triggers and the
// CAMEO codebook) and, converted by tools/dictconv from the PETRARCH-2 and
// Phoenix dictionaries, under gazetteer/data/phoenix (verbs and patterns
// with CAMEO codes, persons with dated roles, agent nouns); package dict
// reads those formats, and users' dictionaries add to them (NewWith). Each relation names the rule that produced it, e.g.
// "CRITICIZES/verb/raise-concerns" or "PARTICIPATES_IN/delegation".
package extract
