"""Session 33 (issue 10, node precision): method nodes that their papers write in a task's or problem's slot.

Switched off with ``PAPERKG_PRECISION37`` ("off" or a comma list of these part names), for ablations only;
``task-list`` is off unless named after "on:" ("PAPERKG_PRECISION37=on:task-list"). The
parts run in the corpus pass (``canonical._canonicalise``) after the second look, so the papers that name a node
only bare (found by the confirmed-name scan) are counted with those that define it: a name whose uses are mostly in
a task's slot across its papers is a task, not a method ("Recognizing Question Entailment (RQE)" is proposed as a
"system for RQE" in one paper and is "the RQE task" in the others).

Each part is a per-mention cue; a method group no list gives (no member with a gazetteer entry) becomes a task when
half of its papers (one or two papers), or two and a fifth of them, write a cue of the parts that are on:

- ``task-late``: "the X task", "X (XY) shared task" (canonical's ``_TASK_AFTER``), counted on every paper of the
  group after the second look (``_retype_task_cued`` sees only the papers that extract the name themselves).
- ``problem-noun``: "the X problem", "X (XY) problems", "X research", "X subproblem": "We refer to this as the
  MNL-Bandit problem", "AVSync research"; not counted for a name whose head is a model's or formulation's
  (network, model, embedding, likelihood, programming, factorization, process ...: "the robust AMN problem").
- ``field-defined``: "X (XY) is an emerging field / a burgeoning research area / a learning setting / a scenario in
  which / a major field of study", not "The construction of X is" (precision34's acted-on subject) nor a physical
  field ("a 5D light field", "a Markov random field").
- ``task-list``: X in a list right after "N tasks:", "tasks such as", "tasks (" (then not the bracket's first item),
  ended by a comma, "and", a bracket or a stop (not "..., BT-RNN outperforms": the name is the subject of the next
  clause).

No part but ``task-late`` retypes a name that one of its papers writes as a technique: "X is a powerful
technique", "X, a class of methods", "a novel method called X,".
No part retypes a name whose head is a model's or formulation's (network, model, nets, embedding, likelihood,
programming, factorization, process, regression ...) by ``problem-noun``, ``aims-opening`` or ``task-list``, nor a
language pair's code ("JPCzh-ja").
- ``aims-opening``: the abstract opens with the name (after a quote, or as the bracketed short form of the opening
  long form), a long form of two words or more that the paper does not
  propose, followed by "aims to/at", "seeks to", "attempts to", "focuses on", "is concerned with": "Safe
  Reinforcement learning (Safe RL) aims at learning optimal policies", "Continual Knowledge Graph Embedding (CKGE)
  aims to efficiently learn". A name whose head is a model's ("Non-Autoregressive Transformer (NAT) aims to
  accelerate") is left.
"""

from __future__ import annotations

import re

from .precision34 import headed_by34
from .recall_rules import parts_off_by_default

PRECISION_RULES37 = ("task-late", "problem-noun", "field-defined", "task-list", "aims-opening")


# Off unless named after "on:" in PAPERKG_PRECISION37 ("on:task-list"): its 73k retypes read 6 of 8 right (two
# data or method names in a task list: "tasks such as KorNLI, KorSTS, NSMC", "tasks namely Ego-VPA";
# docs/history/precision37.md), under the 80 % a part ships on with.
DEFAULT_OFF37 = frozenset(("task-list",))


def _precision_off37() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_PRECISION37", PRECISION_RULES37, DEFAULT_OFF37)


_BRACKET37 = r"\s*(?:\([^()]{1,20}\)\s*)?"
_TASK_AFTER37 = re.compile(_BRACKET37 + r"(?:shared\s+)?(?:sub)?tasks?(?![\w\-])", re.I)
# "the QuuxSolve problem solver" is a solver of problems, named so: no problem slot.
_PROBLEM_AFTER37 = re.compile(_BRACKET37 + r"(?:(?:sub-?)?problems?(?!\s+solv)|research)(?![\w\-])", re.I)
_FIELD_DEFINED37 = re.compile(
    _BRACKET37 + r",?\s*(?:is|refers\s+to|has\s+become|remains)\s+(?:an?|the|one\s+of\s+the)\s+"
    r"((?:(?!(?:for|of|in|on|to|with|by|and|or|that|which|from)\s)[\w\-]+\s+){0,4}?)"
    r"(?:research\s+(?:area|field|topic|direction)s?|(?:areas?|fields?)\s+of\s+(?:study|research)|fields?|areas?"
    r"|topics?|settings?|scenarios?|challenges?)\b", re.I)
# "a fully 5D light field", "a non-stationary Markov random field": a field of physics or probability, not of study.
_NOT_FIELD37 = re.compile(r"(?i)\b(?:light|random|vector|scalar|force|magnetic|electric|receptive|radiance|neural|gauge"
                          r"|mean|potential|conditional|markov|distance|flow|velocity|displacement|deformation)\s+$")
# "The construction of X is", "Training X is", "handling non-conjugacy in the X is": something done to X.
_ACTED_ON37 = re.compile(r"(?:\b(?:of|in|for)|[A-Za-z]{3,}ing)\s+(?:the\s+)?$")
# "tasks (SOT, MOT, VOS, MOTS)" but not "across domains and tasks (MS-DTT)" nor "for complex Tasks (ADaPT)": a
# bracket right after the noun holding one name is that name's definition, so in a bracket the name is a later item.
_LIST_BEFORE37 = re.compile(r"\b(?:tasks|problems)\s*(?:\(\s*[^.;:()]{0,80}?(?:,|\band)\s*"
                            r"|(?::|,?\s*(?:such\s+as|including|namely|like|viz\.?))\s*"
                            r"(?:[^.;:()]{0,80}?(?:,|\band)\s*)?)$",
                            re.I)
_LIST_AFTER37 = re.compile(_BRACKET37 + r"(?:[,.;)]|$|(?:and|or)\b)")
_WINDOW37 = 120
_AIMS37 = re.compile(r"\s*\)?" + _BRACKET37
                     + r",?\s*(?:aims|seeks|attempts|strives|focuses|is\s+concerned)\s+(?:to|at|on|with)\b", re.I)


def _cue_task_late(text: str, start: int, end: int) -> bool:
    return _TASK_AFTER37.match(text, end) is not None


def _cue_problem_noun(text: str, start: int, end: int) -> bool:
    return _PROBLEM_AFTER37.match(text, end) is not None


def _cue_field_defined(text: str, start: int, end: int) -> bool:
    got = _FIELD_DEFINED37.match(text, end)
    if got is None or _ACTED_ON37.search(text, max(0, start - 20), start) is not None:
        return False
    return not (got.group(0).lower().endswith(("field", "fields")) and _NOT_FIELD37.search(got.group(1) or ""))


def _cue_task_list(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - _WINDOW37):start]
    low = window.lower()
    if "task" not in low and "problem" not in low:
        return False
    return _LIST_BEFORE37.search(window) is not None and _LIST_AFTER37.match(text, end) is not None


# Counter-evidence: a paper writes the name as a technique. "MTFL is a powerful technique", "CS is a modern
# approach" ("is a popular model" is not counted: "the MNL-bandit is a popular model" names a problem's model);
# "AutoRL, a class of methods", "EcoICA, a new skewness-based ICA method" (an indefinite apposition: "STLS, the
# re-weighted nuclear norm approach" names another thing); "a novel method called LFM," (the name then ends its
# phrase: not "a framework named partial multi-label learning via ..."). Not "we propose a novel DS-QA model": a
# model *for* the task X (as "an X method", precision29), as often as a model named X ("a DLPR model").
_TECHNIQUE37 = r"(?:method|technique|approach|framework|algorithm|class\s+of\s+(?:methods|models|algorithms))\b"
_DESCRIPTION37 = r"(?:(?!(?:for|of|in|on|to|with|by|and|or|that|which|from)\s)[\w\-]+\s+){0,4}?"
_METHOD_DEF37 = re.compile(_BRACKET37 + r"(?:,?\s*(?:is|was)\s+(?:an?|the)|,\s*an?)\s+" + _DESCRIPTION37 + _TECHNIQUE37,
                           re.I)
_CALLED37 = re.compile(r"\b(?:method|technique|approach|model|framework|algorithm)s?,?\s+"
                       r"(?:called|named|dubbed|termed)\s+$", re.I)
_PHRASE_END37 = re.compile(_BRACKET37 + r"(?:[,.;:)]|$|(?:is|was|which|that|wherein|where|has|to)\b)")


def technique_written37(text: str, start: int, end: int) -> bool:
    """Does the text write the mention text[start:end] as a technique (a definition, "a method called X")?"""
    if not text:
        return False
    if _METHOD_DEF37.match(text, end) is not None:
        return True
    return _CALLED37.search(text, max(0, start - 60), start) is not None and _PHRASE_END37.match(text, end) is not None


_QUOTES37 = " \t\n\"'“”‘’"
# The short form of the abstract's opening long form: "Safe Reinforcement learning (Safe RL) aims at".
_OPENING_LONG37 = re.compile(r"[\s\"'“‘]*[A-Z][^.;:()]{2,80}\(\s*$")
_CLOSE37 = re.compile(r"\s*\)")


def aims_opening37(text: str, start: int, end: int) -> bool:
    """Does the abstract open with this mention (after a quote, or as the bracketed short form of the opening long
    form), followed by "aims to", "seeks to" ...?"""
    if not text or _AIMS37.match(text, end) is None:
        return False
    before = text[:start]
    return not before.strip(_QUOTES37) or (
        _OPENING_LONG37.match(before) is not None and _CLOSE37.match(text, end) is not None)


CUES37 = (("task-late", _cue_task_late), ("problem-noun", _cue_problem_noun),
          ("field-defined", _cue_field_defined), ("task-list", _cue_task_list))


def task_slots37(text: str, start: int, end: int, off: frozenset[str] = frozenset()) -> set[str]:
    """The parts (of those on, but ``aims-opening``, which needs the entity) whose cue holds for text[start:end]."""
    if not text:
        return set()
    return {part for part, cue in CUES37 if part not in off and cue(text, start, end)}


# "the robust AMN problem", "the MML problem", "a Mixed Integer Programming (MIP) problem", "HM-MDP problems": the
# optimisation or learning problem of a model, estimator or formulation the name is; "the X problem" of such a name is
# no task's name, nor is "Non-Autoregressive Transformer (NAT) aims to accelerate" a task's opening, nor "Bayesian
# Deep Nets" an item of "tasks, including ...".
FORMULATION_HEADS37 = frozenset("network networks model models embedding embeddings entropy likelihood programming "
                                "program programs factorization factorisation pca process processes machine machines "
                                "field fields transformer transformers net nets architecture autoencoder autoencoders "
                                "regression".split())


def formulation_headed37(name: str) -> bool:
    return headed_by34(name, FORMULATION_HEADS37)


# A language pair's code ("JPCzh-ja" of "six tasks: en-ja, zh-ja, JPCzh-ja").
LANGUAGE_PAIR37 = re.compile(r"(?:^|[^A-Za-z])[a-z]{2}-[a-z]{2}$|[A-Z]{3}[a-z]{2}-[a-z]{2}$")

SLOT_ALONE37 = 0.5  # of a group's papers, when one writes a cue
SLOT_SHARE37 = 0.2  # of a group's papers, when two or more do


def retype_slots37(results, keyed, keys, canon, found, trusted) -> list:
    """Method groups no list gives, enough of whose papers (counting the second look's finds) write a mention in a
    task's slot, become task nodes (canon changed in place). Returns the (root, part counts) retyped, for tracing."""
    off = _precision_off37()
    if all(p in off for p in PRECISION_RULES37):
        return []
    papers: dict = {}
    hits: dict = {}
    listed: set = set()
    aims_ok = "aims-opening" not in off
    technique: set = set()  # roots a paper writes as a technique
    for r, row, found_here in zip(results, keyed, found):
        pid = r.paper.id
        title = r.paper.title or ""
        abstract = r.paper.abstract or ""
        for e, k in row:
            root = keys.find(k)
            if not canon[root][0].startswith("method:"):
                continue
            if e.entry is not None:
                listed.add(root)
            papers.setdefault(root, set()).add(pid)
            for m in e.mentions:
                text = title if m.field == "title" else abstract
                if root not in technique and technique_written37(text, m.start, m.end):
                    technique.add(root)
                parts = task_slots37(text, m.start, m.end, off)
                if e.role == "proposes":  # "We propose the NRQ ... The NRQ problem is solved by": its objective
                    parts.discard("problem-noun")
                if aims_ok and m.field != "title" and e.role != "proposes" and aims_opening37(abstract, m.start, m.end):
                    parts.add("aims-opening")
                if parts:
                    hits.setdefault(root, {}).setdefault(pid, set()).update(parts)
        for start, end, surface, root in found_here:
            if surface not in trusted or not canon[root][0].startswith("method:"):
                continue
            papers.setdefault(root, set()).add(pid)
            parts = task_slots37(abstract, start, end, off)
            if aims_ok and aims_opening37(abstract, start, end):  # "Safe ... learning (Safe RL) aims at", found bare
                parts.add("aims-opening")
            if parts:
                hits.setdefault(root, {}).setdefault(pid, set()).update(parts)
    done = []
    for root, by_paper in hits.items():
        if root in listed or not canon[root][0].startswith("method:"):
            continue
        name = canon[root][1]
        left = set(PRECISION_RULES37) - {"task-late"} if root in technique else set()
        if formulation_headed37(name):
            left |= {"problem-noun", "aims-opening", "task-list"}
        if LANGUAGE_PAIR37.search(name):
            continue  # "JPCzh-ja", "en-de": a language pair, no task's name (nor a method's)
        if " " not in name.strip():
            left.add("aims-opening")
        by_paper = {pid: parts - left for pid, parts in by_paper.items() if parts - left}
        n, h = len(papers[root]), len(by_paper)
        if h >= SLOT_ALONE37 * n or (h >= 2 and h >= SLOT_SHARE37 * n):
            eid, name, family, accepted = canon[root]
            canon[root] = ("task:" + eid.split(":", 1)[1], name, family, accepted)
            done.append((root, sorted(set().union(*by_paper.values()))))
    return done
