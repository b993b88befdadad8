package graph

import "testing"

func TestRedactURI(t *testing.T) {
	for in, want := range map[string]string{
		"bolt://localhost:7687":              "bolt://localhost:7687",
		"bolt://neo4j:s3cret@localhost:7687": "bolt://xxxxx@localhost:7687",
		"neo4j+s://u:p@a@host:7687/db?x=y@z": "neo4j+s://xxxxx@host:7687/db?x=y@z",
		"bolt://user@host":                   "bolt://xxxxx@host",
		"bolt://u:secret@127.0.0.1:notaport": "bolt://xxxxx@127.0.0.1:notaport",
		"htp:/nowhere":                       "htp:/nowhere",
		"":                                   "",
	} {
		if got := RedactURI(in); got != want {
			t.Errorf("RedactURI(%q) = %q, want %q", in, got, want)
		}
	}
}
