package source

import (
	"strings"
	"time"
)

// dateLayouts are the date formats ParseDate tries, in order. Numeric
// day/month orders that are ambiguous (01/02/2006) are left out on purpose.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday 2 January 2006",
	"Monday, 2 January 2006",
	"2 January, 2006",
	"January 2006",
	"Jan 2006",
}

// ParseDate reads a date in one of the common formats and returns it with
// the offset it was written with (so its calendar date is the article's
// own), or the zero time when s is empty or in no known format. Ordinals
// ("March 3rd, 2021") and a "Sept" abbreviation are understood.
func ParseDate(s string) time.Time {
	s = normalizeDate(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// normalizeDate trims s, collapses its spaces and drops ordinal suffixes.
func normalizeDate(s string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		fields[i] = dropOrdinal(f)
		if strings.HasPrefix(fields[i], "Sept") && !strings.HasPrefix(fields[i], "Septe") {
			fields[i] = "Sep" + fields[i][4:]
		}
	}
	return strings.Join(fields, " ")
}

// dropOrdinal turns "3rd" or "21st," into "3" or "21,".
func dropOrdinal(f string) string {
	digits := 0
	for digits < len(f) && f[digits] >= '0' && f[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 2 || len(f) < digits+2 {
		return f
	}
	switch strings.ToLower(f[digits : digits+2]) {
	case "st", "nd", "rd", "th":
		return f[:digits] + f[digits+2:]
	}
	return f
}
