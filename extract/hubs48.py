"""Session 47 (issue 10, frequent entities): one display name per node id.

Switched with ``PAPERKG_HUBS48`` ("off" or "0", or a comma list of these part names to switch off). One call,
``shared_id_names48`` in canonical.py just before the records are written (the corpus step runs after the
per-paper pipeline: scripts/train_name_tagger.py's ``after_tag`` needs no mirror).

- ``shared-id-name``: the corpus step gives every group of local entities an id ``type:slug(name)``; two groups
  kept apart (a listed name and a coinage in other capitals, "METEOR" the metric and "MeTeoR" a temporal
  reasoner; "Lasso" and "LASSO") can come out with one id, and the graph then holds one node whose name is the
  name of whichever paper happened to be loaded first (graph/build.py: first name wins). On the session-46 73k
  build 27 ids carry two or more names; for three of them (metric:meteor "MeTeoR" over 70 papers' "METEOR",
  method:lasso, method:tapas) the first-loaded name was not the one most papers give. Every group of an id
  shared by several groups now takes the name of the group with the most local entities (papers); ties go to
  the spelling with more capitals, then the longer, then alphabetical (canonical.py's ``_pick``), so the node
  name no longer depends on load order.
- ``platform-short``: a short form in brackets right after a listed platform, software or hardware name
  (non_entities.tsv: "Amazon Web Services Elastic Compute Cloud (EC2)", "instances on EC2") is that platform in
  the paper, not a method: the paper's method/model/data entity of that name is dropped (it joined "EC2", a
  Bayesian active-learning algorithm of another paper, into one node). Left alone when the bracket does not start
  with the platform name's first letter ("hate speech against immigrants in Twitter (hatEval)": a task's name),
  when a data or evaluation noun follows the bracket, or when the paper gives the entity a long form of its own.
  One call in pipeline.py beside precision54's ``drop_non_entities54``; scripts/train_name_tagger.py's
  ``after_tag`` mirrors it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .lexicon import non_entity_kind
from .recall_rules import parts_off_by_default

HUBS_RULES48 = ("shared-id-name", "platform-short")
DEFAULT_OFF48: frozenset[str] = frozenset()


def _hubs_off48() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_HUBS48", HUBS_RULES48, DEFAULT_OFF48)


def _rank(name: str, weight: int) -> tuple:
    return (-weight, -sum(c.isupper() for c in name), -len(name), name)


def shared_id_names48(canon: dict, group_members: dict) -> int:
    """Give every group (``canon``: root -> (id, name, family, accepted)) whose id another group shares the name
    most of that id's local entities (``group_members``: root -> local entities) carry. Returns how many groups
    were renamed."""
    if "shared-id-name" in _hubs_off48():
        return 0
    by_id: dict[str, list] = defaultdict(list)
    for root, form in canon.items():
        by_id[form[0]].append(root)
    renamed = 0
    for roots in by_id.values():
        if len(roots) < 2:
            continue
        weight: dict[str, int] = defaultdict(int)
        for root in roots:
            weight[canon[root][1]] += len(group_members.get(root, ()))
        if len(weight) < 2:
            continue
        best = min(weight, key=lambda n: _rank(n, weight[n]))
        for root in roots:
            eid, name, family, accepted = canon[root]
            if name != best:
                canon[root] = (eid, best, family, accepted)
                renamed += 1
    return renamed


PLATFORM_KINDS48 = frozenset(("platform", "software", "hardware"))
SCORED48 = ("method", "dataset", "benchmark", "model")
_BRACKET48 = re.compile(r"\(\s*([^()\s,;]{2,15})\s*\)")
_DATA_AFTER48 = re.compile(
    r"\s*(?:[\w\-]+\s+){0,2}?(?:challenges?|benchmarks?|data(?:sets?)?|corpus|corpora|tasks?|shared|competitions?|"
    r"track|collections?|test\s*sets?)\b", re.I)
_EDGE48 = ".,;:!?\"'()[]"


def platform_shorts48(text: str) -> set[str]:
    """Short forms written in brackets right after a listed platform, software or hardware name, with no data noun
    after the bracket."""
    out: set[str] = set()
    for m in _BRACKET48.finditer(text):
        words = text[max(0, m.start() - 160):m.start()].split()
        if not words or words[-1][-1:] in ",;:.":
            continue
        for n in range(1, min(7, len(words)) + 1):
            phrase = " ".join(words[-n:]).strip(_EDGE48)
            if non_entity_kind(phrase) in PLATFORM_KINDS48:
                # the bracket spells the platform's name ("Elastic Compute Cloud (EC2)"), not a task's
                # ("... in Twitter (hatEval)")
                if m.group(1)[0].lower() == phrase[0].lower() and _DATA_AFTER48.match(text, m.end()) is None:
                    out.add(m.group(1))
                break
    return out


def drop_platform_shorts48(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the ones named by a short form its text defines as a listed platform."""
    if "platform-short" in _hubs_off48() or "(" not in abstract:
        return entities
    shorts = platform_shorts48((title or "") + "\n" + abstract)
    if not shorts:
        return entities
    return [e for e in entities if not (e.type in SCORED48 and e.long_form is None and e.name in shorts)]
