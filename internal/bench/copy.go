package bench

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/readmodel"
)

// Server-side copies of every original article with its mentions and
// relationships, to build large graphs fast. A copy gets the original's
// properties, its id and keys suffixed with "#k", and copy = k; the types
// come from the fixed list of package actorgraph.
const (
	copyArticles = `MATCH (a:Article) WHERE a.copy IS NULL
CALL (a) {
  WITH a, properties(a) AS p
  CREATE (b:Article) SET b = p {.*, id: a.id + '#' + $k, copy: $k}
  WITH a, b
  MATCH (a)-[:MENTIONS]->(e)
  CREATE (b)-[:MENTIONS]->(e)
} IN TRANSACTIONS OF 200 ROWS`
	copyRels = `MATCH (s)-[r:TYPE]->(t) WHERE r.copy IS NULL
CALL (s, r, t) {
  WITH s, r, t, properties(r) AS p
  CREATE (s)-[c:TYPE]->(t)
  SET c = p {.*, key: r.article_id + '#' + $k + substring(r.key, size(r.article_id)),
             article_id: r.article_id + '#' + $k, copy: $k}
} IN TRANSACTIONS OF 5000 ROWS`
)

// CopyGraph adds copies first..last of every original article of the graph
// (one not made by CopyGraph), with its mentions and relationships: after
// copies 1..k the graph holds k+1 times the original reports, between the
// same actors, and the dyads of the read model are rebuilt from the
// reports (readmodel.Rebuild). A copy number already used is an error (its
// keys exist).
func CopyGraph(ctx context.Context, st *graph.Store, first, last int) (err error) {
	sess := st.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: st.Database()})
	defer sess.Close(context.WithoutCancel(ctx))
	exec := func(cypher string, params map[string]any) error {
		res, err := sess.Run(ctx, cypher, params)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		return err
	}
	defer func() {
		if err == nil {
			if _, err = readmodel.Rebuild(ctx, st.Driver(), st.Database()); err != nil {
				err = fmt.Errorf("rebuild dyads: %w", err)
			}
		}
	}()
	for i := first; i <= last; i++ {
		params := map[string]any{"k": fmt.Sprint(i)}
		if err := exec(copyArticles, params); err != nil {
			return fmt.Errorf("copy %d of the articles: %w", i, err)
		}
		for _, r := range actorgraph.RelTypes {
			if err := exec(strings.ReplaceAll(copyRels, "TYPE", string(r.Type)), params); err != nil {
				return fmt.Errorf("copy %d of %s: %w", i, r.Type, err)
			}
		}
	}
	return nil
}
