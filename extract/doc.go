// Package extract reads actors and typed relations out of a news article.
//
// Extraction is a chain of small explicit stages: the text is split into
// sentences (package text), actor mentions are found with a gazetteer of
// governments, organizations and titles (package gazetteer) and title+name
// patterns, mentions are resolved to canonical actors within the article
// (surname, role and pronoun coreference), and verb frames turn sentences
// into relations (package rules). The Extractor is pure: no database, no
// network, deterministic sorted output.
package extract
