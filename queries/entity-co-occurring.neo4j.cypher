// name: entity-co-occurring
// description: entities of any type named in the same papers as an entity (exact key), most shared papers first
// params: key, limit=20
// Label alternatives, as on LadybugDB (where an unlabelled match was 25x slower).
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE e.key = $key
WITH e
MATCH (e)<--(p:Paper)-->(o:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE o.key <> e.key
WITH o, count(DISTINCT p) AS papers
RETURN labels(o)[0] AS type, o.name AS name, o.key AS key, papers
ORDER BY papers DESC, name, key
LIMIT $limit
