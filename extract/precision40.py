"""Session 35 (issue 10, node precision): a dataset's variant written with no kind word, software after its name.

Switched with ``PAPERKG_PRECISION40`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

Corpus pass (``canonical._canonicalise`` step 3, right after precision39's ``retype_data39``):

- ``data-variant``: a method/model group no list gives and no paper proposes, whose name is a dataset's or
  benchmark's name, a hyphen and a split/size/language suffix ("RACE-H" of RACE, "ShapeNet-55", "ImageNet-1000",
  "Places365-LT", "WinoGrande-S", "CBT-fr", "PubMed-Long", "SYNTHIA-Seq"), becomes a dataset. The base is a form of a
  dataset/benchmark entry of the gazetteer no entry of another type shares, or the name of dataset/benchmark groups
  of three or more papers of the corpus that no method/model group shares. Not a title lead ("ARC-Flow: Articulated ...", "COCO-FUNIT: ..."):
  a title's coined name is the paper's technique. Two capitals are no suffix ("OPUS-MT", "VRD-QA", "SPIDER-FW",
  "DAST-AL": a technique or a task glued to the base) unless a split's ("LT", "LS", "DG").

Per paper (``pipeline._paper_result``, after precision39's ``drop_teams39``):

- ``software-after``: a coined method/model name no list gives, after "the / our / using / with / in", then up to
  three modifiers and a singular software noun ending its phrase: "the GlossExtractor Web application (Velardi et
  al., 2008)", "the WebWOZ Wizard-of-Oz platform", "the BOEMIE ontology-based annotation tool which", "the rLDCP R
  package", "with WinPitch Pro software)". Dropped (software is no entity by the guideline). Not a toolkit or
  toolbox (a model's implementation: "Mozilla's DeepSpeech Speech-to-Text toolkit", "MarMoT as tagging toolkit"),
  not an interface ("the LF-ASD brain-computer interface"); a research/benchmarking/game platform is an environment
  (precision38's guard) and praise before "tool" says it metaphorically.
- ``emphasis-star``: a mention ending in "*" right before another "*" or a letter is markdown emphasis, not A*:
  "we propose a **MiLe Loss** function", "REFA achieves a **60.29%** win rate", "attacks in a *fixed-target*
  setting" were read as "a *", the A* search algorithm ("A* and IDA*", "than A*." stay). The mention is dropped,
  and the entity with it when no mention is left.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .precision38 import COINED38, PLATFORM_ENVIRONMENT38, PRAISE38
from .recall_rules import parts_off_by_default

PRECISION_RULES40 = ("data-variant", "software-after", "emphasis-star")
DEFAULT_OFF40: frozenset[str] = frozenset()


def _precision_off40() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION40", PRECISION_RULES40, DEFAULT_OFF40)


def part_on40(part: str) -> bool:
    return part not in _precision_off40()


# -- data-variant ------------------------------------------------------------------------------------------------
# A split, subset, size, version or language suffix: digits ("-1000", "-5K", "-2021"), one capital ("-H", "-S"), a
# language code ("-fr"), a version ("-v2"), or a split word.
_SUFFIX40 = re.compile(r"(?:\d+(?:\.\d+)?[KkM]?|[A-Z]|[a-z]{2}|v\d+|LT|LS|DG|Seq|Long|Short|Hard|Easy|Lite|Full|Mini"
                       r"|Small|Large|Test|Dev|Train|Val|Clean|Noisy|Math|Code|Sub|Subset|Plus|Ext|Extended|Sketch"
                       r"|Corrupt|Fine\d+)")
_VARIANT40 = re.compile(r"(?P<base>.{3,}?)[-_](?P<suffix>[A-Za-z0-9.]{1,8})")


def variant_base40(name: str) -> str | None:
    """The base of a name shaped "<base>-<split suffix>" ("RACE-H" -> "RACE"), or None."""
    m = _VARIANT40.fullmatch(name)
    if m is None or _SUFFIX40.fullmatch(m.group("suffix")) is None:
        return None
    return m.group("base")


@lru_cache(maxsize=4)
def _gazetteer_data_forms40(path: str | None = None) -> frozenset[str]:
    """Forms of dataset/benchmark entries that no entry of another type shares."""
    from .gazetteer import load_entries
    data, other = set(), set()
    for e in load_entries(path):
        (data if e.type in ("dataset", "benchmark") else other).update(e.forms)
    return frozenset(data - other)


# A base the gazetteer does not list must be data in this many papers of the corpus: one or two papers' "YiSi",
# "ACT", "REAL", "Dolly" typed data made the metrics YiSi-1/YiSi-2, the ACT-R model, the REAL-X method and the
# Dolly-v2 model data (start35's 73k output).
CORPUS_PAPERS40 = 3


def _title_lead40(e) -> bool:
    return bool(e.mentions) and all(m.field == "title" and m.start == 0 for m in e.mentions)


def retype_variants40(results, keyed, group_members, canon) -> list:
    """Method/model groups named as a dataset's variant ("RACE-H", "ShapeNet-55") become datasets (canon changed in
    place). Returns the roots retyped."""
    if "data-variant" in _precision_off40():
        return []
    corpus_data: dict[str, int] = {}
    corpus_other = set()
    for root, (eid, name, _, _) in canon.items():
        if eid.startswith(("dataset:", "benchmark:")):
            corpus_data[name] = corpus_data.get(name, 0) + len(group_members.get(root) or ())
        else:
            corpus_other.add(name)
    gazetteer_data = _gazetteer_data_forms40()
    done = []
    for root, es in group_members.items():
        eid, name, family, accepted = canon[root]
        if not eid.startswith(("method:", "model:")) or any(e.entry is not None for e in es):
            continue
        if any(e.role == "proposes" for e in es) or all(_title_lead40(e) for e in es):
            continue
        base = variant_base40(name)
        if base is None:
            continue
        if base in gazetteer_data or (corpus_data.get(base, 0) >= CORPUS_PAPERS40 and base not in corpus_other):
            canon[root] = ("dataset:" + eid.split(":", 1)[1], name, family, accepted)
            done.append(root)
    return done


# -- software-after (per paper) ----------------------------------------------------------------------------------
_BEFORE40 = re.compile(r"(?<![\w\-])(?:[Tt]he|[Oo]ur|using|with|[Ii]n|[Ii]nto|[Vv]ia)\s+[\"\u201c]?$")
_NOT_MOD40 = (r"(?:of|for|on|in|to|with|from|by|at|that|which|who|as|using|via|into|is|are|was|were|be|and|or|a|an"
              r"|the|this|we|our|it|its|method|methods|approach|framework|model|models|system|systems|network"
              r"|algorithm|technique|architecture|module|pipeline|toolkit|toolbox|interface)")
_SOFTWARE40 = (r"(?P<head>(?:web\s+|mobile\s+)application|app|tool|platform|software|plug-?in|package"
               r"|web\s+service)")
_AFTER40 = re.compile(
    r"[\"\u201d]?\s+(?:(?!" + _NOT_MOD40 + r"(?![\w\-]))[A-Za-z][\w\-]*\s+){0,3}?" + _SOFTWARE40
    + r"(?=\s*[,.;:()]|\s*$|\s+(?:of|in|on|with|and|or|to|for|is|was|that|which|from|at|by|as|we|has|can"
    r"|developed|designed|built|provides|allows|enables|supports)\b)", re.I)


def software_after40(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] written "the X <modifiers> tool/platform/web application/package ..."?"""
    if not text or _BEFORE40.search(text, max(0, start - 8), start) is None:
        return False
    m = _AFTER40.match(text, end, end + 80)
    if m is None:
        return False
    head = m.group("head").lower()
    if head == "tool" and PRAISE38.search(text, end, m.start("head")):
        return False
    if head == "platform" and PLATFORM_ENVIRONMENT38.search(text, end, m.end() + 60):
        return False  # "the X research platform", "a platform for ... research": an environment
    return True


def _unlisted40(e) -> bool:
    return e.entry is None and not any(m.rule.startswith(("gazetteer:", "rule:listed")) for m in e.mentions)


def _coined40(name: str) -> bool:
    return any(COINED38.fullmatch(w) for w in name.split())


def emphasis_star40(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] the "*" of markdown emphasis ("a **MiLe Loss**", "a *single* cause" read as
    "a *", A*)?"""
    return bool(text) and start < end < len(text) and text[end - 1] == "*" and (
        text[end] == "*" or text[end].isalpha())


def drop_software40(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the coined method/model names its text writes as software, and without the
    markdown-bold mentions read as A* (``emphasis-star``)."""
    off = _precision_off40()
    if "software-after" in off and "emphasis-star" in off:
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    out = []
    for e in entities:
        if "emphasis-star" not in off and any(emphasis_star40(texts.get(m.field or "abstract", ""), m.start, m.end)
                                          for m in e.mentions):
            kept = [m for m in e.mentions
                    if not emphasis_star40(texts.get(m.field or "abstract", ""), m.start, m.end)]
            if not kept:
                continue
            e.mentions = kept
        if "software-after" not in off and e.type in ("method", "model") and _unlisted40(e) and _coined40(
                e.name) and any(software_after40(texts.get(m.field or "abstract", ""), m.start, m.end)
                                for m in e.mentions):
            continue
        out.append(e)
    return out
