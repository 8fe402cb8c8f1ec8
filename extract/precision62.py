"""Session 47 (issue 10, node precision): software a paper uses, programming languages and hardware, named by the
sentence's own kind words.

Switched with ``PAPERKG_PRECISION62`` ("off" or "0", a comma list of these part names to switch off, or "on:" and a
comma list of default-off parts). One call, ``drop_software62`` in pipeline.py right after precision61's
``drop_spans61`` (and in scripts/train_name_tagger.py's ``after_tag``).

The session 44-46 judged draws of the 73k graph still hold software and hardware that the kind rules of precision38
(apposed software nouns), precision40 (a software noun after the name), precision48/52 and precision61 (games,
forums, annotation frameworks, code hosts) do not read:

- ``used-software``: a method/model no list gives, which the paper does not propose, written right after an
  open-source / freely or publicly available software noun ("the open-source speech recognition system RASR", "the
  open-source multimodal dialog system HALEF", "an open source tool (BistParser)") or with one in apposition
  ("MedSLT, an Open Source medical domain speech-to-speech translation system"). Dropped. Not a parser or tagger
  ("an existing open source tool (BistParser)", "the open-source system MaltParser": its parsing method, as the
  gold's Moses and the judged TurboParser). A system the paper
  presents ("ViSoLex is an open-source system for ...", "We present X, an open-source system") is the paper's
  released system and stays (judged right in session 45).
- ``language-kind``: a name in apposition (", a", ": a", "is a") with a programming / domain-specific / scripting /
  query / probabilistic programming language ending its phrase: "Stochaskell, a new probabilistic programming
  language embedded in Haskell", "X, a domain specific language for ...". Dropped, proposed or not (a language is
  software, none of the guideline's kinds). Not "X, a model for programming language understanding" (the kind
  noun is "model"; the language is not the phrase's head).
- ``hardware-kind``: a name a hardware noun names ("a CCD-based processor that we call the NNC2", "a device called
  Neuron MOS") or a name in apposition with one ("X, an analog VLSI chip"). Dropped, unless the paper presents it
  ("We present a novel ego-motion sensor called X": heldout2's gold keeps that as a method; a title lead).
"""

from __future__ import annotations

import re

from .precision61 import _listed61, _spans61  # the listed names and the mention spans precision61 reads
from .recall_rules import parts_off_by_default

PRECISION_RULES62 = ("used-software", "language-kind", "hardware-kind")
DEFAULT_OFF62: frozenset[str] = frozenset()

TECHNIQUE62 = ("method", "model")


def _precision_off62() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION62", PRECISION_RULES62, DEFAULT_OFF62)


# A modifier word of a noun phrase: no function word, clause word or technique noun (the head is then theirs).
_NOT_MOD62 = (r"(?:of|for|on|in|to|with|from|by|at|over|that|which|who|as|using|via|into|is|are|was|were|and|or|a|an"
              r"|the|this|we|our|its|method|methods|approach|model|models|framework|frameworks|algorithm|algorithms"
              r"|network|networks|architecture|technique)")
_MOD62 = rf"(?:(?!{_NOT_MOD62}(?![\w\-]))[\w\-'/+.]+\s+)"
# The kind noun ends its phrase.
_END62 = (r"(?=\s*[,.;:)!?]|\s*$|\s+(?:that|which|in|for|to|of|with|where|designed|built|embedded|implemented|written"
          r"|developed|based|and|or|on|from|by|is|was|called|named|allows?|enables?|provides?|supports?)\b)")
# The appositive or copula after a mention (and an optional bracket after it).
_APPOSED62 = r"[\"\u201d]?(?:\s*\([^()]{1,60}\))?\s*(?:,|:|\s+is)\s+(?:an?|the|one)\s+"

# -- used-software -----------------------------------------------------------------------------------------------
_OPEN62 = r"(?:open[\s\-]source(?:d)?|freely[\s\-]available|publicly[\s\-]available)"
_SOFT_HEAD62 = (r"(?:system|toolkit|tool|software|library|package|engine|recogni[sz]er|synthesi[sz]er|toolbox|platform"
                r"|implementation)")
# A parser or tagger is its parsing/tagging method, whatever the text calls it (TurboParser, judged right lenient; the
# gold keeps Moses, an SMT toolkit, as a method): "an existing open source tool (BistParser)", "MaltParser" stay.
_ALGORITHM_NAME62 = re.compile(r"(?i).*(?:pars(?:er|ing)|tagger|segmenter|lemmati[sz]er|stemmer)s?")
_OPEN_BEFORE62 = re.compile(
    rf"(?<![\w\-])(?:the|an?|our)?\s*{_OPEN62}\s+{_MOD62}{{0,5}}?{_SOFT_HEAD62}s?\s*,?\s*(?:(?:called|named)\s+)?"
    r"(?:the\s+)?[\(\"\u201c]?$", re.I)
_OPEN_AFTER62 = re.compile(rf"{_APPOSED62}{_MOD62}{{0,3}}?{_OPEN62}\s+{_MOD62}{{0,6}}?{_SOFT_HEAD62}{_END62}", re.I)
# The paper presents it: "we present X", "X: an open-source ...", "our X", "the proposed X", a title lead.
_PROPOSE62 = re.compile(
    r"(?<![\w\-])(?:(?:our|proposed)\s+(?:[\w\-]+\s+){0,4}?"
    r"|(?:we\s+(?:\w+\s+)?(?:present|introduce|propose|describe|develop|release|build|design|demonstrate|implement"
    r"|create|created|developed|presented|introduced|proposed|described|released|built|designed)"
    r"|this\s+(?:paper|work|demo|article)\s+(?:presents|introduces|describes|proposes)"
    r"|(?:paper|work|demo)\s+(?:presents|introduces|describes))\s+"
    # the verb's object: up to eight words, none a preposition ("describes ... resources for use in X" is not X)
    r"(?:(?!(?:in|for|on|with|by|from|using|into|via|to|based|upon|use)(?![\w\-]))[\w\-,'/]+\s+){0,8}?)"
    r"[\"\u201c(]?$", re.I)


def _proposed62(e, texts) -> bool:
    if getattr(e, "role", "uses") == "proposes":
        return True
    for field, text, start, end in _spans61(e, texts):
        if field == "title":
            if start == 0:
                return True  # the title's lead name is the paper's own
            continue
        sent = text.rfind(". ", 0, start)
        if _PROPOSE62.search(text[sent + 1 if sent >= 0 else 0:start]):
            return True
        # "X is a new open-source ...", "X, a novel ..."
        if re.match(_APPOSED62 + r"(?:new|novel)\b", text[end:end + 90], re.I):
            return True
    return False


def _used_software62(e, texts) -> bool:
    if e.type not in TECHNIQUE62 or e.name.lower() in _listed61() or _ALGORITHM_NAME62.fullmatch(e.name):
        return False
    hit = False
    for field, text, start, end in _spans61(e, texts):
        if _OPEN_BEFORE62.search(text[max(0, start - 160):start]) or _OPEN_AFTER62.match(text, end):
            hit = True
            break
    return hit and not _proposed62(e, texts)


# -- language-kind -----------------------------------------------------------------------------------------------
_LANGUAGE62 = re.compile(
    rf"{_APPOSED62}{_MOD62}{{0,4}}?(?:(?:probabilistic\s+)?programming|domain[\s\-]specific|scripting|query)\s+"
    rf"languages?(?:\s*\([^()]{{1,20}}\))?{_END62}", re.I)


def _language62(e, texts) -> bool:
    if e.type not in TECHNIQUE62:
        return False
    return any(_LANGUAGE62.match(text, end) for _f, text, _s, end in _spans61(e, texts))


# -- hardware-kind -----------------------------------------------------------------------------------------------
_HARD_HEAD62 = r"(?:processor|chip|microchip|sensor|transistor|device|circuit|FPGA|ASIC)"
_HARD_BEFORE62 = re.compile(
    rf"(?<![\w\-]){_HARD_HEAD62}s?\s*,?\s+(?:that\s+we\s+(?:call|name|term|dub)|which\s+we\s+(?:call|name|term|dub)"
    r"|called|named|termed|dubbed)\s+(?:the\s+)?[\"\u201c]?$", re.I)
_HARD_AFTER62 = re.compile(
    rf"{_APPOSED62}{_MOD62}{{0,4}}?(?:(?:analog|digital|VLSI|CMOS|neuromorphic|optical|silicon|electronic|wearable"
    rf"|tactile|capacitive)\s+){_MOD62}{{0,2}}?{_HARD_HEAD62}{_END62}", re.I)


def _hardware62(e, texts) -> bool:
    if e.type not in TECHNIQUE62 or e.name.lower() in _listed61():
        return False
    for _f, text, start, end in _spans61(e, texts):
        if _HARD_BEFORE62.search(text[max(0, start - 80):start]) or _HARD_AFTER62.match(text, end):
            # a device the paper presents is its contribution: heldout2's gold keeps "We present a novel ego-motion
            # sensor called X" as a method
            return not _proposed62(e, texts)
    return False


def drop_software62(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without software it uses, programming languages and hardware (see the module doc)."""
    off = _precision_off62()
    if all(p in off for p in PRECISION_RULES62):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    out: list = []
    for e in entities:
        if e.type not in TECHNIQUE62 or not e.mentions:
            out.append(e)
            continue
        if "used-software" not in off and _used_software62(e, texts):
            continue
        if "language-kind" not in off and _language62(e, texts):
            continue
        if "hardware-kind" not in off and _hardware62(e, texts):
            continue
        out.append(e)
    return out
