package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/extract/dict"
)

// convertVerbs writes verbs.tsv: every verb and pattern whose code maps to
// a relation type, a pattern only where no shorter phrase of the same verb
// gives the same type already.
func convertVerbs(in, out string, k *knowledge) error {
	f, err := os.Open(filepath.Join(in, "CAMEO.2.0.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	var skipped []error
	verbs, err := dict.ReadPetrarchVerbs(f, "CAMEO.2.0.txt", &skipped)
	if err != nil {
		return err
	}
	report("CAMEO.2.0.txt", skipped)
	sort.SliceStable(verbs, func(i, j int) bool { return len(verbs[i].Rest) < len(verbs[j].Rest) })
	seen := map[string]string{} // base + rest -> type
	var keep []dict.Verb
	for _, v := range verbs {
		t := k.relType(v.Code)
		if t == "-" || !simpleWords(v) {
			continue
		}
		key := v.Base + " " + strings.Join(v.Rest, " ")
		if _, dup := seen[key]; dup || covered(seen, v, t) {
			continue
		}
		seen[key] = t
		keep = append(keep, v)
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].Base < keep[j].Base })
	fmt.Fprintf(os.Stderr, "verbs.tsv: %d of %d verbs and patterns\n", len(keep), len(verbs))
	return writeSet(filepath.Join(out, "verbs.tsv"), dict.Set{Verbs: keep})
}

// covered reports whether a shorter phrase of v's verb gives type t.
func covered(seen map[string]string, v dict.Verb, t string) bool {
	for n := 0; n < len(v.Rest); n++ {
		if seen[v.Base+" "+strings.Join(v.Rest[:n], " ")] == t {
			return true
		}
	}
	return false
}

// simpleWords reports whether every word of v is plain: letters, digits,
// hyphens, apostrophes and dots.
func simpleWords(v dict.Verb) bool {
	for _, w := range append([]string{v.Base}, v.Rest...) {
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '\'' || r == '.') {
				return false
			}
		}
	}
	return true
}

func writeSet(path string, set dict.Set) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := dict.WriteTSV(f, set); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func report(file string, skipped []error) {
	if len(skipped) > 0 {
		fmt.Fprintf(os.Stderr, "%s: %d lines skipped, the first: %v\n", file, len(skipped), skipped[0])
	}
}
