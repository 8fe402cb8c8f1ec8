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
"""

from __future__ import annotations

from collections import defaultdict

from .recall_rules import parts_off_by_default

HUBS_RULES48 = ("shared-id-name",)
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
