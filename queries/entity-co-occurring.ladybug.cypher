// name: entity-co-occurring
// description: entities of any type named in the same papers as an entity (exact key), most shared papers first
// params: key, limit=20
MATCH (e)
WHERE e.key = $key
// WITH: the entity first, then its papers (as in co-occurring-methods)
WITH e
MATCH (e)<--(p:Paper)-->(o)
WHERE o.key IS NOT NULL AND o.key <> e.key
WITH o, count(DISTINCT p) AS papers
RETURN label(o) AS type, o.name AS name, o.key AS key, papers
ORDER BY papers DESC, name, key
LIMIT $limit
