package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/nearcopy"
)

// Syndicated copies. A new article whose text is nearly that of an article
// already in the graph (or earlier in its batch) is written as a copy: its
// :Article node, with copy_of and a COPY_OF relationship to the first one
// (the canonical article), and nothing else, so that each report is
// counted once. The canonical article's num_articles and every report of
// it (num_articles, as GDELT's NumArticles) count the articles that
// carried it. docs/model.md has the measure and threshold (package
// nearcopy).

// findCopies returns, for the new documents of write (those not in
// replace), the canonical article each is a copy of, by index in write.
func findCopies(ctx context.Context, tx neo4j.ManagedTransaction, write []actorgraph.Document, replace []string) (map[int]string, error) {
	replaced := map[string]bool{}
	for _, id := range replace {
		replaced[id] = true
	}
	sigs := map[int]nearcopy.Signature{}
	var rows []row
	for i, d := range write {
		if replaced[d.Article.ID] {
			continue
		}
		if sig, ok := nearcopy.Sign(d.Article.Text); ok {
			sigs[i] = sig
			keys := nearcopy.BandKeys(sig)
			rows = append(rows, row{"i": i, "id": d.Article.ID, "b": keys[:]})
		}
	}
	out := map[int]string{}
	if len(rows) == 0 {
		return out, nil
	}
	cands, err := candidatesTx(ctx, tx, rows)
	if err != nil {
		return nil, err
	}
	canonOf := map[int]string{} // in-batch originals
	for i := range write {
		sig, ok := sigs[i]
		if !ok {
			continue
		}
		best, bestSim := "", 0.0
		for _, c := range cands[i] {
			if s := nearcopy.Similarity(sig, c.sig); s >= nearcopy.MinSimilarity && (s > bestSim || s == bestSim && c.canon < best) {
				best, bestSim = c.canon, s
			}
		}
		for j := 0; j < i && best == ""; j++ {
			if sj, ok := sigs[j]; ok && nearcopy.Copies(sig, sj) {
				best = canonOf[j]
			}
		}
		if best != "" {
			out[i] = best
			canonOf[i] = best
		} else {
			canonOf[i] = write[i].Article.ID
		}
	}
	return out, nil
}

// candidate is an article of the graph that shares a band with a new one.
type candidate struct {
	canon string // its canonical article: itself, or what it is a copy of
	sig   nearcopy.Signature
}

// candidatesTx returns the stored articles that share a band with each row.
func candidatesTx(ctx context.Context, tx neo4j.ManagedTransaction, rows []row) (map[int][]candidate, error) {
	result, err := tx.Run(ctx, candidatesCypher, map[string]any{"rows": rows})
	if err != nil {
		return nil, fmt.Errorf("find copies: %w", err)
	}
	out := map[int][]candidate{}
	for result.Next(ctx) {
		m := result.Record().AsMap()
		i, _ := m["i"].(int64)
		var xs []int64
		if l, ok := m["minhash"].([]any); ok {
			for _, v := range l {
				if n, ok := v.(int64); ok {
					xs = append(xs, n)
				}
			}
		}
		sig, ok := nearcopy.FromInts(xs)
		if !ok {
			continue
		}
		canon, _ := m["canon"].(string)
		out[int(i)] = append(out[int(i)], candidate{canon: canon, sig: sig})
	}
	return out, result.Err()
}

// asCopy is d written as a copy: the article alone.
func asCopy(d actorgraph.Document) actorgraph.Document {
	d.Extraction.Actors, d.Extraction.Relations = nil, nil
	return d
}

// linkCopiesTx links each copy to its canonical article and counts it
// there and on every report of it.
func linkCopiesTx(ctx context.Context, tx neo4j.ManagedTransaction, links []row) error {
	if len(links) == 0 {
		return nil
	}
	sort.Slice(links, func(i, j int) bool { return links[i]["id"].(string) < links[j]["id"].(string) })
	if err := run(ctx, tx, linkCopiesCypher, map[string]any{"rows": links}); err != nil {
		return fmt.Errorf("link copies: %w", err)
	}
	return recountTx(ctx, tx, canons(links))
}

// unlinkCopiesTx undoes the copy links of articles that are replaced (a
// changed text is judged again as an article of its own).
func unlinkCopiesTx(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	result, err := tx.Run(ctx, unlinkCopiesCypher, map[string]any{"ids": ids})
	if err != nil {
		return fmt.Errorf("unlink copies: %w", err)
	}
	var was []string
	for result.Next(ctx) {
		if c, ok := result.Record().AsMap()["canon"].(string); ok {
			was = append(was, c)
		}
	}
	if err := result.Err(); err != nil {
		return err
	}
	return recountTx(ctx, tx, append(was, ids...))
}

// recountTx sets num_articles on the canonical articles ids and on their
// reports: one plus their copies.
func recountTx(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	sort.Strings(ids)
	for _, r := range actorgraph.RelTypes {
		if err := run(ctx, tx, strings.ReplaceAll(recountCypher, "TYPE", string(r.Type)), map[string]any{"ids": ids}); err != nil {
			return fmt.Errorf("count copies on %s reports: %w", r.Type, err)
		}
	}
	return run(ctx, tx, recountArticlesCypher, map[string]any{"ids": ids})
}

func canons(links []row) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range links {
		c := l["canon"].(string)
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// The copy statements. recountCypher has TYPE replaced from the fixed list.
const (
	candidatesCypher = `UNWIND $rows AS row
CALL (row) {
  MATCH (a:Article {mh0: row.b[0]}) RETURN a
  UNION MATCH (a:Article {mh1: row.b[1]}) RETURN a
  UNION MATCH (a:Article {mh2: row.b[2]}) RETURN a
  UNION MATCH (a:Article {mh3: row.b[3]}) RETURN a
  UNION MATCH (a:Article {mh4: row.b[4]}) RETURN a
  UNION MATCH (a:Article {mh5: row.b[5]}) RETURN a
  UNION MATCH (a:Article {mh6: row.b[6]}) RETURN a
  UNION MATCH (a:Article {mh7: row.b[7]}) RETURN a
}
WITH row, a WHERE a.id <> row.id
RETURN row.i AS i, coalesce(a.copy_of, a.id) AS canon, a.minhash AS minhash`

	linkCopiesCypher = `UNWIND $rows AS row
MATCH (a:Article {id: row.id})
MATCH (c:Article {id: row.canon})
MERGE (a)-[:COPY_OF]->(c)
SET a.copy_of = row.canon`

	unlinkCopiesCypher = `UNWIND $ids AS id
MATCH (a:Article {id: id})-[k:COPY_OF]->(c:Article)
DELETE k
SET a.copy_of = null
RETURN c.id AS canon`

	recountArticlesCypher = `UNWIND $ids AS id
MATCH (c:Article {id: id})
WITH c, COUNT { (:Article)-[:COPY_OF]->(c) } AS copies
SET c.num_articles = CASE WHEN copies > 0 THEN 1 + copies END`

	recountCypher = `UNWIND $ids AS id
MATCH (c:Article {id: id})
WITH c, COUNT { (:Article)-[:COPY_OF]->(c) } AS copies
MATCH ()-[r:TYPE]->() WHERE r.key STARTS WITH c.id + ' '
SET r.num_articles = CASE WHEN copies > 0 THEN 1 + copies END`
)
