// Add the sums of a batch's new reports ($rows: one row per pair, summed by
// readmodel.Add) to the dyads of their pairs, in the batch's transaction,
// creating the dyads that are new. It reads no report, so its cost does not
// grow with the reports a pair already has. The first SET locks the dyad:
// another ingester adding to the same pair waits there until this one
// commits, and then adds to the committed sums, so no report is lost.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[d:DYAD {key: row.source + '|' + row.target}]->(t)
ON CREATE SET d.source = row.source, d.target = row.target, d.reports = 0,
              d.conflict = 0.0, d.cooperation = 0.0, d.mutual = 0.0, d.pressure = 0.0,
              d.verbal_cooperation = 0, d.material_cooperation = 0, d.verbal_conflict = 0, d.material_conflict = 0,
              d.negotiates_with = 0, d.participates_in = 0, d.mediates = 0, d.meets_with = 0,
              d.cooperates_with = 0, d.supports = 0, d.urges = 0, d.criticizes = 0, d.opposes = 0,
              d.threatens = 0, d.sanctions = 0, d.attacks = 0
SET d.lock = true
SET d.lock = null,
    d.reports = d.reports + row.reports,
    d.conflict = d.conflict + row.conflict, d.cooperation = d.cooperation + row.cooperation,
    d.mutual = d.mutual + row.mutual, d.pressure = d.pressure + row.pressure,
    d.verbal_cooperation = d.verbal_cooperation + row.verbal_cooperation,
    d.material_cooperation = d.material_cooperation + row.material_cooperation,
    d.verbal_conflict = d.verbal_conflict + row.verbal_conflict,
    d.material_conflict = d.material_conflict + row.material_conflict,
    d.negotiates_with = d.negotiates_with + row.negotiates_with,
    d.participates_in = d.participates_in + row.participates_in,
    d.mediates = d.mediates + row.mediates, d.meets_with = d.meets_with + row.meets_with,
    d.cooperates_with = d.cooperates_with + row.cooperates_with, d.supports = d.supports + row.supports,
    d.urges = d.urges + row.urges, d.criticizes = d.criticizes + row.criticizes,
    d.opposes = d.opposes + row.opposes, d.threatens = d.threatens + row.threatens,
    d.sanctions = d.sanctions + row.sanctions, d.attacks = d.attacks + row.attacks,
    d.first = CASE WHEN row.first IS NOT NULL AND (d.first IS NULL OR row.first < d.first) THEN row.first ELSE d.first END,
    d.last = CASE WHEN row.last IS NOT NULL AND (d.last IS NULL OR row.last > d.last) THEN row.last ELSE d.last END
