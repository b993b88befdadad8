package extract

import (
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
)

// TestFieldVerbs checks verbs that only the field's dictionary knows, and
// the verbs it must not make triggers of (written by the team).
func TestFieldVerbs(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"denounce", "Uruguay denounced Bolivia on Sunday.", []string{"Uruguay CRITICIZES Bolivia"}, nil},
		{"rebuke", "Norway rebuked Iceland over the whaling quota.", []string{"Norway CRITICIZES Iceland"}, nil},
		{"ratify a treaty with", "Ghana ratified a treaty with Togo.", []string{"Ghana COOPERATES_WITH Togo"}, nil},
		{"a speech verb is no trigger", "Peru said Chile would reply.", nil, []string{"Peru URGES Chile", "Peru CRITICIZES Chile"}},
		{"hope is not an appeal", "Laos hoped Vietnam would agree.", nil, []string{"Laos URGES Vietnam"}},
		{"a light verb alone is no relation", "Fiji took Samoa by surprise.", nil, []string{"Fiji ATTACKS Samoa"}},
		{"a dictionary verb after a determiner is a noun", "Estonia warned Latvia against any joint patrols with Finland.",
			[]string{"Estonia THREATENS Latvia"}, []string{"Latvia THREATENS Finland"}},
	})
}

// TestGroupAgents checks a demonym or country plus an agent noun: state
// agents are the government, non-state groups organizations of the country.
func TestGroupAgents(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"lawmakers are the government", "Hungarian lawmakers criticized Romania.", []string{"Hungary CRITICIZES Romania"}, nil},
		{"a court is the government", "A Kenyan court rebuked Tanzania.", []string{"Kenya CRITICIZES Tanzania"}, nil},
		{"troops are the government", "Nigerien troops attacked Mali.", []string{"Niger ATTACKS Mali"}, nil},
		{"rebels are a group of the country", "Yemeni rebels attacked Oman.", []string{"Yemeni rebels ATTACKS Oman"}, []string{"Yemen ATTACKS Oman"}},
		{"militias are a group", "Sudanese militias shelled Chad.", []string{"Sudanese militias ATTACKS Chad"}, nil},
		{"a title after the agent is a person's", "Tomas Lind, a Danish army spokesman, condemned Norway.", []string{"Tomas Lind CRITICIZES Norway"}, []string{"Denmark CRITICIZES Norway"}},
	})
}

// TestDictionaryPersons checks a person of the dictionaries named without
// a title, by another spelling or by surname: the actor gets the
// affiliation of the role held on the article's date, none after it ended.
// (MEMBER_OF stays for affiliations the text states, as the model says.)
func TestDictionaryPersons(t *testing.T) {
	const text = "Nicolas Sarkozy praised Spain. Later Sarkozy criticized Italy."
	tests := []struct{ text, date, name, affil string }{
		{text, "2010-03-01", "Nicolas Sarkozy", "France"},
		{text, "2016-03-01", "Nicolas Sarkozy", ""},
		{"Nicolás Sarközy praised Spain.", "2010-03-01", "Nicolás Sarközy", "France"},
	}
	for _, tt := range tests {
		x := extractDated(t, tt.text, tt.date)
		found := false
		for _, a := range x.Actors {
			if a.Name == tt.name {
				found = true
				if a.Affiliation != tt.affil {
					t.Errorf("%s on %s: affiliation %q, want %q", tt.name, tt.date, a.Affiliation, tt.affil)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %s in %v", tt.text, tt.name, x.Actors)
		}
	}
	got := rels(extractDated(t, text, "2010-03-01"))
	if !got["Nicolas Sarkozy CRITICIZES Italy"] {
		t.Errorf("the surname alone was not the person: %v", keys(got))
	}
}

// extractDated extracts text as an article published on date (YYYY-MM-DD).
func extractDated(t *testing.T, text, date string) actorgraph.Extraction {
	t.Helper()
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		t.Fatal(err)
	}
	a := actorgraph.Article{Title: "test", Text: text, Published: d}
	a.Finish()
	return newTest(t).Extract(a)
}
