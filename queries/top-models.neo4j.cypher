// name: top-models
// description: models named by the most papers (any role), with their family, roles and years
// params: since=0, until=0, venue=, limit=10
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
// Counted by key, cut to the top, then names read (see top-methods).
MATCH (p:Paper)-[r:PROPOSES|USES|COMPARES_WITH]->(m:Model)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH m.key AS key, type(r) AS rel, p.year AS year
WITH key, count(*) AS papers, count(CASE WHEN rel = 'PROPOSES' THEN 1 END) AS np,
     count(CASE WHEN rel = 'USES' THEN 1 END) AS nu, count(CASE WHEN rel = 'COMPARES_WITH' THEN 1 END) AS nc,
     min(year) AS first_year, max(year) AS last_year
ORDER BY papers DESC, key
LIMIT $limit
MATCH (m:Model {key: key})
WITH m, papers, first_year, last_year,
     CASE WHEN np > 0 THEN ', proposes ' + toString(np) ELSE '' END
     + CASE WHEN nu > 0 THEN ', uses ' + toString(nu) ELSE '' END
     + CASE WHEN nc > 0 THEN ', compares_with ' + toString(nc) ELSE '' END AS roles
RETURN m.name AS model, m.family AS family, m.key AS model_key, papers, right(roles, size(roles) - 2) AS roles,
       first_year, last_year
ORDER BY papers DESC, model, model_key
