// Watched sources (ingest watch): one (:Source {id}) per folder, feed or URL,
// holding its last run, last success and counts (graph/state.go).
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
