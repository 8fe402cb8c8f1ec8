// name: entity-keys
// description: (source, target) key pairs of the entities (any type, model families too) whose name, alias or key is source or target, ignoring case, spaces, hyphens and underscores, and the pair in the order a path search runs best (start_key: the end fewer papers name); the first step of shortest-connection; hub: the papers count above which an entity is a hub a path may not pass through (hub_papers, or 0: 1 % of the papers in the store, at least 50)
// params: source, target, hub_papers=0
MATCH (pp:Paper)
WITH count(pp) AS n_papers
WITH replace(replace(replace(toLower($source), '-', ''), ' ', ''), '_', '') AS qs, replace(replace(replace(toLower($target), '-', ''), ' ', ''), '_', '') AS qt,
     CASE WHEN $hub_papers > 0 THEN $hub_papers WHEN n_papers / 100 > 50 THEN n_papers / 100 ELSE 50 END AS hub
// The name index (schema.TERM rows "n:FORM", graph/terms.py) gives the keys of the nodes named so; normalising
// every keyed node's key, name and aliases instead took 50 ms on the 73k graph.
OPTIONAL MATCH (ns:Term {key: 'n:' + qs})
OPTIONAL MATCH (nt:Term {key: 'n:' + qt})
WITH hub, coalesce(ns.ids, []) AS source_keys, coalesce(nt.ids, []) AS target_keys
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE e.key IN source_keys OR e.key IN target_keys
WITH hub, e.key AS key, coalesce(e.papers, 0) AS papers, e.key IN source_keys AS is_source,
     e.key IN target_keys AS is_target
WITH hub, collect(CASE WHEN is_source THEN {key: key, papers: papers} END) AS sources,
     collect(CASE WHEN is_target THEN {key: key, papers: papers} END) AS targets
UNWIND sources AS s
UNWIND targets AS t
WITH hub, s.key AS source_key, t.key AS target_key, s.papers <= t.papers AS from_source
WHERE source_key <> target_key
RETURN source_key, target_key,
       CASE WHEN from_source THEN source_key ELSE target_key END AS start_key,
       CASE WHEN from_source THEN target_key ELSE source_key END AS end_key, hub
ORDER BY source_key, target_key
