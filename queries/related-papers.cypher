// name: related-papers
// description: papers sharing entities (or code) with a paper; rarer shared entities weigh more (sum of 1/log10(1+papers naming it))
// params: paper, limit=10
// e.papers is the derived count stored by every load: counting it here, per pair, was 20 s on the 73k graph
MATCH (p:Paper {id: $paper})-->(e)<--(o:Paper)
WHERE o.id <> p.id
WITH DISTINCT o, e
WITH o, e, coalesce(e.name, e.url) AS shared_name
// Ordered so each paper's shared_entities list rarest first (SKIP 0 keeps the order into collect on LadybugDB)
ORDER BY o.id, e.papers, shared_name
SKIP 0
WITH o, sum(1.0 / log10(1.0 + e.papers)) AS score, count(e) AS shared, collect(shared_name) AS shared_entities
RETURN o.id AS paper, o.title AS title, shared, round(score, 4) AS score, shared_entities
ORDER BY score DESC, shared DESC, paper
LIMIT $limit
