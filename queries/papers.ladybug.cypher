// name: papers
// description: papers whose title or abstract contain the words of the text (any case), ranked: more of the words first, then a word in the title weighing 3 and in the abstract 1, the whole text in the title 5 more and as the whole title 10 more, then shorter titles; with id, year, venue and title
// params: text, since=0, until=0, venue=, limit=20
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
// Portable scoring (substring match per word), the same on every store: LadybugDB's full-text extension is
// downloaded on first use, which this offline tool cannot do. Each paper's text is lower-cased once, not once
// per word (2.2x faster on the 73k graph); it is still a scan of every abstract.
WITH toLower(trim($text)) AS phrase
MATCH (p:Paper)
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH phrase, p, toLower(p.title) AS t, toLower(p.abstract) AS a
UNWIND string_split(phrase, ' ') AS word
WITH p, phrase, t, a, trim(word) AS w
WHERE size(w) > 1 AND (t CONTAINS w OR a CONTAINS w)
WITH p, phrase, t, count(DISTINCT w) AS words,
     sum(CASE WHEN t CONTAINS w THEN 3 ELSE 0 END + CASE WHEN a CONTAINS w THEN 1 ELSE 0 END) AS score
WITH p, words, score + CASE WHEN t CONTAINS phrase THEN 5 ELSE 0 END
                     + CASE WHEN t = phrase THEN 10 ELSE 0 END AS score
// Ties: the shorter title first (the closer match), then by id.
RETURN p.id AS paper, p.year AS year, p.venue AS venue, p.title AS title, words, score
ORDER BY words DESC, score DESC, coalesce(size(title), 1000000), paper
LIMIT $limit
