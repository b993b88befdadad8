package gazetteer

import "testing"

// TestPersonKeys: spellings of one listed person share one key; the
// dictionaries' other names lead to the listed person.
func TestPersonKeys(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, key string }{
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Recep Tayyip Erdogan", "Recep Tayyip Erdogan"},
		{"Sergey Lavrov", "Sergei Lavrov"},
		{"Sergei Lavrov", "Sergei Lavrov"},
		{"Volodymyr Zelenskyy", "Volodymyr Zelensky"},
		{"Volodymyr Zelenskiy", "Volodymyr Zelensky"},
		{"Zelenskyy", "Volodymyr Zelensky"},
		{"Michael R. Pompeo", "Mike Pompeo"},
		{"António Guterres", "Antonio Guterres"},
	}
	for _, tt := range tests {
		l, ok := g.LeaderOn(tt.name, false, "2022-01-01")
		if !ok || l.Key != tt.key {
			t.Errorf("LeaderOn(%q): %+v, %v; want key %q", tt.name, l, ok, tt.key)
		}
	}
	if l, ok := g.LeaderOn("Michael Lavrova", false, ""); ok {
		t.Errorf("an unknown name found %+v", l)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Erdoğan": "erdogan", "Kim Jong-un": "kim jong un", "S. Jaishankar": "s jaishankar"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDatedRolesOfListedPersons: updates.tsv dates the roles of listed
// persons: the role of the article's date, none after it ended (the
// country stays), nothing before the first began.
func TestDatedRolesOfListedPersons(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, date, affil, role string }{
		{"Boris Johnson", "2020-06-01", "United Kingdom", "Prime Minister"},
		{"Boris Johnson", "2023-06-01", "United Kingdom", ""},
		{"Joe Biden", "2015-06-01", "United States", "Vice President"},
		{"Joe Biden", "2022-06-01", "United States", "President"},
		{"Kamala Harris", "2019-06-01", "", ""},
		{"Mark Rutte", "2020-06-01", "Netherlands", "Prime Minister"},
		{"Mark Rutte", "2025-06-01", "NATO", "Secretary-General"},
	}
	for _, tt := range tests {
		l, ok := g.LeaderOn(tt.name, false, tt.date)
		if !ok || l.Affiliation != tt.affil || l.Role != tt.role {
			t.Errorf("%s on %s: %+v; want %q, %q", tt.name, tt.date, l, tt.affil, tt.role)
		}
	}
	if l, _ := g.LeaderOn("Boris Johnson", false, ""); l.Role == "" {
		t.Error("an undated article lost leaders.txt's role")
	}
}
