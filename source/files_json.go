package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// jsonArticle is the article object of .json and .jsonl files.
type jsonArticle struct {
	Title     string `json:"title"`
	Text      string `json:"text"`
	Body      string `json:"body"`
	Date      string `json:"date"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Source    string `json:"source"`
}

// ParseJSON reads one article object. input names it in errors. It does not
// set Path, Source (unless the object has one), ID or ContentHash.
func ParseJSON(input string, data []byte) (actorgraph.Article, error) {
	if err := checkText(input, data); err != nil {
		return actorgraph.Article{}, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var j jsonArticle
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&j); err != nil {
		return actorgraph.Article{}, jsonError(input, data, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return actorgraph.Article{}, actorgraph.Errorf(actorgraph.KindInput, input,
			"malformed JSON: more than one value (use .jsonl for one article per line)")
	}
	if field := nulField(j); field != "" {
		return actorgraph.Article{}, actorgraph.Errorf(actorgraph.KindInput, input,
			"binary data, not text (field %q holds a NUL character, \\u0000)", field)
	}
	a := actorgraph.Article{Title: j.Title, Text: j.Text, URL: j.URL, Source: j.Source}
	if a.Text == "" {
		a.Text = j.Body
	}
	a.Text = normalizeText(a.Text)
	date := j.Date
	if date == "" {
		date = j.Published
	}
	a.Published = ParseDate(date)
	if a.Text == "" {
		return a, actorgraph.Errorf(actorgraph.KindInput, input, "article has no text (want a \"text\" or \"body\" field)")
	}
	return a, nil
}

// nulField names the first field of j that holds a NUL character, or "".
// A raw NUL byte makes a file binary data (checkText); the JSON escape
// \u0000 decodes to the same character, so it is refused the same way.
func nulField(j jsonArticle) string {
	for _, f := range []struct{ name, value string }{{"title", j.Title}, {"text", j.Text}, {"body", j.Body},
		{"date", j.Date}, {"published", j.Published}, {"url", j.URL}, {"source", j.Source}} {
		if strings.IndexByte(f.value, 0) >= 0 {
			return f.name
		}
	}
	return ""
}

// jsonError turns a decoding error into one clear message.
func jsonError(input string, data []byte, err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field != "":
		return actorgraph.Errorf(actorgraph.KindInput, input,
			"field %q is a JSON %s, want a string", typeErr.Field, typeErr.Value)
	case errors.As(err, &typeErr):
		return actorgraph.Errorf(actorgraph.KindInput, input,
			"want a JSON object (an article), got a JSON %s", typeErr.Value)
	case errors.As(err, &syntaxErr):
		return actorgraph.Errorf(actorgraph.KindInput, input,
			"malformed JSON at byte %d: %s", syntaxErr.Offset, syntaxErr.Error())
	case errors.Is(err, io.ErrUnexpectedEOF):
		return actorgraph.Errorf(actorgraph.KindInput, input,
			"malformed JSON: ends early (at byte %d)", len(data))
	}
	return inputError(input, "malformed JSON", err)
}

// ReadJSONL reads one article object per line from r, which may be any
// stream (a file, stdin, a response body), and calls fn for each article or
// broken line. Lines are numbered from 1; blank lines are skipped; a line
// longer than MaxArticleBytes is reported and skipped without being held in
// memory. Each Article gets Path = input and its Line; errors name
// "input:line". It returns fn's error, ctx's error, or an error reading r.
func ReadJSONL(ctx context.Context, r io.Reader, input string, fn func(actorgraph.Item) error) error {
	return readJSONL(ctx, r, input, input, fn)
}

func readJSONL(ctx context.Context, r io.Reader, path, src string, fn func(actorgraph.Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return fn(actorgraph.Item{Err: inputError(lineInput(path, n), "cannot read", err)})
		}
		if item, ok := jsonlItem(path, n, src, line, tooLong); ok {
			if ferr := fn(item); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// jsonlItem parses one JSONL line; ok is false for a blank line.
func jsonlItem(path string, n int, src string, line []byte, tooLong bool) (actorgraph.Item, bool) {
	input := lineInput(path, n)
	if tooLong {
		return actorgraph.Item{Err: actorgraph.Errorf(actorgraph.KindInput, input,
			"line too long (more than %d MiB)", MaxArticleBytes>>20)}, true
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return actorgraph.Item{}, false
	}
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\ufeff"))
	}
	a, err := ParseJSON(input, line)
	if err != nil {
		return actorgraph.Item{Err: err}, true
	}
	finish(&a, path, n, src)
	return actorgraph.Item{Article: a}, true
}

// readLine returns the next line without its end of line. A line longer
// than MaxArticleBytes is consumed and dropped: tooLong is true and line is
// nil. err is io.EOF at the end of the stream.
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > MaxArticleBytes+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == nil {
			line = bytes.TrimRight(line, "\r\n")
		}
		if errors.Is(err, io.EOF) && len(line) == 0 && !tooLong {
			return nil, false, io.EOF
		}
		return line, tooLong, err
	}
}

func lineInput(path string, n int) string {
	return path + ":" + strconv.Itoa(n)
}

// normalizeText trims the text and turns CRLF line ends into LF.
func normalizeText(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}
