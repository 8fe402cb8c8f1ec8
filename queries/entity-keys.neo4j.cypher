// name: entity-keys
// description: (source, target) key pairs of the entities (any type, model families too) whose name, alias or key is source or target, ignoring case; the first step of shortest-connection
// params: source, target
WITH toLower($source) AS qs, toLower($target) AS qt
MATCH (e)
WHERE e.key IS NOT NULL
WITH e.key AS key, [toLower(e.name), toLower(e.key)] + [a IN coalesce(e.aliases, []) | toLower(a)] AS forms, qs, qt
WHERE qs IN forms OR qt IN forms
WITH key, qs IN forms AS is_source, qt IN forms AS is_target
WITH collect(CASE WHEN is_source THEN key END) AS sources, collect(CASE WHEN is_target THEN key END) AS targets
UNWIND sources AS source_key
UNWIND targets AS target_key
WITH source_key, target_key
WHERE source_key <> target_key
RETURN source_key, target_key
ORDER BY source_key, target_key
