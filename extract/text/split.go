package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence with its byte offsets in the text; Text is
// text[Start:End].
type Sentence struct {
	Text       string
	Start, End int
}

// Split splits news text into sentences. Blank lines, bullets and line
// breaks after a finished sentence or a short heading-like line are breaks;
// inside a line, sentence punctuation (with closing quotes) followed by a
// capital is a break unless it ends a known abbreviation, and sentences
// glued without a space ("...talks."The next", "in TehranDriving the news:")
// are separated. Boilerplate lines ("3 min read") are dropped.
func Split(s string) []Sentence {
	var out []Sentence
	for _, ln := range lines(s) {
		if boilerplate(s[ln.Start:ln.End]) {
			continue
		}
		n := len(out)
		out = splitLine(s, ln.Start, ln.End, out)
		out = capLength(s, out, n)
	}
	return out
}

// MaxSentence is the longest sentence Split returns, in bytes. Longer runs
// of text without a sentence end (tables, lists, garbage) are cut at a
// space, so that every later stage works on bounded input.
const MaxSentence = 2000

// capLength cuts the sentences out[from:] that are longer than MaxSentence.
func capLength(s string, out []Sentence, from int) []Sentence {
	long := false
	for _, x := range out[from:] {
		long = long || x.End-x.Start > MaxSentence
	}
	if !long {
		return out
	}
	rest := append([]Sentence(nil), out[from:]...)
	out = out[:from]
	for _, x := range rest {
		for x.End-x.Start > MaxSentence {
			cut := x.Start + MaxSentence
			for cut > x.Start+MaxSentence/2 && s[cut-1] != ' ' {
				cut--
			}
			if s[cut-1] != ' ' {
				cut = x.Start + MaxSentence
				for cut > x.Start && !utf8.RuneStart(s[cut]) {
					cut--
				}
				if cut == x.Start {
					cut = x.Start + MaxSentence // not UTF-8: cut anyway
				}
			}
			if a, b := trim(s, x.Start, cut); a < b {
				out = append(out, Sentence{s[a:b], a, b})
			}
			a, b := trim(s, cut, x.End)
			x = Sentence{s[a:b], a, b}
		}
		if x.Start < x.End {
			out = append(out, x)
		}
	}
	return out
}

// lines returns the spans of s between hard breaks. A single newline is a
// break when the line before ends a sentence, looks like a heading (short,
// no final punctuation) or the next line starts with a bullet.
func lines(s string) []Sentence {
	var out []Sentence
	start := 0
	for i := 0; ; i++ {
		i = nextNL(s, i) // a newline, or the end of the text
		if i < len(s) && !hardBreak(s, start, i) {
			continue
		}
		if a, b := trim(s, start, i); a < b {
			out = append(out, Sentence{s[a:b], a, b})
		}
		start = i + 1
		if i == len(s) {
			return out
		}
	}
}

// hardBreak reports whether the newline at s[i] ends the span begun at start.
func hardBreak(s string, start, i int) bool {
	a, b := trim(s, start, i)
	if a == b {
		return true
	}
	if na, nb := trim(s, i+1, nextNL(s, i+1)); na == nb || isBullet(s[na:]) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s[a:b])
	return strings.ContainsRune(".!?:\"”'’)", last) || b-a < 60
}

func nextNL(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}

func isBullet(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '•' || r == '·' || r == '*' || r == '-' || r == '–' || r == '▪'
}

// trim returns the span s[a:b] without surrounding space and bullets.
func trim(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) && !(isBullet(s[a:b]) && (a+n == b || s[a+n] == ' ' || s[a+n] == '\t')) {
			break
		}
		a += n
	}
	for a < b {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// boilerplate reports whether a line is page furniture, not prose.
func boilerplate(l string) bool {
	// Trimming first is the same: no trimmed mark has a case. A line
	// longer than 60 bytes is more than 20 once lower-cased.
	if l = strings.TrimLeft(l, "·•-–— "); len(l) > 60 {
		return false
	}
	l = strings.ToLower(l)
	if strings.HasSuffix(l, "min read") && len(l) < 20 {
		return true
	}
	switch l {
	case "go deeper", "advertisement", "share", "read more", "related", "listen":
		return true
	}
	return false
}
