// Package mentions is the mention stage of extraction: it cuts an
// article into sentences and tokens (package text), gives every token its
// lower-case form and the bits of the word lists it is in, and finds the
// actor mentions of each sentence, left to right.
//
// The steps of the scan, tried in order at each word: "the two leaders"
// and "both sides"; "the junta"; compounds ("Qatar-brokered",
// "Iran-backed"); titled persons ("Israeli national security adviser Jane
// Roe", "the US president, John Doe,"); gazetteer phrases (governments by
// name, demonym, people, capital or seat; organizations; a demonym and an
// agent noun, "Egyptian lawmakers", "Syrian rebels"); groups unknown to
// the gazetteer ("the X Y Front (XYF)"); negotiations (a head noun such as
// "talks" or "deal" with its year, venue, topic and participants); names
// (known persons, surnames, given names, "Jane Roe said", "the Biden
// administration"); and pronouns.
//
// Whatever refers back to an earlier actor is resolved by the coreference
// stage (package coref), which the scan calls as it reads.
package mentions
