// name: entity-years
// description: papers naming an entity (exact key), per year (year null when the corpus gave none)
// params: key
MATCH (e)
WHERE e.key = $key
WITH e
MATCH (p:Paper)-->(e)
WITH p.year AS year, count(DISTINCT p) AS papers
RETURN year, papers
ORDER BY coalesce(year, 0)
