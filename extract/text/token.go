package text

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word or a punctuation mark with its byte offsets in the text it
// was read from.
type Token struct {
	Text       string
	Start, End int
}

// IsWord reports whether the token starts with a letter or digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsCap reports whether the token starts with an upper-case letter.
func (t Token) IsCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Tokenize splits s into words and punctuation marks. Words keep inner
// hyphens, apostrophes and dots ("Ben-Shabbat", "N'Djamena", "U.S."); a
// possessive "'s" is a token of its own. base is added to every offset.
func Tokenize(s string, base int) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5+1), s, base)
}

// AppendTokens appends the tokens of s to toks, as Tokenize reads them.
func AppendTokens(toks []Token, s string, base int) []Token {
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(s, i)
			toks = appendWord(toks, s, i, j, base)
			i = j
		default:
			toks = append(toks, Token{s[i : i+n], base + i, base + i + n})
			i += n
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isApos(r rune) bool { return r == '\'' || r == '\u2019' }

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i int) int {
	seg := 0 // letters in the current dot-separated segment
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) {
			i += n
			seg++
			continue
		}
		if r == '-' || isApos(r) || r == '&' || r == '.' {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if !isWordRune(r2) {
				if r == '.' && seg == 1 && dotted(s, i) {
					return i + n // closing dot of "U.S."
				}
				return i
			}
			if r == '.' && seg > 1 {
				return i // "end.Next" is two words
			}
			i += n
			seg = 0
			continue
		}
		return i
	}
	return i
}

// dotted reports whether the single letter before s[i] == '.' follows
// another "X." segment, as in "U.S.".
func dotted(s string, i int) bool {
	return i >= 3 && s[i-2] == '.'
}

// appendWord appends the word s[i:j], splitting off a possessive "'s".
func appendWord(toks []Token, s string, i, j, base int) []Token {
	w := s[i:j]
	if len(w) < 3 || w[len(w)-1] != 's' {
		return append(toks, Token{w, base + i, base + j})
	}
	for _, suf := range []string{"'s", "\u2019s"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			k := j - len(suf)
			toks = append(toks, Token{s[i:k], base + i, base + k})
			return append(toks, Token{"'s", base + k, base + j})
		}
	}
	return append(toks, Token{w, base + i, base + j})
}
