// name: shortest-connection
// description: all shortest paths (up to 6 hops, any direction) between two entities given by name, alias or key
// params: source, target
// first: entity-keys
// Two steps, as on LadybugDB: entity-keys resolves the names to (source_key, target_key) pairs, then this runs
// once per pair from nodes found by key. entity-keys leaves out a node paired with itself (allShortestPaths refuses).
MATCH (a:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE a.key = $source_key
MATCH (b:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE b.key = $target_key
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH p, [n IN nodes(p) | coalesce(n.name, n.id, n.url)] AS names, [r IN relationships(p) | type(r)] AS types
WITH length(p) AS hops,
     reduce(s = head(names), x IN tail(names) | s + ' | ' + x) AS path,
     reduce(s = head(types), x IN tail(types) | s + ' | ' + x) AS relationships
RETURN DISTINCT hops, path, relationships
ORDER BY hops, path, relationships
