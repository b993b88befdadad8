package gazetteer

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph"
)

func TestDefault(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	govs, iso := 0, map[string]string{}
	for _, e := range g.entries {
		if e.Type != actorgraph.Government {
			continue
		}
		govs++
		if len(e.ISO3) != 3 || strings.ToUpper(e.ISO3) != e.ISO3 {
			t.Errorf("%s: bad ISO3 %q", e.Name, e.ISO3)
		}
		if other, dup := iso[e.ISO3]; dup {
			t.Errorf("ISO3 %s used by %s and %s", e.ISO3, other, e.Name)
		}
		iso[e.ISO3] = e.Name
	}
	if govs < 193 {
		t.Errorf("got %d governments, want every UN member state (193) and more", govs)
	}
	for text, want := range map[string]struct {
		name string
		form Form
	}{
		"U.S.":         {"United States", FormName},
		"Israeli":      {"Israel", FormAdjective},
		"Israelis":     {"Israel", FormPeople},
		"Tehran":       {"Iran", FormSeat},
		"White House":  {"United States", FormSeat},
		"Kremlin":      {"Russia", FormSeat},
		"North Korean": {"North Korea", FormAdjective},
		"IAEA":         {"International Atomic Energy Agency", FormName},
		"EU":           {"European Union", FormName},
	} {
		p, ok := g.Phrases[text]
		if !ok || p.Entry.Name != want.name || p.Form != want.form {
			t.Errorf("%q: got %+v, want %s form %d", text, p.Entry, want.name, want.form)
		}
	}
	for _, e := range g.entries {
		if e.Affiliation != "" {
			if _, ok := g.entries[e.Affiliation]; !ok {
				t.Errorf("%s: unknown affiliation %q", e.Name, e.Affiliation)
			}
		}
	}
}

func TestTriggers(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[actorgraph.RelType]bool{}
	for _, tr := range g.Triggers {
		seen[tr.Type] = true
		if _, ok := g.Goldstein[tr.CAMEO]; !ok {
			t.Errorf("%s: CAMEO %s not in the codebook", tr.Name, tr.CAMEO)
		}
	}
	for _, info := range actorgraph.RelTypes {
		if info.Type != actorgraph.Advises && info.Type != actorgraph.MemberOf && !seen[info.Type] {
			t.Errorf("no trigger for %s", info.Type)
		}
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"criticize"}, "criticize criticizes criticized criticizing"},
		{[]string{"rally"}, "rally rallies rallied rallying"},
		{[]string{"press"}, "press presses pressed pressing"},
		{[]string{"warn"}, "warn warns warned warning"},
		{[]string{"meet", "met"}, "meet meets met meeting"},
		{[]string{"slam", "slammed", "slamming"}, "slam slams slammed slamming"},
	}
	for _, tt := range tests {
		got, _ := Inflect(tt.in...)
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Inflect(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	good, err := Default()
	if err != nil || good == nil {
		t.Fatal(err)
	}
	base := fstest.MapFS{}
	for _, n := range []string{"spellings.txt", "countries.txt", "organizations.txt", "titles.txt", "honorifics.txt",
		"cameo.txt", "triggers.txt", "words.txt", "leaders.txt", "givennames.txt", "cameotypes.txt", "agentcodes.txt",
		"updates.tsv", "phoenix/actors.tsv", "phoenix/agents.tsv", "phoenix/verbs.tsv"} {
		data, err := embedded.ReadFile("data/" + n)
		if err != nil {
			t.Fatal(err)
		}
		base[n] = &fstest.MapFile{Data: data}
	}
	if _, err := Load(base); err != nil {
		t.Fatalf("Load of the embedded files: %v", err)
	}
	tests := map[string]struct{ file, data, want string }{
		"short country line":     {"countries.txt", "Freedonia|FRE\n", "countries.txt:1"},
		"one spelling only":      {"spellings.txt", "colour\n", "spellings.txt:1"},
		"unknown type":           {"triggers.txt", "LIKES | 051 | verb | like\n", "unknown relation type"},
		"unknown code":           {"triggers.txt", "SUPPORTS | 999 | verb | like\n", "unknown CAMEO code"},
		"forms on late word":     {"triggers.txt", "SUPPORTS | 051 | verb | look up/looked\n", "first word"},
		"bad weight":             {"cameo.txt", "051|high\n", "goldstein"},
		"unknown leader org":     {"leaders.txt", "Jane Roe|Freedonia|President|\n", "unknown affiliation"},
		"unknown type of a code": {"cameotypes.txt", "11|LIKES|verb\n", "unknown relation type"},
		"bad dictionary date":    {"updates.tsv", "name\ttype\taliases\taffiliation\trole\tfrom\tto\nJane Roe\tPerson\t\tFrance\tminister\t2020-13-01\t\n", "updates.tsv:2"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range base {
				fsys[k] = v
			}
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			_, err := Load(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
	delete(base, "titles.txt")
	if _, err := Load(base); err == nil {
		t.Errorf("a missing file loaded without error")
	}
}

// TestLookupIgnoresApostrophes checks that a multi-word phrase is found
// however its apostrophes are written, and a one-word one only exactly.
func TestLookupIgnoresApostrophes(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"National People's Congress", "National People’s Congress", "National Peoples Congress"} {
		p, ok := g.Lookup(text)
		if !ok || p.Entry.Name != "National People's Congress" {
			t.Errorf("Lookup(%q) = %v, %v; want the National People's Congress", text, p.Entry, ok)
		}
	}
	if p, ok := g.Lookup("United States'"); ok {
		t.Errorf(`Lookup("United States'") = %v; a final apostrophe is a possessive, not part of a name`, p.Entry)
	}
	if p, ok := g.Lookup("International Civil Aviation Organisation"); !ok || p.Entry.Name != "International Civil Aviation Organization" {
		t.Errorf("Lookup of the British spelling = %v, %v; want the International Civil Aviation Organization", p.Entry, ok)
	}
	if _, ok := g.Lookup("Chinas"); ok {
		t.Error(`Lookup("Chinas") found a phrase; a one-word phrase must match exactly`)
	}
}

// TestSet checks the word lists read as sets: every one of them is in
// words.txt, and an unknown name is a programming error.
func TestSet(t *testing.T) {
	for name := range rareNames {
		if len(Set(name)) == 0 {
			t.Errorf("Set(%q) is empty", name)
		}
	}
	if !Set("prepositions")["against"] || !Set("clausebreaks")[";"] {
		t.Error(`Set lost words: "against" of prepositions or ";" of clausebreaks`)
	}
	defer func() {
		if recover() == nil {
			t.Error(`Set("nosuchlist") did not panic`)
		}
	}()
	Set("nosuchlist")
}
