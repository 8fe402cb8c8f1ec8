// name: entity-sentences
// description: sentences that mention an entity (name, alias or key), by paper
// params: entity, limit=50
WITH toLower($entity) AS q
MATCH (e)
WHERE e.key IS NOT NULL
  AND (toLower(e.name) = q OR toLower(e.key) = q OR any(a IN e.aliases WHERE toLower(a) = q))
// The entity first, then its papers: filtering every paper-entity relationship by name was 5x slower
WITH e
MATCH (p:Paper)-[r:PROPOSES|USES|EVALUATES_ON|COMPARES_WITH|ADDRESSES|REPORTS]->(e)
UNWIND r.sentences AS sentence
RETURN DISTINCT e.name AS entity, p.id AS paper, sentence
ORDER BY entity, paper, sentence
LIMIT $limit
