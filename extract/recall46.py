"""Session 39 round 2 (issue 10): a capitalised defined name used as a technique, behind ``PAPERKG_RECALL46``.

Read from the study pool's capitalised misses that the resolver drops for want of a type ("dropped: no-type" in
``scripts/trace_misses.py``): "we further extend AFA with Scale-Space Rendering (SSR) to perform a late fusion". The
resolver has the definition, but the head ("Rendering") is no method head and no rule typed it. What the sentence
says types it: the definition is the object of a technique cue ("with", "using", "via", "by applying", "based on").

- ``cue-defined``: a defined, unlisted, untyped long form of two to six words, every word but minor ones
  capitalised ("Scale-Space Rendering", "Conformal Data Cleaning"), whose short form is an initialism of those
  capitalised words (its capitals, in order, are their first letters or the first letters of their hyphen parts),
  written "LF (SF)" right after a technique cue ("using", "via", "based on", "combined with", "a variant of"; not a
  bare "with": "patients with", "in collaboration with"), is a method. Not for a generic short form, a long form ending in a
  task, data, theory, metric or property word (recall35's and recall37's lists, TASK_HEADS), of class words only,
  with an event, body, condition, measure or platform word (NOT_TECHNIQUE_WORDS46), or followed by a data, measure
  or population word ("(TAC) 2008 data", "(ROC) analysis").

Hook: ``resolve.PaperResolver._entity`` right after recall37's, before the "no-type" drop. ``PAPERKG_RECALL46``:
"off", a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re

RECALL_RULES46 = ("cue-defined",)
# Off unless named after "on:" ("on:cue-defined"): a fresh 73k sample read 23 of 34 new keys right (docs/history/recall46.md).
DEFAULT_OFF46 = frozenset(("cue-defined",))

MINOR46 = frozenset("of for and in on with to by the a an via from".split())
# "with", "using X", "via X", "by applying X", "based on X", "extend AFA with X", "we employ X", "a variant of X".
_CUE46 = re.compile(
    r"(?:\b(?:using|via|employing|applying|adopting|leveraging|utilizing|utilising|"
    r"(?:based|relies|relying|built)\s+on|(?:we|We)\s+(?:use|employ|apply|adopt|leverage|utilize|utilise)|"
    r"(?:combined|coupled|extended|augmented|equipped|trained|paired|integrated)\s+with|extend(?:s|ed)?\s+[\w\-]+\s+with|"
    r"(?:variant|version|extension|generali[sz]ation)\s+of)"
    r"(?:\s+(?:the|a|an))?\s+)$")
# Words that make a long form no technique: events, bodies, conditions, measures, platforms ("the Text Analysis
# Conference (TAC)", "Child Poverty Action Lab", "Mild Cognitive Impairment", "Receiver Operating Characteristic"),
# hardware, records and mathematical objects ("Quanta Image Sensors", "Electronic Medical Record", "Fisher Information
# Matrix"). Last words only: "Normalized Cross Correlation" (a measure).
LAST_NOT_TECHNIQUE46 = frozenset("correlation correlations similarity coefficient coefficients".split())
NOT_TECHNIQUE_WORDS46 = frozenset("""conference workshop lab laboratory court foundation institute university agency
    organization organisation association council committee disease diseases disorder disorders impairment syndrome
    cancer communication indicator indicators characteristic characteristics count maximum minimum turk scanning
    survey questionnaire inventory scale sensor sensors camera cameras atlas record records matrix matrices
    simulator""".split())
# The word after "(SF)" that makes the name data, a measure or a population: "(TAC) 2008 data", "(ROC) analysis".
_AFTER46 = re.compile(r"\s*(?:\d{4}\s+)?(?:data|dataset|datasets|corpus|analysis|analyses|curve|curves|score|scores|"
                      r"patients|needs|users|participants|metric|metrics)\b")


def _off46() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL46", RECALL_RULES46, DEFAULT_OFF46)


def initialism46(long_form: str, short_form: str) -> bool:
    """The short form's capitals spell the long form's capitalised words ("SSR": Scale-Space Rendering, either
    the words' or their hyphen parts' first letters)."""
    caps = [c for c in short_form if c.isupper()]
    words = [w for w in long_form.split() if w.lower() not in MINOR46]
    if len(caps) < 2 or any(c.isdigit() for c in short_form):
        return False
    whole = [w[0] for w in words]
    parts = [p[0] for w in words for p in w.split("-") if p]
    return "".join(caps) in ("".join(whole).upper(), "".join(parts).upper())


def title_case46(long_form: str) -> bool:
    words = long_form.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words if w.lower() not in MINOR46) and not (
        words[-1].lower() in MINOR46) and not long_form.isupper()


def cue_defined46(long_form: str | None, short_forms: list[str] | None, typ: str | None, text: str) -> str | None:
    """``cue-defined``: "method" for an untyped "LF (SF)" right after a technique cue in ``text`` (the abstract);
    ``typ`` unchanged when the part does not apply."""
    if typ is not None or long_form is None or not short_forms or "cue-defined" in _off46():
        return typ
    if not title_case46(long_form) or not any(initialism46(long_form, sf) for sf in short_forms):
        return typ
    from . import recall26, recall35, recall37
    from .lexicon import GENERIC_ACRONYMS, TASK_HEADS

    if any(s in GENERIC_ACRONYMS or s.rstrip("s") in GENERIC_ACRONYMS for s in short_forms):
        return typ
    words = [w.lower() for w in re.findall(r"[\w\-']+", long_form)]
    last = words[-1]
    if last in recall35._NOT_TECHNIQUE_HEADS35 or last in recall37._NOT_HEADS37 or last in TASK_HEADS or last.rstrip("s") in TASK_HEADS:
        return typ
    if all(recall26._generic(w) or w in recall26.INITIAL_STOP or w in TASK_HEADS for w in words):
        return typ  # class words only
    if any(w.rstrip("'s") in NOT_TECHNIQUE_WORDS46 or w in NOT_TECHNIQUE_WORDS46 for w in words):
        return typ
    if last in LAST_NOT_TECHNIQUE46:
        return typ
    for sf in short_forms:
        for m in re.finditer(r"(?<![\w\-])" + re.escape(long_form) + r"\s*\(\s*" + re.escape(sf) + r"\s*\)", text):
            if _CUE46.search(text, max(0, m.start() - 40), m.start()) and not _AFTER46.match(text, m.end()):
                return "method"
    return typ
