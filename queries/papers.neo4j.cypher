// name: papers
// description: papers whose title or abstract hold words of the text (any case; plurals and singulars alike; common words such as "the" ignored), ranked: more of the words first, then a word in the title weighing 3, in the abstract 1, every word in the title 5 more and a title of just those words 10 more, then shorter titles; with id, year, venue and title
// params: text, since=0, until=0, venue=, limit=20
// since/until: years, 0 = no bound; venue: exact, any case ('' = every venue).
// Through the word index (schema.TERM, graph/terms.py: its docstring says what a word is and what the keys
// hold), never a scan of the abstracts (300 ms on the 73k graph on LadybugDB, whose full-text extension would
// be downloaded on first use, which this offline tool cannot do; Neo4j's full-text index splits and ranks words
// its own way, and both stores must answer the same). The text is split into words here as
// graph/terms.py splits papers: the separators below are its SEPARATORS. Keys are looked up one by one: a
// `key IN [list]` scanned the whole table (0.5 s).
// A word's papers are in its row and in its recent row (key '+' + key: papers a build added to the store since
// the index was last compacted, graph/terms.py); each paper in one of the two.
// Two branches, of which only one yields rows: with no year or venue bound the ranking needs nothing from the
// papers, so only the top `limit` are read; with one, every candidate's year and venue are.
WITH replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
     replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
     replace(replace(replace(replace(replace(replace(replace(toLower($text), '!', ' ')
     , '"', ' '), '#', ' '), '$', ' '), '%', ' '), '&', ' '), "'", ' '), '(', ' '), ')', ' '), '*', ' '), '+', ' ')
     , ',', ' '), '-', ' '), '.', ' '), '/', ' '), ':', ' '), ';', ' '), '<', ' '), '=', ' '), '>', ' '), '?', ' ')
     , '@', ' '), '[', ' '), '\\', ' '), ']', ' '), '^', ' '), '_', ' '), '`', ' '), '{', ' '), '|', ' '), '}', ' ')
     , '~', ' '), '\t', ' '), '\n', ' '), '\r', ' ') AS text
WHERE $since = 0 AND $until = 0 AND $venue = ''
UNWIND split(text, ' ') AS w0
WITH DISTINCT CASE WHEN size(w0) > 3 AND w0 ENDS WITH 's' AND NOT w0 ENDS WITH 'ss' THEN left(w0, size(w0) - 1)
                   ELSE w0 END AS w
WHERE size(w) > 1
WITH collect(w) AS ws
// n: the words the index knows (stop words and words no paper has are not counted). MATCH, not OPTIONAL
// MATCH: 7x faster here, and with no word known there is nothing to rank anyway.
UNWIND ws AS w
UNWIND range(0, 40) AS k
UNWIND CASE WHEN k = 0 THEN ['a:'] ELSE ['t' + toString(k) + ':', 'b' + toString(k) + ':'] END AS f
UNWIND ['', '+'] AS g
MATCH (t:Term {key: g + f + w})
WITH ws, count(DISTINCT w) AS n
UNWIND ws AS w
UNWIND range(0, 40) AS k
UNWIND CASE WHEN k = 0 THEN ['a:'] ELSE ['t' + toString(k) + ':', 'b' + toString(k) + ':'] END AS f
UNWIND ['', '+'] AS g
MATCH (t:Term {key: g + f + w})
WITH n, k, t, CASE WHEN f STARTS WITH 'b' THEN 4 WHEN k > 0 THEN 3 ELSE 1 END AS weight
UNWIND t.ids AS id
// n as an aggregate, not a grouping key: grouping by it too took twice as long
WITH id, count(*) AS words, sum(weight) AS score, count(CASE WHEN k > 0 THEN 1 END) AS in_title, max(k) AS title_words,
     min(n) AS n
WITH id, words, score + CASE WHEN in_title = n THEN 5 ELSE 0 END
                      + CASE WHEN in_title = n AND title_words = n THEN 10 ELSE 0 END AS score,
     CASE WHEN title_words = 0 THEN 1000 ELSE title_words END AS title_words
ORDER BY words DESC, score DESC, title_words, id
LIMIT $limit
MATCH (p:Paper {id: id})
RETURN p.id AS paper, p.year AS year, p.venue AS venue, p.title AS title, words, score, title_words
ORDER BY words DESC, score DESC, title_words, paper
UNION ALL
WITH replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
     replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
     replace(replace(replace(replace(replace(replace(replace(toLower($text), '!', ' ')
     , '"', ' '), '#', ' '), '$', ' '), '%', ' '), '&', ' '), "'", ' '), '(', ' '), ')', ' '), '*', ' '), '+', ' ')
     , ',', ' '), '-', ' '), '.', ' '), '/', ' '), ':', ' '), ';', ' '), '<', ' '), '=', ' '), '>', ' '), '?', ' ')
     , '@', ' '), '[', ' '), '\\', ' '), ']', ' '), '^', ' '), '_', ' '), '`', ' '), '{', ' '), '|', ' '), '}', ' ')
     , '~', ' '), '\t', ' '), '\n', ' '), '\r', ' ') AS text
WHERE NOT ($since = 0 AND $until = 0 AND $venue = '')
UNWIND split(text, ' ') AS w0
WITH DISTINCT CASE WHEN size(w0) > 3 AND w0 ENDS WITH 's' AND NOT w0 ENDS WITH 'ss' THEN left(w0, size(w0) - 1)
                   ELSE w0 END AS w
WHERE size(w) > 1
WITH collect(w) AS ws
UNWIND ws AS w
UNWIND range(0, 40) AS k
UNWIND CASE WHEN k = 0 THEN ['a:'] ELSE ['t' + toString(k) + ':', 'b' + toString(k) + ':'] END AS f
UNWIND ['', '+'] AS g
MATCH (t:Term {key: g + f + w})
WITH ws, count(DISTINCT w) AS n
UNWIND ws AS w
UNWIND range(0, 40) AS k
UNWIND CASE WHEN k = 0 THEN ['a:'] ELSE ['t' + toString(k) + ':', 'b' + toString(k) + ':'] END AS f
UNWIND ['', '+'] AS g
MATCH (t:Term {key: g + f + w})
WITH n, k, t, CASE WHEN f STARTS WITH 'b' THEN 4 WHEN k > 0 THEN 3 ELSE 1 END AS weight
UNWIND t.ids AS id
WITH id, count(*) AS words, sum(weight) AS score, count(CASE WHEN k > 0 THEN 1 END) AS in_title, max(k) AS title_words,
     min(n) AS n
MATCH (p:Paper {id: id})
WHERE ($since = 0 OR p.year >= $since) AND ($until = 0 OR p.year <= $until)
  AND ($venue = '' OR toLower(p.venue) = toLower($venue))
WITH p, words, score + CASE WHEN in_title = n THEN 5 ELSE 0 END
                     + CASE WHEN in_title = n AND title_words = n THEN 10 ELSE 0 END AS score,
     CASE WHEN title_words = 0 THEN 1000 ELSE title_words END AS title_words
RETURN p.id AS paper, p.year AS year, p.venue AS venue, p.title AS title, words, score, title_words
ORDER BY words DESC, score DESC, title_words, paper
LIMIT $limit
