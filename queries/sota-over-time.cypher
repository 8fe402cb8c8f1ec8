// name: sota-over-time
// description: the best reported result on a benchmark or dataset (name, alias or key; case, hyphens and spaces ignored) year by year, per metric (or one metric), and who set it; differences, baselines, scores under attack or with oracle inputs, and low-confidence results (a dataset guessed from the paper's only one, a rule marked unsure) left out
// params: benchmark, metric=, limit=200
WITH replace(replace(replace(toLower($benchmark), '-', ''), ' ', ''), '_', '') AS q, toLower($metric) AS qm
MATCH (p:Paper)-[:REPORTS_RESULT]->(r:Result)-[:MEASURED_ON]->(b)
WHERE (replace(replace(replace(toLower(b.name), '-', ''), ' ', ''), '_', '') = q OR toLower(b.key) = toLower($benchmark)
       OR any(a IN b.aliases WHERE replace(replace(replace(toLower(a), '-', ''), ' ', ''), '_', '') = q))
  AND r.qualifier <> 'relative' AND NOT r.is_baseline AND (r.split IS NULL OR (r.split <> 'under attack' AND r.split <> 'oracle'))
  AND NOT coalesce(r.rule, '') ENDS WITH '+dataset:paper' AND NOT coalesce(r.rule, '') ENDS WITH '+unsure'
  AND (qm = '' OR toLower(r.metric) = qm) AND p.year IS NOT NULL
// The best value of each year in the metric's direction; among equal values the lowest result key.
WITH r, p.year AS year, CASE WHEN r.direction = 'lower' THEN -r.value ELSE r.value END AS score
WITH r.metric AS metric, year, max(score) AS best, count(r) AS results, collect(r.key) AS keys
MATCH (r:Result)
WHERE r.key IN keys AND r.metric = metric AND (CASE WHEN r.direction = 'lower' THEN -r.value ELSE r.value END) = best
WITH metric, year, results, min(r.key) AS rkey
MATCH (p:Paper)-[:REPORTS_RESULT]->(r:Result {key: rkey})
OPTIONAL MATCH (r)-[:ACHIEVED_BY]->(m)
RETURN metric, year, r.direction AS direction, r.value AS value, r.text AS reported, m.name AS method,
       p.title AS paper, p.id AS paper_id, results, r.sentence AS evidence
ORDER BY metric, year
LIMIT $limit
