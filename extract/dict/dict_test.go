package dict

import (
	"reflect"
	"strings"
	"testing"
)

// The dictionaries below are written by the team in the field's formats.

const verbFile = `&WEAPON
+RIFLE
+MORTAR_

####### VERB PATTERNS #######
--- SCOLD [111] ---
SCOLD
BERATE {BERATES BERATING BERATED}
- * (OVER &WEAPON)                    [112]   # a note
- $ * BITTERLY                        [111]

--- GIVE [---] ---
+HAND_OVER {+HANDS_OVER +HANDED_OVER}
- * &WEAPON (TO +)                    [0712]
- WILL NOT *                          [030]
`

func TestReadPetrarchVerbs(t *testing.T) {
	got, err := ReadPetrarchVerbs(strings.NewReader(verbFile), "v.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, v := range got {
		lines = append(lines, v.Code+" "+v.Base+"|"+strings.Join(v.Forms, ",")+"|"+strings.Join(v.Rest, " "))
	}
	want := []string{
		"111 scold||", "112 scold||over rifle", "112 scold||over mortar", "111 scold||bitterly",
		"111 berate|berates,berating,berated|", "112 berate|berates,berating,berated|over rifle",
		"112 berate|berates,berating,berated|over mortar", "111 berate|berates,berating,berated|bitterly",
		"0712 hand|hands,handed|over rifle to", "0712 hand|hands,handed|over mortar to",
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

const actorFile = `ARNOR_ [ARN]
+NORTH_KINGDOM_
JANE_Q._ROE_  # a note
+ROE_
	[ARNGOV 990101-051231]
	[ARNGOV >100315] [ELI]
ANNATAR_LEAGUE [IGOANL]
`

func TestReadPhoenixActors(t *testing.T) {
	got, err := ReadPhoenixActors(strings.NewReader(actorFile), "a.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Actor{
		{Name: "ARNOR", Code: "ARN", Aliases: []string{"NORTH KINGDOM"}, Pos: Pos{"a.txt", 1}},
		{Name: "JANE Q. ROE", Aliases: []string{"ROE"}, Roles: []Role{
			{Code: "ARNGOV", From: "1999-01-01", To: "2005-12-31"}, {Code: "ARNGOV", From: "2010-03-15"}, {Code: "ELI"}},
			Pos: Pos{"a.txt", 3}},
		{Name: "ANNATAR LEAGUE", Code: "IGOANL", Pos: Pos{"a.txt", 7}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if !got[1].Roles[1].ActiveOn("2024-01-01") || got[1].Roles[0].ActiveOn("2006-01-01") {
		t.Error("ActiveOn: an open role must hold later, an ended one not")
	}
}

func TestReadPhoenixAgents(t *testing.T) {
	const f = "!PEOPLE! = MAN, MEN\nREBEL [~REB]\nMILITIA!PEOPLE! [~UAF]\nOPPOSITION {} [~OPP]\nHUMAN_RIGHTS_BODY [NGO~]\n"
	got, err := ReadPhoenixAgents(strings.NewReader(f), "g.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	var nouns []string
	for _, a := range got {
		nouns = append(nouns, a.Noun+"="+a.Code)
	}
	want := "rebel=REB rebels=REB militiaman=UAF militiamen=UAF opposition=OPP human rights body=NGO human rights bodies=NGO"
	if strings.Join(nouns, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(nouns, " "), want)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"role before actor", "\t[ARNGOV]\n", "x.txt:1: a role before any actor"},
		{"bad date", "JANE_ROE\n\t[ARNGOV 9913-]\n", "x.txt:2:"},
		{"unclosed bracket", "ARNOR_ [ARN\n", "x.txt:1:"},
		{"tsv columns", "name\ttype\taliases\taffiliation\trole\tfrom\tto\nA\tPerson\n", "x.txt:2: want 7"},
		{"tsv role ends first", "name\ttype\taliases\taffiliation\trole\tfrom\tto\nA\tPerson\t\tX\t\t2020-01-01\t2019-01-01\n", "x.txt:2: role ends"},
	}
	for _, tt := range tests {
		_, err := Read([]byte(tt.data), "x.txt", nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	var skipped []error
	set, err := Read([]byte("JANE_ROE\n\t[ARNGOV 9913-]\nJOHN_DOE\n\t[ARNGOV]\n"), "x.txt", &skipped)
	if err != nil || len(skipped) != 1 || len(set.Actors) != 2 {
		t.Errorf("lenient: err %v, %d skipped, %d actors; want nil, 1, 2", err, len(skipped), len(set.Actors))
	}
}

func TestTSVRoundTrip(t *testing.T) {
	in := Set{Actors: []Actor{{Name: "Jane Roe", Type: "Person", Aliases: []string{"Roe"},
		Roles: []Role{{Affiliation: "Arnor", Title: "minister", From: "2020-01-01"}, {Affiliation: "Arnor", To: "2010-05-01"}}}}}
	var b strings.Builder
	if err := WriteTSV(&b, in); err != nil {
		t.Fatal(err)
	}
	out, err := ReadTSV(strings.NewReader(b.String()), "rt.tsv")
	if err != nil {
		t.Fatal(err)
	}
	out.Actors[0].Pos = Pos{}
	if !reflect.DeepEqual(out.Actors, in.Actors) {
		t.Errorf("round trip:\n got %+v\nwant %+v", out.Actors, in.Actors)
	}
}
