package bench

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
)

// The naive write path: the same MERGEs as the store's, one auto-commit
// statement per node and per relationship (a relationship's statement also
// adds it to its tally). Labels and types come from the
// fixed lists of package actorgraph only.
const (
	naiveArticle = `MERGE (a:Article {id: $id})
SET a.title = $title, a.url = $url, a.source = $source, a.published = $published,
    a.content_hash = $hash, a.extractor = $extractor, a.ingested_at = datetime()`
	naiveEntity = `MERGE (e:Entity {id: $id})
SET e:LABELS, e.name = $name, e.role = $role, e.affiliation = $affiliation,
    e.iso3 = $iso3, e.kind = $kind, e.topic = $topic, e.venue = $venue,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN $aliases |
        CASE WHEN x IN acc THEN acc ELSE acc + x END)`
	naiveMention = `MATCH (a:Article {id: $article})
MATCH (e:Entity {id: $entity})
MERGE (a)-[:MENTIONS]->(e)`
	naiveRel = `MATCH (s:Entity {id: $source})
MATCH (t:Entity {id: $target})
MERGE (s)-[r:TYPE {key: $key}]->(t)
SET r.article_id = $article, r.date = $date, r.evidence = $evidence,
    r.sentence = $sentence, r.start = $start, r.end = $end, r.weight = $weight,
    r.cameo = $cameo, r.confidence = $confidence, r.rule = $rule, r.role = $role`
	// naiveTally follows naiveRel for the tallied types (graph.Tallied):
	// it adds the report to its tally and queues the pair totals it counts
	// in ($qsources, $qtargets: graph.PairsOf) for Store.Settle.
	naiveTally = `
WITH count(*) AS done
MERGE (x:Tally {id: $source + '|' + $target + '|TYPE|' + coalesce(substring(toString($date), 0, 7), '-')})
ON CREATE SET x.source = $source, x.target = $target, x.type = 'TYPE',
              x.month = CASE WHEN $date IS NOT NULL THEN date.truncate('month', $date) END,
              x.n = 1, x.w = $weight, x.first = $date, x.last = $date
ON MATCH SET x.n = x.n + 1, x.w = x.w + $weight,
             x.first = CASE WHEN $date < x.first THEN $date ELSE x.first END,
             x.last = CASE WHEN $date > x.last THEN $date ELSE x.last END
WITH count(*) AS tallied
CREATE (:PairQueue {id: randomUUID(), sources: $qsources, targets: $qtargets})`
)

var naiveLabels = map[actorgraph.ActorType]string{
	actorgraph.Person:       "Actor:Person",
	actorgraph.Government:   "Actor:Government",
	actorgraph.Organization: "Actor:Organization",
	actorgraph.Negotiation:  "Negotiation",
}

// Naive writes docs with one auto-commit statement per node and
// relationship, and measures the rate. Statements counts what it ran.
func Naive(ctx context.Context, st *graph.Store, docs []actorgraph.Document) (Rate, int, error) {
	sess := st.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: st.Database()})
	defer sess.Close(context.WithoutCancel(ctx))
	statements := 0
	exec := func(cypher string, params map[string]any) error {
		statements++
		res, err := sess.Run(ctx, cypher, params)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		return err
	}
	start := time.Now()
	for _, d := range docs {
		if err := naiveDoc(d, exec); err != nil {
			return Rate{}, statements, fmt.Errorf("naive write %s: %w", d.Article.ID, err)
		}
	}
	r := Rate{Articles: len(docs), Relations: relationCount(docs), Elapsed: time.Since(start)}
	return r, statements, nil
}

// naiveDoc writes one document statement by statement.
func naiveDoc(d actorgraph.Document, exec func(string, map[string]any) error) error {
	a := d.Article
	var published any
	if !a.Published.IsZero() {
		published = neo4j.DateOf(a.Published)
	}
	err := exec(naiveArticle, map[string]any{"id": a.ID, "title": a.Title, "url": a.URL,
		"source": a.Source, "published": published, "hash": a.ContentHash, "extractor": d.Extraction.Extractor})
	if err != nil {
		return err
	}
	ids := map[string]string{}
	for _, x := range d.Extraction.Actors {
		ids[x.Name] = x.ID()
		err := exec(strings.Replace(naiveEntity, "LABELS", naiveLabels[x.Type], 1), map[string]any{
			"id": x.ID(), "name": x.Name, "role": orNil(x.Role), "affiliation": orNil(x.Affiliation),
			"iso3": orNil(x.ISO3), "kind": orNil(x.Kind), "topic": orNil(x.Topic), "venue": orNil(x.Venue),
			"aliases": x.Aliases})
		if err != nil {
			return err
		}
		if err := exec(naiveMention, map[string]any{"article": a.ID, "entity": x.ID()}); err != nil {
			return err
		}
	}
	for _, r := range d.Extraction.Relations {
		src, dst := ids[r.Source], ids[r.Target]
		if !r.Type.Valid() || src == "" || dst == "" || src == dst {
			continue
		}
		if r.Type.Symmetric() && dst < src {
			src, dst = dst, src
		}
		stmt := naiveRel
		if graph.Tallied(r.Type) {
			stmt += naiveTally
		}
		qs, qt := graph.PairsOf(r.Type, src, dst)
		err := exec(strings.ReplaceAll(stmt, "TYPE", string(r.Type)), map[string]any{"qsources": qs, "qtargets": qt,
			"source": src, "target": dst, "key": graph.RelKey(a.ID, r.Type, src, dst, r.Sentence),
			"article": a.ID, "date": published, "evidence": r.Evidence, "sentence": r.Sentence,
			"start": r.Start, "end": r.End, "weight": r.Weight, "cameo": orNil(r.CAMEO),
			"confidence": r.Confidence, "rule": orNil(r.Rule), "role": orNil(r.Role)})
		if err != nil {
			return err
		}
	}
	return nil
}

// orNil returns s, or nil (no property) when s is empty.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}
