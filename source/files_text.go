package source

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph"
)

// maxTitleBytes bounds a first line taken as title in a file with no header.
const maxTitleBytes = 200

// ParseText reads a .txt or .md article (see the package documentation for
// the header). input names it in errors. It does not set Path, Source, ID or
// ContentHash.
func ParseText(input string, data []byte) (actorgraph.Article, error) {
	if err := checkText(input, data); err != nil {
		return actorgraph.Article{}, err
	}
	s := strings.TrimPrefix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\ufeff")
	var a actorgraph.Article
	lines := strings.SplitAfter(s, "\n")
	i := 0
	if len(lines) > 0 && isHeaderKey(headerKey(lines[0])) {
		for ; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
			key := headerKey(lines[i])
			if key == "" {
				break // not a header line: the body starts here
			}
			setHeader(&a, key, strings.TrimSpace(lines[i][len(key)+1:]))
		}
	} else if len(lines) > 1 && strings.TrimSpace(lines[1]) == "" &&
		len(strings.TrimSpace(lines[0])) <= maxTitleBytes {
		a.Title = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(lines[0]), "#"))
		i = 1
	}
	a.Text = strings.TrimSpace(strings.Join(lines[i:], ""))
	a.Title = strings.TrimSpace(a.Title)
	if a.Text == "" {
		return a, actorgraph.Errorf(actorgraph.KindInput, input, "article has no text")
	}
	return a, nil
}

// checkText rejects empty, binary and non-UTF-8 data.
func checkText(input string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return actorgraph.Errorf(actorgraph.KindInput, input, "empty file")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return actorgraph.Errorf(actorgraph.KindInput, input, "binary data, not text (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(data) {
		return actorgraph.Errorf(actorgraph.KindInput, input,
			"not valid UTF-8 (first bad byte at offset %d)", invalidUTF8(data))
	}
	return nil
}

// invalidUTF8 returns the offset of the first invalid UTF-8 sequence.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// headerKey returns the lower-cased key of a "Key: value" line, or "".
func headerKey(line string) string {
	k, _, ok := strings.Cut(line, ":")
	if !ok || k == "" || len(k) > 30 {
		return ""
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_') {
			return ""
		}
	}
	return k
}

func isHeaderKey(key string) bool {
	switch strings.ToLower(key) {
	case "title", "date", "published", "url", "source":
		return true
	}
	return false
}

// setHeader stores one header value; unknown keys are ignored.
func setHeader(a *actorgraph.Article, key, value string) {
	switch strings.ToLower(key) {
	case "title":
		a.Title = value
	case "date", "published":
		a.Published = ParseDate(value)
	case "url":
		a.URL = value
	case "source":
		a.Source = value
	}
}
