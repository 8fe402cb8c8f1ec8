// name: results-on-benchmark
// description: every reported result (not differences, not baselines) on a benchmark or dataset (name, alias or key; case, hyphens and spaces ignored), optionally in one metric, with year, method, paper and evidence, oldest first
// params: benchmark, metric=, limit=1000
WITH replace(replace(replace(toLower($benchmark), '-', ''), ' ', ''), '_', '') AS q, toLower($metric) AS qm
MATCH (p:Paper)-[:REPORTS_RESULT]->(r:Result)-[:MEASURED_ON]->(b)
WHERE (replace(replace(replace(toLower(b.name), '-', ''), ' ', ''), '_', '') = q OR toLower(b.key) = toLower($benchmark)
       OR any(a IN b.aliases WHERE replace(replace(replace(toLower(a), '-', ''), ' ', ''), '_', '') = q))
  AND r.qualifier <> 'relative' AND NOT r.is_baseline AND (qm = '' OR toLower(r.metric) = qm)
OPTIONAL MATCH (r)-[:ACHIEVED_BY]->(m)
WITH r, p, m, min(b.name) AS benchmark
RETURN benchmark, r.metric AS metric, r.direction AS direction, p.year AS year, r.value AS value,
       r.text AS reported, r.qualifier AS qualifier, m.name AS method, p.title AS paper, p.id AS paper_id,
       r.key AS result_key, r.sentence AS evidence
ORDER BY metric, year, value, result_key
LIMIT $limit
