// name: paper-proposals
// description: what papers propose (methods, datasets, benchmarks, models), with the evidence sentence, by paper id
// params: limit=100
MATCH (p:Paper)-[r:PROPOSES]->(e)
// Order and cut before reading titles and sentences (Neo4j reads them only for the rows kept)
WITH p, r, e
ORDER BY p.id, e.name, e.key
LIMIT $limit
RETURN p.id AS paper, p.title AS title, e.name AS proposes, e.key AS key, r.sentence AS sentence
ORDER BY paper, proposes, key
