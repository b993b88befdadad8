// Package eval scores predicted extractions against gold annotations as
// the shared model's scoring section says: actors match by name or alias
// (case-insensitive) and type; relations match by (source, type, target)
// with both ends matching gold actors, either direction for symmetric
// types, duplicates counted once; precision, recall and F1 for actors,
// relations, untyped unordered pairs and each relation type, summed over
// the corpus (micro-averaged). A predicted negotiation whose name matches
// no gold one is first paired with a gold negotiation by the relations they
// share. Over the corpus it also counts splits and merges: gold entities
// that became several graph nodes, and nodes that stand for several gold
// entities. It is pure: reading files is the caller's.
package eval
