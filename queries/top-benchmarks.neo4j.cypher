// name: top-benchmarks
// description: evaluation data: datasets and benchmarks that the most papers evaluate on, with kind and years
// params: since=0, until=0, venue=, limit=10
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
// Counted by key, cut to the top, then names read (see top-methods).
MATCH (p:Paper)-[:EVALUATES_ON]->(b:Dataset|Benchmark)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH b.key AS key, p.year AS year
WITH key, count(*) AS papers, min(year) AS first_year, max(year) AS last_year
ORDER BY papers DESC, key
LIMIT $limit
MATCH (b:Dataset|Benchmark)
WHERE b.key = key
RETURN b.name AS benchmark, toLower(labels(b)[0]) AS kind, b.key AS benchmark_key, papers, first_year, last_year
ORDER BY papers DESC, benchmark, benchmark_key
