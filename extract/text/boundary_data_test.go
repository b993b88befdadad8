package text

import "testing"

// TestWordLists checks that the text stage's lists are read from its data
// file, and that a missing list is refused.
func TestWordLists(t *testing.T) {
	if !abbreviations["mr"] || !abbreviations["sept"] || !starters["Meanwhile"] {
		t.Errorf("word lists lost words: mr %v, sept %v, Meanwhile %v", abbreviations["mr"], abbreviations["sept"], starters["Meanwhile"])
	}
	defer func() {
		if recover() == nil {
			t.Error(`wordList("nosuchlist") did not panic`)
		}
	}()
	wordList("nosuchlist")
}
