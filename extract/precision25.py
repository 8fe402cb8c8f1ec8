"""Session 24, round two (issue 10, node precision; the judged sample node-precision-session24.tsv and the study
sample node-precision-study-session24.tsv).

Switched off with ``PAPERKG_PRECISION25`` ("off" or a comma list of these part names), for ablations only. Each
part drops mentions of a paper (pipeline, after ``precision24.cut_mentions24``; an entity goes with its last
mention) and the same spots in the corpus's second look (canonical.py, ``cut_hit25``):

- ``sentence-glue``: a span glued across a sentence end with no space ("signer-independent SLT.However, most",
  "in NLP.They outperform", "risk management.Post-hoc model"): an acronym or a word of two or more letters, a
  full stop, then a capitalised word with lower-case letters only. Not "E.T.Track", "C.Elegans", "c.z.AdaNormalGP"
  (one letter before the stop, or a mixed-case word after it), not "WN.Pr" (closed by a bracket right after).
- ``hyphen-cut``: a name cut at a hyphen: the span ends in a hyphen glued to what follows ("Polyak-\\Lojasiewicz"
  read as "Polyak-"; not "MV-Datalog+/-:"), or one capitalised word of the abstract that a rule (not a list) found right before a dash
  and another capitalised word ("Kahn–Kalai expectation threshold", "Best–Worst Scaling", "Polyak–{Ł}ojasiewicz").
- ``math-object``: a mathematical object or property named after a person or a notion: in a paper, a method,
  model, data or task name most of whose mentions are followed by matrix, tensor, inequality, theorem, lemma,
  property, condition ... ("completions of Hankel matrices", "the Proximal Polyak-Łojasiewicz (PL) inequality",
  "the classical Debord-McGarvey theorem", "a so-called Karmic property"); the second look skips such a spot too
  ("Hankel" was confirmed in 16 more papers by it). A name also used otherwise in the paper stays ("the PCA matrix"
  beside "we apply PCA"), so does a name a list or a gazetteer gave ("the policy gradient theorem", "the
  Gauss-Newton matrix", "SGNS, GloVe, PPMI matrix") and one before "matrix factorization", "tensor completion"
  ("a kernelized CP tensor factorization technique").
- ``data-type``: a number format ("INT16 operands", "FP16", "BF16", "FP8"): no method, model or data.
- ``lab-technology``: a laboratory or hardware technology ("single-cell RNA sequencing (scRNA-seq)", "Adaptive
  Optics (AO) systems", "mass spectrometry", "electron microscopy"): a method, model or data entity whose name or
  defined long form ends in such a technique noun goes (with its short form). Not a task ("de novo peptide
  sequencing" is one).
- ``adverb-adjective``: two words, an adverb in -ly and an adjective or an acronym ("differentially private (DP)",
  "Strongly Adaptive", "Predominantly CAD"): a property or a sentence's words, not a name; a name or defined long
  form so spelt takes its entity (with "DP"). Not "Early Stopping", "Daily Dialogue", "Deeply AggreVaTeD" (the
  second word a noun or a mixed-case name), not "doubly robust" (DR estimators are named so).
"""

from __future__ import annotations

import re

from .recall_rules import _parts_off

PRECISION_RULES25 = ("sentence-glue", "hyphen-cut", "math-object", "data-type", "lab-technology", "adverb-adjective")
SCORED25 = frozenset(("method", "model", "dataset", "benchmark"))
MATH_TYPES25 = frozenset(("method", "model", "dataset", "benchmark", "task"))


def _precision_off25() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION25", PRECISION_RULES25)


def precision25_on(part: str) -> bool:
    return part not in _precision_off25()


# -- sentence-glue -----------------------------------------------------------------------------------------------
# "SLT.However", "NLP.They", "management.Post-hoc": two or more letters or digits, a stop, a capitalised word.
GLUED_ACRONYM25 = re.compile(r"(?:.*[\s.\-])?[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*[A-Za-z0-9]\.[A-Z][a-z]+")
GLUED_WORD25 = re.compile(r"(?:.*\s)?[a-z]{3,}\.[A-Z][\w\-]*")


def sentence_glue25(span: str, text: str, end: int) -> bool:
    """Is ``span`` (ending at ``text[end]``) a name glued to the next sentence's first word?"""
    if "." not in span:
        return False
    if not (GLUED_ACRONYM25.fullmatch(span) or GLUED_WORD25.fullmatch(span)):
        return False
    left = span.rsplit(".", 1)[0].split()[-1].split(".")[-1].split("-")[-1] if span.rsplit(".", 1)[0].split() else ""
    if len(left) < 2:
        return False  # "E.T.Track", "C.Elegans"
    return not text.startswith(")", end)  # "Princeton WordNet (WN.Pr)"


# -- hyphen-cut --------------------------------------------------------------------------------------------------
DASH_CAPITAL25 = re.compile(r"[-\u2010\u2013](?:\\?\{?\\?[A-Z\u00c0-\u00de\u0141])")
CAPITAL_WORD25 = re.compile(r"[A-Z][a-z]+")


def hyphen_cut25(span: str, text: str, end: int, rule: str, field: str) -> bool:
    """Is ``span`` cut at a hyphen from a longer name ("Polyak-" of "Polyak-\\Lojasiewicz", "Kahn" of "Kahn–Kalai")?"""
    if span.endswith(("-", "\u2013")) and end < len(text) and (text[end].isalnum() or text[end] in "\\{"):
        return True
    return (field == "abstract" and not rule.startswith("gazetteer") and CAPITAL_WORD25.fullmatch(span) is not None
            and DASH_CAPITAL25.match(text, end) is not None)


# -- math-object -------------------------------------------------------------------------------------------------
MATH_HEAD25 = re.compile(
    r"\)?\s*(?:\([^()]{1,15}\)\s*)?(?:matrix|matrices|matri-\s*ces|tensors?|inequalit(?:y|ies)|theorems?|lemmas?"
    r"|conjectures?|propert(?:y|ies)|conditions?|determinants?|polynomials?)\b"
    r"(?![ \-]+(?:factori|complet|decompos|multiplicat|product|estimat|recover|sketch|approximat|regress))")
# Listed names keep their link ("the policy gradient theorem", "the Gauss-Newton matrix", "SGNS, GloVe, PPMI matrix").
LISTED_RULES25 = ("gazetteer", "lexicon", "rule:listed", "rule:intro-list")


def math_head25(text: str, end: int) -> bool:
    """Is the name ending at ``text[end]`` followed by a mathematical object noun ("Hankel matrices")?"""
    return MATH_HEAD25.match(text, end) is not None


# -- data-type ---------------------------------------------------------------------------------------------------
DATA_TYPE25 = re.compile(r"(?:U?INT|FP|BF|TF|FLOAT|u?int|fp|bf|float)-?(?:4|8|16|32|64)")

# -- lab-technology ----------------------------------------------------------------------------------------------
LAB_TECHNOLOGY25 = frozenset((
    "sequencing", "optics", "microscopy", "spectroscopy", "tomography", "spectrometry", "crystallography",
    "interferometry", "lithography", "radiography", "sonography", "ultrasonography", "electrophoresis",
    "cytometry", "fluoroscopy", "endoscopy", "mammography", "angiography", "chromatography",
))


def lab_technology25(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and words[-1].split("-")[-1] in LAB_TECHNOLOGY25


# -- adverb-adjective --------------------------------------------------------------------------------------------
NOT_ADVERB25 = frozenset((
    "early", "daily", "friendly", "timely", "assembly", "mealy", "multiply", "poly", "family", "only", "reply",
    "supply", "apply", "holy", "italy", "weekly", "monthly", "yearly", "hourly", "lovely", "ugly", "jolly",
    "bully", "belly", "rally", "ally", "fly", "july", "kelly", "molly", "sally", "emily", "lily", "billy",
))
ADJECTIVE_END25 = re.compile(
    r"[a-z]+(?:ate|ive|al|ous|able|ible|ent|ant|ic|ed|ing|ar|ful|less)|private|fair|smooth|convex|sparse"
    r"|correct|stable|free|optimal")
ACRONYM25 = re.compile(r"[A-Z]{2,}s?")
ADVERB25 = re.compile(r"[A-Za-z][a-z]{2,}ly")


def adverb_adjective25(span: str) -> bool:
    """Is ``span`` an adverb and an adjective or an acronym ("differentially private", "Predominantly CAD")?"""
    words = span.replace("-", " ").split()
    if len(words) != 2 or not ADVERB25.fullmatch(words[0]) or words[0].lower() in NOT_ADVERB25:
        return False
    second = words[1]
    if not (ADJECTIVE_END25.fullmatch(second.lower()) or ACRONYM25.fullmatch(second)):
        return False
    # A mixed-case name ("AggreVaTeD") is a name; an acronym ("CAD") is glued to a sentence's first adverb.
    return second.islower() or second.isupper() or second[1:].islower()


# -- the two entry points ----------------------------------------------------------------------------------------


def _mention_cut25(off: frozenset, span: str, text: str, start: int, end: int, rule: str, field: str,
                   typ: str) -> bool:
    if "sentence-glue" not in off and sentence_glue25(span, text, end):
        return True
    if "hyphen-cut" not in off and typ in SCORED25 and hyphen_cut25(span, text, end, rule, field):
        return True
    if "data-type" not in off and typ in SCORED25 and DATA_TYPE25.fullmatch(span):
        return True
    return "adverb-adjective" not in off and typ in SCORED25 and adverb_adjective25(span)


def _named_not_entity25(off: frozenset, name: str, long_form: str | None) -> bool:
    """Does the entity's name or defined long form say lab technology or property ("differentially private (DP)")?"""
    for words in (name, long_form):
        if words is None:
            continue
        if "lab-technology" not in off and lab_technology25(words):
            return True
        if "adverb-adjective" not in off and adverb_adjective25(words):
            return True
    return False


def cut_mentions25(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the mentions the parts above cut (an entity goes with its last mention)."""
    off = _precision_off25()
    if len(off) == len(PRECISION_RULES25):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    kept = []
    for e in entities:
        if e.type in SCORED25 and _named_not_entity25(off, e.name, e.long_form):
            continue
        if ("math-object" not in off and e.type in MATH_TYPES25 and e.mentions and e.entry is None
                and not any(m.rule.startswith(LISTED_RULES25) for m in e.mentions)):
            heads = sum(1 for m in e.mentions if math_head25(texts.get(m.field, ""), m.end))
            if 2 * heads > len(e.mentions):
                continue
        if keep_uncut(e, [m for m in e.mentions if not _mention_cut25(
                off, m.text, texts.get(m.field, ""), m.start, m.end, m.rule, m.field, e.type)]):
            kept.append(e)
    return kept


def keep_uncut(e, left: list) -> bool:
    """Give ``e`` the mentions ``left`` after a cut; False when none is left (an entity goes with its last mention).
    Shared by the precision modules' cut steps."""
    if not left:
        return False
    if len(left) != len(e.mentions):
        e.mentions = left
    return True


def cut_hit25(abstract: str, start: int, end: int, typ: str, name: str) -> bool:
    """Does a part above cut the name the corpus's second look found at ``abstract[start:end]``?"""
    off = _precision_off25()
    if len(off) == len(PRECISION_RULES25):
        return False
    if "math-object" not in off and typ in MATH_TYPES25 and math_head25(abstract, end):
        return True
    if typ in SCORED25 and _named_not_entity25(off, name, None):
        return True
    return _mention_cut25(off, abstract[start:end], abstract, start, end, "corpus", "abstract", typ)
