package actorgraph

import (
	"errors"
	"fmt"
)

// ErrorKind classifies an Error so that commands can choose an exit code and
// a message without looking at error text.
type ErrorKind int

// The kinds of Error.
const (
	KindInternal    ErrorKind = iota
	KindInput                 // bad input: unreadable, malformed, empty, not UTF-8
	KindUnavailable           // the database cannot be reached
	KindAuth                  // the database refused the credentials
	KindUsage                 // bad flags, arguments or configuration
	KindCancelled             // interrupted
)

// Error is the one error type of the domain. Input names the file, URL or
// line it is about, when there is one.
type Error struct {
	Kind  ErrorKind
	Input string // e.g. "examples/a.txt" or "feed.jsonl:12"
	Msg   string
	Err   error
}

func (e *Error) Error() string {
	s := e.Msg
	if e.Input != "" {
		s = e.Input + ": " + s
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of the given kind about input.
func Errorf(kind ErrorKind, input, format string, args ...any) *Error {
	return &Error{Kind: kind, Input: input, Msg: fmt.Sprintf(format, args...)}
}

// KindOf returns the kind of the first *Error in err's chain, or KindInternal.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindInternal
}
