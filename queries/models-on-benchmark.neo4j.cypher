// name: models-on-benchmark
// description: models (with their family) named by papers that evaluate on a dataset or benchmark (name, alias or key; case, spaces and hyphens ignored), the model's roles in those papers, most papers first; role: any (proposes, uses or compares_with) or a comma list
// params: benchmark, role=any, since=0, until=0, venue=, limit=50
// values: role=any|proposes|uses|compares_with
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
WITH replace(replace(replace(toLower($benchmark), '-', ''), ' ', ''), '_', '') AS q
// The name index (schema.TERM rows "n:FORM", graph/terms.py) gives the keys of the nodes named so; normalising
// every node's key, name and aliases instead took 60 ms on the 73k graph. `key IN ks`, not UNWIND and
// `key = k`: with that LadybugDB joined every paper relationship first (20x slower for entity-sentences).
MATCH (t:Term {key: 'n:' + q})
WITH t.ids AS ks
MATCH (b:Dataset|Benchmark)
WHERE b.key IN ks
WITH b
// One path pattern from the resource, and the paper filters after a WITH: filters on p in the MATCH made
// LadybugDB scan every paper first (128 ms against 18 ms for ImageNet on the 73k graph).
MATCH (m:Model)<-[r:PROPOSES|USES|COMPARES_WITH]-(p:Paper)-[:EVALUATES_ON]->(b)
WITH b, m, p, type(r) AS rel
WHERE ($role = 'any' OR toLower($role) CONTAINS toLower(rel))
  AND ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH b, m, count(DISTINCT p) AS papers, min(p.year) AS first_year, max(p.year) AS last_year,
     count(DISTINCT CASE WHEN rel = 'PROPOSES' THEN p.id END) AS np,
     count(DISTINCT CASE WHEN rel = 'USES' THEN p.id END) AS nu,
     count(DISTINCT CASE WHEN rel = 'COMPARES_WITH' THEN p.id END) AS nc
WITH b, m, papers, first_year, last_year,
     CASE WHEN np > 0 THEN ', proposes ' + toString(np) ELSE '' END
     + CASE WHEN nu > 0 THEN ', uses ' + toString(nu) ELSE '' END
     + CASE WHEN nc > 0 THEN ', compares_with ' + toString(nc) ELSE '' END AS roles
RETURN b.name AS benchmark, m.name AS model, m.family AS family, m.key AS model_key, papers,
       right(roles, size(roles) - 2) AS roles, first_year, last_year
ORDER BY papers DESC, model, model_key, benchmark
LIMIT $limit
