package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"

	"github.com/actorgraph/actorgraph"
)

// maxErrorsPerFile is how many error lines one input file prints; the rest
// are counted and told in one summary line, so that a file of garbage
// (1 MiB of random bytes is some 4,000 broken JSONL lines) does not bury
// everything else.
const maxErrorsPerFile = 20

// lineSuffix is the ":N" that names a line of a JSONL file or stream.
var lineSuffix = regexp.MustCompile(`:[0-9]+$`)

// errorFlood counts the errors of each input file and says which to print.
type errorFlood struct {
	seen  map[string]int
	order []string
}

// admit counts one error of input (a path, path:line or URL) and reports
// whether it is among the first maxErrorsPerFile of its file.
func (e *errorFlood) admit(input string) bool {
	if e.seen == nil {
		e.seen = map[string]int{}
	}
	file := lineSuffix.ReplaceAllString(input, "")
	if e.seen[file] == 0 {
		e.order = append(e.order, file)
	}
	e.seen[file]++
	return e.seen[file] <= maxErrorsPerFile
}

// summaries returns one line per file that had more errors than were
// printed, in the order the files first failed.
func (e *errorFlood) summaries() []string {
	var out []string
	for _, f := range e.order {
		if n := e.seen[f]; n > maxErrorsPerFile {
			out = append(out, fmt.Sprintf("%s: %d more errors not shown (%d in all)", f, n-maxErrorsPerFile, n))
		}
	}
	return out
}

// print writes err as an error line unless its file has printed enough.
func (e *errorFlood) print(w io.Writer, input string, err error) {
	if e.admit(input) {
		errorLine(w, err.Error())
	}
}

// flush writes the summary lines.
func (e *errorFlood) flush(w io.Writer) {
	for _, s := range e.summaries() {
		errorLine(w, s)
	}
}

// inputOf is the input an error names, or "" when it names none.
func inputOf(err error) string {
	var e *actorgraph.Error
	if errors.As(err, &e) {
		return e.Input
	}
	return ""
}
