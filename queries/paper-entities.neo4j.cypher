// name: paper-entities
// description: every entity of a paper with its role and evidence (sentence, offsets, rule)
// params: paper
MATCH (p:Paper {id: $paper})-[r:PROPOSES|USES|EVALUATES_ON|COMPARES_WITH|ADDRESSES|REPORTS]->(e)
RETURN type(r) AS relation, labels(e)[0] AS type, e.name AS entity, e.key AS key, r.surface AS surface,
       r.field AS field, r.start AS start, r.`end` AS `end`, r.rule AS rule, r.mentions AS mentions, r.sentences[0] AS sentence
ORDER BY relation, type, entity, key
