// name: actors
// description: Find actors and negotiations by name, alias, id or ISO3 code, with how often the graph reports them.
// param: q string = null -- text to find in the name, an alias, the id or the ISO3 code (case and accents ignored); null: every one
// param: type string = null -- Person, Government, Organization or Negotiation; null: any
// param: government string = null -- only those affiliated with this government or organization (its name, an alias or id)
// param: limit integer = 50 -- number of rows to return
//
// One row per node. Matching folds case and the accents of common Latin
// letters, so "erdogan" finds "Recep Tayyip Erdoğan" and "irn" finds Iran
// by its ISO3 code. Rows that match exactly (name, alias, id or ISO3 equal
// to q) come first, then the others by how many reports they are an end of.
// Columns: id, name, type, iso3, affiliation, aliases, reports (relations
// other than MENTIONS, in either direction), articles (articles that
// mention it), exact (q equals a name, alias, id or ISO3).
WITH [['á','a'],['à','a'],['â','a'],['ä','a'],['ã','a'],['å','a'],['é','e'],['è','e'],['ê','e'],['ë','e'],
      ['í','i'],['ì','i'],['î','i'],['ï','i'],['ó','o'],['ò','o'],['ô','o'],['ö','o'],['õ','o'],['ø','o'],
      ['ú','u'],['ù','u'],['û','u'],['ü','u'],['ç','c'],['ğ','g'],['ş','s'],['ñ','n'],['ý','y'],['ć','c'],
      ['č','c'],['š','s'],['ž','z'],['ł','l'],['ř','r'],['ő','o'],['ű','u']] AS folds
WITH folds,
     CASE WHEN $q IS NULL THEN null ELSE reduce(s = toLower(trim($q)), p IN folds | replace(s, p[0], p[1])) END AS q,
     CASE WHEN $government IS NULL THEN null ELSE toLower(trim($government)) END AS gov
MATCH (e:Entity)
WITH e, q, gov,
     [l IN labels(e) WHERE l IN ['Person', 'Government', 'Organization', 'Negotiation']][0] AS type,
     [n IN [e.name, e.id, e.iso3] + coalesce(e.aliases, []) WHERE n IS NOT NULL |
       reduce(s = toLower(n), p IN folds | replace(s, p[0], p[1]))] AS keys
WHERE ($type IS NULL OR type = $type)
  AND (q IS NULL OR any(k IN keys WHERE k CONTAINS q))
  AND (gov IS NULL OR toLower(coalesce(e.affiliation, '')) = gov OR
       EXISTS { MATCH (e)-[:MEMBER_OF]->(g:Entity) WHERE toLower(g.name) = gov OR toLower(g.id) = gov OR gov IN [a IN coalesce(g.aliases, []) | toLower(a)] })
WITH e, type, q IS NOT NULL AND q IN keys AS exact
WITH e, type, exact,
     COUNT { (e)-[:NEGOTIATES_WITH|PARTICIPATES_IN|MEDIATES|MEETS_WITH|COOPERATES_WITH|SUPPORTS|URGES|CRITICIZES|OPPOSES|THREATENS|SANCTIONS|ATTACKS|ADVISES|MEMBER_OF]-() } AS reports,
     COUNT { (:Article)-[:MENTIONS]->(e) } AS articles
RETURN e.id AS id, e.name AS name, type, e.iso3 AS iso3, e.affiliation AS affiliation,
       coalesce(e.aliases, []) AS aliases, reports, articles, exact
ORDER BY exact DESC, reports DESC, name
LIMIT $limit
