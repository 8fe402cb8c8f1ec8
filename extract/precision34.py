"""Session 31 (issue 10, node precision): corpus-level evidence that a technique-typed node is data or a task.

Switched off with ``PAPERKG_PRECISION34`` ("off" or a comma list of these part names), for ablations only. Both
parts run in the corpus pass (``canonical._canonicalise``, right after ``_retype_task_cued``): they read every
paper's mentions of a node's group, so a name one paper writes as a corpus and others only name bare is judged
on all of them together.

- ``data-cued``: a method/model node no list gives, of whose papers half (one or two papers) or two and a fifth
  write a mention as data: "the X corpus", "X Spanish corpus", "X (XY) dataset", "X – an online dictionary",
  "X, a corpus of ...", "a ... dataset of 7,000 tweets ..., named X", "the speech corpus X", "release X". The node
  becomes a dataset (its id then merges with a dataset node of the same name, graph/build.py).
- ``task-defined``: a method node no list gives, of whose papers as many write a definition of it as a task or
  problem ("X (XY) is an essential resource allocation task", "X refers to the problem of ..."): a task node,
  as ``_retype_task_cued`` does for "the X task" / "the task of X".
"""

from __future__ import annotations

import re

from .recall_rules import _parts_off

PRECISION_RULES34 = ("data-cued", "task-defined")


def _precision_off34() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION34", PRECISION_RULES34)


def part_on34(part: str) -> bool:
    """Is ``part`` of PAPERKG_PRECISION34 switched on?"""
    return part not in _precision_off34()


_NOUN34 = (r"(?:corpus|corpora|datasets?|data\s+sets?|treebanks?|dictionary|dictionaries|lexicons?|databases?"
           r"|thesaurus|wordnets?|knowledge\s+bases?)")
# "X corpus", "X (XY) dataset", "X Spanish corpus", "X speech database": the name modifies a data noun (one
# capitalised word or a lower-case medium word may stand between). Not "X-based"/"X-generated" data: a hyphen
# after the name is not matched (the regex starts at the mention's end).
_AFTER34 = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:[A-Z][a-z]+|speech|text|parallel|annotated)\s+)?"
                      + _NOUN34 + r"(?![\w\-])", re.I)
# "X – an online dictionary", "X, a corpus of", "X: a dataset for", "X is a dataset of".
_DEFINED_AFTER34 = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,|–|—|:|\s-|\s(?:is|was))\s*(?:an?|the)\s+"
                              r"(?:[\w\-]+\s+){0,4}?" + _NOUN34 + r"(?![\w\-])", re.I)
# "the Slovene reference speech corpus GOS", "a new ... dataset of over 7,000 tweets ..., named MTSA",
# "we release X".
_BEFORE34 = re.compile(r"(?:\b" + _NOUN34 + r"\s+(?:(?:called|named|dubbed|termed)\s+)?"
                       r"|\b" + _NOUN34 + r"\b[^.;()]{0,80}?\b(?:called|named|dubbed|termed)\s+"
                       r"|\b(?:release|releases|released|releasing)\s+(?:the\s+)?)$", re.I)
_WINDOW34 = 110
# Every match of _BEFORE34 holds one of these (lower-cased): the window is searched only then.
_BEFORE_GATE34 = ("corp", "data", "treebank", "dictionar", "lexicon", "thesaur", "wordnet", "knowledge", "releas")


def _texts(paper) -> dict[str, str]:
    return {"abstract": paper.abstract or "", "title": paper.title or ""}


def data_cued34(e, paper) -> bool:
    """Does the paper write a mention of ``e`` as a data resource?"""
    texts = _texts(paper)
    for m in e.mentions:
        text = texts.get(m.field, "")
        if not text:
            continue
        if _AFTER34.match(text, m.end) or _DEFINED_AFTER34.match(text, m.end):
            return True
        window = text[max(0, m.start - _WINDOW34):m.start]
        low = window.lower()
        if any(w in low for w in _BEFORE_GATE34) and _BEFORE34.search(window):
            return True
    return False


# "X (XY) is an essential resource allocation task", "X is the problem of", "X refers to the task of".
_TASK_DEFINED34 = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*)?(?:is|refers\s+to)\s+(?:an?|the)\s+"
                             r"(?:(?!(?:for|of|in|on|to|with|by|and|or|that|which|from)\s)[\w\-]+\s+){0,4}?(?:task|problem)s?\b(?!\s+(?:of\s+)?(?:solvers?|instances?))",
                             re.I)
# "X is an NP-hard problem", "X is a convex optimization problem": a formulation of something solved, not a task
# named by X.
_NOT_TASK34 = re.compile(r"(?i)\b(?:np|complete|convex|optimi[sz]ation|linear|quadratic|integer|programming"
                         r"|combinatorial|inverse|eigenvalue|least|minimization|maximization|saddle|decision)\b")


def task_defined34(e, paper) -> bool:
    """Does the paper define a mention of ``e`` as a task or problem ("X is a ... task")?"""
    texts = _texts(paper)
    for m in e.mentions:
        text = texts.get(m.field, "")
        got = _TASK_DEFINED34.match(text, m.end) if text else None
        if got is not None and _NOT_TASK34.search(got.group(0)) is None:
            return True
    return False


DATA_CUE_ALONE34 = 0.5  # of a group's papers, when one writes the cue
DATA_CUE_SHARE34 = 0.2  # of a group's papers, when two or more do
TECHNIQUE_PREFIXES34 = ("method:", "model:")


def retype_cued34(results, keyed, group_members, canon) -> None:
    """Technique groups that enough of their papers write as data become datasets; method groups enough of
    whose papers define them as a task become tasks (canon changed in place)."""
    off = _precision_off34()
    if "data-cued" in off and "task-defined" in off:
        return
    paper_of: dict[int, object] = {}
    for r, row in zip(results, keyed):
        for e, _ in row:
            paper_of[id(e)] = r.paper
    for root, es in group_members.items():
        eid, name, family, accepted = canon[root]
        if not eid.startswith(TECHNIQUE_PREFIXES34) or any(e.entry is not None for e in es):
            continue
        papers = {p.id for p in (paper_of.get(id(e)) for e in es) if p is not None}
        if not papers:
            continue
        slug = eid.split(":", 1)[1]
        for part, cue, typ in (("data-cued", data_cued34, "dataset"), ("task-defined", task_defined34, "task")):
            if part in off or (typ == "task" and not eid.startswith("method:")):
                continue
            hits = {p.id for e in es for p in (paper_of.get(id(e)),) if p is not None and cue(e, p)}
            if len(hits) >= DATA_CUE_ALONE34 * len(papers) or (
                    len(hits) >= 2 and len(hits) >= DATA_CUE_SHARE34 * len(papers)):
                canon[root] = (typ + ":" + slug, name, family, accepted)
                break
