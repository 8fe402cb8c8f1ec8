// name: paper-proposals
// description: what each paper proposes (methods, datasets, benchmarks, models), with the evidence sentence
// params:
MATCH (p:Paper)-[r:PROPOSES]->(e)
RETURN p.id AS paper, p.title AS title, e.name AS proposes, e.key AS key, r.sentence AS sentence
ORDER BY paper, proposes, key
