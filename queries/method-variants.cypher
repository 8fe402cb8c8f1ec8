// name: method-variants
// description: a method and its variants ("robust PCA", "sparse PCA" of PCA: the variant link, VARIANT_OF): the base's row first (relation 'base'), then each variant (relation 'variant'), each with the papers naming it, and family_papers, the papers naming the base or any variant; a variant's name gives its base's family; method: name, alias or key (case, spaces and hyphens ignored)
// params: method, limit=50
// papers: the stored count of papers naming that node (any role), as top-methods counts a node; family_papers is
// a column of its own (no count elsewhere folds variants into their base).
WITH replace(replace(replace(toLower($method), '-', ''), ' ', ''), '_', '') AS q
MATCH (t:Term {key: 'n:' + q})
WITH t.ids AS ks
MATCH (m:Method)
WHERE m.key IN ks
// The base: the named method, or the base(s) a named variant links to.
OPTIONAL MATCH (m)-[:VARIANT_OF]->(up:Method)
WITH m, collect(up.key) AS ups
UNWIND CASE WHEN size(ups) = 0 THEN [m.key] ELSE ups END AS bk
WITH DISTINCT bk
MATCH (b:Method {key: bk})
OPTIONAL MATCH (b)<-[:VARIANT_OF]-(v:Method)
WITH b.key AS bk, b.name AS base, [b.key] + collect(v.key) AS fks
// Papers naming the base or one of its variants, each once.
UNWIND fks AS fk
MATCH (f:Method {key: fk})<--(p:Paper)
WITH bk, base, fks, count(DISTINCT p) AS family_papers
// By key: LadybugDB cannot match from a node carried through an aggregation.
UNWIND fks AS fk
MATCH (x:Method {key: fk})
RETURN base, bk AS base_key, family_papers, CASE WHEN fk = bk THEN 'base' ELSE 'variant' END AS relation,
       x.name AS method, x.key AS method_key,
       coalesce(x.papers, 0) AS papers
ORDER BY base, base_key, relation, papers DESC, method, method_key
LIMIT $limit
