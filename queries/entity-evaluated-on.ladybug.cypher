// name: entity-evaluated-on
// description: datasets and benchmarks that papers proposing or using a method (exact key) evaluate on, per role of the method in those papers
// params: key, limit=50
MATCH (m:Method)
WHERE m.key = $key
WITH m
MATCH (m)<-[r:PROPOSES|USES]-(p:Paper)-[:EVALUATES_ON]->(o:Dataset:Benchmark)
WITH o, label(r) AS role, count(DISTINCT p) AS papers
RETURN label(o) AS type, o.name AS name, o.key AS key, role, papers
ORDER BY papers DESC, name, key, role
LIMIT $limit
