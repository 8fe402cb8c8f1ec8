// name: paper-proposals
// description: what papers propose (methods, datasets, benchmarks, models), with year, venue, title and the evidence sentence, by paper id
// params: since=0, until=0, venue=, limit=100
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
MATCH (p:Paper)-[r:PROPOSES]->(e)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
// Order and cut before reading titles and sentences (Neo4j reads them only for the rows kept)
WITH p, r, e
ORDER BY p.id, e.name, e.key
LIMIT $limit
RETURN p.id AS paper, p.year AS year, p.venue AS venue, p.title AS title, e.name AS proposes, e.key AS key,
       r.sentences[0] AS sentence
ORDER BY paper, proposes, key
