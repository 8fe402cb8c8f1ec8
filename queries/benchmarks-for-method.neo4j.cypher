// name: benchmarks-for-method
// description: datasets and benchmarks that papers naming a method or model (name, alias or key; case, spaces and hyphens ignored) evaluate on, the method's roles in those papers, most papers first; role: any (proposes, uses or compares_with: a method compared against on X was evaluated on X) or a comma list
// params: method, role=any, since=0, until=0, venue=, limit=50
// values: role=any|proposes|uses|compares_with
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
WITH replace(replace(replace(toLower($method), '-', ''), ' ', ''), '_', '') AS q
// The name index (schema.TERM rows "n:FORM", graph/terms.py) gives the keys of the nodes named so; normalising
// every node's key, name and aliases instead took 60 ms on the 73k graph. `key IN ks`, not UNWIND and
// `key = k`: with that LadybugDB joined every paper relationship first (20x slower for entity-sentences).
MATCH (t:Term {key: 'n:' + q})
WITH t.ids AS ks
MATCH (m:Method|Model)
WHERE m.key IN ks
// The method first (WITH m), then its papers: LadybugDB otherwise scans every relationship.
WITH m
// One path pattern from the method, and the paper filters after a WITH (see methods-on-benchmark).
MATCH (m)<-[r:PROPOSES|USES|COMPARES_WITH]-(p:Paper)-[:EVALUATES_ON]->(b:Dataset|Benchmark)
WITH m, b, p, type(r) AS rel
WHERE ($role = 'any' OR toLower($role) CONTAINS toLower(rel))
  AND ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH m, b, count(DISTINCT p) AS papers, min(p.year) AS first_year, max(p.year) AS last_year,
     count(DISTINCT CASE WHEN rel = 'PROPOSES' THEN p.id END) AS np,
     count(DISTINCT CASE WHEN rel = 'USES' THEN p.id END) AS nu,
     count(DISTINCT CASE WHEN rel = 'COMPARES_WITH' THEN p.id END) AS nc
WITH m, b, papers, first_year, last_year,
     CASE WHEN np > 0 THEN ', proposes ' + toString(np) ELSE '' END
     + CASE WHEN nu > 0 THEN ', uses ' + toString(nu) ELSE '' END
     + CASE WHEN nc > 0 THEN ', compares_with ' + toString(nc) ELSE '' END AS roles
RETURN m.name AS method, b.name AS benchmark, toLower(labels(b)[0]) AS kind, b.key AS benchmark_key, papers,
       right(roles, size(roles) - 2) AS roles, first_year, last_year
ORDER BY papers DESC, benchmark, benchmark_key, method
LIMIT $limit
