// name: entity-years
// description: papers naming an entity (exact key), per year (year null when the corpus gave none)
// params: key
// Entity labels, not every node: the word and name index (Term) would be scanned too.
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE e.key = $key
WITH e
MATCH (p:Paper)-->(e)
WITH p.year AS year, count(DISTINCT p) AS papers
RETURN year, papers
ORDER BY coalesce(year, 0)
