package main_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/readmodel"
)

// Hostile strings: quotes, backticks, braces, comments, parameters and
// Cypher keywords, in the header fields and the sentences of an article.
const (
	hostileTitle  = "Robert'); MATCH (n) DETACH DELETE n; // {id: 'x'} `Entity` RETURN \"quoted\""
	hostileURL    = "https://example.test/news?id=1'}) DETACH DELETE n //"
	hostileSource = "`wire`; CALL db.labels() //"
	hostileEv1    = `France criticized Germany over the plan it called "MATCH (n) DETACH DELETE n // {id: 'x'}" on Monday.`
	hostileEv2    = "Mexico urged Canada to reject the `DROP` clause, which critics call '); MERGE (x:Admin) RETURN x //."
	hostileJSON   = "$rows {title: $title} `x` UNION MATCH (m) SET m.id = null"
	apostrophe    = "Aoife O'Rourke"
)

func writeHostileFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a-benign.txt"), "Title: Quiet day\nDate: 2025-06-01\n\nPeru held talks with Chile on Monday.\n")
	writeFile(t, filepath.Join(dir, "b-hostile.txt"), "Title: "+hostileTitle+"\nDate: 2025-06-02\nURL: "+hostileURL+
		"\nSource: "+hostileSource+"\n\n"+hostileEv1+"\n\nIrish foreign minister "+apostrophe+
		" met Spanish foreign minister Ana Díaz-Vega in Madrid on Tuesday.\n\n"+hostileEv2+"\n")
	writeFile(t, filepath.Join(dir, "c-hostile.json"), `{"title": "`+strings.ReplaceAll(hostileJSON, "`", "\\u0060")+
		`", "text": "Japan signed an agreement with Korea on `+"`"+`trade`+"`"+` {\"a\": 1} // today."}`)
	return dir
}

// TestHostileArticleStoredVerbatim ingests articles whose title, URL,
// source and sentences carry Cypher syntax through the binary: every string
// comes back byte for byte, the benign article is still there, no label or
// type outside the fixed lists appears, and a rerun changes nothing.
func TestHostileArticleStoredVerbatim(t *testing.T) {
	st := graphtest.Open(t)
	dir := writeHostileFolder(t)
	env := neo4jEnv(graphtest.Config())
	r := ingest(t, 2*time.Minute, env, "run", dir)
	if r.code != 0 || !strings.Contains(r.out, "articles: 3 new, 0 changed, 0 unchanged, 0 failed") {
		t.Fatalf("exit %d; stdout:\n%s\nstderr:\n%s", r.code, r.out, r.errOut)
	}
	art := graphtest.Rows(t, st, `MATCH (a:Article {id: $id}) RETURN a.title AS title, a.url AS url, a.source AS source`,
		map[string]any{"id": hostileURL})
	if len(art) != 1 || art[0]["title"] != hostileTitle || art[0]["url"] != hostileURL || art[0]["source"] != hostileSource {
		t.Errorf("hostile article read back as %v", art)
	}
	if n := graphtest.Rows(t, st, `MATCH (a:Article {title: $t}) RETURN count(a) AS n`, map[string]any{"t": hostileJSON}); n[0]["n"] != int64(1) {
		t.Errorf("JSON article with title %q: %v", hostileJSON, n)
	}
	for _, ev := range []string{hostileEv1, hostileEv2} {
		rows := graphtest.Rows(t, st, `MATCH (:Government)-[r]->(:Government) WHERE r.evidence = $ev
			RETURN r.article_id AS a`, map[string]any{"ev": ev})
		if len(rows) != 1 || rows[0]["a"] != hostileURL {
			t.Errorf("evidence %q read back as %v", ev, rows)
		}
	}
	p := graphtest.Rows(t, st, `MATCH (p:Person {id: $id}) RETURN p.name AS name`,
		map[string]any{"id": actorgraph.ActorID(actorgraph.Person, apostrophe)})
	if len(p) != 1 || p[0]["name"] != apostrophe {
		t.Errorf("person %q read back as %v", apostrophe, p)
	}
	snap := takeSnapshot(t, st)
	checkFixedVocabulary(t, snap)
	benign := column(t, st, `MATCH (:Article {title: 'Quiet day'})-[:MENTIONS]->(e:Government) RETURN e.id AS v`)
	if snap.Labels["Article"] != 3 || strings.Join(benign, " ") != "government:chile government:peru" {
		t.Errorf("the benign article or its mentions are gone: %v, mentions %v", snap.Labels, benign)
	}
	r = ingest(t, 2*time.Minute, env, "run", dir)
	if r.code != 0 || !strings.Contains(r.out, "articles: 0 new, 0 changed, 3 unchanged, 0 failed") {
		t.Errorf("rerun: exit %d; stdout:\n%s", r.code, r.out)
	}
	checkHostileQueries(t, env)
	sameGraph(t, "after the rerun and the queries", takeSnapshot(t, st), snap)
}

// checkHostileQueries runs `ingest query evidence` with plain, apostrophe
// and hostile parameters: the hostile article's strings come back verbatim,
// and hostile parameters name no actor, so the query is refused rather
// than changed.
func checkHostileQueries(t *testing.T, env []string) {
	t.Helper()
	query := func(a, b string) []map[string]any {
		t.Helper()
		r := ingest(t, time.Minute, env, "query", "evidence", "--format", "json", "--param", "a="+a, "--param", "b="+b)
		var rows []map[string]any
		if err := json.Unmarshal([]byte(r.out), &rows); r.code != 0 || err != nil {
			t.Fatalf("query evidence a=%q b=%q: exit %d, %v; stdout:\n%s\nstderr:\n%s", a, b, r.code, err, r.out, r.errOut)
		}
		return rows
	}
	rows := query("France", "Germany")
	if len(rows) != 1 || rows[0]["evidence"] != hostileEv1 || rows[0]["title"] != hostileTitle || rows[0]["url"] != hostileURL {
		t.Errorf("evidence France-Germany: %v", rows)
	}
	if rows := query(apostrophe, "Ana Díaz-Vega"); len(rows) != 1 || rows[0]["type"] != "MEETS_WITH" {
		t.Errorf("evidence %s: %v", apostrophe, rows)
	}
	// A hostile parameter names no actor: the query is refused (exit 2)
	// before it runs, and the caller's sameGraph shows nothing changed.
	r := ingest(t, time.Minute, env, "query", "evidence", "--format", "json",
		"--param", "a=France'}) MATCH (n) DETACH DELETE n //", "--param", "b=`Germany` RETURN 1 // {b: $b}")
	if r.code != 2 || r.out != "" || !strings.Contains(r.errOut, "no actor named") {
		t.Errorf("hostile parameters: exit %d, stdout %q, stderr %q; want exit 2 and no actor named", r.code, r.out, r.errOut)
	}
}

// checkFixedVocabulary fails unless every label and relationship type in
// snap is one of the model's fixed lists.
func checkFixedVocabulary(t *testing.T, snap snapshot) {
	t.Helper()
	labels := map[string]bool{"Source": true}
	for _, l := range graph.NodeLabels {
		labels[l] = true
	}
	for l := range snap.Labels {
		if !labels[l] {
			t.Errorf("label %q is not in the model", l)
		}
	}
	types := map[string]bool{graph.MentionsType: true, readmodel.DyadType: true}
	for _, rt := range actorgraph.RelTypes {
		types[string(rt.Type)] = true
	}
	for ty := range snap.Types {
		if !types[ty] {
			t.Errorf("relationship type %q is not in the model", ty)
		}
	}
}
