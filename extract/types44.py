"""Session 39 (issue 10, node precision): a name typed method that its own sentence writes as a metric, a game or data.

Switched with ``PAPERKG_TYPES44`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``retype_kinds44`` in pipeline.py right after types43's ``retype_techniques43``,
reads a paper's method/model entities. The judged 73k draws (``tests/data/corpus-checks/node-precision-session3{2..8}
.tsv``) hold 57 "typed wrong" rows; the shapes that a sentence states plainly and precision38's appositive / kind-noun
cues miss are:

- ``metric-value``: the name followed by a score: "we obtain Top5-Errors of only 7.84%", "the Correct Localization
  (CorLoc) performance improves from 72.8% to 78.2%". Not after a comparison word ("improvements over ELU of
  4.45%"). Retyped metric (no scored type).
- ``metric-list``: an item of the bracketed (two items or more) / colon / "such as" list after a lower-case
  "metrics": "metrics (nDTW, CTC, rPOD, and PTC)", "learned metrics such as COMET". Retyped metric.
- ``game``: a kind of game (card, poker, video, strategy, television ...) before the name, or after it: "the
  popular 3-player poker game DouDiZhu", "a television game called Password", "the DouDiZhu card game" (a bare
  "X game" is no cue: "Linear Regression Games", "a Membership Inference game"); not in a sentence where the paper
  builds it ("a prototype computer game called Cipher was developed"). A game played or studied is an evaluation
  environment, typed benchmark as the guideline and the study gold type "Atari games" and "StarCraft
  micromanagement games".
- ``data-which``: "MirasOpinion, which to our knowledge is the largest Persian sentiment analysis dataset": an
  appositive relative clause "X, which (...) is/are the/a ... <data noun>" (precision38's ``apposed-kind`` reads only
  "X, a ..." and "X is a ..."). Retyped dataset (benchmark for "benchmark").
- ``subcorpus``: "the SW1203 subcorpus", "three subcorpora - SpIn, SW1203 and Tisus", "existing datasets of
  EnglishWikipedia comments": a subcorpus noun after the name, an item of a list after "subcorpora", or the name right
  after "datasets / corpora of". Retyped dataset.

Refused when a mention is written as the paper's own technique ("our X", "the proposed X", "X model / network /
algorithm / method / framework", precision38's ``TECHNIQUE_END38`` head), so "we propose X, a method of only 2%
overhead" style sentences keep their method.
"""

from __future__ import annotations

import re

from .precision38 import TECHNIQUE_END38
from .recall_rules import parts_off_by_default
from .types41 import _item_of_list_after
from .types43 import _sentence43  # the sentence around a position

TYPES_RULES44 = ("metric-value", "metric-list", "game", "data-which", "subcorpus")
DEFAULT_OFF44: frozenset[str] = frozenset()


def _types_off44() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES44", TYPES_RULES44, DEFAULT_OFF44)


TECHNIQUE_TYPES44 = ("method", "model")

# -- metric ----------------------------------------------------------------------------------------------------------
_ABBR44 = r"(?:\s*\([^()]{1,25}\))?"
METRIC_VALUE44 = re.compile(
    rf"{_ABBR44}\s+(?:of\s+(?:only|just|merely|about|around|nearly|approximately|up\s+to)?\s*[\d.]+\s?%"
    rf"|(?:performance|scores?|rates?|values?)\s+(?:improves|improved|increases|increased|rises|rose|drops|dropped"
    rf"|decreases|decreased|goes|went)\s+from\s+[\d.]+\s?%)", re.I)
# "8 standard metrics (BLEU, SentBLEU, chrF, ...)", "learned metrics such as COMET"; lower-case "metrics" only
# ("Integral Probability Metrics (IPM)" is a name), and a bracket must hold a list ("similarity metrics (DeePSiM)" is
# the phrase's own acronym).
METRIC_LIST44 = re.compile(r"(?<![\w\-])metrics(?:\s*\((?=[^()]*,)|\s*:\s*|,?\s+(?:such\s+as|including|like)\s+)"
                           r"(?=[A-Za-z0-9])")

# "improvements over ELU of 4.45%", "a mean decrease over k-means++ of 30%", "performance with MCTS of 26%": the
# score is of a comparison with the technique, not the technique's name.
COMPARED_BEFORE44 = re.compile(r"(?<![\w\-])(?:over|than|with|to|against|vs\.?|versus|by|using|via)\s+(?:the\s+)?$",
                               re.I)

# "metrics (nDTW, CTC, rPOD, and PTC)": lower-case items too, inside the bracket (types41's list items start
# upper-case).
METRIC_BRACKET44 = re.compile(r"(?<![\w\-])metrics\s*\(([^()]{3,120})\)")


def _in_metric_bracket44(text: str, start: int, end: int) -> bool:
    for b in METRIC_BRACKET44.finditer(text, max(0, start - 130), min(len(text), end + 130)):
        if b.start(1) <= start and end <= b.end(1) and "," in b.group(1):
            return True
    return False


# -- game ------------------------------------------------------------------------------------------------------------
# A kind of game before the name (then "called / named" may follow): "the popular 3-player poker game DouDiZhu", "a
# television game called Password", "a real-time strategy game called MicroRTS"; after the name only with its kind
# ("the DouDiZhu Card Game"). A bare "X game" or "a game named X" is no cue ("Linear Regression Games", "a
# Membership Inference game", "a three-player game named KDGAN").
_GAME_KIND44 = r"(?:card|board|video|computer|poker|strategy|word|dice|tile|television|TV|arcade|Atari)"
GAME_BEFORE44 = re.compile(rf"(?<![\w\-]){_GAME_KIND44}\s+games?\s+(?:called\s+|named\s+)?$", re.I)
GAME_AFTER44 = re.compile(rf"\s+{_GAME_KIND44}\s+games?(?![\w\-])", re.I)

# "a prototype computer game called Cipher was developed", "we present a video game called X": a game the paper
# builds is its system, not an evaluation environment.
BUILT44 = re.compile(r"(?<![\w\-])(?:develop|design|build|built|create|present|propose|introduce|implement)"
                     r"(?:s|ed|ing)?(?![\w\-])", re.I)


# -- data ------------------------------------------------------------------------------------------------------------
_DATA44 = (r"datasets?|data\s?sets?|corpus|corpora|treebanks?|lexicons?|databases?|wordnets?|collections?"
           r"|test\s+sets?|(?P<bench>benchmarks?)")
_MOD44 = r"(?:[\w\-]+\s+){0,7}?"
DATA_WHICH44 = re.compile(
    rf"{_ABBR44},\s+which\s+(?:[\w\-,]+\s+){{0,5}}?(?:is|are)\s+(?:the|a|an|one\s+of\s+the)\s+{_MOD44}"
    rf"(?:{_DATA44})(?![\w\-])", re.I)
_TECH44 = re.compile(r"(?<![\w\-])(?:method|model|approach|framework|system|network|algorithm|technique|architecture"
                     r"|tool|toolkit|metric|measure)s?(?![\w\-])", re.I)
SUBCORPUS_AFTER44 = re.compile(r"\s+sub-?corp(?:us|ora)(?![\w\-])", re.I)
SUBCORPORA_LIST44 = re.compile(r"(?<![\w\-])sub-?corpora\s*(?:[:(\u2015\u2014\u2013]|-{1,2}|,?\s+(?:such\s+as|including"
                               r"|namely))\s*(?=[A-Z0-9])", re.I)

OURS44 = re.compile(r"(?<![\w\-])(?:our|the\s+proposed)\s+$", re.I)


def _technique_written44(e, texts: dict[str, str]) -> bool:
    """Is a mention of the entity written as a technique ("our X", "the X model")?"""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if OURS44.search(text, max(0, m.start - 16), m.start):
            return True
        after = re.match(r"\s+([\w\-]+)", text[m.end:m.end + 40])
        if after and TECHNIQUE_END38.fullmatch(after.group(1)) and not re.fullmatch(r"(?i)games?", after.group(1)):
            return True
    return False


def _data_which44(text: str, end: int) -> str | None:
    m = DATA_WHICH44.match(text, end)
    if m is None:
        return None
    if _TECH44.search(m.group(0)):
        return None
    return "benchmark" if m.group("bench") else "dataset"


def stated_kind44(e, texts: dict[str, str], off: frozenset[str]) -> tuple[str, str] | None:
    """(part, new type) when a mention of the method/model entity is written as a metric, a game or data."""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        if ("metric-value" not in off and METRIC_VALUE44.match(text, m.end)
                and not COMPARED_BEFORE44.search(text, max(0, m.start - 20), m.start)):
            return "metric-value", "metric"
        if "metric-list" not in off and (_item_of_list_after(METRIC_LIST44, text, m.start, 120)
                                         or _in_metric_bracket44(text, m.start, m.end)):
            return "metric-list", "metric"
        if "game" not in off and (GAME_BEFORE44.search(text, max(0, m.start - 30), m.start)
                                  or GAME_AFTER44.match(text, m.end)) \
                and not BUILT44.search(_sentence43(text, m.start, m.start)):
            return "game", "benchmark"
        if "data-which" not in off:
            kind = _data_which44(text, m.end)
            if kind:
                return "data-which", kind
        if "subcorpus" not in off and (SUBCORPUS_AFTER44.match(text, m.end)
                                       or _item_of_list_after(SUBCORPORA_LIST44, text, m.start, 120)):
            return "subcorpus", "dataset"
    return None


def retype_kinds44(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, method/model names its text writes as a metric, a game or data retyped (in place)."""
    off = _types_off44()
    if len(off) == len(TYPES_RULES44):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if e.type not in TECHNIQUE_TYPES44:
            continue
        found = stated_kind44(e, texts, off)
        if found and not _technique_written44(e, texts):
            e.type = found[1]
    return entities
