package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from articles and file names is untrusted: it reaches the
// terminal in query tables and error lines, and spreadsheets in CSV. The
// functions here make it inert there. JSON output needs nothing: the
// encoder escapes control characters itself.

// printable returns s with every control character (C0, DEL, C1), every
// bidirectional override and every invalid byte written as a visible
// escape (\n, \x1b, \u202e), so that a title or a file name cannot move
// the cursor, change the terminal's title, clear the screen or start a new
// line that looks like another message. Other text is unchanged.
func printable(s string) string {
	if strings.IndexFunc(s, unsafeRune) < 0 && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\uFFFD' && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i]) // an invalid byte
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case unsafeRune(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unsafeRune reports the runes printable escapes: controls and the
// bidirectional embeddings, overrides and isolates.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// csvCell returns a CSV cell that spreadsheets show as text: a value that
// starts with =, +, -, @, a tab or a carriage return would be run as a
// formula (OWASP "CSV injection"), so it gets a leading apostrophe. Only
// text is passed here; numbers keep their sign.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// errorLine writes one status line "ingest: <msg>" to w with msg made
// printable, so that a crafted file name cannot forge a second line.
func errorLine(w io.Writer, msg string) {
	fmt.Fprintln(w, "ingest: "+printable(msg))
}
