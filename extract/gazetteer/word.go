package gazetteer

// Word is what the word lists of words.txt say of one lower-case word:
// bit l is set when the word is in List l. Bits from FreeBit up are not
// used by the gazetteer; callers may keep their own facts there.
type Word uint64

// FreeBit is the lowest bit of a Word the gazetteer leaves free.
const FreeBit = 51

// In reports whether the word is in list l.
func (w Word) In(l List) bool { return w&(1<<l) != 0 }

// Lexicon returns a new map from every word of a word list to its Word,
// so that a caller can read all the lists of a word with one look-up.
func (g *Gazetteer) Lexicon() map[string]Word {
	out := map[string]Word{}
	for l, m := range g.lists {
		for w := range m {
			out[w] |= 1 << l
		}
	}
	return out
}

var _ [FreeBit - numLists]struct{} // the lists fit below FreeBit
