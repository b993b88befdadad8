package nearcopy

import (
	"strings"
	"testing"
)

// story is written by the team for this test.
const story = `The foreign ministers of Aldoria and Borduria met in the port city of Veln on Tuesday
to resume talks on the disputed fishing grounds, a year after the last round collapsed over quotas.
Officials from both sides said the meeting lasted six hours and ended with an agreement to set up
a joint commission on catch limits, which will report to the two governments before the end of the
season. Aldoria's minister said the talks had been frank and that her government wanted a lasting
settlement, while her Bordurian counterpart urged patience and called for an independent survey of
fish stocks. Fishermen's unions in both countries have protested against the quotas for months, and
several boats were detained by coast guards last spring. The two governments will meet again in March.`

func TestCopiesAndOthers(t *testing.T) {
	base, ok := Sign(story)
	if !ok {
		t.Fatal("no signature for a full story")
	}
	copies := map[string]string{
		"dateline and credit":  "VELN (Wire) - " + story + " Reporting by a correspondent; editing by the desk.",
		"another line break":   strings.ReplaceAll(story, "\n", " "),
		"a word changed":       strings.Replace(story, "six hours", "seven hours", 1),
		"punctuation and case": strings.ToUpper(strings.ReplaceAll(story, ",", "")),
	}
	for name, text := range copies {
		f, _ := Sign(text)
		if sim := Similarity(base, f); sim < 0.9 || !Copies(base, f) {
			t.Errorf("%s: similarity %.2f, want >= 0.9", name, sim)
		}
		if !sharesBand(base, f) {
			t.Errorf("%s: no band in common", name)
		}
	}
	other := `Borduria and Aldoria ended a second day of talks on fishing quotas in Veln without a deal,
officials said, as fishermen protested outside the conference hall. The Aldorian delegation accused
Borduria of stalling and said it would ask a regional court to rule on the catch limits, while the
Bordurian side said it remained open to a joint survey of stocks and would return to the table next
month if the coast guards released the boats detained in the spring. Neither minister took questions.`
	f, ok := Sign(other)
	if sim := Similarity(base, f); !ok || sim > 0.1 || Copies(base, f) {
		t.Errorf("another story of the same event: similarity %.2f, want <= 0.1", sim)
	}
	if _, ok := Sign("Aldoria and Borduria met on Tuesday."); ok {
		t.Error("a one-line text got a signature")
	}
	back, ok := FromInts(base.Ints())
	if !ok || back != base {
		t.Error("a stored signature does not read back")
	}
}

func sharesBand(a, b Signature) bool {
	x, y := BandKeys(a), BandKeys(b)
	for i := range x {
		if x[i] == y[i] {
			return true
		}
	}
	return false
}
