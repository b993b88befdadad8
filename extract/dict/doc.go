// Package dict reads the event coders' dictionaries and the project's own
// dictionary files into plain records: verbs and their phrase patterns with
// CAMEO codes, actors with aliases and dated roles, and agent nouns.
//
// Two families of formats are read:
//
//   - the PETRARCH/TABARI/Phoenix formats (the CAMEO verb dictionary,
//     Phoenix actor and agent dictionaries), in which the field's knowledge
//     is published; tools/dictconv converts them once into the compact
//     files the extractor embeds, and users may pass such files directly;
//   - the project's tab-separated formats (actors, agents, verbs), which
//     the embedded data uses and users may write by hand.
//
// Every record keeps the file and line it came from, and every error names
// them, so a bad entry in a user's dictionary is reported where it is.
package dict
