"""Session 49 (issue 10, node precision): span errors of graph nodes, an eponym cut from its method.

Switched with ``PAPERKG_PRECISION64`` ("off" or "0", a comma list of these part names to switch off, or "on:" and a
comma list of default-off parts). One call, ``drop_pieces64`` in pipeline.py right after precision63's
``drop_words63`` (and in scripts/train_name_tagger.py's ``after_tag``).

The session 40-49 judged draws of the 73k graph (``tests/data/corpus-checks/node-precision-session4*-merge.tsv``)
hold, among their span errors, a shape no earlier module reads:

- ``eponym-alone``: a person's name cut from the eponymous technique it names: "Howard" of "Howard's PI",
  "Alexander" of "Alexander's capacity function", "Burkholder" of "the Burkholder method", "Hutchinson" of "the
  Hutchinson method", "Lyapunov" of "a novel Lyapunov method". The name is one capitalised word (no inner capital,
  digit or hyphen), no known gazetteer name, with no alias, and *every* occurrence of the word in the title and
  abstract is a possessive ("Howard's", "Bayes'") or stands before a lower-case technique noun (method, algorithm,
  inequality, estimator, ...). The surname alone names no method, data set or model: dropped. A name the paper also
  writes alone ("Howard's PI ... unlike Howard, ...") or before anything else stays, and so does a gazetteer name
  ("Adam's update", "Llama's answers").
"""

from __future__ import annotations

import re

from .precision61 import _corpus_words61
from .recall_rules import parts_off_by_default
from .records import Mention
from .resolve import LocalEntity

PRECISION_RULES64 = ("eponym-possessive", "eponym-technique", "glued-list")
# eponym-technique: at 73k the surname before "algorithm"/"method" with no possessive is as often a coined name
# ("the Hogwild algorithm", "the Terminae method", "the Kneedle algorithm"): not right >= 90 %, shipped off.
DEFAULT_OFF64: frozenset[str] = frozenset({"eponym-technique"})

SCORED64 = ("method", "dataset", "benchmark", "model")


def _precision_off64() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION64", PRECISION_RULES64, DEFAULT_OFF64)


_SURNAME64 = re.compile(r"[A-Z][a-z]{2,}")
# Lower-case technique nouns an eponym stands before ("the Hutchinson method", "Markov inequality").
_TECHNIQUE64 = (
    r"(?:methods?|algorithms?|inequalit(?:y|ies)|estimators?|procedures?|iterations?|transforms?|bounds?|theorems?"
    r"|criteri(?:on|a)|rules?|equations?|functions?|tests?|conditions?|lemmas?|principles?|schemes?|updates?"
    r"|approximations?|expansions?|formulas?|formulae|estimates?|identity|constants?|decompositions?)\b")


def _eponym_alone64(e, title: str, abstract: str) -> str | None:
    """"eponym-possessive" or "eponym-technique" when every occurrence of the one-word name is a possessive or
    stands before a technique noun (possessive: at least one possessive), else None."""
    if e.entry is not None or not _SURNAME64.fullmatch(e.name) or e.name.lower() in _corpus_words61():
        return None
    if any(a.lower() != e.name.lower() for a in e.aliases):
        return None
    word = re.escape(e.name)
    seen = possessive = 0
    for text in (title, abstract):
        for m in re.finditer(rf"(?<![\w'’-]){word}(?![\w-])", text):
            seen += 1
            after = text[m.end():]
            if re.match(r"(?:'|’)s\b", after) or (e.name.endswith("s") and re.match(r"(?:'|’)(?=\s)", after)):
                possessive += 1
                continue
            if re.match(rf"\s+{_TECHNIQUE64}", after):
                continue
            return None
    if not seen:
        return None
    return "eponym-possessive" if possessive else "eponym-technique"


_CODED64 = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Z]{2,}[A-Za-z0-9]*|[A-Z][a-z]+[A-Z0-9][A-Za-z0-9]*")
_STRONG64 = re.compile(r".*(?:-|\d|[a-z][A-Z]).*")
_LIST_END64 = re.compile(r"\s*,?\s+and\s+(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Z]{2,}[A-Za-z0-9]*|[A-Z][a-z]+[A-Z0-9][A-Za-z0-9]*)\b")


_LANGUAGES64 = frozenset(
    "english german french chinese japanese spanish romanian russian czech vietnamese arabic italian portuguese "
    "turkish hindi korean finnish estonian dutch latvian lithuanian polish swedish hebrew persian urdu".split())


def _pair_or_part64(word: str) -> bool:
    """A language pair ("En-De", "German-English") or a task number ("Task-8"): a part of a benchmark's name
    ("WMT14 En-De", "IWSLT14 German-English", "SemEval2010 Task-8"), no name of its own."""
    parts = word.split("-")
    if word.lower().startswith("task"):
        return True
    return len(parts) == 2 and all(len(p) == 2 or p.lower() in _LANGUAGES64 for p in parts)


def _glued_words64(e, title: str, abstract: str) -> list[str] | None:
    """The coded names of a name glued from a comma-less list, else None."""
    words = e.name.split(" ")
    if len(words) < 2 or e.aliases or not all(_CODED64.fullmatch(w) for w in words):
        return None
    if any(_pair_or_part64(w) for w in words):
        return None
    strong = sum(1 for w in words if _STRONG64.fullmatch(w))
    if strong < (2 if len(words) == 2 else 1):
        return None
    texts = {"title": title, "abstract": abstract}
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if text[m.start:m.end] == e.name and _LIST_END64.match(text, m.end):
            return words
    return None


def _cut_glued64(e, words: list[str], by_name: dict, out: list) -> None:
    """Add one entity per word of the glued name ``e`` to ``out`` (or its mentions to the paper's own entity)."""
    for i, w in enumerate(words):
        off = sum(len(x) + 1 for x in words[:i])
        mentions = [Mention(w, m.start + off, m.start + off + len(w), m.sentence, "rule:glued-list64", m.field)
                    for m in e.mentions if m.text == e.name]
        known = by_name.get(w.lower())
        if known is not None:
            known.mentions.extend(mentions)
            continue
        piece = LocalEntity(name=w, type=e.type, role=e.role, aliases=[], family=None, mentions=mentions)
        by_name[w.lower()] = piece
        out.append(piece)


def drop_pieces64(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without eponyms cut from their technique, glued lists cut (see the module doc)."""
    off = _precision_off64()
    if all(p in off for p in PRECISION_RULES64):
        return entities
    title = title or ""
    abstract = abstract or ""
    out: list = []
    glued: list = []
    for e in entities:
        if e.type not in SCORED64 or not e.mentions:
            out.append(e)
            continue
        part = _eponym_alone64(e, title, abstract)
        if part is not None and part not in off:
            continue
        words = None if "glued-list" in off else _glued_words64(e, title, abstract)
        if words is not None:
            glued.append((e, words))
            continue
        out.append(e)
    if glued:
        by_name = {e.name.lower(): e for e in out}
        for e, words in glued:
            _cut_glued64(e, words, by_name, out)
    return out
