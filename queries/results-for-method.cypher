// name: results-for-method
// description: every result reported for a method or model (name, alias or key; case, hyphens and spaces ignored), with metric, benchmark or dataset, qualifier, whether it is a baseline, paper, year and evidence
// params: method, limit=100
WITH replace(replace(replace(toLower($method), '-', ''), ' ', ''), '_', '') AS q
MATCH (p:Paper)-[:REPORTS_RESULT]->(r:Result)-[:ACHIEVED_BY]->(m)
WHERE replace(replace(replace(toLower(m.name), '-', ''), ' ', ''), '_', '') = q OR toLower(m.key) = toLower($method)
   OR any(a IN m.aliases WHERE replace(replace(replace(toLower(a), '-', ''), ' ', ''), '_', '') = q)
OPTIONAL MATCH (r)-[:MEASURED_ON]->(b)
WITH r, p, m, min(b.name) AS benchmark
RETURN m.name AS method, coalesce(benchmark, r.dataset) AS benchmark, r.metric AS metric, r.direction AS direction,
       r.value AS value, r.text AS reported, r.qualifier AS qualifier, r.is_baseline AS baseline,
       p.title AS paper, p.year AS year, p.id AS paper_id, r.sentence AS evidence
ORDER BY benchmark, metric, value DESC, paper_id
LIMIT $limit
