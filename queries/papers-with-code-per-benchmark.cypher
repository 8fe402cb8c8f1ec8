// name: papers-with-code-per-benchmark
// description: per benchmark, papers evaluating on it, how many of them link code, and how many repositories
// params: limit=50
MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark)
OPTIONAL MATCH (p)-[:HAS_CODE]->(r:Repository)
RETURN b.name AS benchmark, b.key AS benchmark_key, count(DISTINCT p) AS papers,
       count(DISTINCT CASE WHEN r IS NOT NULL THEN p.id END) AS papers_with_code,
       count(DISTINCT r.url) AS repositories
ORDER BY papers_with_code DESC, papers DESC, benchmark, benchmark_key
LIMIT $limit
