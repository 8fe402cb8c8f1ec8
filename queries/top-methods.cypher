// name: top-methods
// description: methods named by the most papers (any role), and how many papers propose them
// params: limit=10
// papers: the derived count every load stores on the node (distinct papers naming the method)
MATCH (m:Method)
WITH m
ORDER BY m.papers DESC, m.name, m.key
LIMIT $limit
OPTIONAL MATCH (q:Paper)-[:PROPOSES]->(m)
WITH m, count(DISTINCT q) AS proposed_by
RETURN m.name AS method, m.key AS method_key, m.papers AS papers, proposed_by
ORDER BY papers DESC, method, method_key
