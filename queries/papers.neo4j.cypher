// name: papers
// description: papers whose title or abstract contain the words of the text (any case), ranked: more of the words first, then a word in the title weighing 3 and in the abstract 1, the whole text in the title 5 more; with id, year, venue and title
// params: text, since=0, until=0, venue=, limit=20
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
// Portable scoring (substring match per word), the same on every store: LadybugDB's full-text extension is
// downloaded on first use, which this offline tool cannot do.
WITH toLower(trim($text)) AS phrase
UNWIND split(phrase, ' ') AS word
WITH DISTINCT phrase, trim(word) AS w
WHERE size(w) > 1
MATCH (p:Paper)
WHERE (toLower(p.title) CONTAINS w OR toLower(p.abstract) CONTAINS w)
  AND ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH p, phrase, count(DISTINCT w) AS words,
     sum(CASE WHEN toLower(p.title) CONTAINS w THEN 3 ELSE 0 END
         + CASE WHEN toLower(p.abstract) CONTAINS w THEN 1 ELSE 0 END) AS score
RETURN p.id AS paper, p.year AS year, p.venue AS venue, p.title AS title, words,
       score + CASE WHEN toLower(p.title) CONTAINS phrase THEN 5 ELSE 0 END AS score
ORDER BY words DESC, score DESC, paper
LIMIT $limit
