// name: entity-card
// description: one entity (any type, model families too) by its exact key: type, name, aliases, model family (and its key), papers naming it
// params: key
// Entity labels, not every node: the word and name index (Term) would be scanned too.
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE e.key = $key
OPTIONAL MATCH (e)-[:IN_FAMILY]->(f:ModelFamily)
RETURN label(e) AS type, e.name AS name, e.key AS key, e.aliases AS aliases, e.family AS family, f.key AS family_key,
       coalesce(e.papers, 0) AS papers
