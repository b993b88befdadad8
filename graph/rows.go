package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/nearcopy"
)

// row is one element of an UNWIND $rows parameter.
type row = map[string]any

// plan is what a batch writes, built from documents without the database.
// Rows are sorted by their keys so that concurrent writers lock nodes in the
// same order, which keeps deadlocks rare.
type plan struct {
	articles []row
	entities map[actorgraph.ActorType][]row
	mentions []row
	rels     map[actorgraph.RelType][]row
	skipped  int // relations not written: unknown type, unknown end, self-loop
}

// relKey is the stable key of one relationship report: the article id, a
// space, and a hash (32 hex digits) of the article id, the type, the source
// and target ids (after symmetric types are ordered) and the sentence
// index. The article id in front lets the unique index on key find an
// article's reports by prefix, so no other index is needed for that.
func relKey(articleID string, t actorgraph.RelType, source, target string, sentence int) string {
	h := sha256.New()
	for _, s := range []string{articleID, string(t), source, target, strconv.Itoa(sentence)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return articleID + " " + hex.EncodeToString(h.Sum(nil))[:32]
}

// prepare fills a document's article id, content hash, title and date from
// whichever of the article and its extraction has them.
func prepare(d actorgraph.Document) actorgraph.Document {
	a := &d.Article
	if a.ID == "" {
		a.ID = d.Extraction.ID
	}
	if a.Title == "" {
		a.Title = d.Extraction.Title
	}
	if a.URL == "" {
		a.URL = d.Extraction.URL
	}
	if a.Path == "" {
		a.Path = d.Extraction.Path
	}
	if a.Published.IsZero() && d.Extraction.Date != "" {
		if t, err := time.Parse("2006-01-02", d.Extraction.Date); err == nil {
			a.Published = t
		}
	}
	a.Finish()
	return d
}

// dateOf returns the article's date as a Neo4j date, or nil when unknown.
func dateOf(a actorgraph.Article) any {
	if a.Published.IsZero() {
		return nil
	}
	return neo4j.DateOf(a.Published)
}

// nonEmpty returns s, or nil (which removes a property) when s is empty.
func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// buildPlan turns the documents to write into statement rows.
func buildPlan(docs []actorgraph.Document) *plan {
	p := &plan{entities: map[actorgraph.ActorType][]row{}, rels: map[actorgraph.RelType][]row{}}
	ents := map[string]*entity{}
	rels := map[string]row{}
	for _, d := range docs {
		p.articles = append(p.articles, articleRow(d))
		byName := addEntities(ents, d.Extraction.Actors)
		for _, a := range byName.ids() {
			p.mentions = append(p.mentions, row{"article": d.Article.ID, "entity": a, "key": mentionKey(d.Article.ID, a)})
		}
		for _, r := range d.Extraction.Relations {
			t, rr, ok := relRow(d.Article, byName, r)
			if !ok {
				p.skipped++
				continue
			}
			rels[string(t)+"\x00"+rr["key"].(string)] = rr
			rr["type"] = t
		}
	}
	for _, e := range ents {
		p.entities[e.typ] = append(p.entities[e.typ], e.row())
	}
	for _, rr := range rels {
		t := rr["type"].(actorgraph.RelType)
		delete(rr, "type")
		p.rels[t] = append(p.rels[t], rr)
	}
	sortRows(p)
	return p
}

// sortRowsBy sorts rows by the string values of keys, in order. Each
// row's sort key is built once (the values joined by a zero byte, which
// sorts before every other byte), not looked up at every comparison.
func sortRowsBy(rows []row, keys ...string) {
	type keyed struct {
		k string
		r row
	}
	ks := make([]keyed, len(rows))
	var b strings.Builder
	for i, r := range rows {
		b.Reset()
		for j, k := range keys {
			if j > 0 {
				b.WriteByte(0)
			}
			s, _ := r[k].(string)
			b.WriteString(s)
		}
		ks[i] = keyed{b.String(), r}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].k < ks[j].k })
	for i := range ks {
		rows[i] = ks[i].r
	}
}

func sortRows(p *plan) {
	by := sortRowsBy
	by(p.articles, "id")
	by(p.mentions, "entity", "article")
	for _, rows := range p.entities {
		by(rows, "id")
	}
	for _, rows := range p.rels {
		by(rows, "source", "target", "key")
	}
}

// articleRow is the :Article row of d. Empty properties are nil so that a
// changed article loses what it no longer has.
func articleRow(d actorgraph.Document) row {
	a := d.Article
	props := row{
		"title":        a.Title,
		"url":          nonEmpty(a.URL),
		"source":       nonEmpty(a.Source),
		"path":         nonEmpty(a.Path),
		"published":    dateOf(a),
		"content_hash": a.ContentHash,
		"extractor":    nonEmpty(d.Extraction.Extractor),
		"fallback":     nonEmpty(a.Fallback), // null removes an old one
		"minhash":      nil,
	}
	for b := 0; b < nearcopy.Bands; b++ {
		props["mh"+strconv.Itoa(b)] = nil
	}
	if sig, ok := nearcopy.Sign(a.Text); ok {
		props["minhash"] = sig.Ints()
		for b, k := range nearcopy.BandKeys(sig) {
			props["mh"+strconv.Itoa(b)] = k
		}
	}
	return row{"id": a.ID, "props": props}
}

// relRow is the row of relation r of article a, with its type; ok is false
// when the type is unknown, an end is not an actor of the extraction, or
// both ends are the same node.
func relRow(a actorgraph.Article, actors names, r actorgraph.Relation) (actorgraph.RelType, row, bool) {
	if !r.Type.Valid() {
		return "", nil, false
	}
	src, ok1 := actors.lookup(r.Source)
	dst, ok2 := actors.lookup(r.Target)
	if !ok1 || !ok2 || src == dst {
		return "", nil, false
	}
	if r.Type.Symmetric() && dst < src {
		src, dst = dst, src
	}
	props := row{
		"article_id": a.ID,
		"date":       dateOf(a),
		"evidence":   r.Evidence,
		"sentence":   int64(r.Sentence),
		"start":      int64(r.Start),
		"end":        int64(r.End),
		"weight":     r.Weight,
		"cameo":      nonEmpty(r.CAMEO),
		"confidence": r.Confidence,
		"rule":       nonEmpty(r.Rule),
		"role":       nonEmpty(r.Role),
	}
	key := relKey(a.ID, r.Type, src, dst, r.Sentence)
	props["key"] = key
	return r.Type, row{"key": key, "source": src, "target": dst, "props": props}, true
}

// names resolves the names a relation uses to entity ids: exact canonical
// name first, then the name or an alias ignoring case.
type names struct {
	exact map[string]string
	fold  map[string]string
	order []string
}

func (n names) lookup(name string) (string, bool) {
	if id, ok := n.exact[name]; ok {
		return id, true
	}
	id, ok := n.fold[strings.ToLower(strings.TrimSpace(name))]
	return id, ok
}

// ids returns the distinct entity ids, in the order first seen.
func (n names) ids() []string { return n.order }

// mentionKey is the unique key of the MENTIONS from an article to an
// entity: the article id, a space, the entity id. Its constraint
// (mentions_key) makes a second writer of the same new article fail and
// run again instead of doubling the article's mentions.
func mentionKey(articleID, entityID string) string { return articleID + " " + entityID }
