// Package nearcopy recognises articles whose text is the same or nearly
// the same: syndicated copies of one wire story, reposts with another
// headline, a dateline or a line of boilerplate. It estimates the Jaccard
// similarity of two texts' sets of word 3-shingles with a MinHash
// signature (Broder 1997) of Hashes values; two texts are copies when the
// estimate is at least MinSimilarity. The signature is cut into Bands
// bands of Rows values; a store keeps one hash per band and finds the
// candidates of a new text by one index seek per band (locality-sensitive
// hashing): texts of similarity 0.9 share a band with probability 0.99,
// texts of similarity 0.5 with 0.03 and of 0.2 with 0.00002, and the
// estimate decides.
package nearcopy

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"
)

// The signature's shape and the threshold.
const (
	Hashes = 64
	Bands  = 8
	Rows   = Hashes / Bands
	// MinSimilarity is the least estimated Jaccard similarity of copies.
	// On the team's test texts (nearcopy_test.go) copies with another
	// headline, a dateline, a credit line or a changed word score 0.95 or
	// more, and another outlet's story of the same event under 0.1; two
	// articles of the benchmark's template generator 0.47 at most (300
	// articles, 44,850 pairs, median 0.16).
	MinSimilarity = 0.6
	// MinWords is the fewest words a text needs for a signature: shorter
	// texts (a headline, a one-line feed summary) say too little to call
	// two of them the same story.
	MinWords = 40
	// shingle is the number of words of a shingle: five, so that texts
	// written from common phrases (a generator's templates, boilerplate)
	// share few shingles unless they are the same text.
	shingle = 5
)

// Signature is the MinHash signature of a text.
type Signature [Hashes]uint32

// Sign returns the signature of text's word 5-shingles, and false when the
// text has fewer than MinWords words.
func Sign(text string) (Signature, bool) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var sig Signature
	if len(words) < MinWords {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingle <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingle] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range sig {
			if v := uint32(mix(x, uint64(k)) >> 32); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, true
}

// mix is the k-th hash function of the signature: a SplitMix64 finalizer
// of x and k.
func mix(x, k uint64) uint64 {
	z := x + (k+1)*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Similarity estimates the Jaccard similarity of the texts of two
// signatures: the share of their values that are equal.
func Similarity(a, b Signature) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / Hashes
}

// Copies reports whether two signatures are of copies of one text.
func Copies(a, b Signature) bool { return Similarity(a, b) >= MinSimilarity }

// BandKeys returns one hash per band of the signature, for index seeks.
func BandKeys(s Signature) [Bands]int64 {
	var out [Bands]int64
	buf := make([]byte, 4*Rows+1)
	for b := range out {
		buf[0] = byte(b)
		for r := 0; r < Rows; r++ {
			binary.LittleEndian.PutUint32(buf[1+4*r:], s[b*Rows+r])
		}
		h := fnv.New64a()
		h.Write(buf)
		out[b] = int64(h.Sum64())
	}
	return out
}

// Ints returns the signature as int64 values, for storing.
func (s Signature) Ints() []int64 {
	out := make([]int64, len(s))
	for i, v := range s {
		out[i] = int64(v)
	}
	return out
}

// FromInts reads a stored signature; ok is false when it has the wrong
// length.
func FromInts(xs []int64) (Signature, bool) {
	var s Signature
	if len(xs) != Hashes {
		return s, false
	}
	for i, v := range xs {
		s[i] = uint32(v)
	}
	return s, true
}
