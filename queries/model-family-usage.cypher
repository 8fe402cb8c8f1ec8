// name: model-family-usage
// description: models of a family (name or key, e.g. Llama) and how many papers name each
// params: family, limit=50
WITH toLower($family) AS q
MATCH (f:ModelFamily)
WHERE toLower(f.name) = q OR toLower(f.key) = q
MATCH (m:Model)-[:IN_FAMILY]->(f)
RETURN f.name AS family, m.name AS model, m.key AS model_key, m.papers AS papers
ORDER BY papers DESC, model, model_key
LIMIT $limit
