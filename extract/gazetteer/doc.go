// Package gazetteer holds the general knowledge the extractor needs:
// governments (names, ISO codes, demonyms, peoples, capitals and seats),
// international organizations and agencies, titles and roles, negotiation
// words and relation triggers. The data are plain-text files embedded in the
// binary and read through an fs.FS.
package gazetteer
