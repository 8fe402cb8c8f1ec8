// name: entity-keys
// description: keys of the entities (any type, model families too) whose name, alias or key is source or target, ignoring case; the first step of shortest-connection
// params: source, target
WITH toLower($source) AS qs, toLower($target) AS qt
MATCH (e)
WHERE e.key IS NOT NULL
WITH e.key AS key, [toLower(e.name), toLower(e.key)] + [a IN coalesce(e.aliases, []) | toLower(a)] AS forms, qs, qt
WHERE qs IN forms OR qt IN forms
WITH key, qs IN forms AS is_source, qt IN forms AS is_target
ORDER BY key
RETURN collect(CASE WHEN is_source THEN key END) AS source_keys, collect(CASE WHEN is_target THEN key END) AS target_keys
