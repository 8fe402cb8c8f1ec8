// name: search-papers
// description: papers whose title contains the text (case-insensitive), newest first
// params: text, limit=10
// Ordered and cut before the other columns are read
WITH toLower($text) AS q
MATCH (p:Paper)
WHERE toLower(p.title) CONTAINS q
WITH p
ORDER BY coalesce(p.year, 0) DESC, p.id
LIMIT $limit
RETURN p.id AS paper, p.title AS title, p.year AS year, p.venue AS venue
ORDER BY coalesce(year, 0) DESC, paper
