// name: methods-on-benchmark
// description: methods proposed or used by papers that evaluate on a benchmark (name, alias or key), with paper counts, most papers first
// params: benchmark, limit=50
WITH toLower($benchmark) AS q
MATCH (b:Benchmark)
WHERE toLower(b.name) = q OR toLower(b.key) = q OR any(a IN b.aliases WHERE toLower(a) = q)
// WITH: LadybugDB then resolves the benchmark before it follows relationships (else it scans all of them)
WITH b
MATCH (m:Method)-[e:EVALUATED_ON]->(b)
RETURN b.name AS benchmark, m.name AS method, m.key AS method_key, e.papers AS papers
ORDER BY papers DESC, method, method_key
LIMIT $limit
