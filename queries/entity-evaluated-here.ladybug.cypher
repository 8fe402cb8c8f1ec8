// name: entity-evaluated-here
// description: methods evaluated on a dataset or benchmark (exact key): papers that evaluate on it and propose or use the method, per role of the method
// params: key, limit=50
MATCH (b)
WHERE b.key = $key
WITH b
MATCH (b)<-[:EVALUATES_ON]-(p:Paper)-[r:PROPOSES|USES]->(o:Method)
WITH o, label(r) AS role, count(DISTINCT p) AS papers
RETURN label(o) AS type, o.name AS name, o.key AS key, role, papers
ORDER BY papers DESC, name, key, role
LIMIT $limit
