// The read model (package readmodel, docs/model.md "Dyads"): one
// (source)-[:DYAD]->(target) relationship per ordered pair of entities with
// at least one report from source to target, summing those reports. Its key
// is "source id|target id"; the constraint keeps it one per pair when two
// ingesters write the same pair at once.
CREATE CONSTRAINT dyad_key IF NOT EXISTS FOR ()-[d:DYAD]-() REQUIRE d.key IS UNIQUE;
// tension over all time reads the dyads with conflict from this index.
CREATE INDEX dyad_conflict IF NOT EXISTS FOR ()-[d:DYAD]-() ON (d.conflict);
