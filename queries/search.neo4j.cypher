// name: search
// description: entities whose name, alias or key contains the text (case-insensitive), most-named first
// params: text, limit=25
WITH toLower($text) AS q
// Entity labels only: other keyed nodes (results, the word index) are not entities.
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE (toLower(e.name) CONTAINS q OR toLower(e.key) CONTAINS q OR any(a IN e.aliases WHERE toLower(a) CONTAINS q))
// papers: the derived count stored by every load (a model family has none: 0)
RETURN labels(e)[0] AS type, e.name AS name, e.key AS key, coalesce(e.papers, 0) AS papers
ORDER BY papers DESC, name, key
LIMIT $limit
