// name: rising
// description: entities whose share of papers grew most from an earlier period (from .. since-1) to a later one (since .. until): share = papers naming the entity / papers in the store in that period; min_papers: least papers in the later period; kind: any or a comma list of method, model, dataset, benchmark, task, metric
// params: since:int, until=0, from=0, kind=any, min_papers=10, venue=, limit=25
// values: kind=any|method|model|dataset|benchmark|task|metric
// from/until: years, 0 = no bound; venue: exact, any case ('' = every venue). Papers with no year are left out.
// growth is the later share minus the earlier one (percentage points / 100): a ratio would put entities with
// one earlier paper first. count(...) counts papers: a paper has one relationship to an entity (counting
// distinct papers was 2.6x slower on the 73k graph).
MATCH (t:Paper)
WHERE t.year IS NOT NULL AND ($from = 0 OR t.year >= $from) AND ($until = 0 OR t.year <= $until)
  AND ($venue = '' OR toLower(t.venue) = toLower($venue))
WITH sum(CASE WHEN t.year < $since THEN 1 ELSE 0 END) AS total_before,
     sum(CASE WHEN t.year >= $since THEN 1 ELSE 0 END) AS total_after
// Only entities with at least min_papers papers in all can have that many in the later period.
// Entity labels, not every node: the word and name index (Term) would be scanned too.
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model)
WHERE e.papers >= $min_papers AND ($kind = 'any' OR $kind CONTAINS toLower(label(e)))
WITH total_before, total_after, e
MATCH (p:Paper)-[:PROPOSES|USES|EVALUATES_ON|COMPARES_WITH|ADDRESSES|REPORTS]->(e)
WHERE p.year IS NOT NULL AND ($from = 0 OR p.year >= $from) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH total_before, total_after, e, p.year >= $since AS later
WITH total_before, total_after, e, count(CASE WHEN NOT later THEN 1 END) AS before,
     count(CASE WHEN later THEN 1 END) AS after
WHERE after >= $min_papers
WITH e, before, after,
     CASE WHEN total_before = 0 THEN 0.0 ELSE 1.0 * before / total_before END AS share_before,
     CASE WHEN total_after = 0 THEN 0.0 ELSE 1.0 * after / total_after END AS share_after
RETURN e.name AS entity, toLower(label(e)) AS kind, e.key AS key, before AS papers_before,
       round(share_before, 6) AS share_before, after AS papers_after, round(share_after, 6) AS share_after,
       round(share_after - share_before, 6) AS growth
ORDER BY growth DESC, entity, key
LIMIT $limit
