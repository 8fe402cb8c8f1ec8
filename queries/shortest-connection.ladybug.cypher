// name: shortest-connection
// description: all shortest paths (up to 6 hops, any direction) between two entities given by name, alias or key
// params: source, target
WITH toLower($source) AS qs, toLower($target) AS qt
MATCH (a)
WHERE toLower(a.name) = qs OR toLower(a.key) = qs OR any(x IN a.aliases WHERE toLower(x) = qs)
MATCH (b)
WHERE toLower(b.name) = qt OR toLower(b.key) = qt OR any(x IN b.aliases WHERE toLower(x) = qt)
MATCH p = (a)-[* ALL SHORTEST 1..6]-(b)
WITH length(p) AS hops,
     list_to_string(' | ', list_transform(nodes(p), n -> coalesce(n.name, n.id, n.url))) AS path,
     list_to_string(' | ', properties(rels(p), '_LABEL')) AS relationships
RETURN DISTINCT hops, path, relationships
ORDER BY hops, path, relationships
