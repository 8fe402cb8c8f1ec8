// name: shortest-connection
// description: all shortest paths (up to 6 hops, any direction) between two entities given by name, alias or key
// params: source, target
WITH toLower($source) AS qs, toLower($target) AS qt
MATCH (a)
WHERE toLower(a.name) = qs OR toLower(a.key) = qs OR any(x IN a.aliases WHERE toLower(x) = qs)
MATCH (b)
WHERE toLower(b.name) = qt OR toLower(b.key) = qt OR any(x IN b.aliases WHERE toLower(x) = qt)
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH p, [n IN nodes(p) | coalesce(n.name, n.id, n.url)] AS names, [r IN relationships(p) | type(r)] AS types
WITH length(p) AS hops,
     reduce(s = head(names), x IN tail(names) | s + ' | ' + x) AS path,
     reduce(s = head(types), x IN tail(types) | s + ' | ' + x) AS relationships
RETURN DISTINCT hops, path, relationships
ORDER BY hops, path, relationships
