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
