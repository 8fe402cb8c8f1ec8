// name: paper-code
// description: the code repositories a paper links to
// params: paper
MATCH (p:Paper {id: $paper})-[:HAS_CODE]->(r:Repository)
RETURN r.url AS url
ORDER BY url
