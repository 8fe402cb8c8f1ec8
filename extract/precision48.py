"""Session 40 (issue 10, node precision): software its sentence writes as software, negated classes, language
families and discourse-argument labels, typed method/model/dataset/benchmark.

Switched with ``PAPERKG_PRECISION48`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``drop_non_entities48`` in pipeline.py right after precision46's
``drop_non_entities46``.

The session 32-39 judged draws of the 73k graph (``tests/data/corpus-checks/node-precision-session3{2..9}.tsv``) still
hold software typed method that precision38's appositive kinds and precision40's "the X <modifiers> tool/platform"
miss ("a demo on CloudCV", "publicly available through the ParlAI framework", "UiSta (Young, 1994), software that
implements", "existing model parallel tools, such as Megatron-LM, DeepSpeed, and Alpa", "the OpenCPU API"), negated
classes ("the non-BERT models") and language families / discourse labels ("SinoTibetan", "language branch (LB)",
"Arg1 and Arg2"). Software, a language family and a label are no entity by the guideline (software is named among the
non-entities of ``non_entities.tsv``; "languages" are in the guideline's do-not list).

- ``software-cue``: a method/model no list gives and no sentence proposes, a mention of which is written as software:
  after "a demo on / in", after "(publicly) available through / via (the)", an item of a list after a lower-case
  plural software noun ("model parallel tools, such as X, Y, and Z", "AutoML platforms including X", "BA libraries: X
  (41x), Y", "apps like X or Y", "software packages (X, Y)"), an appositive software kind ("X (Young, 1994), software
  that", "X, an open-source toolkit"), or "the / using / with / via X API / SDK / library / software package". Not
  when a mention is written as the paper's technique ("our X", "the proposed X", "we propose X").
- ``negated``: a one-word "non-X" name whose X is an acronym or mixed-case name ("non-BERT", "non-MTL", "non-LfD"):
  the class of everything but X ("all non-BERT models"), no name. "Non-Local", "non-negative ..." stay (X is a word).
- ``families``: a language family or branch by a list of real names ("Sino-Tibetan", "SinoTibetan", "Indo-European",
  "Niger-Congo", "Austronesian", "language branch"), with or without "languages".
- ``arg-labels``: PropBank / PDTB argument labels ("Arg1", "Arg2", "ARG0", "ArgM").
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

PRECISION_RULES48 = ("software-cue", "negated", "families", "arg-labels")
DEFAULT_OFF48: frozenset[str] = frozenset()

SCORED48 = ("method", "dataset", "benchmark", "model")
TECHNIQUE48 = ("method", "model")


def _precision_off48() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION48", PRECISION_RULES48, DEFAULT_OFF48)


# -- software-cue ------------------------------------------------------------------------------------------------
# Before a mention: "a demo on CloudCV", "available through the ParlAI framework", "accessible via CQPweb".
_CUE_BEFORE48 = re.compile(
    r"(?<![\w\-])(?:demos?\s+(?:on|in)|(?:publicly\s+)?(?:available|accessible)\s+(?:publicly\s+|online\s+)?"
    r"(?:through|via))\s+(?:the\s+)?[\"\u201c]?$", re.I)
# A lower-case plural software noun heading a list ("tools" and "frameworks" only qualified: "tools such as LIME",
# "deep learning tools: multinomial logistic regression" and "frameworks such as MAML" list techniques; "applications
# such as robust PCA" lists uses).
_TOOL_QUALIFIER48 = (r"(?:software|open-source|open\s+source|parallel|annotation|visuali[sz]ation|development|programming"
                     r"|python|R|java|simulation)")
_LIST_NOUN48 = (r"(?:" + _TOOL_QUALIFIER48 + r"\s+(?:[a-z][\w\-]*\s+)?tools"
                r"|(?:software|deep\s+learning|DL|open-source)\s+frameworks"
                r"|toolkits|toolboxes|libraries|packages|platforms|apps|software|SDKs|APIs)")
_LIST_BEFORE48 = re.compile(
    r"(?<![\w\-])" + _LIST_NOUN48 + r"\s*(?:,\s*|\s+)?(?:such\s+as|like|including|e\.g\.,?|namely|:|\()\s*"
    r"(?:(?:the\s+)?[^\s.;:()]+(?:\s+[^\s.;:()]+){0,2}\s*(?:\([^()]{0,30}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))"
    r"{0,6}(?:the\s+)?[\"\u201c]?$")
# After a mention: "X (Young, 1994), software that", "X, an open-source toolkit for", "X, a Python library".
_APPOSED48 = re.compile(
    r"[\"\u201d]?(?:\s*\([^()]{1,40}\))?\s*,\s*(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:software|toolkit|library|package|SDK|app|web\s+application|web\s+service)(?![\w\-])")
# "the OpenCPU API", "using the X library", "with the X software package"
_HEAD_BEFORE48 = re.compile(r"(?<![\w\-])(?:[Tt]he|using|with|[Vv]ia|[Ii]n|into)\s+[\"\u201c]?$")
_HEAD_AFTER48 = re.compile(r"[\"\u201d]?\s+(?:software\s+)?(?:API|SDK|library|software\s+package)(?![\w\-])")
# The paper's own technique: "our X", "the proposed X", "we propose/present/introduce ... X".
_OWN48 = re.compile(r"(?<![\w\-])(?:our|proposed|propose|introduce|present|develop|design|release)\b[^.;]{0,60}$", re.I)


def software_written48(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] written as software (see ``software-cue``)?"""
    if not text:
        return False
    before = text[max(0, start - 160):start]
    if _OWN48.search(text[max(0, start - 60):start]):
        return False
    if _CUE_BEFORE48.search(before) or _LIST_BEFORE48.search(before):
        return True
    if _APPOSED48.match(text, end, end + 90):
        return True
    return _HEAD_BEFORE48.search(text, max(0, start - 8), start) is not None and _HEAD_AFTER48.match(
        text, end, end + 40) is not None


def _unlisted48(e) -> bool:
    return e.entry is None and not any(m.rule.startswith(("gazetteer:", "rule:listed")) for m in e.mentions)


# -- negated -----------------------------------------------------------------------------------------------------
_NEGATED48 = re.compile(r"[Nn]on-(?P<x>[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)")


def negated48(name: str) -> bool:
    """Is the name one "non-X" word with X an acronym or mixed-case name ("non-BERT", "non-LfD")?"""
    return _NEGATED48.fullmatch(name.strip()) is not None


# -- families ----------------------------------------------------------------------------------------------------
# Language families and branches (real names), compared without case, hyphens and spaces.
FAMILIES48 = frozenset(
    re.sub(r"[\s\-]", "", w).lower() for w in """Sino-Tibetan Indo-European Afro-Asiatic Afroasiatic Austronesian
    Niger-Congo Nilo-Saharan Dravidian Uralic Finno-Ugric Altaic Turkic Mongolic Tungusic Bantu Semitic Cushitic Chadic
    Austroasiatic Austro-Asiatic Tai-Kadai Kra-Dai Tibeto-Burman Uto-Aztecan Oto-Manguean Pama-Nyungan Indo-Aryan
    Indo-Iranian Balto-Slavic Kartvelian Eskimo-Aleut Japonic Koreanic Sinitic Trans-New-Guinea Athabaskan Algonquian
    language-branch language-branches language-family language-families""".split())
_LANGUAGES_TAIL48 = re.compile(r"[\s\-]+(?:languages?|family|families)$", re.I)


def family48(name: str) -> bool:
    """Is the name a language family or branch ("Sino-Tibetan", "SinoTibetan languages", "language branch")?"""
    n = name.strip()
    key = re.sub(r"[\s\-]", "", n).lower()
    if key in FAMILIES48:
        return True
    return re.sub(r"[\s\-]", "", _LANGUAGES_TAIL48.sub("", n)).lower() in FAMILIES48


# -- arg-labels --------------------------------------------------------------------------------------------------
_ARG_LABEL48 = re.compile(r"(?:Arg|ARG)(?:[0-5]|M)")


def arg_label48(name: str) -> bool:
    return _ARG_LABEL48.fullmatch(name.strip()) is not None


def drop_non_entities48(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the method/model nodes its text writes as software (``software-cue``), and
    without the scored nodes named as a negated class, a language family or an argument label."""
    off = _precision_off48()
    if all(p in off for p in PRECISION_RULES48):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    out = []
    for e in entities:
        if e.type in SCORED48:
            if "negated" not in off and negated48(e.name):
                continue
            if "families" not in off and family48(e.name):
                continue
            if "arg-labels" not in off and arg_label48(e.name):
                continue
            if ("software-cue" not in off and e.type in TECHNIQUE48 and e.role != "proposes" and _unlisted48(e)
                    and any(software_written48(texts.get(m.field or "abstract", ""), m.start, m.end)
                            for m in e.mentions)):
                continue
        out.append(e)
    return out
