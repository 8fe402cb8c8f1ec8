"""Two false-positive shapes of the result step (issue 12, session 35, results41).

Both parts only take away a reading the step made; neither adds a result.

- other-score-named: "with a perplexity of 38.6, an empathy score of 3.7, and a fluency score of 3.92": the step's
  ``score-is`` reading gives a value stated as "a score of V" the one metric its sentence names (perplexity), but here
  the score is named by a lower-case word of its own ("empathy score", "fluency score", "similarity score") that the
  metric lexicon does not know: a measure of its own, not the sentence's metric. The step already refuses a
  capitalised name there ("the human Trueskill score of 107.2"); this part refuses a lower-case one too, unless the
  word is a plain modifier ("best / top / final / average / F1 ...": "the best score of 0.8" stays the metric's). The
  value is then bound to no metric and dropped (GOLD-RESULTS.md keeps such a score under its own name; the step cannot
  name it, and a missing tuple does less harm than a wrong metric).
- relative-stop: the step carries "relative" from a difference to the next value within 100 characters (results.py,
  session 21) unless a new statement starts between them. "improves F1 performance on the full WSC by 0.21 over the
  previous best and represents the first system to exceed 0.5 F1": the later value is a level the system reaches (a
  lower bound), not another difference. A gap with "exceed(s) / represent(s) / the first / a new state of the art /
  a new record" stops the carry; the value keeps the step's own qualifier.

- paper-data-described: the step's fallback gives a value whose sentence names no dataset the paper's one dataset
  (``+dataset:paper``), unless the sentence speaks of unnamed data ("a ... dataset / corpus": ``_UNNAMED_DATA``). It
  misses data described without those nouns: "When evaluated on a set of 20 test verbs against a gold standard
  dictionary, it shows 0.79 precision" (the paper's LexSchem is its lexicon, not the test set), "on a sample of 500
  sentences", "against a manually annotated lexicon", "on the held-out set of 200 questions". Such a sentence's results
  lose the paper's dataset (no dataset: GOLD-RESULTS.md names none for data described without a name).

Behind PAPERKG_RESULTS41 ("off", a comma list of RESULTS_RULES41, or "on:" and a comma list of default-off parts,
DEFAULT_OFF41).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .recall_rules import parts_off_by_default

if TYPE_CHECKING:
    from .records import ExtractedPaper, Result

RESULTS_RULES41 = ("other-score-named", "relative-stop", "paper-data-described")
DEFAULT_OFF41: frozenset[str] = frozenset()


def _results_off41() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS41", RESULTS_RULES41, DEFAULT_OFF41)


# "an empathy score of", "a fluency score of", "the similarity scores were": the word right before "score(s)"
# after an article or possessive ("an empathy score of 3.7"), not after a function word ("4th with score of 0.843",
# "measured with scores of 83.3%")
_WORD_BEFORE41 = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?P<name>[a-z][a-z\-]{2,})\s+$")
# words that only qualify a score, not name another measure
_PLAIN41 = frozenset("""
best top final highest lowest high low higher lower average averaged mean overall total new good better worse
state-of-the-art record competitive reported official weighted combined aggregate max maximum min minimum obtained
achieved resulting corresponding same similar comparable respective their our its his her this that these those the
test dev development validation evaluation leaderboard benchmark task shared system model baseline baselines
percentile median quantile raw normalized normalised relative absolute prior previous earlier former current
previous-best second third fourth fifth first last winning
""".split())


def other_score_named(text: str, said_start: int, canonical) -> bool:
    """True when the "score(s) ... of/is" phrase starting at ``said_start`` (the step's ``_SCORE_IS`` match) is named by
    a lower-case word of its own that the metric lexicon does not know ("an empathy score of 3.7"): the step's
    ``score-is`` reading should then not give the value the sentence's metric. ``canonical`` is
    ``results.canonical_metric``."""
    if "other-score-named" in _results_off41():
        return False
    if not re.match(r"scores?\b", text[said_start : said_start + 7], re.IGNORECASE):
        return False  # "results of": no name of a score
    m = _WORD_BEFORE41.search(text, max(0, said_start - 40), said_start)
    if m is None:
        return False
    word = m.group("name").lower()
    if word in _PLAIN41 or word.endswith("ly"):
        return False
    return canonical(word + " score") is None and canonical(word) is None


# "and represents the first system to exceed", "setting a new state of the art of", "a new record of"
_LEVEL_STATEMENT41 = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|represent(?:s|ed|ing)?|the\s+first|a\s+new\s+(?:state[\s\-]of[\s\-]the[\s\-]art|record|"
    r"best|high)|new\s+state[\s\-]of[\s\-]the[\s\-]art)\b", re.IGNORECASE)


def relative_stop(text: str, gap_start: int, gap_end: int) -> bool:
    """True when the words between a difference and the next value say the next value is a level reached ("...
    by 0.21 over the previous best and represents the first system to exceed 0.5 F1"): the step should not carry
    "relative" over to it."""
    if "relative-stop" in _results_off41():
        return False
    return bool(_LEVEL_STATEMENT41.search(text, gap_start, gap_end))


# paper-data-described
# "on a set of 20 test verbs", "a sample of 500 sentences", "a subset of 1,000 tweets": data the sentence counts, unnamed
_COUNTED_DATA41 = re.compile(r"\b(?:an?|the)\s+(?:(?:random|small|separate|held[\s\-]out|new)\s+)?(?:set|sample|subset)\s+of\s+"
                             r"(?:\d[\d,]*|several|some|about\s+\d[\d,]*)\s+", re.IGNORECASE)
# "against a gold standard dictionary", "a manually annotated lexicon", "a hand-labelled test set"
_DESCRIBED_DATA41 = re.compile(
    r"\b(?:an?|the|our)\s+(?:[\w\-]+\s+){0,2}?(?:gold[\s\-]standard|manually[\s\-](?:annotated|labell?ed|created|built)|"
    r"hand[\s\-](?:annotated|labell?ed|crafted)|human[\s\-](?:annotated|labell?ed)|held[\s\-]out)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:dictionary|lexicon|test\s+set|set|sample|data|gazetteer|list|thesaurus|word\s*list)\b",
    re.IGNORECASE)
_PAPER_TAG41 = re.compile(r"\+dataset:paper(?![\w\-])")


def described_data(text: str, s0: int, s1: int) -> bool:
    """True when the sentence ``text[s0:s1]`` counts or describes the data it evaluates on without naming it."""
    return bool(_COUNTED_DATA41.search(text, s0, s1) or _DESCRIBED_DATA41.search(text, s0, s1))


def checks_results41(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the paper's dataset taken from results whose sentence describes unnamed data of its own
    (paper-data-described)."""
    if not out or "paper-data-described" in _results_off41():
        return out
    from . import results as R
    spans = R.sentence_spans(text)
    kept = []
    for r in out:
        if r.dataset and _PAPER_TAG41.search(r.rule) and r.sentence < len(spans) and described_data(text, *spans[r.sentence]):
            unsure = r.rule.endswith(R.UNSURE)
            head = _PAPER_TAG41.sub("", r.rule.removesuffix(R.UNSURE)) + "+paper-data-described"
            r = dataclasses.replace(r, dataset_id=None, dataset=None, rule=head + (R.UNSURE if unsure else ""))
        kept.append(r)
    return kept
