package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/readmodel"
)

// WriteResult says what one Write did.
type WriteResult struct {
	// Statuses holds the status of each document, in order.
	Statuses []actorgraph.WriteStatus
	// Entities, Relations and Mentions count the distinct rows written
	// (MERGEd) for the new and changed documents.
	Entities, Relations, Mentions int
	// Skipped counts relations not written: an unknown type, an end that
	// is not an actor of the same extraction, or both ends the same node.
	Skipped int
	// Copies counts the new articles written as copies of another
	// (nearcopy): their reports are the other's, counted once.
	Copies int
}

// Write writes a batch of documents in one transaction and returns the
// status of each, in order. A failure writes none of them.
func (s *Store) Write(ctx context.Context, docs []actorgraph.Document) ([]actorgraph.WriteStatus, error) {
	res, err := s.WriteBatch(ctx, docs)
	return res.Statuses, err
}

// WriteBatch is Write with counts of what was written.
func (s *Store) WriteBatch(ctx context.Context, docs []actorgraph.Document) (WriteResult, error) {
	if len(docs) == 0 {
		return WriteResult{}, nil
	}
	prepared := make([]actorgraph.Document, len(docs))
	for i, d := range docs {
		prepared[i] = prepare(d)
	}
	// The rows are built before the transaction opens, for the usual case
	// where every document is written, so that the transaction (and the
	// locks it holds) is not kept open while they are built.
	all := buildPlan(prepared)
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	var res WriteResult
	var err error
	// A report key taken by another process that wrote the same new
	// article at the same moment: run again, now seeing that article.
	for attempt := 0; attempt < 3; attempt++ {
		res, err = neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (WriteResult, error) {
			return writeTx(ctx, tx, prepared, all)
		})
		if !constraintViolated(err) {
			break
		}
	}
	if err != nil {
		return WriteResult{}, classify(s.cfg, fmt.Sprintf("write batch of %d articles", len(docs)), err)
	}
	return res, nil
}

// writeTx is the transaction function of WriteBatch. The driver may run it
// more than once, so it decides the statuses afresh each time. all is the
// plan of every document of docs, used when all of them are written.
func writeTx(ctx context.Context, tx neo4j.ManagedTransaction, docs []actorgraph.Document, all *plan) (WriteResult, error) {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.Article.ID
	}
	known, err := knownTx(ctx, tx, ids)
	if err != nil {
		return WriteResult{}, err
	}
	statuses, write, replace := decide(docs, known)
	res := WriteResult{Statuses: statuses}
	if len(write) == 0 {
		return res, nil
	}
	touched, err := clearTx(ctx, tx, replace)
	if err != nil {
		return WriteResult{}, err
	}
	if err := unlinkCopiesTx(ctx, tx, replace); err != nil {
		return WriteResult{}, err
	}
	copyOf, err := findCopies(ctx, tx, write, replace)
	if err != nil {
		return WriteResult{}, err
	}
	var links []row
	for i, canon := range copyOf {
		write[i] = asCopy(write[i])
		links = append(links, row{"id": write[i].Article.ID, "canon": canon})
	}
	p := all
	if len(write) != len(docs) || len(copyOf) > 0 {
		// Some are unchanged, repeated or copies: the plan of those written.
		p = buildPlan(write)
	}
	if err := applyPlan(ctx, tx, p, touched); err != nil {
		return WriteResult{}, err
	}
	if err := linkCopiesTx(ctx, tx, links); err != nil {
		return WriteResult{}, err
	}
	if err := recountTx(ctx, tx, replace); err != nil {
		return WriteResult{}, err
	}
	res.Copies = len(links)
	res.Mentions, res.Skipped = len(p.mentions), p.skipped
	for _, rows := range p.entities {
		res.Entities += len(rows)
	}
	for _, rows := range p.rels {
		res.Relations += len(rows)
	}
	return res, nil
}

// decide gives each document its status against the hashes already in the
// graph, as if the batch were written one document at a time. It returns
// the documents to write (the last version of each article whose content
// differs from the graph) and the ids of articles whose old relationships
// must go first.
func decide(docs []actorgraph.Document, known map[string]string) ([]actorgraph.WriteStatus, []actorgraph.Document, []string) {
	statuses := make([]actorgraph.WriteStatus, len(docs))
	latest := map[string]string{}
	last := map[string]int{}
	for i, d := range docs {
		id, hash := d.Article.ID, d.Article.ContentHash
		prev, seen := latest[id]
		if !seen {
			prev, seen = known[id]
		}
		switch {
		case !seen:
			statuses[i] = actorgraph.StatusNew
		case prev == hash:
			statuses[i] = actorgraph.StatusUnchanged
		default:
			statuses[i] = actorgraph.StatusChanged
		}
		latest[id], last[id] = hash, i
	}
	var write []actorgraph.Document
	var replace []string
	for i, d := range docs {
		id := d.Article.ID
		if last[id] != i {
			continue
		}
		old, inGraph := known[id]
		if inGraph && old == d.Article.ContentHash {
			continue
		}
		if inGraph {
			replace = append(replace, id)
		}
		write = append(write, d)
	}
	return statuses, write, replace
}

// runNodes runs a statement that writes nodes and returns, per row, the
// node's id and element id; it adds them to nodes.
func runNodes(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, rows []row, nodes map[string]any) error {
	result, err := tx.Run(ctx, cypher, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	for result.Next(ctx) {
		rec := result.Record()
		id, _ := rec.Get("id")
		eid, _ := rec.Get("eid")
		if s, ok := id.(string); ok {
			nodes[s] = eid
		}
	}
	return result.Err()
}

// run runs one statement in tx and checks its result.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) error {
	result, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = result.Consume(ctx)
	return err
}

func knownTx(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]string, error) {
	result, err := tx.Run(ctx, knownCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("look up articles: %w", err)
	}
	known := map[string]string{}
	for result.Next(ctx) {
		rec := result.Record()
		id, _ := rec.Get("id")
		hash, _ := rec.Get("hash")
		idS, _ := id.(string)
		hashS, _ := hash.(string)
		known[idS] = hashS
	}
	if err := result.Err(); err != nil {
		return nil, fmt.Errorf("look up articles: %w", err)
	}
	return known, nil
}

// clearTx deletes the relationships and mentions of the given articles and
// returns the pairs whose dyads the deleted relationships counted in.
func clearTx(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (readmodel.Pairs, error) {
	touched := readmodel.Pairs{}
	if len(ids) == 0 {
		return touched, nil
	}
	params := map[string]any{"ids": ids}
	for _, r := range actorgraph.RelTypes {
		result, err := tx.Run(ctx, clearRelStmts[r.Type], params)
		if err != nil {
			return nil, fmt.Errorf("clear %s of changed articles: %w", r.Type, err)
		}
		for result.Next(ctx) {
			rec := result.Record()
			src, _ := rec.Get("source")
			dst, _ := rec.Get("target")
			s, _ := src.(string)
			d, _ := dst.(string)
			if readmodel.Summed(r.Type) {
				touched.Add(s, d)
			}
		}
		if err := result.Err(); err != nil {
			return nil, fmt.Errorf("clear %s of changed articles: %w", r.Type, err)
		}
	}
	if err := run(ctx, tx, clearMentionsCypher, params); err != nil {
		return nil, fmt.Errorf("clear mentions of changed articles: %w", err)
	}
	return touched, nil
}

// applyPlan writes articles, then entities, mentions and relationships,
// then brings the dyads of the read model (package readmodel) up to date
// in the same transaction, so that a committed batch always has them
// right: those of the pairs in touched (which lost reports of a changed
// article) are recomputed from their reports, and the sums of the new
// reports are added to the others.
func applyPlan(ctx context.Context, tx neo4j.ManagedTransaction, p *plan, touched readmodel.Pairs) error {
	nodes := map[string]any{} // element id by article or entity id
	if err := runNodes(ctx, tx, articleCypher, p.articles, nodes); err != nil {
		return fmt.Errorf("merge articles: %w", err)
	}
	for _, t := range actorgraph.ActorTypes {
		if rows := p.entities[t]; len(rows) > 0 {
			if err := runNodes(ctx, tx, entityStmts[t], rows, nodes); err != nil {
				return fmt.Errorf("merge %s nodes: %w", t, err)
			}
		}
	}
	if len(p.mentions) > 0 {
		if err := run(ctx, tx, mentionsCypher, map[string]any{"rows": p.mentions, "nodes": nodes}); err != nil {
			return fmt.Errorf("create mentions: %w", err)
		}
	}
	for _, r := range actorgraph.RelTypes {
		if rows := p.rels[r.Type]; len(rows) > 0 {
			if err := run(ctx, tx, relStmts[r.Type], map[string]any{"rows": rows, "nodes": nodes}); err != nil {
				return fmt.Errorf("create %s: %w", r.Type, err)
			}
		}
	}
	var reports []readmodel.Report
	for t, rows := range p.rels {
		for _, rr := range rows {
			props := rr["props"].(row)
			w, _ := props["weight"].(float64)
			code, _ := props["cameo"].(string)
			reports = append(reports, readmodel.Report{Type: t, Source: rr["source"].(string), Target: rr["target"].(string),
				Weight: w, CAMEO: code, Date: props["date"]})
		}
	}
	if err := readmodel.Update(ctx, tx, touched); err != nil {
		return err
	}
	return readmodel.Add(ctx, tx, reports, touched)
}

// Known returns, for those of ids already in the graph, their content hash.
func (s *Store) Known(ctx context.Context, ids []string) (map[string]string, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	known, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (map[string]string, error) {
		return knownTx(ctx, tx, ids)
	})
	if err != nil {
		return nil, classify(s.cfg, "known articles", err)
	}
	return known, nil
}
