// name: shortest-connection
// description: all shortest paths (up to 6 hops, any direction) between two entities given by name, alias or key
// params: source, target
// first: entity-keys
// Two steps: entity-keys resolves the names to (source_key, target_key) pairs, then this runs once per pair from
// nodes found by key. In one statement LadybugDB 0.22 ran the recursive join unanchored and filled its buffer
// pool. The label list (not an unlabelled match) keeps it 2x faster. On the 73k graph ladybug's node lists were
// wrong (nodes out of order, repeated or from another path) for nodes(p) of a path variable, and for nodes(r)
// when one statement searched from several sources; a, nodes(r), b of one pair were right in every path checked.
MATCH (a:Method:Dataset:Benchmark:Task:Metric:Model:ModelFamily)
WHERE a.key = $source_key
MATCH (b:Method:Dataset:Benchmark:Task:Metric:Model:ModelFamily)
WHERE b.key = $target_key
MATCH (a)-[r* ALL SHORTEST 1..6]-(b)
WITH size(rels(r)) AS hops,
     list_to_string(' | ', [a.name] + list_transform(nodes(r), n -> coalesce(n.name, n.id, n.url)) + [b.name]) AS path,
     list_to_string(' | ', properties(rels(r), '_LABEL')) AS relationships
RETURN DISTINCT hops, path, relationships
ORDER BY hops, path, relationships
