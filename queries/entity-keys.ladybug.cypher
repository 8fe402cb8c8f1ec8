// name: entity-keys
// description: (source, target) key pairs of the entities (any type, model families too) whose name, alias or key is source or target, ignoring case; the first step of shortest-connection
// params: source, target
// One list of lower-cased forms per node: LadybugDB 0.22 gave wrong answers for two any(...) over the
// same aliases in one projection (the second's answer for both).
WITH toLower($source) AS qs, toLower($target) AS qt
MATCH (e)
WHERE e.key IS NOT NULL
WITH e.key AS key, [toLower(e.name), toLower(e.key)] + coalesce(list_transform(e.aliases, a -> toLower(a)), []) AS forms, qs, qt
WHERE list_contains(forms, qs) OR list_contains(forms, qt)
WITH key, list_contains(forms, qs) AS is_source, list_contains(forms, qt) AS is_target
WITH collect(CASE WHEN is_source THEN key END) AS sources, collect(CASE WHEN is_target THEN key END) AS targets
UNWIND sources AS source_key
UNWIND targets AS target_key
WITH source_key, target_key
WHERE source_key <> target_key
RETURN source_key, target_key
ORDER BY source_key, target_key
