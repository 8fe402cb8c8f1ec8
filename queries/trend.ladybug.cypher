// name: trend
// description: papers per year naming one or more entities (names, aliases or keys joined by commas; case, spaces and hyphens ignored), raw and as a share of that year's papers in the store; years with none are left out
// params: entity, since=0, until=0, venue=
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue); year_papers and share count
// the same venue only. Papers with no year are left out.
// The year totals first (one scan of the papers, 44 rows), then the entities (a scan of the entity tables,
// not of papers), then their papers per year: totals computed after the entities took twice as long.
// count(*) counts papers: a paper has one relationship to an entity.
MATCH (t:Paper)
WHERE t.year IS NOT NULL AND ($since = 0 OR t.year >= $since) AND ($until = 0 OR t.year <= $until)
  AND ($venue = '' OR toLower(t.venue) = toLower($venue))
WITH t.year AS year, count(t) AS year_papers
WITH collect({year: year, n: year_papers}) AS totals
UNWIND string_split($entity, ',') AS given
WITH totals, replace(replace(replace(toLower(trim(given)), '-', ''), ' ', ''), '_', '') AS q
WHERE q <> ''
// The name index (schema.TERM rows "n:FORM", graph/terms.py) gives the keys of the nodes named so; normalising
// every node's key, name and aliases instead took 60 ms on the 73k graph. `key IN ks`, not UNWIND and
// `key = k`: with that LadybugDB joined every paper relationship first (20x slower for entity-sentences).
MATCH (n:Term {key: 'n:' + q})
WITH totals, n.ids AS ks
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model)
WHERE e.key IN ks
WITH DISTINCT totals, e
MATCH (p:Paper)-->(e)
WITH totals, e, p
WHERE p.year IS NOT NULL AND ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH totals, e, p.year AS year, count(*) AS papers
UNWIND totals AS t
WITH e, year, papers, t
WHERE t.year = year
RETURN e.name AS entity, e.key AS key, year, papers, t.n AS year_papers, round(1.0 * papers / t.n, 6) AS share
ORDER BY entity, key, year
