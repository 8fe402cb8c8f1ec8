"""Session 37 (issue 10, node precision): a shape-found name cut after its first word(s), grown back to them.

Switched with ``PAPERKG_PRECISION42`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

Per paper (``pipeline._paper_result``, after precision41's ``drop_idioms41``):

- ``left-cut``: a name found by a shape rule (no list, no defined abbreviation) whose every mention follows, inside
  its sentence and with one space between, the same capitalised word(s) that no other entity of the paper covers,
  begins at those words: "TAC [KBP 2011]", "the Webis [Medical CauseNet 2022]", "Target [Preserving Domain
  Adversarial Neural Networks]", "Toronto [COCO-QA]", "Clinical [TempEval]", "the Stanford [Multi-turn ...
  Dialogue Dataset]", "Le [Cam's method]". The name is respelt with up to three such words. Not after a sentence
  start, a function word ("The", "We", "Using"), a bare number, year or quantity ("SemEval 2019 RumorEval", "29 UEA
  datasets", "10M PubMed"), a possessive ("Meta's Llama"), a language or company qualifier ("English Switchboard",
  "Apple ARKit"), a class acronym ("the LLM Aya-23-8B"), a "-based"/"-specific" word, or another name of the paper
  ("YOLO DENet C2PNet" in a comma-less list).
- ``left-cut-shape`` (default off): the same for names found by their shape alone (``rule:name-shape``,
  ``rule:repeated-name``, ``rule:preceded-by-type``, ``rule:model-variant``): "the CINTIL [DeepGramBank]", "Deep
  [MANTA]", "Hybrid [CtrlFormer]", but as often a backronym's capitals ("Linguistic InfRastructure"), a glued word
  ("Suzan VerberneInstitute"), a team ("Duluth UROP") or hardware ("MOSIS TinyChip").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .precision36 import LISTS36, SCORED36, _join_same
from .recall_rules import parts_off_by_default

PRECISION_RULES42 = ("left-cut", "left-cut-shape")
# left-cut-shape: the same growth for names found by their shape alone (name-shape, repeated-name, preceded-by-type,
# model-variant): on a 298-paper subset of the 73k corpus about half its growths read wrong (backronym capitals
# "Linguistic InfRastructure", glued words "Suzan VerberneInstitute", teams "Duluth UROP", hardware "MOSIS TinyChip",
# a qualifier before a model "Retrieval-Augmented Qwen2.5-72B-Instruct"), so it ships off.
DEFAULT_OFF42: frozenset[str] = frozenset({"left-cut-shape"})
# Rules that find a name by its shape alone: their growths are the default-off part.
SHAPE_ONLY42 = ("rule:name-shape", "rule:repeated-name", "rule:preceded-by-type", "rule:model-variant",
                "rule:model-size")


def _precision_off42() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION42", PRECISION_RULES42, DEFAULT_OFF42)


def part_on42(part: str) -> bool:
    return part not in _precision_off42()


# -- left-cut ------------------------------------------------------------------------------------------------------
# Capitalised words that open a clause or a title phrase rather than a name.
FUNCTION42 = frozenset(
    "The A An We Our In On For To Of And Or With By From As At It Its Is Are Was Were Be This That These Those Their"
    " Using Use Unlike Both Then Here Also Each Such All Compared Based Moreover However Finally Furthermore"
    " Specifically Besides Given Via While When Where Which Whereas Like Thus Hence Since Although Existing Recent"
    " Further First Second Third Experiments Results Most Many Several Some Other Only Even New Novel Improved"
    " Improving Towards Toward Learning Beyond Between Among Into Over Under After Before Than Not No Any Every"
    " Without Within Versus Vs I II III IV V Part Section Table Fig Figure Eq Appendix Let Note See If So But"
    " Do Does Can May Will Should Would Could Must He She They You Your My His Her Previous Current Standard"
    " Popular Several State SOTA Baseline Baselines Proposed Original Vanilla Classic Classical Traditional"
    " Modern Conventional Large Small Public Open Simple Efficient Fast Robust Better Best Same Two Three Four"
    # a model class or an acronym of a kind ("the LLM Aya-23-8B", "the MLLM Qwen2-VL-2B", "PoS weighted Word2Vec"),
    # hardware, a funder's project ("projet ANR ImagiWeb"), an event's frame ("the COCO 2018 Challenge DensePose")
    " LLM LLMs MLLM MLLMs VLM VLMs LM LMs PLM CNN CNNs RNN DNN GNN PoS POS CPU GPU TPU ANR NSF EU ERC DFG Projet"
    " Project Challenge Challenges Workshop International Conference Task Track Subtask Shared System Syst\u00e8me"
    " Python Textes Pilot".split())
# A word that says what the name is built on or used for ("CNN-based SynthNet", "TSR-specific TATR").
_KIND_HYPHEN42 = re.compile(r"(?i).+-(?:based|equipped|specific|related|encoded|like|style|only|free|enabled)$")
# A language or a company before a data set's or tool's name qualifies it ("English Switchboard", "Chinese OntoNotes
# 4.0", "Apple ARKit", "Facebook bAbI"): the name is the rest.
QUALIFIER42 = frozenset(
    "English Chinese German French Spanish Italian Portuguese Dutch Russian Japanese Korean Arabic Hindi Turkish Czech"
    " Polish Swedish Danish Finnish Greek Hebrew Persian Urdu Bengali Vietnamese Thai Indonesian Mongolian Multilingual"
    " Apple Microsoft Facebook Google Meta OpenAI Amazon NVIDIA Nvidia NVidia IBM Baidu Alibaba Tencent Huawei Samsung"
    " Intel DeepMind Anthropic Allen Apache Adobe Yahoo Twitter".split())
# One word before the name: a capitalised word or a mixed token with a capital ("8K", "3D", "RD-TEC").
_WORD42 = re.compile(r"([A-Za-z0-9][\w\-\.]*)\s$")


def _word_ok42(word: str) -> bool:
    if word in FUNCTION42 or word in QUALIFIER42 or _KIND_HYPHEN42.match(word) or word.isdigit() or word.endswith((".", "-")) or len(word) > 30:
        return False
    if re.fullmatch(r"\d+(?:\.\d+)?(?:st|nd|rd|th|s|[KMBk]|[KMGT]B)?", word):  # "2nd", "150K Yelp", "12GB Wikipedia"
        return False
    return word[0].isupper() or (any(c.isupper() for c in word) and any(c.isdigit() for c in word))


def left_words42(text: str, start: int, covered: list[tuple[int, int]], most: int = 3) -> int:
    """Where the name at text[start:] would begin when grown left over up to ``most`` capitalised words (``start``
    when no word qualifies). ``covered``: other names' spans of the same text."""
    at = start
    for _ in range(most):
        m = _WORD42.search(text, max(0, at - 32), at)
        if m is None or m.end() != at or text[m.end(1):at] != " ":
            break
        word = m.group(1)
        b = m.start(1)
        if b > 0 and not (text[b - 1].isspace() or text[b - 1] in "(\"“'‘"):
            break  # a possessive, a slash or a hyphen glued before the word: not a plain word
        if re.fullmatch(r"\d[Dd]", word) and re.fullmatch(r"[A-Z]{1,3}", text[start:start + 4].split(" ")[0]):
            break  # "3D CAD models": a dimension before a short acronym of a kind
        if not _word_ok42(word) or any(s < m.end(1) and b < e for s, e in covered):
            break
        before = text[:b].rstrip("(\"“'‘ \n\t")
        if not before or before[-1] in ".!?:;":
            break  # the word opens the sentence (or the text): capitalised for that alone
        at = b
    return at


def _left_cut_entity42(e, texts: dict[str, str], covered: dict[str, list[tuple[int, int]]]) -> bool:
    """Grow every mention of ``e`` left over the same words; False (``e`` unchanged) when they differ or none."""
    if not e.mentions or not any(m.field == "abstract" for m in e.mentions):
        return False
    prefix = None
    starts = []
    for m in e.mentions:
        text = texts.get(m.field, "")
        if text[m.start:m.end] != m.text:
            return False
        own = [(s, t) for s, t in covered.get(m.field, []) if (s, t) != (m.start, m.end)]
        at = left_words42(text, m.start, own)
        if at == m.start:
            return False
        words = text[at:m.start]
        if prefix is None:
            prefix = words
        elif words != prefix:
            return False
        starts.append(at)
    if prefix is None:
        return False
    e.mentions = [replace(m, text=prefix + m.text, start=at) for m, at in zip(e.mentions, starts)]
    e.name = prefix + e.name if not e.name.startswith(prefix) else e.name
    e.aliases = [a for a in e.aliases if a != e.name]
    return True


def _shape_only42(e) -> bool:
    return any(m.rule in SHAPE_ONLY42 for m in e.mentions)


def _shape_found42(e) -> bool:
    return e.type in SCORED36 and e.entry is None and not e.long_form and not e.short_forms and \
        not any(m.rule.startswith(LISTS36) or m.rule == "abbreviation" for m in e.mentions)


# -- per paper -----------------------------------------------------------------------------------------------------
def grow_left_cuts42(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with shape-found names cut after their first capitalised words grown back to them
    (``left-cut``); a grown name equal to another of the paper's joins it."""
    off = _precision_off42()
    cut, shape = "left-cut" not in off, "left-cut-shape" not in off
    if not cut and not shape:
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    covered: dict[str, list[tuple[int, int]]] = {"abstract": [], "title": []}
    for e in entities:
        for m in e.mentions:
            covered.setdefault(m.field, []).append((m.start, m.end))
    changed: set[int] = set()
    for e in entities:
        if _shape_found42(e) and (shape if _shape_only42(e) else cut) and _left_cut_entity42(e, texts, covered):
            changed.add(id(e))
    return _join_same(entities, changed) if changed else entities
