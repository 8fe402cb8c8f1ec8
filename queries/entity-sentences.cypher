// name: entity-sentences
// description: sentences that mention an entity (name, alias or key; case, spaces and hyphens ignored), by paper, with the paper's year and title
// params: entity, since=0, until=0, venue=, limit=50
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
WITH replace(replace(replace(toLower($entity), '-', ''), ' ', ''), '_', '') AS q
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model)
WHERE e.key IS NOT NULL
  AND (replace(replace(replace(toLower(e.key), '-', ''), ' ', ''), '_', '') = q
       OR replace(replace(replace(toLower(e.name), '-', ''), ' ', ''), '_', '') = q
       OR any(a IN e.aliases WHERE replace(replace(replace(toLower(a), '-', ''), ' ', ''), '_', '') = q))
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
