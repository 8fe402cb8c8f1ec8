// name: co-occurring-methods
// description: other methods named in the same papers as a method (name, alias or key), most shared papers first
// params: method, limit=50
WITH toLower($method) AS q
MATCH (m:Method)
WHERE toLower(m.name) = q OR toLower(m.key) = q OR any(a IN m.aliases WHERE toLower(a) = q)
// WITH: LadybugDB then resolves the method before it follows relationships (6x faster on the 73k graph)
WITH m
MATCH (m)<--(p:Paper)-->(o:Method)
WHERE o.key <> m.key
WITH m, o, count(DISTINCT p) AS papers
RETURN m.name AS method, o.name AS co_method, o.key AS co_method_key, papers
ORDER BY papers DESC, co_method, co_method_key
LIMIT $limit
