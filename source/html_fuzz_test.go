package source

import "testing"

// FuzzParseHTMLFile feeds arbitrary bytes to the HTML reader: it never
// panics, an error is a KindInput Error naming the file, an article has
// non-empty valid UTF-8 text, and one input takes at most fuzzBudget.
// Seeds: testdata/fuzz/FuzzParseHTMLFile.
func FuzzParseHTMLFile(f *testing.F) {
	f.Add([]byte(`<html><head><title>T</title></head><body><p>Peru met Chile.</p></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		timed(t, func() {
			a, err := ParseHTMLFile("page.html", data)
			checkResult(t, "page.html", a, err)
		})
	})
}
