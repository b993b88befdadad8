// Package text splits news text into sentences and tokens, keeping the byte
// offsets of each in the original text. It is pure and runs in linear time.
package text
