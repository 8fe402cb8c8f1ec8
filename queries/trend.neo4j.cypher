// name: trend
// description: papers per year naming one or more entities (names, aliases or keys joined by commas; case, spaces and hyphens ignored), raw and as a share of that year's papers in the store; years with none are left out
// params: entity, since=0, until=0, venue=
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue); year_papers and share count
// the same venue only. Papers with no year are left out.
// The entities first (a scan of every node), once; then each year's total, then each entity's papers that year.
UNWIND split($entity, ',') AS given
WITH replace(replace(replace(toLower(trim(given)), '-', ''), ' ', ''), '_', '') AS q
WHERE q <> ''
MATCH (e)
WHERE e.key IS NOT NULL
  AND (replace(replace(replace(toLower(e.key), '-', ''), ' ', ''), '_', '') = q
       OR replace(replace(replace(toLower(e.name), '-', ''), ' ', ''), '_', '') = q
       OR any(a IN e.aliases WHERE replace(replace(replace(toLower(a), '-', ''), ' ', ''), '_', '') = q))
WITH DISTINCT e
MATCH (p:Paper)-->(e)
WITH e, p
WHERE p.year IS NOT NULL AND ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH e, p.year AS year, count(DISTINCT p) AS papers
WITH collect({key: e.key, name: e.name, year: year, papers: papers}) AS rows
MATCH (t:Paper)
WHERE t.year IS NOT NULL AND ($since = 0 OR t.year >= $since) AND ($until = 0 OR t.year <= $until)
  AND ($venue = '' OR toLower(t.venue) = toLower($venue))
WITH rows, t.year AS year, count(t) AS year_papers
UNWIND rows AS r
WITH r, year, year_papers
WHERE r.year = year
RETURN r.name AS entity, r.key AS key, year, r.papers AS papers, year_papers,
       round(1.0 * r.papers / year_papers, 6) AS share
ORDER BY entity, key, year
