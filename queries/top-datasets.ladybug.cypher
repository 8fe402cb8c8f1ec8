// name: top-datasets
// description: data resources (datasets and benchmarks) named by the most papers in any role, with kind, the roles and years
// params: since=0, until=0, venue=, limit=10
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
// Counted by key, cut to the top, then names read (see top-methods).
MATCH (p:Paper)-[r:PROPOSES|USES|EVALUATES_ON|COMPARES_WITH]->(b:Dataset|Benchmark)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH b.key AS key, label(r) AS rel, p.year AS year
WITH key, count(*) AS papers, count(CASE WHEN rel = 'PROPOSES' THEN 1 END) AS np,
     count(CASE WHEN rel = 'USES' THEN 1 END) AS nu, count(CASE WHEN rel = 'EVALUATES_ON' THEN 1 END) AS ne,
     count(CASE WHEN rel = 'COMPARES_WITH' THEN 1 END) AS nc, min(year) AS first_year, max(year) AS last_year
ORDER BY papers DESC, key
LIMIT $limit
MATCH (b:Dataset|Benchmark)
WHERE b.key = key
WITH b, papers, first_year, last_year,
     CASE WHEN np > 0 THEN ', proposes ' + cast(np AS STRING) ELSE '' END
     + CASE WHEN nu > 0 THEN ', uses ' + cast(nu AS STRING) ELSE '' END
     + CASE WHEN ne > 0 THEN ', evaluates_on ' + cast(ne AS STRING) ELSE '' END
     + CASE WHEN nc > 0 THEN ', compares_with ' + cast(nc AS STRING) ELSE '' END AS roles
RETURN b.name AS dataset, toLower(label(b)) AS kind, b.key AS dataset_key, papers,
       right(roles, size(roles) - 2) AS roles, first_year, last_year
ORDER BY papers DESC, dataset, dataset_key
