// Package rules turns a sentence whose actor mentions are known into typed
// relations, with verb and noun frames read from the gazetteer's trigger
// list: active and passive voice, coordinated subjects and objects,
// "talks between A and B", "A, B and C met in V", and no relations from
// negated, conditional or speculative triggers. Every relation names the
// rule that produced it.
package rules
