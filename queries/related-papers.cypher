// name: related-papers
// description: papers sharing entities (or code) with a paper, with year and title; rarer shared entities weigh more (sum of 1/log10(1+papers naming it)); hubs (entities named by more than hub_papers papers; 0: 1 % of the papers in the store, at least 50) are skipped
// params: paper, hub_papers=0, limit=10
// Hubs such as "accuracy" or "deep learning" relate thousands of papers and say nothing about any two of them.
MATCH (t:Paper)
WITH count(t) AS n
WITH CASE WHEN $hub_papers > 0 THEN $hub_papers WHEN n / 100 > 50 THEN n / 100 ELSE 50 END AS hub
// e.papers is the derived count stored by every load: counting it here, per pair, was 20 s on the 73k graph
// One pattern: split in two MATCHes (entities, then their papers) it was 8x slower on the 73k graph.
MATCH (p:Paper {id: $paper})-->(e)<--(o:Paper)
WHERE o.id <> p.id AND e.papers <= hub
WITH DISTINCT o, e
WITH o, e, coalesce(e.name, e.url) AS shared_name
// Ordered so each paper's shared_entities list rarest first (SKIP 0 keeps the order into collect on LadybugDB)
ORDER BY o.id, e.papers, shared_name
SKIP 0
WITH o, sum(1.0 / log10(1.0 + e.papers)) AS score, count(e) AS shared, collect(shared_name) AS shared_entities
RETURN o.id AS paper, o.year AS year, o.title AS title, shared, round(score, 4) AS score, shared_entities
ORDER BY score DESC, shared DESC, paper
LIMIT $limit
