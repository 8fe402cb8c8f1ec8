// name: papers-per-year
// description: papers in the store per year (the denominator of every share), and papers with no year
// params: since=0, until=0, venue=
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue). A paper with no year is counted
// (year null) only when no year bound is given.
MATCH (p:Paper)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
RETURN p.year AS year, count(p) AS papers
ORDER BY year, papers
