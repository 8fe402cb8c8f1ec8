// name: co-occurring-methods
// description: other methods named in the same papers as a method (name, alias or key)
// params: method
WITH toLower($method) AS q
MATCH (m:Method)
WHERE toLower(m.name) = q OR toLower(m.key) = q OR any(a IN m.aliases WHERE toLower(a) = q)
MATCH (m)<--(p:Paper)-->(o:Method)
WHERE o.key <> m.key
RETURN m.name AS method, o.name AS co_method, o.key AS co_method_key, count(DISTINCT p) AS papers
ORDER BY papers DESC, co_method, co_method_key
