// name: top-methods
// description: methods named by the most papers (any role), and how many papers propose them
// params: limit=10
MATCH (p:Paper)-->(m:Method)
WITH m, count(DISTINCT p) AS papers
OPTIONAL MATCH (q:Paper)-[:PROPOSES]->(m)
WITH m, papers, count(DISTINCT q) AS proposed_by
RETURN m.name AS method, m.key AS method_key, papers, proposed_by
ORDER BY papers DESC, method, method_key
LIMIT $limit
