"""The word index behind the `papers` query: which papers hold a word in their title and/or abstract.

Neither store can search text fast here: LadybugDB's full-text extension is downloaded on first use (this tool
is offline), and scanning every abstract with toLower/CONTAINS took 300 ms on the 73k graph. So the tables
carry a derived schema.TERM table, one row per (word, where) holding the ids of the papers with that word there:
key "a:WORD" (in the abstract only), "tK:WORD" (in the title only) or "bK:WORD" (in both), where K is the
number of index words of the paper's title (at most MAX_TITLE_WORDS). Every (paper, word) pair is in exactly
one row, so the query counts a paper's words with count(*) and weighs each by the prefix (title 3, abstract
1, both 4), and K ranks shorter titles first and tells a title equal to the query, without reading papers.
Both stores load it like any other table and the query looks its keys up in the primary-key index (LadybugDB)
or through the uniqueness constraint (Neo4j).

The same table is the name index of the entities: key "n:FORM" lists the keys of the entities (and model
families) whose key, name or an alias is FORM once lower-cased and stripped of "-", " " and "_" (what the
queries do to a name they are given), so a query finds "cifar10" or "Llama 2" without normalising every node.

A word is what the query computes too (queries/papers.*.cypher take the same steps in Cypher): the text
lower-cased, every SEPARATORS character made a space, split on spaces; words of one character are left out,
STOP_WORDS are not indexed; a final "s" is dropped from words longer than three letters not ending in "ss"
("networks" and "network" are one word).

Adding papers to a big store does not rewrite the rows it touches (a common word's row lists most of the corpus:
1,000 new papers touched 10,676 rows holding 4.4M of the 73k index's 5.4M ids). A build into a store puts the
new papers' words in *recent* rows, key RECENT + the word's key ("+a:WORD"), which hold only papers added since
the last compaction and are rewritten cheaply; the query reads a word's row and its recent row (a paper is in
exactly one of them). When the recent rows hold more than COMPACT_SHARE of the other rows' ids (and more than
COMPACT_MIN_IDS), the next build
folds them into the main rows (graph/incremental.py's term_delta). Name rows are never recent. So a store built
in parts holds the same index as a one-shot build, laid out in other rows: `logical` merges them.
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Iterable

import pandas as pd

# Characters that separate words: ASCII punctuation and whitespace. queries/papers.*.cypher list the same.
SEPARATORS = string.punctuation + "\t\n\r"
_TABLE = str.maketrans({c: " " for c in SEPARATORS + "\f\v"})
MAX_TITLE_WORDS = 40
# Prefix of a recent word row (not a SEPARATORS-free word character, so no word key starts with it).
RECENT = "+"
# Recent rows are folded into the main ones when they would hold more ids than this share of the main rows'.
COMPACT_SHARE = 0.125
# ... and more than this many (a small store's recent rows cost nothing to rewrite).
COMPACT_MIN_IDS = 100_000

# Words nearly every abstract holds: an index entry for them would list most papers and rank nothing.
STOP_WORDS = frozenset(
    "a about above after again all also an and any are as at be been before being below between both but by can "
    "could did do does doing down during each few for from further had has have having here how if in into is it "
    "its itself just more most no nor not now of off on once only or other our ours out over own same she should "
    "so some such than that the their theirs them then there these they this those through to too under until up "
    "very was we were what when where which while who whom why will with would you your".split()
)


def fold(word: str) -> str:
    """A plural's singular, crudely: "networks" -> "network" ("loss" and short words stay)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str | None) -> set[str]:
    """The distinct index words of a text (see the module docstring)."""
    if not isinstance(text, str) or not text:
        return set()
    return {fold(w) for w in text.lower().translate(_TABLE).split() if len(w) > 1 and w not in STOP_WORDS}


def name_form(name: str) -> str:
    """A name as the queries compare names: lower-cased, without "-", " " and "_"."""
    return name.lower().replace("-", "").replace(" ", "").replace("_", "")


def term_rows(papers: Iterable[tuple[str, str | None, str | None]],
              entities: Iterable[tuple[str, str | None, Iterable[str] | None]] = ()) -> pd.DataFrame:
    """The schema.TERM table of (id, title, abstract) triples and (key, name, aliases) of entities: columns key
    and ids (sorted), rows sorted by key."""
    postings: dict[str, list[str]] = defaultdict(list)
    for key, name, aliases in entities:
        forms = {name_form(f) for f in [key, name, *(aliases if aliases is not None else [])] if isinstance(f, str)}
        for form in forms - {""}:
            postings[f"n:{form}"].append(key)
    for pid, title, abstract in papers:
        in_title, in_abstract = words(title), words(abstract)
        k = min(len(in_title), MAX_TITLE_WORDS)
        for w in in_title:
            postings[f"{'b' if w in in_abstract else 't'}{k}:{w}"].append(pid)
        for w in in_abstract - in_title:
            postings[f"a:{w}"].append(pid)
    keys = sorted(postings)
    return pd.DataFrame({"key": pd.Series(keys, dtype=object),
                         "ids": pd.Series([sorted(postings[k]) for k in keys], dtype=object)})


def logical(rows: Iterable[tuple[str, Iterable[str]]]) -> dict[str, list[str]]:
    """Term rows (key, ids) as the index they stand for: each recent row merged into its word's row."""
    out: dict[str, set[str]] = defaultdict(set)
    for key, ids in rows:
        out[key[len(RECENT):] if key.startswith(RECENT) else key].update(ids if ids is not None else ())
    return {k: sorted(v) for k, v in sorted(out.items()) if v}
