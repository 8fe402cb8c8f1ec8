"""Session 41 (issue 10, node precision): a problem setting the paper names, and named data its sentence lists as
data, typed method.

Switched with ``PAPERKG_PRECISION50`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``retype_named50`` in ``pipeline._paper_result`` right after types47's
``retype_kinds47`` (also in ``scripts/train_name_tagger.py``'s ``after_tag``), reads a paper's method/model entities.

The "typed wrong" rows of the judged 73k draws (``tests/data/corpus-checks/node-precision-session3{2..9,40}.tsv``)
still wrong in the start graph are mostly problem settings / tasks typed method (BCO, SDG, VDA, Rotting Bandits,
influence maximization with priority, PERCVER ...) and data typed method (iSatNat, BoxCars, MURCO, AmericasNLP,
SentiNet, NewsStories ...). Most have no cue a rule can read (a title alone, "we propose X (A), where ..."), and the
plain "the X problem / X setting" cue is no evidence: on the start 73k graph ~130 method nodes have it and nearly all
are formulations or techniques ("an ILP problem", "the PAC setting", "the FL setting", "the LASSO problem"). What a
sentence does state plainly:

- ``problem-named``: the paper names a problem or setting: "a variant problem of IM, called influence maximization
  with priority (IMP)", "a weakly supervised learning problem called Learning from Label Proportions", "This
  problem, which we term in-context estimation (ICE)", "a class of problems called survival multiarmed bandits",
  "a variant of the MAB framework, which we termed Rotting Bandits". The problem / setting noun must head the phrase
  the naming verb follows: not "an algorithm for solving our problem, which we call Rank1Elim", "a network for ...
  in this scenario, dubbed X", "a way of incorporating ... into this problem, called SACs", and not "known as" (a
  formulation: "a least squares problem known as the LASSO"). Retyped task.
- ``data-list``: the first item right after "datasets / corpora / data sets / treebanks ...:" ("two large datasets
  for pretraining: iSatNat with species images ...", "several data sets: SIFT, MNIST"). Retyped dataset.
- ``data-quoted``: a quoted name right after a data noun ("an annotated set "BoxCars" of surveillance vehicle
  images"). Retyped dataset.

All refuse a name written as the paper's technique elsewhere (types44's ``_technique_written44``: "our X", "the X
method") and a mention after a technique noun and a naming verb (types47's ``_called_technique47``).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default
from .types44 import _technique_written44
from .types47 import _called_technique47

PRECISION_RULES50 = ("problem-named", "data-list", "data-quoted")
DEFAULT_OFF50: frozenset[str] = frozenset()


def _precision_off50() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION50", PRECISION_RULES50, DEFAULT_OFF50)


_PROBLEM_NOUN50 = r"(?:problems?|settings?|scenarios?|problem\s+settings?|learning\s+settings?)"
_NAMING50 = (r"(?:(?:which|that)\s+we\s+(?:term(?:ed)?|call(?:ed)?|refer\s+to\s+as|name[d]?|dub(?:bed)?)"
             r"|called|termed|named|dubbed|coined|referred\s+to\s+as)")
# "a weakly supervised learning problem called", "This problem, which we term", "a variant problem of IM, called",
# "a class of problems called", "a variant of the MAB framework, which we termed".
# The modifiers between the article and the problem noun: no preposition or technique noun ("a DPLL-based algorithm
# for solving AllSAT problem, named AllSATCC", "the original SAM for AD scenarios named SAM-AD").
_NOT_MOD50 = (r"(?:for|to|of|in|on|with|by|from|via|using|solv\w*|address\w*|algorithms?|methods?|networks?|models?"
              r"|approach\w*|frameworks?|architectures?|systems?|solvers?|techniques?|modules?)")
PROBLEM_NAMED50 = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Tt]his|[Nn]ew|[Nn]ovel)\s+(?:(?!" + _NOT_MOD50 + r"(?![\w\-]))[\w\-]+\s+){0,5}"
    + _PROBLEM_NOUN50
    + r"|\bvariant\s+problem|\b(?:class|family)\s+of\s+(?:[\w\-]+\s+){0,3}" + _PROBLEM_NOUN50
    + r"|\bvariant\s+of\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}\s+(?:problem|setting|framework)s?)"
    r"(?:\s+of\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,2})?,?\s+" + _NAMING50
    + r"\s+(?:as\s+)?(?:the\s+)?(?:so-called\s+)?[\"\u201c]?$")
# The problem noun is the object of a technique's purpose ("an algorithm for solving our problem, which we call",
# "a network for retrieving ... in this scenario, dubbed", "incorporating ... into this problem, called").
PROBLEM_OBJECT50 = re.compile(
    r"\b(?:for|to|into|in|solve[sd]?|solving|address(?:es|ed|ing)?|tackl(?:e|es|ed|ing)|of|on|under|with)\s+"
    r"(?:this|the|that|such|these|our|a|an)\s+(?:[\w\-]+\s+){0,3}" + _PROBLEM_NOUN50 + r"\b[^.;]*$", re.I)
# "datasets for pretraining:", "several data sets:" (the colon right before the mention).
DATA_LIST50 = re.compile(r"\b(?:datasets|data\s+sets|corpora|treebanks)\b[^.:;()]{0,40}:\s*$", re.I)
# 'an annotated set "BoxCars"', 'a new corpus "X"'.
DATA_QUOTED50 = re.compile(r"\b(?:an?|the)\s+(?:[\w\-]+\s+){0,3}(?:set|collection|dataset|corpus|database|treebank)"
                           r"\s+[\"\u201c]$", re.I)
QUOTE_AFTER50 = re.compile(r"[\"\u201d]")
# "Single-Timescale stochAstic BiLevEl optimization (STABLE) method": the name written as a technique.
TECHNIQUE_AFTER50 = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:method|algorithm|model|network|framework|approach|solver)s?\b",
                               re.I)


def _problem_named50(text: str, start: int) -> bool:
    before = text[max(0, start - 140):start]
    found = PROBLEM_NAMED50.search(before)
    if found is None:
        return False
    return PROBLEM_OBJECT50.search(before, max(0, found.start() - 40)) is None


def stated_kind50(e, texts: dict[str, str], off: frozenset[str]) -> tuple[str, str] | None:
    """(part, new type) when a mention of the method/model entity is written as a named problem or as listed data."""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if text and TECHNIQUE_AFTER50.match(text, m.end):
            return None
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        if "problem-named" not in off and _problem_named50(text, m.start):
            return "problem-named", "task"
        before = text[max(0, m.start - 80):m.start]
        if "data-list" not in off and DATA_LIST50.search(before):
            return "data-list", "dataset"
        if "data-quoted" not in off and DATA_QUOTED50.search(before) and QUOTE_AFTER50.match(text, m.end):
            return "data-quoted", "dataset"
    return None


def retype_named50(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, a method/model its text names as a problem setting or lists as data retyped (in place)."""
    off = _precision_off50()
    if len(off) == len(PRECISION_RULES50):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if e.type not in ("method", "model"):
            continue
        found = stated_kind50(e, texts, off)
        if found and not _technique_written44(e, texts) and not _called_technique47(e, texts):
            e.type = found[1]
    return entities
