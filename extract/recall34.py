"""Session 31 (issue 10): types for lower-case names defined with a short form, behind ``PAPERKG_RECALL34``.

Read from the "dropped: no-type" misses of the study pool (held-out 1, 2, 11-17, dev3-dev10; docs/history/recall34.md):
the resolver has the definition "least-squares temporal difference (LSTD)" and no rule gives it a type. These parts
type it only from evidence in the abstract around the definition or the short form's own uses:

- ``kind-after``: a technique noun right after the definition -- "(LSTD) learning algorithm", "the OLOP (open-loop
  optimistic planning) algorithm", "(CDTS) technique" -- or an appositive that says what it is: "conformal prediction
  (CP), a model-agnostic and distribution-free method". A singular noun right after the bracket only ("(OT)
  estimators" is a class; "deep HSI models" uses the short form as a modifier). Method. Not "approach"/"method"/
  "framework" after a task-like long form ("semantic role labeling (SRL) approach": a method *for* the task).
- ``kind-after-model`` (off by default; "on:kind-after-model"): the noun "model" counts for the two parts above
  ("convolution over a dependency tree (CDT) model"); off: "the independent cascade (IC) model", "the quantum
  probably approximately correct (QPAC) model" name settings and theories as often as techniques.
- ``kind-after-task``: the same evidence also retypes a long form another rule typed as a task ("collaborative
  detection, tracking, and segmentation (CDTS) technique", "conformal prediction (CP), a ... method"), with the
  technique nouns only (algorithm, technique, procedure, scheme, estimator, solver) or an appositive.
- ``short-use`` (off by default; "on:short-use"): the short form is used again in the abstract as a thing compared
  with or applied -- "worse than TDFA", "Compared to the LDS", "TCL-NAT achieves", "vs. OLOP", "we apply SpAM".
  Method, when the long form's head is not a task, problem, setting or data word.

Only for a long form that is not a listed name, of 2-7 words, starting lower-case; a generic short form ("BP",
"CNN") never. The hook is in ``resolve.PaperResolver._entity`` right before the "no-type" drop.
``PAPERKG_RECALL34``: "off", a comma list of parts to switch off, or "on:" and a comma list of default-off parts to
switch on ("on:short-use,kind-after-model").
"""

from __future__ import annotations

import re

from . import recall_rules
from .lexicon import GENERIC_ACRONYMS

RECALL_RULES34 = ("kind-after", "kind-after-model", "kind-after-task", "short-use")
# Off unless named after "on:" in PAPERKG_RECALL34: its corpus additions were under half right (recall34.md:
# "using ... the restricted isometry property (RIP)", "compared to ... LMIs": properties, inequalities, signals).
# kind-after-model ("the independent cascade (IC) model", "the quantum probably approximately correct (QPAC) model":
# settings and theories as often as techniques) likewise, 21 of 31 right.
DEFAULT_OFF34 = frozenset(("short-use", "kind-after-model"))


def _off34() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL34", RECALL_RULES34, DEFAULT_OFF34)


# Technique nouns that say a defined name is a method; the first group also after a task-like long form.
TECHNIQUE_NOUNS34 = "algorithm|technique|procedure|scheme|estimator|solver|sampler|heuristic"
LOOSE_NOUNS34 = "method|approach|framework|strategy|model"
# One optional modifier between the bracket and the noun: "(LSTD) learning algorithm".
_BETWEEN34 = r"(?:(?:learning|search|inference|optimi[sz]ation|estimation|training|sampling|iteration|update|" \
             r"descent|regression|clustering|filtering|planning|decoding|embedding|coding)\s+)?"
_KIND_AFTER34 = re.compile(r"\)\s*" + _BETWEEN34 + r"(?P<noun>" + TECHNIQUE_NOUNS34 + "|" + LOOSE_NOUNS34
                           + r")\b(?!-)")
# ", a model-agnostic and distribution-free method" / ", an iterative algorithm" right after the definition.
# (Not "(KNODE) as the dynamic models": "(PLCFRS) as a probabilistic grammar formalism", "(TMOs) as the degradation
# procedure" in the corpus sample.)
_APPOSITIVE34 = re.compile(r"\)\s*,\s+(?:a|an)\s+(?:[\w\-]+\s+){0,5}?(?P<noun>"
                           + TECHNIQUE_NOUNS34 + r"|method|approach|framework)\b(?!-)")
_TASK_LIKE_HEADS34 = frozenset("""problem problems task tasks setting settings challenge recognition detection
    classification segmentation parsing summarization answering translation generation prediction estimation
    extraction retrieval tagging labeling labelling labelling resolution understanding analysis alignment tracking
    localization localisation captioning reasoning inference forecasting completion linking matching search
    disambiguation identification recommendation verification grounding discovery driving navigation synthesis
    reconstruction imaging sensing diagnosis
    dataset datasets corpus corpora treebank benchmark benchmarks data database collection metric metrics score
    measure loss index rate error accuracy distance divergence""".split())
_LONG34 = re.compile(r"[a-z][\w\-'$\\\"]*(?:,?\s+[\w\-'$\\\"]+){1,6}")

# Uses of a short form as a compared or applied thing: "than BP", "vs. OLOP", "Compared to the LDS", "apply SpAM",
# "TCL-NAT achieves", "SpAM outperforms".
_BEFORE_USE34 = r"(?:than|vs\.?|versus|over|compared\s+(?:to|with)|apply(?:ing)?|applies|applied|use|uses|using|" \
                r"adopt(?:s|ing)?|employ(?:s|ing)?|extend(?:s|ing)?|improv(?:e|es|ing)\s+(?:on|upon)|" \
                r"outperform(?:s|ing)?|run(?:s|ning)?)\s+(?:the\s+|standard\s+|classical\s+|original\s+)?"
_AFTER_USE34 = r"\s+(?:achieves|achieved|outperforms|outperformed|performs|performed|requires|required|converges|" \
               r"learns|fails|yields|scales|runs|is\s+(?:given|run|trained|applied|used)|can\s+(?:be\s+)?(?:learn|" \
               r"approximate|recover|estimate|solve))\b"


# After an applied short form: the phrase ends ("using LFP data", "using AU labels": a modifier, not the thing used).
_USE_END34 = re.compile(r"\s*(?:[,.;:)]|$|(?:to|for|with|and|or|in|on|as|is|are|was|were|which|that|by|at|when|while|"
                        r"under|instead|because|since|but)\b)")


def _short_ok(short_forms: list[str]) -> bool:
    return bool(short_forms) and not any(
        s in GENERIC_ACRONYMS or s.rstrip("s") in GENERIC_ACRONYMS or len(s) < 2 for s in short_forms)


def _head34(long_form: str) -> str:
    """The head word: the last word, or the word before "for"/"of" ("curriculum learning for NAT")."""
    words = long_form.replace(",", " ").split()
    for i, w in enumerate(words[1:], 1):
        if w in ("for", "of", "with", "in", "on"):
            return words[i - 1].lower()
    return words[-1].lower()


def _task_like(long_form: str) -> bool:
    head = _head34(long_form)
    return head in _TASK_LIKE_HEADS34


def _kind_after(text: str, ends: list[int], task_typed: bool, long_form: str, model: bool = True) -> bool:
    """A technique noun or an appositive right after one of the definition's mentions (ends: their end offsets)."""
    for end in ends:
        m = _APPOSITIVE34.match(text, end)
        if m:
            return True
        m = _KIND_AFTER34.match(text, end)
        if not m:
            continue
        rest = text[m.end(): m.end() + 3]
        if rest.startswith("-") or rest.startswith(" of"):
            continue  # "(X) model-based", "(X) methods of ..." -- read as modifier / class
        noun = m.group("noun")
        if noun == "model" and not model:
            continue  # kind-after-model off: "(IC) model", "(QPAC) model" name settings as often as techniques
        loose = re.fullmatch(LOOSE_NOUNS34, noun) is not None
        if loose and (task_typed or _task_like(long_form)):
            continue  # "semantic role labeling (SRL) approach": a method for the task
        return True
    return False


def _short_used(text: str, short_forms: list[str]) -> bool:
    for short in short_forms:
        if len(short) < 2:
            continue
        sf = re.escape(short)
        for m in re.finditer(r"(?<![\w\-])" + sf + r"(?![\w\-])", text):
            if text[max(0, m.start() - 2): m.start()].strip().endswith("(") or text[m.end(): m.end() + 1] == ")":
                continue  # the definition's own bracket: "(BP)"
            before = text[max(0, m.start() - 40): m.start()]
            if re.search(r"\b" + _BEFORE_USE34 + r"$", before, re.IGNORECASE) and _USE_END34.match(text, m.end()):
                return True
            if re.match(_AFTER_USE34, text[m.end(): m.end() + 40]):
                return True
    return False


# The definition says what it is not: "the multi-armed bandit (MAB) problem", "(X) task", "(X) dataset".
_NOT_KIND_AFTER34 = re.compile(r"\)\s*(?:[\w\-]+\s+)?(?:problems?|tasks?|settings?|datasets?|corpus|corpora|"
                               r"benchmarks?|metrics?|scores?|challenges?|competitions?|shared\s+task|"
                               r"hypothes[ie]s|principles?|"
                               r"theor(?:y|ies)|laws?|effects?|phenomen(?:on|a)|signals?)\b")


_WORD_AFTER34 = re.compile(r"\)\s*([a-z]+)\b")


def _vetoed(text: str, ends: list[int]) -> bool:
    """The definition is followed by a problem/data noun or a task head ("facial action unit (AU) detection")."""
    for end in ends:
        if _NOT_KIND_AFTER34.match(text, end):
            return True
        m = _WORD_AFTER34.match(text, end)
        if m and m.group(1) in _TASK_LIKE_HEADS34:
            return True
    return False


def defined_type34(long_form: str | None, short_forms: list[str] | None, typ: str | None, text: str,
                   spans: list[tuple[int, int]]) -> str | None:
    """The type for a defined, unlisted lower-case long form ``long_form`` (short forms ``short_forms``) that the
    resolver left untyped (``typ`` None) or typed "task"; ``spans``: the abstract offsets of the definition's
    mentions. Returns ``typ`` unchanged when no part applies."""
    if long_form is None or not short_forms or typ not in (None, "task"):
        return typ
    off = _off34()
    if len(off) == len(RECALL_RULES34):
        return typ
    if not long_form[:1].islower() or not _LONG34.fullmatch(long_form) or not _short_ok(short_forms):
        return typ
    if _vetoed(text, [e for _, e in spans]):
        return typ
    if typ is None and "kind-after" not in off and _kind_after(text, [e for _, e in spans], False, long_form,
                                                                "kind-after-model" not in off):
        return "method"
    if typ == "task" and "kind-after-task" not in off and _kind_after(text, [e for _, e in spans], True, long_form,
                                                                      "kind-after-model" not in off):
        return "method"
    if typ is None and "short-use" not in off and not _task_like(long_form) and _short_used(text, short_forms):
        return "method"
    return typ
