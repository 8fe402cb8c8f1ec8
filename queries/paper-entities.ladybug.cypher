// name: paper-entities
// description: every entity of a paper with its role and evidence (sentence, offsets, rule)
// params: paper
MATCH (p:Paper {id: $paper})-[r:PROPOSES|USES|EVALUATES_ON|COMPARES_WITH|ADDRESSES|REPORTS]->(e)
RETURN label(r) AS relation, label(e) AS type, e.name AS entity, e.key AS key, r.surface AS surface,
       r.field AS field, r.start AS start, r.`end` AS `end`, r.rule AS rule, r.mentions AS mentions, CASE WHEN size(r.sentences) > 0 THEN r.sentences[1] END AS sentence
ORDER BY relation, type, entity, key
