// name: co-occurring-methods
// description: other methods and models named in the same papers as a method or model (name, alias or key; case, spaces and hyphens ignored), most shared papers first
// params: method, since=0, until=0, venue=, limit=50
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
WITH replace(replace(replace(toLower($method), '-', ''), ' ', ''), '_', '') AS q
// The name index (schema.TERM rows "n:FORM", graph/terms.py) gives the keys of the nodes named so; normalising
// every node's key, name and aliases instead took 60 ms on the 73k graph. `key IN ks`, not UNWIND and
// `key = k`: with that LadybugDB joined every paper relationship first (20x slower for entity-sentences).
MATCH (t:Term {key: 'n:' + q})
WITH t.ids AS ks
MATCH (m:Method|Model)
WHERE m.key IN ks
// WITH: LadybugDB then resolves the method before it follows relationships (6x faster on the 73k graph)
WITH m
MATCH (m)<-[:PROPOSES|USES|COMPARES_WITH]-(p:Paper)-[:PROPOSES|USES|COMPARES_WITH]->(o:Method|Model)
WITH m, p, o
WHERE o.key <> m.key AND ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH m, o, count(DISTINCT p) AS papers, min(p.year) AS first_year, max(p.year) AS last_year
RETURN m.name AS method, o.name AS co_method, toLower(label(o)) AS kind, o.key AS co_method_key, papers,
       first_year, last_year
ORDER BY papers DESC, co_method, co_method_key, method
LIMIT $limit
