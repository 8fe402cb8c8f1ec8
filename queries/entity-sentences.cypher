// name: entity-sentences
// description: sentences that mention an entity (name, alias or key; case, spaces and hyphens ignored), by paper, with the paper's year and title
// params: entity, since=0, until=0, venue=, limit=50
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
WITH replace(replace(replace(toLower($entity), '-', ''), ' ', ''), '_', '') AS q
// The name index (schema.TERM rows "n:FORM", graph/terms.py) gives the keys of the nodes named so; normalising
// every node's key, name and aliases instead took 60 ms on the 73k graph. `key IN ks`, not UNWIND and
// `key = k`: with that LadybugDB joined every paper relationship first (20x slower for entity-sentences).
MATCH (t:Term {key: 'n:' + q})
WITH t.ids AS ks
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model)
WHERE e.key IN ks
// The entity first, then its papers: filtering every paper-entity relationship by name was 5x slower
WITH e
MATCH (p:Paper)-[r:PROPOSES|USES|EVALUATES_ON|COMPARES_WITH|ADDRESSES|REPORTS]->(e)
WITH e, p, r
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
UNWIND r.sentences AS sentence
RETURN DISTINCT e.name AS entity, p.id AS paper, p.year AS year, p.title AS title, sentence
ORDER BY entity, paper, year, title, sentence
LIMIT $limit
