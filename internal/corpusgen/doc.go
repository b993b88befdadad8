// Package corpusgen generates article-like political news texts for
// benchmarks, with the relations each one states.
//
// Articles are built from sentence templates (data/templates.txt) filled with
// a cast of governments, fictional officials with titles, an international
// organization and a negotiation, drawn from small data files of general
// knowledge (data/*.txt). Every template says which relations its sentence
// states, so each generated article comes with its gold Extraction and a
// known count of relations. Article i depends only on the seed and i: any
// range of a corpus of a million articles can be produced, in parallel or
// streamed, without holding the corpus in memory.
package corpusgen
