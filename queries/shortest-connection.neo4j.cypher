// name: shortest-connection
// description: all shortest paths (up to 6 hops, any direction) between two entities given by name, alias or key, not passing through metrics or hubs (entities named by more than hub_papers papers; 0: 1 % of the papers in the store, at least 50); papers shown as title (year); at most limit paths per pair of entities
// params: source, target, hub_papers=0, limit=20
// first: entity-keys
// Two steps, as on LadybugDB: entity-keys resolves the names to (source_key, target_key) pairs, then this runs
// once per pair from nodes found by key. entity-keys leaves out a node paired with itself (allShortestPaths refuses).
MATCH (a:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE a.key = $source_key
MATCH (b:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE b.key = $target_key
// Hubs ("accuracy", "Deep Learning") and metrics connect nearly everything and say nothing: the search skips them
// (a predicate on all nodes of the path is applied during the search).
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE (NOT n:Metric AND (n.papers IS NULL OR n.papers <= $hub)) OR n = a OR n = b)
WITH p, [n IN nodes(p) | CASE WHEN n.year IS NULL THEN coalesce(n.name, n.title, n.id, n.url)
                                          ELSE coalesce(n.name, n.title, n.id) + ' (' + toString(n.year) + ')' END] AS names, [r IN relationships(p) | type(r)] AS types
WITH length(p) AS hops,
     reduce(s = head(names), x IN tail(names) | s + ' | ' + x) AS path,
     reduce(s = head(types), x IN tail(types) | s + ' | ' + x) AS relationships
RETURN DISTINCT hops, path, relationships
ORDER BY hops, path, relationships
LIMIT $limit
