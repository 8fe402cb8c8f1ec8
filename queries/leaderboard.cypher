// name: leaderboard
// description: best reported result per method or model on a benchmark or dataset (name, alias or key; case, hyphens and spaces ignored), in one metric or every metric, sorted in the metric's direction; differences, baselines, scores under attack or with oracle inputs, and low-confidence results (a dataset guessed from the paper's only one, a rule marked unsure) left out; with paper, year and evidence
// params: benchmark, metric=, limit=50
WITH replace(replace(replace(toLower($benchmark), '-', ''), ' ', ''), '_', '') AS q, toLower($metric) AS qm
MATCH (p:Paper)-[:REPORTS_RESULT]->(r:Result)-[:MEASURED_ON]->(b)
WHERE (replace(replace(replace(toLower(b.name), '-', ''), ' ', ''), '_', '') = q OR toLower(b.key) = toLower($benchmark)
       OR any(a IN b.aliases WHERE replace(replace(replace(toLower(a), '-', ''), ' ', ''), '_', '') = q))
  AND r.qualifier <> 'relative' AND NOT r.is_baseline AND (r.split IS NULL OR (r.split <> 'under attack' AND r.split <> 'oracle'))
  AND NOT coalesce(r.rule, '') ENDS WITH '+dataset:paper' AND NOT coalesce(r.rule, '') ENDS WITH '+unsure'
  AND (qm = '' OR toLower(r.metric) = qm)
OPTIONAL MATCH (r)-[:ACHIEVED_BY]->(m)
// One row per method and metric (a result with no named method stands for its paper's method): the best
// value in the metric's direction; among equal values the lowest result key.
WITH r, coalesce(m.key, 'paper:' + p.id) AS who, CASE WHEN r.direction = 'lower' THEN -r.value ELSE r.value END AS score
WITH who, r.metric AS metric, max(score) AS best, collect(r.key) AS keys
MATCH (r:Result)
WHERE r.key IN keys AND r.metric = metric AND (CASE WHEN r.direction = 'lower' THEN -r.value ELSE r.value END) = best
WITH who, metric, min(r.key) AS rkey
MATCH (p:Paper)-[:REPORTS_RESULT]->(r:Result {key: rkey})-[:MEASURED_ON]->(b)
OPTIONAL MATCH (r)-[:ACHIEVED_BY]->(m)
WITH r, p, m, min(b.name) AS benchmark
RETURN benchmark, r.metric AS metric, r.direction AS direction, m.name AS method, r.value AS value,
       r.text AS reported, r.qualifier AS qualifier, p.title AS paper, p.year AS year, p.id AS paper_id,
       r.sentence AS evidence
ORDER BY metric, CASE WHEN direction = 'lower' THEN value ELSE -value END, paper_id
LIMIT $limit
