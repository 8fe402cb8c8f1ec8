// name: paper-mentions
// description: the entities of a paper with every form that names them (name, aliases, the mention's text) and the first mention's offsets, to mark them in its abstract
// params: paper
MATCH (p:Paper {id: $paper})-[r:PROPOSES|USES|EVALUATES_ON|COMPARES_WITH|ADDRESSES|REPORTS]->(e)
RETURN type(r) AS relation, labels(e)[0] AS type, e.name AS entity, e.key AS key, e.aliases AS aliases, r.surface AS surface,
       r.field AS field, r.start AS start, r.`end` AS `end`, r.rule AS rule
ORDER BY relation, type, entity, key
