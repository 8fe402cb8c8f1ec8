// name: papers-with-code-per-benchmark
// description: per dataset or benchmark, papers evaluating on it, how many of them link code, how many repositories, and years
// params: since=0, until=0, venue=, limit=50
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
MATCH (p:Paper)-[:EVALUATES_ON]->(b:Dataset|Benchmark)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
OPTIONAL MATCH (p)-[:HAS_CODE]->(r:Repository)
RETURN b.name AS benchmark, b.key AS benchmark_key, count(DISTINCT p) AS papers,
       count(DISTINCT CASE WHEN r IS NOT NULL THEN p.id END) AS papers_with_code,
       count(DISTINCT r.url) AS repositories, min(p.year) AS first_year, max(p.year) AS last_year
ORDER BY papers_with_code DESC, papers DESC, benchmark, benchmark_key
LIMIT $limit
