"""Session 25, round two (issue 10, node precision: names typed wrong; the merged 73k build of session 25).

Switched off with ``PAPERKG_PRECISION27`` ("off" or a comma list of these part names), for ablations only. Each
part retypes a paper's method entity as a dataset (pipeline, after ``precision26.cut_mentions26``). Both read only
a name a shape rule found: one token shaped like a name ("GlaS", "QatarLiving", "ImageNet-127", "SemCor"), no
listed or defined name (no gazetteer entry, no long form), no title mention (a title names the paper's system),
not a proposed one ("we propose X"), not a name ending in Net, Network, Model, Former, GAN, Det or Solver
("AlexNet", "ResNet-50"):

- ``data-noun-after``: half or more of the name's mentions stand right before a data noun ("histology GlaS data
  for", "trained on QatarLiving data", "the FraCaS data set", "the STEVIN corpus"); not before "data
  augmentation", "data structures", "data model" ... (the name qualifies a process, not a collection). Not a name
  of three characters or fewer ("L1 corpora", "CAD datasets": a language or a field), not a pair of upper-case
  parts ("LR-HR data", "RGB-LWIR data": modalities), not an assay ("RNA-seq data").
- ``data-list-sibling``: a mention coordinated (", ", " and ", " or ") with a name the paper typed dataset or
  benchmark, and no mention coordinated with a method or model ("on AGNews, 20Newsgroups, and UCINews", "from
  PubMed, arXiv, and GovReport", "WordNet, Extended WordNet and SemCor"): a list's members are one kind of thing.
  Not "CIFAR-10 and AlexNet on ImageNet" (a model's name), not "FORM and SORM" (both typed method).
"""

from __future__ import annotations

import re

from .precision25 import LISTED_RULES25
from .recall_rules import _parts_off

PRECISION_RULES27 = ("data-noun-after", "data-list-sibling")

# One token shaped like a name: mixed case, letters and digits, or two capitals ("GlaS", "GIST1M", "ERE").
NAME_SHAPE27 = re.compile(r"\S*(?:[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Z]{2})\S*")
MODEL_END27 = re.compile(r"(?:Net|Nets|Network|Model|Former|former|GAN|Det|Solver)(?:[\-\s]?[\d.]+[A-Za-z]?)?$")
PROPOSED27 = re.compile(r"\b(?:propose|proposes|introduce|introduces|present|presents|call|called|named|dubbed|"
                        r"termed|develop|develops|design|designs)\s+(?:a\s+|an\s+|the\s+)?[^\s,.;]*\s*$", re.I)
DATA_NOUN_AFTER27 = re.compile(
    r"\s+(?:data(?:\s+sets?)?|datasets?|corpus|corpora|treebanks?)\b"
    r"(?!\s+(?:augmentation|structures?|models?|distributions?|representations?|generation|selection|processing|"
    r"analysis|sets?\s+of|categor))", re.I)
UPPER_PAIR27 = re.compile(r"[A-Z0-9]+-[A-Z0-9]+")
ASSAY27 = re.compile(r"(?i).*-seq$")
LIST_GAP_BEFORE27 = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
LIST_AFTER27 = re.compile(r"\s*(?:,\s*\S|and\s|or\s)")  # the list goes on after the second name
LIST_BEFORE27 = re.compile(r"(?:,|\band|\bor)\s*$")  # or it began before the first
DATA_TYPES27 = frozenset(("dataset", "benchmark"))
METHOD_TYPES27 = frozenset(("method", "model"))


def _precision_off27() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION27", PRECISION_RULES27)


def shaped_name27(e, texts: dict[str, str]) -> bool:
    """Is ``e`` a method named only by a shape rule, one name-shaped token, never proposed, not in the title?"""
    if e.type != "method" or e.entry is not None or e.long_form is not None or " " in e.name:
        return False
    if NAME_SHAPE27.fullmatch(e.name) is None or MODEL_END27.search(e.name) is not None:
        return False
    for m in e.mentions:
        if m.field == "title" or m.rule == "abbreviation" or m.rule.startswith(LISTED_RULES25):
            return False
        if PROPOSED27.search(texts.get(m.field, ""), max(0, m.start - 40), m.end) is not None:
            return False
    return True


def data_noun_after27(name: str, mentions: list, texts: dict[str, str]) -> bool:
    """Do half or more of the mentions stand right before a data noun ("the FraCaS data set")?"""
    if len(name) <= 3 or UPPER_PAIR27.fullmatch(name) or ASSAY27.match(name):
        return False
    hits = sum(1 for m in mentions if DATA_NOUN_AFTER27.match(texts.get(m.field, ""), m.end))
    return hits > 0 and 2 * hits >= len(mentions)


def _coordinated(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Is the gap ``text[a_end:b_start]`` a list separator (", ", " and ", ", or ")?

    A bare comma is a list only inside a longer list (a separator before the first name or after the second): in
    "On FooEval, FooChat reaches 71%" it ends a fronted phrase, and FooChat is the system, not a second dataset."""
    if not (0 <= b_start - a_end <= 8 and LIST_GAP_BEFORE27.fullmatch(text, a_end, b_start)):
        return False
    if text[a_end:b_start].replace(",", " ").split():  # ", and" / " or ": a list on its own
        return True
    return bool(LIST_AFTER27.match(text, b_end) or LIST_BEFORE27.search(text[max(0, a_start - 8):a_start]))


def list_sibling_types27(e, entities: list, texts: dict[str, str]) -> set[str]:
    """The types of the other entities coordinated with a mention of ``e`` in a list."""
    types = set()
    for m in e.mentions:
        text = texts.get(m.field, "")
        for other in entities:
            if other is e:
                continue
            for o in other.mentions:
                if o.field == m.field and (_coordinated(text, o.start, o.end, m.start, m.end)
                                            or _coordinated(text, m.start, m.end, o.start, o.end)):
                    types.add(other.type)
    return types


def retype_mentions27(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, a method named like data (see the parts above) retyped as a dataset."""
    off = _precision_off27()
    if len(off) == len(PRECISION_RULES27):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    retyped = []  # decided on the types as the paper gave them, then applied (no order effect within a list)
    for e in entities:
        if not shaped_name27(e, texts):
            continue
        if "data-noun-after" not in off and data_noun_after27(e.name, e.mentions, texts):
            retyped.append(e)
        elif "data-list-sibling" not in off:
            siblings = list_sibling_types27(e, entities, texts)
            if siblings & DATA_TYPES27 and not siblings & METHOD_TYPES27:
                retyped.append(e)
    for e in retyped:
        e.type = "dataset"
    return entities
