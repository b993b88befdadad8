package schema

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph"
)

func TestStatementsCoverModel(t *testing.T) {
	stmts, err := Statements()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Statement{}
	for _, s := range stmts {
		if _, dup := byName[s.Name]; dup {
			t.Errorf("duplicate schema name %q", s.Name)
		}
		byName[s.Name] = s
	}
	want := []string{"entity_id", "actor_id", "person_id", "government_id",
		"organization_id", "negotiation_id", "article_id", "entity_name",
		"entity_names", "article_published", "article_content_hash"}
	for _, r := range actorgraph.RelTypes {
		l := strings.ToLower(string(r.Type))
		want = append(want, "rel_"+l+"_key", "rel_"+l+"_date")
	}
	for _, n := range want {
		s, ok := byName[n]
		if !ok {
			t.Errorf("schema has no %s", n)
			continue
		}
		if strings.HasPrefix(n, "rel_") {
			typ := strings.ToUpper(strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(n, "rel_"), "_key"), "_date"))
			if !strings.Contains(s.Cypher, "[r:"+typ+"]") {
				t.Errorf("%s is not on relationship type %s: %s", n, typ, s.Cypher)
			}
		}
	}
	if stmts[0].Name != "entity_id" {
		t.Errorf("first statement = %s, want entity_id (files apply in name order)", stmts[0].Name)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string
		wantErr string
	}{
		{"comments and multi-line", "// c\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.y);\n\nCREATE TEXT INDEX b IF NOT EXISTS FOR (n:X) ON (n.z);", []string{"a", "b"}, ""},
		{"not idempotent", "CREATE INDEX a FOR (n:X) ON (n.y);", nil, "x.cypher: not a named"},
		{"unnamed", "CREATE INDEX IF NOT EXISTS FOR (n:X) ON (n.y);", nil, "not a named"},
		{"other statement", "MATCH (n) DETACH DELETE n;", nil, "not a named"},
		{"empty", "// nothing\n", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(fstest.MapFS{"x.cypher": {Data: []byte(tt.text)}})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, s := range got {
				names = append(names, s.Name)
				if strings.HasSuffix(s.Cypher, ";") || strings.Contains(s.Cypher, "\n") {
					t.Errorf("statement not normalized: %q", s.Cypher)
				}
			}
			if strings.Join(names, ",") != strings.Join(tt.want, ",") {
				t.Errorf("names = %v, want %v", names, tt.want)
			}
		})
	}
}
