// name: top-benchmarks
// description: benchmarks evaluated on by the most papers
// params: limit=10
MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark)
WITH b, count(DISTINCT p) AS papers
RETURN b.name AS benchmark, b.key AS benchmark_key, papers
ORDER BY papers DESC, benchmark, benchmark_key
LIMIT $limit
