// name: paper-proposals
// description: what papers propose (methods, datasets, benchmarks, models), with year, venue, title and the evidence sentence, and a proposed variant's base (variant_of), by paper id
// params: since=0, until=0, venue=, limit=100
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
MATCH (p:Paper)-[r:PROPOSES]->(e)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
// Order and cut before reading titles and sentences (Neo4j reads them only for the rows kept)
WITH p, r, e
ORDER BY p.id, e.name, e.key
LIMIT $limit
// A proposed method variant's base ("sparse PCA" of PCA; VARIANT_OF): query method-variants lists what else
// uses that family.
OPTIONAL MATCH (e)-[:VARIANT_OF]->(b:Method)
RETURN p.id AS paper, p.year AS year, p.venue AS venue, p.title AS title, e.name AS proposes, e.key AS key,
       CASE WHEN size(r.sentences) > 0 THEN r.sentences[1] END AS sentence,
       b.name AS variant_of, b.key AS variant_of_key
ORDER BY paper, proposes, key, variant_of_key
