// name: entity-links
// description: pairs among the given entity keys named in the same papers, with how many (the edges of a neighbourhood picture)
// params: keys, limit=400
MATCH (a)
WHERE a.key IN $keys
WITH a
MATCH (a)<--(p:Paper)-->(b)
WHERE b.key IN $keys AND a.key < b.key
WITH a, b, count(DISTINCT p) AS papers
RETURN a.key AS source, b.key AS target, papers
ORDER BY papers DESC, source, target
LIMIT $limit
