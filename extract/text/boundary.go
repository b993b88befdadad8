package text

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a dot without ending a sentence; starters begin
// a sentence after a dotted acronym. Both are lists of data/words.txt.
var abbreviations, starters = wordList("abbreviations"), wordList("starters")

//go:embed data/words.txt
var words string

// wordList returns the words of the list of data/words.txt with this
// name; a missing list is an error of the program, caught by the tests.
func wordList(name string) map[string]bool {
	for _, line := range strings.Split(words, "\n") {
		l, w, ok := strings.Cut(line, "|")
		if ok && !strings.HasPrefix(l, "#") && strings.TrimSpace(l) == name {
			m := map[string]bool{}
			for _, f := range strings.Fields(w) {
				m[f] = true
			}
			return m
		}
	}
	panic("text: no word list " + name + " in data/words.txt")
}

// splitLine appends the sentences of the line s[a:b] to out.
func splitLine(s string, a, b int, out []Sentence) []Sentence {
	start := a
	for i := a; i < b; {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:b])
		}
		end := -1
		switch {
		case r == '.' || r == '!' || r == '?':
			end = afterPunct(s, start, i, b)
		case r < utf8.RuneSelf && (r < 'a' || r > 'z'):
			// neither a sentence mark nor a lower-case letter
		case unicode.IsLower(r):
			var runEnd int
			if end, runEnd = gluedCase(s, i, b); end < 0 {
				// the rest of a lower-case run glues nothing: gluedCase
				// only looks from the start of a run
				i = runEnd
				continue
			}
		}
		if end > 0 {
			if x, y := trim(s, start, end); x < y {
				out = append(out, Sentence{s[x:y], x, y})
			}
			start = end
			i = end
			continue
		}
		i += n
	}
	if x, y := trim(s, start, b); x < y {
		out = append(out, Sentence{s[x:y], x, y})
	}
	return out
}

// lowerRunEnd returns the end of the run of lower-case letters at s[i].
func lowerRunEnd(s string, i, b int) int {
	for i < b {
		if c := s[i]; c < utf8.RuneSelf {
			if c < 'a' || c > 'z' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:b])
		if !unicode.IsLower(r) {
			return i
		}
		i += n
	}
	return i
}

// afterPunct returns where a sentence ends if the punctuation at s[i] ends
// one, else -1.
func afterPunct(s string, start, i, b int) int {
	j := i + 1
	for j < b && strings.IndexByte(".!?", s[j]) >= 0 {
		j++
	}
	for j < b {
		r, n := utf8.DecodeRuneInString(s[j:b])
		if !isCloser(r) {
			break
		}
		j += n
	}
	k := j
	for k < b && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k == b {
		return -1 // end of line: the line end closes it
	}
	next, _ := utf8.DecodeRuneInString(s[k:b])
	if !(unicode.IsUpper(next) || isOpener(next) || unicode.IsDigit(next) && k > j) {
		return -1
	}
	if s[i] == '.' && !periodEnds(s, start, i, s[k:b]) {
		return -1
	}
	return j
}

func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']'
}

func isOpener(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '(' || r == '['
}

// periodEnds reports whether the dot at s[i] ends a sentence, given the
// text that follows it.
func periodEnds(s string, start, i int, rest string) bool {
	w := start
	for k := i - 1; k >= start; k-- {
		c := s[k]
		if c == ' ' || c == '\t' || c == '(' || c == '"' {
			break
		}
		w = k
	}
	word := s[w:i]
	if lw := strings.ToLower(strings.TrimLeft(word, "\"'“‘(")); abbreviations[lw] {
		return lw == "no" && (rest == "" || rest[0] < '0' || rest[0] > '9') // "No. 10", but "said no."
	}
	if len(word) == 1 && unicode.IsUpper(rune(word[0])) {
		return false // an initial: "J. Smith"
	}
	if strings.Contains(word, ".") { // "U.S." then a capital
		return starters[firstWord(rest)]
	}
	return true
}

func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// gluedCase returns the start of a new sentence glued to the word at s[i]
// ("TehranDriving"): a run of at least three lower-case letters directly
// followed by a capital and a lower-case letter. Else -1. It also returns
// the end of the lower-case run at s[i].
func gluedCase(s string, i, b int) (int, int) {
	if i > 0 {
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLower(p) {
			return -1, lowerRunEnd(s, i, b) // only look from the start of a lower-case run
		}
	}
	j, run := i, 0
	for j < b {
		if c := s[j]; c < utf8.RuneSelf {
			if c < 'a' || c > 'z' {
				break
			}
			j++
			run++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:b])
		if !unicode.IsLower(r) {
			break
		}
		j += n
		run++
	}
	if run < 3 || j >= b {
		return -1, j
	}
	r, n := utf8.DecodeRuneInString(s[j:b])
	if !unicode.IsUpper(r) || j+n >= b {
		return -1, j
	}
	if r2, _ := utf8.DecodeRuneInString(s[j+n : b]); !unicode.IsLower(r2) {
		return -1, j
	}
	return j, j
}
