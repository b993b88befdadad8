package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestQueryParametersByAnyName: a parameter that names an actor takes its
// ISO3 code, an alias or any case; an unknown name exits 2 and offers the
// nearest ones.
func TestQueryParametersByAnyName(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	a := actorgraph.Article{URL: "https://example.test/names", Title: "t", Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
		Text: "Freedonia criticized Sylvania."}
	a.Finish()
	if _, err := st.WriteBatch(context.Background(), []actorgraph.Document{{Article: a, Extraction: actorgraph.Extraction{
		ID: a.ID, Title: a.Title, Date: a.Date(), URL: a.URL, Extractor: "test/1",
		Actors: []actorgraph.Actor{{Name: "Freedonia", Type: actorgraph.Government, ISO3: "FRD", Aliases: []string{"Freedonian"}},
			{Name: "Sylvania", Type: actorgraph.Government, ISO3: "SYL"}},
		Relations: []actorgraph.Relation{{Source: "Freedonia", Type: actorgraph.Criticizes, Target: "Sylvania",
			Evidence: a.Text, Weight: -2, CAMEO: "111", Confidence: 0.8, Rule: "test"}}}}}); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", cfg.Password)
	base := []string{"query", "evidence", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-database", cfg.Database, "--format", "csv"}
	for _, names := range [][2]string{{"frd", "SYLVANIA"}, {"Freedonian", "syl"}, {"government:freedonia", "Sylvania"}} {
		code, out, errOut := runCLI(t, append(base, "-p", "a="+names[0], "-p", "b="+names[1])...)
		if code != exitOK || !strings.Contains(out, "Freedonia criticized Sylvania.") {
			t.Errorf("a=%s b=%s: exit %d, stdout %q, stderr %q", names[0], names[1], code, out, errOut)
		}
	}
	code, out, errOut := runCLI(t, append(base, "-p", "a=Fredonia", "-p", "b=syl")...)
	if code != exitUsage || out != "" || !strings.Contains(errOut, `no actor named "Fredonia"; did you mean`) {
		t.Errorf("a misspelt name: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, _, errOut = runCLI(t, append(base, "-p", "a=Zzyzx", "-p", "b=syl")...)
	if code != exitUsage || !strings.Contains(errOut, `no actor named "Zzyzx"`) {
		t.Errorf("an unknown name: exit %d, stderr %q", code, errOut)
	}
}
