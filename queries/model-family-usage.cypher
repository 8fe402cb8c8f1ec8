// name: model-family-usage
// description: models of a family (name or key, e.g. Llama; case, spaces and hyphens ignored), how many papers name each, and the family's totals (distinct papers and models)
// params: family, since=0, until=0, venue=, limit=100
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
WITH replace(replace(replace(toLower($family), '-', ''), ' ', ''), '_', '') AS q
MATCH (f:ModelFamily)
WHERE replace(replace(replace(toLower(f.name), '-', ''), ' ', ''), '_', '') = q
   OR replace(replace(replace(toLower(f.key), '-', ''), ' ', ''), '_', '') = q
WITH f
// Family totals first: a paper naming two Llama models counts once for the family.
MATCH (p:Paper)-->(m:Model)-[:IN_FAMILY]->(f)
WITH f, m, p
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH f, count(DISTINCT p) AS family_papers, count(DISTINCT m) AS family_models
MATCH (p:Paper)-->(m:Model)-[:IN_FAMILY]->(f)
WITH f, family_papers, family_models, m, p
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH f, family_papers, family_models, m, count(DISTINCT p) AS papers, min(p.year) AS first_year,
     max(p.year) AS last_year
RETURN f.name AS family, family_papers, family_models, m.name AS model, m.key AS model_key, papers,
       first_year, last_year
ORDER BY family, papers DESC, model, model_key
LIMIT $limit
