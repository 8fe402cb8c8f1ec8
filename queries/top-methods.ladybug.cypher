// name: top-methods
// description: methods named by the most papers (any role), with their roles (how many papers propose, use, compare with each) and years
// params: since=0, until=0, venue=, limit=10
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
// Counted by key in one pass, cut to the top, then names read for those only (grouping by node and reading
// names for every method was 3x slower on the 73k graph). count(*) counts papers: a paper has one
// relationship to an entity.
MATCH (p:Paper)-[r:PROPOSES|USES|COMPARES_WITH]->(m:Method)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH m.key AS key, label(r) AS rel, p.year AS year
WITH key, count(*) AS papers, count(CASE WHEN rel = 'PROPOSES' THEN 1 END) AS np,
     count(CASE WHEN rel = 'USES' THEN 1 END) AS nu, count(CASE WHEN rel = 'COMPARES_WITH' THEN 1 END) AS nc,
     min(year) AS first_year, max(year) AS last_year
ORDER BY papers DESC, key
LIMIT $limit
MATCH (m:Method {key: key})
WITH m, papers, np, first_year, last_year,
     CASE WHEN np > 0 THEN ', proposes ' + cast(np AS STRING) ELSE '' END
     + CASE WHEN nu > 0 THEN ', uses ' + cast(nu AS STRING) ELSE '' END
     + CASE WHEN nc > 0 THEN ', compares_with ' + cast(nc AS STRING) ELSE '' END AS roles
RETURN m.name AS method, m.key AS method_key, papers, np AS proposed_by, right(roles, size(roles) - 2) AS roles,
       first_year, last_year
ORDER BY papers DESC, method, method_key
