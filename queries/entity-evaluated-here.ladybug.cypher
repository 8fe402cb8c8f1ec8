// name: entity-evaluated-here
// description: methods evaluated on a dataset or benchmark (exact key): papers that evaluate on it and propose or use the method, per role of the method
// params: key, limit=50
// One pattern anchored on the key (inline map), as in entity-evaluated-on
MATCH (b:Dataset:Benchmark {key: $key})<-[:EVALUATES_ON]-(p:Paper)-[r:PROPOSES|USES]->(o:Method)
WITH o, label(r) AS role, count(DISTINCT p) AS papers
RETURN label(o) AS type, o.name AS name, o.key AS key, role, papers
ORDER BY papers DESC, name, key, role
LIMIT $limit
