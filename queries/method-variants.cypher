// name: method-variants
// description: a method's variants ("robust PCA", "sparse PCA" of PCA; the variant link, VARIANT_OF), each with the papers naming it, beside its base's papers and the papers naming the base or any variant (family_papers); a variant's name gives its base's variants; method: name, alias or key (case, spaces and hyphens ignored)
// params: method, limit=50
// papers: the stored count of papers naming the node (any role), as top-methods' rows are counted by node;
// family_papers is its own column (the base's papers count is unchanged: no variant is folded into it).
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
MATCH (b:Method {key: bk})<-[:VARIANT_OF]-(v:Method)
WITH b, collect(v.key) AS vks
// Papers naming the base or one of its variants, each once.
UNWIND vks + [b.key] AS fk
MATCH (f:Method {key: fk})<--(p:Paper)
// By key again: LadybugDB cannot match from a node carried through an aggregation.
WITH b.key AS bk, count(DISTINCT p) AS family_papers
MATCH (b:Method {key: bk})<-[:VARIANT_OF]-(v:Method)
RETURN b.name AS base, b.key AS base_key, coalesce(b.papers, 0) AS base_papers, family_papers, v.name AS variant,
       v.key AS variant_key, coalesce(v.papers, 0) AS papers
ORDER BY base, base_key, papers DESC, variant, variant_key
LIMIT $limit
