"""Session 48 (issue 10, node precision): data names hidden by markdown emphasis, lexical-resource heads, and
versions of a known data set, typed method.

Switched with ``PAPERKG_TYPES56`` ("off"/"0", or a comma list of these part names to switch off). One call,
``retype_resources56`` in pipeline.py right after types55's ``retype_distant55`` (and in
``scripts/train_name_tagger.py``'s ``after_tag``), per paper, before the corpus type vote.

The judged 73k rows of sessions 45-47 (``node-precision-session4{5,6,7}-merge.tsv``) still hold data names typed
method whose cue sits next to the name but no list reads it:

- ``md-apposed``: the name wrapped in markdown emphasis, then an appositive data noun: "we construct **X**, a
  large-scale and diverse dataset for", "**X** (**XB**), a benchmark". The older appositive rules expect the comma
  right after the name; the closing "**" hides it. -> dataset / benchmark.
- ``lex-resource``: a lexical-resource head of the name's own phrase: singular "word list", "terminology",
  "ontology", "thesaurus", "lexicon" right after the name ("based on the X word list", "the X ontology"), or as its
  appositive ("X, a multilingual thesaurus", "X, a medical terminology", also "dictionary", "knowledge graph /
  base", "resource", "repository of": "X, a large-scale data repository of"), the head ending its phrase ("an
  ontology-based pipeline", "an ontology alignment framework" stay). The guideline makes lexical resources
  datasets. -> dataset.
- ``version-of``: "X, the Korean extension of Y", "X, an enhanced version of Y" where Y is a dataset / benchmark
  entity of the same paper. -> Y's type.

Only method-typed names the paper writes, not headed by a technique noun, not written as the paper's technique
(types55's guard).
"""

from __future__ import annotations

import re

from .precision38 import TECHNIQUE_END38
from .recall_rules import parts_off_by_default
from .types52 import _MOD52
from .types55 import _END55, _MOD_AND55, _mentions55, _technique_written55, data_name_types55

TYPES_RULES56 = ("md-apposed", "lex-resource", "version-of")
DEFAULT_OFF56: frozenset[str] = frozenset()


def _types_off56() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES56", TYPES_RULES56, DEFAULT_OFF56)


# -- md-apposed ----------------------------------------------------------------------------------------------------
_EMPH_OPEN56 = re.compile(r"(?<![\w*])(?:\*\*|\*|__|_)$")
_EMPH56 = r"(?:\*\*|\*|__|_)"
# A modifier run: words ("and" may join two), a bracketed aside ("a large-scale (105K conversations) media dialog").
_MODX56 = r"(?:" + _MOD_AND55 + r"|\([^()]{1,40}\)\s+)"
MD_APPOSED56 = re.compile(
    _EMPH56 + r"(?:\s*\([^()]{1,60}\)\s*)?(?:\s*,|\s*:|\s*[\u2013\u2014]|\s+-{1,2}|\s+is)\s*(?:a|an|the)\s+"
    + _MODX56 + r"{0,8}?(?P<head>(?P<data>dataset|data\s?set|corpus|treebank|test\s+set"
    r"|collection(?=\s+(?:of|comprising|containing|consisting)\b))|(?P<bench>benchmark|test\s+suite))" + _END55,
    re.I)


def _md_cue56(text: str, start: int, end: int) -> str | None:
    open_ = _EMPH_OPEN56.search(text, max(0, start - 2), start)
    if open_ is None or not text.startswith(open_.group(0), end):
        return None  # the same emphasis marks must close the name
    m = MD_APPOSED56.match(text, end, end + 220)
    if m is None:
        return None
    return "benchmark" if m.group("bench") else "dataset"


# -- lex-resource --------------------------------------------------------------------------------------------------
_LEX_HEAD56 = r"(?:word\s?list|terminology|ontology|thesaurus|lexicon)"
# What may follow the head and leave it the head: the phrase ends, a clause or a preposition goes on.
_LEX_END56 = (r"(?=\s*[,.;:)!?]|\s*$|\s+(?:that|which|for|to|of|with|where|whose|and|or|on|in|from|as|is|are|was"
              r"|were|has|have|by|at|we|comprising|containing|consisting|covering|developed|built|created|compiled"
              r"|extracted|derived|released|designed|published|provided|available|used|maintained|contains?|includes?)\b)")
LEX_AFTER56 = re.compile(r"[\"\u201d'\u2019]?\s+" + _LEX_HEAD56 + _LEX_END56, re.I)
LEX_APPOSED56 = re.compile(
    r"[\"\u201d'\u2019]?(?:\s*\([^()]{1,60}\)\s*)?(?:,|:|\s+[\u2013\u2014\-]{1,2}|\s+is)\s+(?:a|an|the)\s+"
    + _MOD52 + r"{0,5}?(?:" + _LEX_HEAD56 + r"|dictionary|lexical\s+database|word\s+norms|knowledge\s+(?:graph|base)"
    r"|resource|repository(?=\s+of\b))" + _LEX_END56, re.I)
# "The output of X is a knowledge base": X is not the copula's subject.
_OF_BEFORE56 = re.compile(r"(?i)(?<![\w\-])of\s+(?:the\s+)?$")
# "the X lexicon" after an owner pronoun or a system's name is the system's resource: "its lexicon", "our lexicon".
_OWNER56 = re.compile(r"(?i)(?<![\w\-])(?:its|their|his|her)\s+$")


# "populating a CCTV ontology": after "a/an" the name only modifies the head.
_INDEFINITE56 = re.compile(r"(?i)(?<![\w\-])(?:a|an)\s+$")
# "the LinGO system", "the X parser": the paper writes the name as software too.
_SOFTWARE_AFTER56 = re.compile(r"(?i)[\"\u201d'\u2019]?\s+(?:systems?|tools?|toolkits?|software|platforms?|parsers?|projects?"
                               r"|frameworks?|pipelines?|engines?|grammars?|taggers?|analy[sz]ers?)(?![\w\-])")


def _lex_cue56(text: str, start: int, end: int) -> bool:
    if _OWNER56.search(text, max(0, start - 8), start):
        return False
    apposed = LEX_APPOSED56.match(text, end, end + 160)
    if apposed and not (re.match(r"[\"\u201d'\u2019]?\s+is\s", apposed.group(0))
                        and _OF_BEFORE56.search(text, max(0, start - 8), start)):
        return True
    return bool(LEX_AFTER56.match(text, end, end + 60)) and not _INDEFINITE56.search(text, max(0, start - 6), start)


def _software_written56(e, texts: dict[str, str]) -> bool:
    return any(_SOFTWARE_AFTER56.match(text, m.end, m.end + 30) for m, text in _mentions55(e, texts))


# -- version-of ----------------------------------------------------------------------------------------------------
VERSION_OF56 = re.compile(
    r"[\"\u201d'\u2019]?(?:\s*\([^()]{1,40}\)\s*)?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:version|extension|variant|translation|adaptation|counterpart|edition|subset|expansion)\s+of\s+(?:the\s+)?"
    r"(?P<y>[\w\-.+&']+(?:\s+[\w\-.+&']+){0,4})", re.I)


def _version_kind56(text: str, end: int, data_types: dict[str, str]) -> str | None:
    m = VERSION_OF56.match(text, end, end + 160)
    if m is None:
        return None
    words = m.group("y").rstrip(".,;:").split()
    for i in range(len(words), 0, -1):  # the longest head of the words after "of" that is a data name
        kind = data_types.get(" ".join(words[:i]).rstrip(".,;:").lower())
        if kind:
            return kind
    return None


_GLUED_NET56 = re.compile(r"[a-z]Net$")


def retype_resources56(title: str | None, abstract: str, entities: list) -> list:
    """The paper's method-typed names written as emphasised data, as a lexical resource or as a version of a data
    set of the paper, retyped (in place)."""
    off = _types_off56()
    if all(p in off for p in TYPES_RULES56):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    whole = (texts["title"] + "\n" + texts["abstract"]).lower()
    data_types = data_name_types55(entities) if "version-of" not in off else {}
    for e in entities:
        if not e.mentions or e.type != "method":
            continue
        # "BabelNet", "ConceptNet": a glued "-Net" names lexical networks as often as nets; only a lexical head types it.
        glued_net = bool(_GLUED_NET56.search(e.name.strip()))
        if TECHNIQUE_END38.search(e.name.strip()) and not glued_net:
            continue
        if e.name.strip().lower() not in whole:
            continue  # the name came from a list, not from this paper
        kind = None
        for m, text in _mentions55(e, texts):
            if "md-apposed" not in off and not glued_net:
                kind = _md_cue56(text, m.start, m.end)
            if (kind is None and "lex-resource" not in off and _lex_cue56(text, m.start, m.end)
                    and not _software_written56(e, texts)):
                kind = "dataset"
            if kind is None and "version-of" not in off and not glued_net:
                kind = _version_kind56(text, m.end, data_types)
            if kind:
                break
        if kind and not _technique_written55(e, texts):
            e.type = kind
    return entities
