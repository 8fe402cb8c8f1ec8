"""Session 33 (issue 10): a defined name that is the subject of a technique verb, behind ``PAPERKG_RECALL37``.

Read from the "dropped: no-type" misses of the study pool (docs/history/recall37.md): "Extensive empirical
evaluations demonstrate that Conformal Data Cleaning (CDC) improves predictive performance". The resolver has the
definition but no rule types it; the paper says what the name does: it improves, outperforms, achieves, leverages.

- ``subject-verb``: a defined, unlisted name left untyped whose short form (at word edges, no prefix or suffix:
  not "GNN-PPI", "our SOV-STG") or whose "Long Form (SF)" is followed right away by a technique verb in the third
  person ("outperforms", "achieves", "improves", "leverages", "learns", "converges", "significantly outperforms")
  is a method. Not for a generic short form ("LLMs", "CNNs", "AI"), a long form of class words only, or a long form
  ending in a data, task, theory, metric or property word (recall35's list and a few more: "Theorem", "Spaces",
  "Identification", "Technology", "Information", "Interaction", "Views").
- ``proposed-subject``: the same, only when the definition's sentence holds a proposal or naming word ("we
  propose", "our", "called", "the proposed"): the paper's own name, not a concept it discusses.

Hook: ``resolve.PaperResolver._entity`` after recall35's, right before the "no-type" drop. ``PAPERKG_RECALL37``: "off"
or a comma list of parts to switch off, or "on:" and a comma list of default-off parts. Both parts are **off** by
default (their corpus additions were about 70 % right).
"""

from __future__ import annotations

import re

RECALL_RULES37 = ("subject-verb", "proposed-subject")
# Off unless named after "on:" in PAPERKG_RECALL37 ("on:subject-verb,proposed-subject"): their 73k readings were under 80 % right
# (subject-verb: 27 of 40 new keys before the guards, 28 of 40 fresh keys after them; proposed-subject: 18 of 25
# fresh keys; docs/history/recall37.md).
DEFAULT_OFF37 = frozenset(("subject-verb", "proposed-subject"))


def _off37() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL37", RECALL_RULES37, DEFAULT_OFF37)


# Verbs that say a technique acts: "X outperforms", "X achieves", "X significantly improves", "X can learn". Not
# "models", "estimates", "trains": plural nouns as often ("deep HSI models").
_VERB37 = (r"(?:(?:significantly|consistently|substantially|clearly|further|also)\s+)?"
           r"(?:improves|outperforms|achieves|yields|enables|learns|leverages|exploits|employs|surpasses|beats|"
           r"converges|boosts|reduces|produces|generates|combines|incorporates|utilizes|utilises|uses|applies|"
           r"captures|predicts|infers|optimizes|optimises|"
           r"can\s+(?:learn|achieve|improve|outperform|be\s+trained|efficiently|effectively))\b")
_VERB_AFTER37 = re.compile(r"\s+" + _VERB37)

# Last words of a long form that make it no technique, besides recall35's list.
_NOT_HEADS37 = frozenset("""theorem theorems lemma space spaces identification technology technologies information
    interaction interactions view views representation representations system systems function functions
    agent agents user users robot robots device devices platform platforms hardware processor processors
    imaging sensing computing mining vision
    block blocks layer layers graph graphs tree trees causality privacy animation displacement simplification""".split())
# First words that make the long form a trained copy of another name ("fine-tuned RoBERTa (FT-RoBERTa)").
_STATE_WORDS37 = frozenset("fine-tuned finetuned pre-trained pretrained trained distilled quantized".split())


# The paper's own name: a proposal or naming word in the definition's sentence ("we propose X (SF)", "our X (SF)",
# "a method called X (SF)", "the proposed X (SF)").
_PROPOSAL37 = re.compile(r"\b(?:[Ww]e\s+(?:\w+\s+){0,2}?(?:propose|introduce|present|develop|design|devise|call|name|"
                         r"term|dub)\w*|[Oo]ur|proposed|called|named|termed|dubbed|referred\s+to\s+as)\b")


def _proposed37(long_form: str, short_forms: list[str], text: str) -> bool:
    """``proposed-subject``: the sentence that defines the name holds a proposal or naming word."""
    for sf in short_forms:
        for form in (re.escape(long_form) + r"\s*\(\s*" + re.escape(sf) + r"\s*\)",
                     re.escape(sf) + r"\s*\(\s*" + re.escape(long_form) + r"\s*\)"):
            for m in re.finditer(form, text):
                start = max(text.rfind(". ", 0, m.start()), text.rfind("? ", 0, m.start()))
                end = text.find(". ", m.end())
                if _PROPOSAL37.search(text, start + 1, end if end >= 0 else len(text)):
                    return True
    return False


def subject_verb37(long_form: str | None, short_forms: list[str] | None, typ: str | None, text: str) -> str | None:
    """``subject-verb``: "method" for a defined, unlisted name left untyped (``typ`` None) whose short form or
    definition is the subject of a technique verb in ``text`` (the abstract). Returns ``typ`` unchanged when the part
    does not apply."""
    if typ is not None or long_form is None or not short_forms:
        return typ
    off = _off37()
    if "subject-verb" in off and ("proposed-subject" in off or not _proposed37(long_form, short_forms, text)):
        return typ
    from . import recall26, recall35
    from .lexicon import GENERIC_ACRONYMS, TASK_HEADS

    if any(s in GENERIC_ACRONYMS or s.rstrip("s") in GENERIC_ACRONYMS for s in short_forms):
        return typ  # "Large Language Models (LLMs) perform": a class
    words = [w.lower() for w in re.findall(r"[\w\-']+", long_form)]
    if len(words) < 2 or words[-1] in recall35._NOT_TECHNIQUE_HEADS35 or words[-1] in _NOT_HEADS37:
        return typ
    if words[0] in _STATE_WORDS37 or words[-1] in TASK_HEADS or words[-1].rstrip("s") in TASK_HEADS:
        return typ  # "fine-tuned RoBERTa (FT-RoBERTa)", "automatic text simplification (ATS)"
    if all(recall26._generic(w) or w in recall26.INITIAL_STOP or w in TASK_HEADS for w in words):
        return typ  # "Deep Neural Networks (DNNs) achieve", "a segmentation network (SN)": a class
    for sf in short_forms:
        forms = (re.escape(sf), re.escape(long_form) + r"\s*\(\s*" + re.escape(sf) + r"\s*\)")
        for form in forms:
            for m in re.finditer(r"(?<![\w\-@/.+])" + form + r"(?![\w\-@/+])", text):
                if _VERB_AFTER37.match(text, m.end()):
                    return "method"
    return typ
