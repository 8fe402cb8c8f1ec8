// name: entity-card
// description: one entity (any type, model families too) by its exact key: type, name, aliases, model family (and its key), papers naming it, a method variant's base (variant_of, variant_of_key) and a base's number of variants
// params: key
// Entity labels, not every node: the word and name index (Term) would be scanned too.
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE e.key = $key
OPTIONAL MATCH (e)-[:IN_FAMILY]->(f:ModelFamily)
// A method variant's base (variant_of) and how many variants a base has (VARIANT_OF; query method-variants
// lists them).
OPTIONAL MATCH (e)-[:VARIANT_OF]->(b:Method)
OPTIONAL MATCH (e)<-[:VARIANT_OF]-(v:Method)
WITH e, f, b, count(DISTINCT v) AS variants
RETURN label(e) AS type, e.name AS name, e.key AS key, e.aliases AS aliases, e.family AS family, f.key AS family_key,
       coalesce(e.papers, 0) AS papers, b.name AS variant_of, b.key AS variant_of_key, variants
