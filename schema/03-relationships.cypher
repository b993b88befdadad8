// One report per relationship: its key is unique per type, so concurrent
// writers MERGE the same report instead of duplicating it. The key starts
// with the article id, so the key's index also finds a changed article's
// relationships (by prefix). The date indexes serve time-window queries.
// MENTIONS has a key too (article id, space, entity id), so that two
// writers of one new article that has mentions but no report cannot both
// write its mentions. graph.Store.Upgrade (ingest migrate) removes the
// doubles an older version left, and keys the old mentions, before this
// is created.
CREATE CONSTRAINT mentions_key IF NOT EXISTS FOR ()-[m:MENTIONS]-() REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT rel_negotiates_with_key IF NOT EXISTS FOR ()-[r:NEGOTIATES_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_negotiates_with_date IF NOT EXISTS FOR ()-[r:NEGOTIATES_WITH]-() ON (r.date);
CREATE CONSTRAINT rel_participates_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_participates_in_date IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.date);
CREATE CONSTRAINT rel_mediates_key IF NOT EXISTS FOR ()-[r:MEDIATES]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_mediates_date IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.date);
CREATE CONSTRAINT rel_meets_with_key IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_meets_with_date IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() ON (r.date);
CREATE CONSTRAINT rel_cooperates_with_key IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_cooperates_with_date IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.date);
CREATE CONSTRAINT rel_supports_key IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_supports_date IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.date);
CREATE CONSTRAINT rel_urges_key IF NOT EXISTS FOR ()-[r:URGES]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_urges_date IF NOT EXISTS FOR ()-[r:URGES]-() ON (r.date);
CREATE CONSTRAINT rel_criticizes_key IF NOT EXISTS FOR ()-[r:CRITICIZES]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_criticizes_date IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.date);
CREATE CONSTRAINT rel_opposes_key IF NOT EXISTS FOR ()-[r:OPPOSES]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_opposes_date IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.date);
CREATE CONSTRAINT rel_threatens_key IF NOT EXISTS FOR ()-[r:THREATENS]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_threatens_date IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.date);
CREATE CONSTRAINT rel_sanctions_key IF NOT EXISTS FOR ()-[r:SANCTIONS]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_sanctions_date IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.date);
CREATE CONSTRAINT rel_attacks_key IF NOT EXISTS FOR ()-[r:ATTACKS]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_attacks_date IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.date);
CREATE CONSTRAINT rel_advises_key IF NOT EXISTS FOR ()-[r:ADVISES]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_advises_date IF NOT EXISTS FOR ()-[r:ADVISES]-() ON (r.date);
CREATE CONSTRAINT rel_member_of_key IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX rel_member_of_date IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.date);
