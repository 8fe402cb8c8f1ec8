// name: top-methods
// description: methods named by the most papers (any role), with their roles (how many papers propose, use, compare with each) and years
// params: since=0, until=0, venue=, limit=10
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
MATCH (p:Paper)-[r:PROPOSES|USES|COMPARES_WITH]->(m:Method)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH m, p, type(r) AS rel
WITH m, count(DISTINCT p) AS papers, min(p.year) AS first_year, max(p.year) AS last_year,
     count(DISTINCT CASE WHEN rel = 'PROPOSES' THEN p.id END) AS np,
     count(DISTINCT CASE WHEN rel = 'USES' THEN p.id END) AS nu,
     count(DISTINCT CASE WHEN rel = 'COMPARES_WITH' THEN p.id END) AS nc
WITH m, papers, first_year, last_year, np,
     CASE WHEN np > 0 THEN ', proposes ' + toString(np) ELSE '' END
     + CASE WHEN nu > 0 THEN ', uses ' + toString(nu) ELSE '' END
     + CASE WHEN nc > 0 THEN ', compares_with ' + toString(nc) ELSE '' END AS roles
RETURN m.name AS method, m.key AS method_key, papers, np AS proposed_by, right(roles, size(roles) - 2) AS roles,
       first_year, last_year
ORDER BY papers DESC, method, method_key
LIMIT $limit
