// actorgraph: tension
// Pairs of actors ranked by tension (conflict reported between them) in a time window, with the change against the previous window.
// Edit the :param lines (null: not given; dates as '2024-03-01'), then run the
// whole script. Score definitions: docs/queries.md or `ingest query show tension`.
:param from => null;
:param to => null;
:param actor => null;
:param rollup => false;
:param limit => 25;
CALL () {
  WITH $from AS f, $actor AS who WHERE f IS NULL AND who IS NULL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE $to IS NULL OR r.date <= date($to)
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NULL
  MATCH (s)-[r:CRITICIZES]->(t)
    WHERE r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
      AND r.date <= coalesce(date($to), date())
  RETURN s, r, t
  UNION ALL
  WITH $from AS f, $actor AS who WHERE f IS NULL AND who IS NULL
  MATCH (s)-[r:OPPOSES]->(t) WHERE $to IS NULL OR r.date <= date($to)
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NULL
  MATCH (s)-[r:OPPOSES]->(t)
    WHERE r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
      AND r.date <= coalesce(date($to), date())
  RETURN s, r, t
  UNION ALL
  WITH $from AS f, $actor AS who WHERE f IS NULL AND who IS NULL
  MATCH (s)-[r:THREATENS]->(t) WHERE $to IS NULL OR r.date <= date($to)
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NULL
  MATCH (s)-[r:THREATENS]->(t)
    WHERE r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
      AND r.date <= coalesce(date($to), date())
  RETURN s, r, t
  UNION ALL
  WITH $from AS f, $actor AS who WHERE f IS NULL AND who IS NULL
  MATCH (s)-[r:ATTACKS]->(t) WHERE $to IS NULL OR r.date <= date($to)
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NULL
  MATCH (s)-[r:ATTACKS]->(t)
    WHERE r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
      AND r.date <= coalesce(date($to), date())
  RETURN s, r, t
  UNION ALL
  WITH $actor AS who WHERE who IS NOT NULL
  CALL (who) {
    MATCH (x:Entity {id: who}) RETURN x
    UNION
    MATCH (x:Entity {name: who}) RETURN x
  }
  CALL (x) {
    RETURN x AS m
    UNION
    MATCH (m:Person)-[:MEMBER_OF]->(x:Government) WHERE $rollup RETURN m
  }
  MATCH (m)-[r:CRITICIZES|OPPOSES|THREATENS|ATTACKS]-()
  WHERE ($from IS NULL AND ($to IS NULL OR r.date <= date($to)))
     OR (r.date >= date($from) - duration({days: coalesce(duration.inDays(date($from), coalesce(date($to), date())).days, 0) + 1})
         AND r.date <= coalesce(date($to), date()))
  WITH DISTINCT r
  RETURN startNode(r) AS s, r, endNode(r) AS t
}
WITH s, t, r, date($from) AS from
WHERE s:Actor AND t:Actor
WITH s, t, r, (from IS NULL OR r.date >= from) AS now, -coalesce(r.weight, 0.0) AS w, type(r) AS type
WITH s, t,
     sum(CASE WHEN now THEN w ELSE 0.0 END) AS tension,
     sum(CASE WHEN now THEN 0.0 ELSE w END) AS previous,
     sum(CASE WHEN now THEN 1 ELSE 0 END) AS n,
     sum(CASE WHEN now AND type = 'CRITICIZES' THEN 1 ELSE 0 END) AS criticizes,
     sum(CASE WHEN now AND type = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN now AND type = 'THREATENS' THEN 1 ELSE 0 END) AS threatens,
     sum(CASE WHEN now AND type = 'ATTACKS' THEN 1 ELSE 0 END) AS attacks,
     min(CASE WHEN now THEN r.date END) AS first,
     max(CASE WHEN now THEN r.date END) AS last
CALL (s) {
  OPTIONAL MATCH (s)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND s:Person
  WITH s, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, s) AS s2
}
CALL (t) {
  OPTIONAL MATCH (t)-[m:MEMBER_OF]->(g:Government) WHERE $rollup AND t:Person
  WITH t, g, count(m) AS k ORDER BY k DESC, g.id LIMIT 1
  RETURN coalesce(g, t) AS t2
}
WITH s2 AS s, t2 AS t, tension, previous, n, criticizes, opposes, threatens, attacks, first, last
WHERE s <> t AND ($actor IS NULL OR $actor IN [s.id, s.name, t.id, t.name])
WITH CASE WHEN s.id < t.id THEN s ELSE t END AS a,
     CASE WHEN s.id < t.id THEN t ELSE s END AS b,
     s.id < t.id AS forward,
     tension, previous, n, criticizes, opposes, threatens, attacks, first, last
WITH a, b,
     sum(tension) AS tension, sum(previous) AS previous,
     sum(CASE WHEN forward THEN n ELSE 0 END) AS a_to_b,
     sum(CASE WHEN forward THEN 0 ELSE n END) AS b_to_a,
     sum(criticizes) AS criticizes, sum(opposes) AS opposes,
     sum(threatens) AS threatens, sum(attacks) AS attacks,
     min(first) AS first, max(last) AS last
WITH a, b, round(tension, 2) AS tension,
     CASE WHEN $from IS NULL THEN NULL ELSE round(previous, 2) END AS previous,
     CASE WHEN $from IS NULL THEN NULL ELSE round(tension - previous, 2) END AS change,
     a_to_b, b_to_a, criticizes, opposes, threatens, attacks, first, last
RETURN a.name AS a, b.name AS b, tension, previous, change, a_to_b, b_to_a,
       criticizes, opposes, threatens, attacks, first, last
ORDER BY tension DESC, change DESC, a, b
LIMIT $limit
;
