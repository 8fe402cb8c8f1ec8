// name: benchmarks-for-method
// description: benchmarks a method (name, alias or key) is evaluated on, with paper counts, most papers first
// params: method, limit=50
WITH toLower($method) AS q
MATCH (m:Method)
WHERE toLower(m.name) = q OR toLower(m.key) = q OR any(a IN m.aliases WHERE toLower(a) = q)
// WITH: LadybugDB then resolves the method before it follows relationships (else it scans all of them)
WITH m
MATCH (m)-[e:EVALUATED_ON]->(b:Benchmark)
RETURN m.name AS method, b.name AS benchmark, b.key AS benchmark_key, e.papers AS papers
ORDER BY papers DESC, benchmark, benchmark_key
LIMIT $limit
