// name: entity-sentences
// description: every sentence that mentions an entity (name, alias or key), by paper
// params: entity
WITH toLower($entity) AS q
MATCH (p:Paper)-[r:PROPOSES|USES|EVALUATES_ON|COMPARES_WITH|ADDRESSES|REPORTS]->(e)
WHERE toLower(e.name) = q OR toLower(e.key) = q OR any(a IN e.aliases WHERE toLower(a) = q)
UNWIND r.sentences AS sentence
RETURN DISTINCT e.name AS entity, p.id AS paper, sentence
ORDER BY entity, paper, sentence
