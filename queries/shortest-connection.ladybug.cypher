// name: shortest-connection
// description: all shortest paths (up to 6 hops, any direction) between two entities given by name, alias or key, not passing through metrics or hubs (entities named by more than hub_papers papers; 0: 1 % of the papers in the store, at least 50); papers shown as title (year); at most limit paths per pair of entities
// params: source, target, hub_papers=0, limit=20
// first: entity-keys
// Two steps: entity-keys resolves the names to (source_key, target_key) pairs, then this runs once per pair from
// nodes found by key, searching from start_key (the end fewer papers name: ladybug's search runs from the left
// node, and from the rare end it is ~10x faster) and turning the path round when that is the target.
// In one statement LadybugDB 0.22 ran the recursive join unanchored and filled its buffer pool. The label list
// (not an unlabelled match) keeps it 2x faster. On the 73k graph ladybug's node lists were wrong (nodes out of order, repeated or from another path) for nodes(p) of a path variable, and for nodes(r)
// when one statement searched from several sources; a, nodes(r), b of one pair were right in every path checked.
// The lists are built in a WITH before the CASE: list_transform inside a CASE branch gave empty names (0.22).
// A paper is 'title (year)'; the CASE because LadybugDB's + treats a null year as '' where Neo4j's gives null.
MATCH (x:Method:Dataset:Benchmark:Task:Metric:Model:ModelFamily)
WHERE x.key = $start_key
MATCH (y:Method:Dataset:Benchmark:Task:Metric:Model:ModelFamily)
WHERE y.key = $end_key
// Hubs ("accuracy", "Deep Learning") and metrics connect nearly everything and say nothing: the search skips them.
MATCH (x)-[r* ALL SHORTEST 1..6 (e, n | WHERE (label(n) <> 'Metric' AND (n.papers IS NULL OR n.papers <= $hub)) OR n.key = $start_key OR n.key = $end_key)]-(y)
WITH x, y, size(rels(r)) AS hops,
     list_transform(nodes(r), n -> CASE WHEN n.year IS NULL THEN coalesce(n.name, n.title, n.id, n.url)
                                         ELSE coalesce(n.name, n.title, n.id) + ' (' + cast(n.year AS STRING) + ')' END) AS inner,
     properties(rels(r), '_LABEL') AS types
WITH hops,
     CASE WHEN $start_key = $source_key THEN [x.name] + inner + [y.name]
          ELSE [y.name] + list_reverse(inner) + [x.name] END AS names,
     CASE WHEN $start_key = $source_key THEN types ELSE list_reverse(types) END AS types
RETURN DISTINCT hops, list_to_string(' | ', names) AS path, list_to_string(' | ', types) AS relationships
ORDER BY hops, path, relationships
LIMIT $limit
