// name: related-papers
// description: papers sharing entities (or code) with a paper; rarer shared entities weigh more (sum of 1/log10(1+papers naming it))
// params: paper, limit=10
MATCH (p:Paper {id: $paper})-->(e)<--(o:Paper)
WHERE o.id <> p.id
WITH DISTINCT o, e
MATCH (e)<--(x:Paper)
WITH o, e, count(DISTINCT x) AS degree
WITH o, e, degree, coalesce(e.name, e.url) AS shared_name
ORDER BY o.id, degree, shared_name
SKIP 0
WITH o, sum(1.0 / log10(1.0 + degree)) AS score, count(e) AS shared, collect(shared_name) AS shared_entities
RETURN o.id AS paper, o.title AS title, shared, round(score, 4) AS score, shared_entities
ORDER BY score DESC, shared DESC, paper
LIMIT $limit
