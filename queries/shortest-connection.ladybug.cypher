// name: shortest-connection
// description: all shortest paths (up to 6 hops, any direction) between two entities given by name, alias or key
// params: source, target
// first: entity-keys
// Two steps: entity-keys resolves the names to $source_keys/$target_keys, then the paths start from nodes found
// by key. In one statement LadybugDB 0.22 ran the recursive join unanchored and filled its buffer pool.
// The label list (not an unlabelled match) keeps it 2x faster.
MATCH (a:Method:Dataset:Benchmark:Task:Metric:Model:ModelFamily)
WHERE a.key IN $source_keys
MATCH (b:Method:Dataset:Benchmark:Task:Metric:Model:ModelFamily)
WHERE b.key IN $target_keys AND b.key <> a.key
MATCH p = (a)-[* ALL SHORTEST 1..6]-(b)
WITH length(p) AS hops,
     list_to_string(' | ', list_transform(nodes(p), n -> coalesce(n.name, n.id, n.url))) AS path,
     list_to_string(' | ', properties(rels(p), '_LABEL')) AS relationships
RETURN DISTINCT hops, path, relationships
ORDER BY hops, path, relationships
