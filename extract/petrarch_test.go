package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/dict"
)

// petrarchDev is the PETRARCH validation set beside the repository; the test
// skips when it is absent (users' clones do not have it).
const petrarchDev = "../../shared/corpus/petrarch-dev"

type petrarchCase struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Events []struct {
		Source, Target, Code string
	} `json:"events"`
	ExpectNone bool     `json:"expect_none"`
	Irrealis   []string `json:"irrealis_cues"`
}

// petrarchScore is the scoring of the validation set at the level of actor
// codes (docs/extraction.md): an expected event is found as a dyad when a
// relation joins actors whose codes match its source and target (one code
// a prefix of the other: GON matches GONGOV), and typed when the relation's
// type is the one its CAMEO code maps to. Events whose code maps to no type
// (statements, intentions) and events of cases marked "about to" or
// otherwise not yet real are left out: the project's conventions do not
// count them.
type petrarchScore struct {
	events, dyads, typed, leftOut int
	none, falseAlarms             int
	missed                        []string
}

func scorePetrarch(t *testing.T, ex *extract.Extractor, cases []petrarchCase) petrarchScore {
	var sc petrarchScore
	for _, c := range cases {
		d, _ := time.Parse("20060102", c.Date)
		a := actorgraph.Article{Title: c.ID, Text: c.Text, Published: d}
		a.Finish()
		x := ex.Extract(a)
		codes := map[string]string{}
		for _, ac := range x.Actors {
			codes[ac.Name] = ex.ActorCode(ac)
		}
		var rels []actorgraph.Relation
		for _, r := range x.Relations {
			if r.Type != actorgraph.MemberOf && r.Type != actorgraph.Advises {
				rels = append(rels, r)
			}
		}
		if c.ExpectNone {
			sc.none++
			if len(rels) > 0 {
				sc.falseAlarms++
				sc.missed = append(sc.missed, c.ID+": false alarm "+rels[0].Source+" "+string(rels[0].Type)+" "+rels[0].Target)
			}
			continue
		}
		for _, e := range c.Events {
			want, ok := ex.TypeOf(e.Code)
			if !ok || !real(c.Irrealis) {
				sc.leftOut++
				continue
			}
			sc.events++
			dyad, typed := false, false
			for _, r := range rels {
				fwd := sameCode(codes[r.Source], e.Source) && sameCode(codes[r.Target], e.Target)
				back := r.Type.Symmetric() && sameCode(codes[r.Target], e.Source) && sameCode(codes[r.Source], e.Target)
				if fwd || back {
					dyad = true
					typed = typed || r.Type == want
				}
			}
			if dyad {
				sc.dyads++
			}
			if typed {
				sc.typed++
			} else {
				sc.missed = append(sc.missed, c.ID+": "+e.Source+" "+string(want)+" "+e.Target+" ("+e.Code+")")
			}
		}
	}
	return sc
}

// real reports whether an event with these irrealis cues counts by the
// project's conventions: a scheduled event ("will meet") does; one "about
// to" happen, hoped for, possible or conditional does not.
func real(cues []string) bool {
	for _, c := range cues {
		if c != "will" {
			return false
		}
	}
	return true
}

// sameCode reports whether an actor code found matches an expected one: one
// is a prefix of the other, and neither is empty.
func sameCode(got, want string) bool {
	got, want = strings.ToUpper(got), strings.ToUpper(want)
	return got != "" && want != "" && (strings.HasPrefix(want, got) || strings.HasPrefix(got, want))
}

// TestPetrarchValidation loads the validation set's toy dictionaries
// (actors, agents, verbs) through the users' dictionary reader and scores
// the 221 cases. The expected events were coded with those toy verbs, so
// they are loaded too, although their codes are partly WEIS (the file's
// own header says so). The verb file has one broken line (992, a pattern
// whose bracket is not closed): the command line refuses such a file, so
// here the reader skips it and the test logs it.
func TestPetrarchValidation(t *testing.T) {
	if _, err := os.Stat(petrarchDev); err != nil {
		t.Skipf("no PETRARCH validation set at %s", petrarchDev)
	}
	var sets []dict.Set
	for _, f := range []string{"PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.verbs.txt"} {
		data, err := os.ReadFile(filepath.Join(petrarchDev, f))
		if err != nil {
			t.Fatal(err)
		}
		var skipped []error
		s, err := dict.Read(data, f, &skipped)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, e := range skipped {
			t.Logf("skipped: %v", e)
		}
		sets = append(sets, s)
	}
	ex, err := extract.NewWith(sets...)
	if err != nil {
		t.Fatal(err)
	}
	sc := scorePetrarch(t, ex, readCases(t, filepath.Join(petrarchDev, "cases.jsonl")))
	dyad, typed := float64(sc.dyads)/float64(sc.events), float64(sc.typed)/float64(sc.events)
	alarms := float64(sc.falseAlarms) / float64(max(sc.none, 1))
	t.Logf("PETRARCH validation: %d events scored (%d left out), dyad recall %.3f, typed recall %.3f; false alarms %d of %d expect-none cases (%.2f)",
		sc.events, sc.leftOut, dyad, typed, sc.falseAlarms, sc.none, alarms)
	if os.Getenv("PETRARCH_VERBOSE") != "" {
		for _, m := range sc.missed {
			t.Log(m)
		}
	}
	// Floors a little under what the extractor reached when they were set
	// (docs/extraction.md); issue 19's targets are 0.75, 0.60 and 0.20.
	if dyad < petrarchFloors.dyad || typed < petrarchFloors.typed || alarms > petrarchFloors.alarms {
		t.Errorf("below the floors %+v", petrarchFloors)
	}
}

var petrarchFloors = struct{ dyad, typed, alarms float64 }{0.22, 0.18, 0.20}

func readCases(t *testing.T, path string) []petrarchCase {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []petrarchCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var c petrarchCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, c)
	}
	return out
}
