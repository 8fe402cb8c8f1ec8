"""Session 25 (issue 10, node precision; judged samples of the start build, seeds 20271210 and 20271211).

Switched off with ``PAPERKG_PRECISION26`` ("off" or a comma list of these part names), for ablations only. Each
part drops mentions of a paper (pipeline, after ``precision25.cut_mentions25``; an entity goes with its last
mention) and the same spots in the corpus's second look (canonical.py, ``cut_hit26``):

- ``slash-pair``: two words or acronyms joined by a slash are two things, not one name ("statistical/ML
  approaches", "NLG/NLU models", "CPU/GPU version", "SVM/softmax classifiers", "I/O examples", "k/SNR"): a name
  ``A/B`` with no space where a part is a lower-case word, both parts are single characters, a part is one
  lower-case letter, or both parts are generic acronyms of fields, devices or model families (lexicon.py
  ``GENERIC_ACRONYMS``, ``FIELD_OR_DEVICE``). Not "CANDECOMP/PARAFAC", "MOEA/D", "LDA/QR", "ETH/UCY", "i-vector/PLDA";
  not a listed name ("CNN/DM" of the gazetteer), not a title's "X/Y: subtitle" (the paper's system), not before
  "test(s)", "testing" or "experiment(s)" ("A/B tests", "A/B experimentation": an experiment design).
- ``caps-run-cut``: one upper-case word cut from a run of upper-case words ("ADVERSARIAL" of "ADVERSARIAL
  ADDITION", "BANDIT" and "FOREST" of "BANDIT FOREST", "ONLINE" of an upper-case title): a mention of one
  upper-case word of four or more letters with another upper-case word of three or more letters right before or
  after it (a space between), found by a rule that reads a name's shape (not a list, not a defined short form).
  Not "NER GEMNET" (a generic acronym beside it), not "MIMIC III" (a numeral).
- ``math-glued``: capitalised words cut before a formula that goes on the same name ("Contrastive
  $\\lambda$-Repformer", "Dynamic $Q$-value Coordination Graph", "Zeta $l$-links"): the span's words are ordinary
  capitalised words and a ``$...$`` follows with a hyphen or a letter glued to its end.
- ``group-lab``: a research group or lab ("the TurkuNLP group to the ... shared task", "the ONLP lab at the Open
  University", "the TALP-UPC research group participation", "CLaC labs participated"): a mention followed by
  "(research) group", "lab(s)" or "laboratory" and then a stop, a comma or a preposition or verb of taking part.
  Not "group lasso", "group normalization", "the X group of models" (a noun or "of" follows).
- ``data-apposition`` (a retyping, not a cut): a name typed method by a plain rule that stands in apposition to a
  data noun ("we construct a new dataset, Zorb, which", "the two parallel corpora: Zorb (English-German) and",
  "a challenge-set we call Zorb (ZB)", "the Danish wordnet, Zorb.") is data: the paper's entity becomes a dataset.
  The name must be followed by punctuation or "and" (not "On two datasets, Zorb outperforms"), no article between
  (not "the corpora, a singular value decomposition based ..."), not "dictionary" (dictionary learning: "deep
  dictionary (SRDD)"), not a name ending in Net, Network, Model, Former or GAN.
"""

from __future__ import annotations

import re

from .lexicon import GENERIC_ACRONYMS
from .memo import before_ends_with
from .precision25 import LISTED_RULES25, SCORED25, keep_uncut
from .recall_rules import FIELD_OR_DEVICE, _parts_off

PRECISION_RULES26 = ("slash-pair", "caps-run-cut", "math-glued", "group-lab", "data-apposition")
SCORED26 = SCORED25


def _precision_off26() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION26", PRECISION_RULES26)


# -- slash-pair --------------------------------------------------------------------------------------------------
SLASH_PAIR26 = re.compile(r"([^\s/]+)/([^\s/]+)")
# Acronyms of fields, devices, signals and model families: "AI/ML", "CPU/GPU", "EEG/MEG", "RNN/CNN", "VAE/GAN".
PAIR_ACRONYMS26 = GENERIC_ACRONYMS | FIELD_OR_DEVICE | frozenset(
    "IE TE EEG MEG ECG GPS IMU LiDAR HMM ANN SVM CRF MRF GAN VAE ICA SGD GD DL RL".split())


def slash_pair26(span: str) -> bool:
    """Is ``span`` two things joined by a slash ("statistical/ML", "NLG/NLU", "I/O"), not one name?"""
    m = SLASH_PAIR26.fullmatch(span)
    if m is None:
        return False
    left, right = m.group(1), m.group(2)
    if re.fullmatch(r"[a-z]{2,}", left) or re.fullmatch(r"[a-z]{2,}", right):
        return True  # "statistical/ML", "SVM/softmax", "CTC/attention"
    if len(left) == 1 and len(right) == 1:
        return True  # "I/O", "A/B", "Q/R"
    if re.fullmatch(r"[a-z]", left) or re.fullmatch(r"[a-z]", right):
        return True  # "k/SNR", "l/T"
    return left in PAIR_ACRONYMS26 and right in PAIR_ACRONYMS26

TEST_AFTER26 = re.compile(r"\s*(?:test|tests|testing|experiment|experiments|experimentation)\b")


# -- caps-run-cut ------------------------------------------------------------------------------------------------
CAPS_WORD26 = re.compile(r"[A-Z]{4,}")
CAPS_BEFORE26 = re.compile(r"(?:^|[\s(\"“])([A-Z]{3,})\s$")
CAPS_AFTER26 = re.compile(r"\s([A-Z]{3,})(?=$|[\s,.;:)!?\"”])")
ROMAN26 = re.compile(r"[IVXLC]+")
# Rules that read a name's shape, not a list or a definition: they may cut an upper-case run.
SHAPE_RULES26 = ("rule:repeated-name", "rule:followed-by-type", "rule:preceded-by-type", "rule:proposal",
                 "rule:name-shape", "rule:title-name", "rule:named", "rule:appositive", "learned:tagger")


def caps_run_cut26(span: str, text: str, start: int, end: int, rule: str) -> bool:
    """Is ``span`` one upper-case word of a longer upper-case run ("ADVERSARIAL" of "ADVERSARIAL ADDITION")?"""
    if not CAPS_WORD26.fullmatch(span) or not rule.startswith(SHAPE_RULES26):
        return False
    for m in (CAPS_BEFORE26.search(text, max(0, start - 40), start), CAPS_AFTER26.match(text, end)):
        if m is None:
            continue
        word = m.group(1)
        if word not in GENERIC_ACRONYMS and word not in FIELD_OR_DEVICE and not ROMAN26.fullmatch(word):
            return True
    return False


# -- math-glued --------------------------------------------------------------------------------------------------
TITLE_WORDS26 = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?)*")
MATH_GLUED26 = re.compile(r"\s*\$[^$]{1,30}\$(?:-|[A-Za-z])")


def math_glued26(span: str, text: str, end: int) -> bool:
    """Are ``span``'s capitalised words cut before a formula that goes on ("Contrastive $\\lambda$-Repformer")?"""
    return TITLE_WORDS26.fullmatch(span) is not None and MATH_GLUED26.match(text, end) is not None


# -- group-lab --------------------------------------------------------------------------------------------------
GROUP_LAB26 = re.compile(
    r"\s+(?:research\s+)?(?:group|lab|labs|laboratory)(?:[.,;:)]|\s+(?:at|in|from|to|for|has|have|is|was"
    r"|participat\w*|submitted|submission|submissions|entry|entries|system|systems|team)\b)")


def group_lab26(text: str, end: int) -> bool:
    """Is the name ending at ``text[end]`` a research group or lab ("the TurkuNLP group to the task")?"""
    return GROUP_LAB26.match(text, end) is not None


# -- data-apposition --------------------------------------------------------------------------------------------
DATA_BEFORE26 = re.compile(
    r"\b(?i:corpus|corpora|datasets?|data\s+sets?|treebanks?|lexicons?|wordnets?|challenge[- ]sets?|test[- ]sets?)"
    r"\s*(?:[,:(]\s*|\s+(?:called|named|we\s+call|termed|dubbed)\s+)$")
APPOSITION_AFTER26 = re.compile(r"\s*(?:[,.;:)(]|and\b)")
MODEL_END26 = re.compile(r"(?:Net|Network|Networks|Model|Former|former|GAN)$")


def data_apposition26(name: str, text: str, start: int, end: int) -> bool:
    """Does the name at ``text[start:end]`` stand in apposition to a data noun ("a new dataset, Zorb, which")?"""
    # every match ends with ",", ":", "(" or a naming verb and white space (session 28: tested first)
    return (before_ends_with(text, max(0, start - 60), start, ",:(dl")
            and DATA_BEFORE26.search(text, max(0, start - 60), start) is not None
            and APPOSITION_AFTER26.match(text, end) is not None and MODEL_END26.search(name) is None)


# -- the two entry points ----------------------------------------------------------------------------------------


def _mention_cut26(off: frozenset, span: str, text: str, start: int, end: int, rule: str) -> bool:
    if "caps-run-cut" not in off and caps_run_cut26(span, text, start, end, rule):
        return True
    if "group-lab" not in off and group_lab26(text, end):
        return True
    return "math-glued" not in off and rule.startswith(SHAPE_RULES26) and math_glued26(span, text, end)


def cut_mentions26(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the mentions the parts above cut (an entity goes with its last mention)."""
    off = _precision_off26()
    if len(off) == len(PRECISION_RULES26):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    kept = []
    for e in entities:
        if e.type not in SCORED26 or e.entry is not None or any(m.rule.startswith(LISTED_RULES25) for m in e.mentions):
            kept.append(e)  # a listed name keeps its mentions ("CNN/DM", "TRECVID MED", "ARC SIFT")
            continue
        if ("data-apposition" not in off and e.type == "method"
                and any(data_apposition26(e.name, texts.get(m.field, ""), m.start, m.end) for m in e.mentions)):
            e.type = "dataset"
        if ("slash-pair" not in off and slash_pair26(e.name)
                and not any(m.rule == "rule:title-name" for m in e.mentions)
                and not any(TEST_AFTER26.match(texts.get(m.field, ""), m.end) for m in e.mentions)):
            continue  # a title's "X/Y: ..." names the paper's system, "A/B tests" an experiment design
        if keep_uncut(e, [m for m in e.mentions
                          if not _mention_cut26(off, m.text, texts.get(m.field, ""), m.start, m.end, m.rule)]):
            kept.append(e)
    return kept


def cut_hit26(abstract: str, start: int, end: int, typ: str, name: str) -> bool:
    """Does a part above cut the name the corpus's second look found at ``abstract[start:end]``?"""
    off = _precision_off26()
    if len(off) == len(PRECISION_RULES26) or typ not in SCORED26:
        return False
    if "group-lab" not in off and group_lab26(abstract, end):
        return True
    return "slash-pair" not in off and slash_pair26(abstract[start:end]) and not TEST_AFTER26.match(abstract, end)
