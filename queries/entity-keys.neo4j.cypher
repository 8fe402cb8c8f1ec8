// name: entity-keys
// description: (source, target) key pairs of the entities (any type, model families too) whose name, alias or key is source or target, ignoring case, and the pair in the order a path search runs best (start_key: the end fewer papers name); the first step of shortest-connection
// params: source, target
WITH toLower($source) AS qs, toLower($target) AS qt
MATCH (e)
WHERE e.key IS NOT NULL
WITH e.key AS key, coalesce(e.papers, 0) AS papers, qs, qt,
     [toLower(e.name), toLower(e.key)] + [a IN coalesce(e.aliases, []) | toLower(a)] AS forms
WHERE qs IN forms OR qt IN forms
WITH key, papers, qs IN forms AS is_source, qt IN forms AS is_target
WITH collect(CASE WHEN is_source THEN {key: key, papers: papers} END) AS sources,
     collect(CASE WHEN is_target THEN {key: key, papers: papers} END) AS targets
UNWIND sources AS s
UNWIND targets AS t
WITH s.key AS source_key, t.key AS target_key, s.papers <= t.papers AS from_source
WHERE source_key <> target_key
RETURN source_key, target_key,
       CASE WHEN from_source THEN source_key ELSE target_key END AS start_key,
       CASE WHEN from_source THEN target_key ELSE source_key END AS end_key
ORDER BY source_key, target_key
