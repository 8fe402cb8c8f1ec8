"""Session 31 (issue 10, node precision): corpus-level evidence that a technique-typed node is data or a task.

Switched off with ``PAPERKG_PRECISION34`` ("off" or a comma list of these part names), for ablations only. Both
parts run in the corpus pass (``canonical._canonicalise``, right after ``_retype_task_cued``): they read every
paper's mentions of a node's group, so a name one paper writes as a corpus and others only name bare is judged
on all of them together.

- ``data-cued``: a method/model node no list gives, of whose papers half (one or two papers) or two and a fifth
  write a mention as data: "the X corpus", "X Spanish corpus", "X (XY) dataset", "X – an online dictionary",
  "X, a corpus of ...", "a ... dataset of 7,000 tweets ..., named X", "the speech corpus X". The node
  becomes a dataset (its id then merges with a dataset node of the same name, graph/build.py).
- ``task-defined``: a method node no list gives, of whose papers as many write a definition of it as a task or
  problem ("X (XY) is an essential resource allocation task", "X refers to the problem of ..."): a task node,
  as ``_retype_task_cued`` does for "the X task" / "the task of X".
"""

from __future__ import annotations

import re

from .recall_rules import _parts_off
from .records import Paper

PRECISION_RULES34 = ("data-cued", "task-defined")


def _precision_off34() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION34", PRECISION_RULES34)


def part_on34(part: str) -> bool:
    """Is ``part`` of PAPERKG_PRECISION34 switched on?"""
    return part not in _precision_off34()


_NOUN34 = (r"(?i:corpus|corpora|datasets?|data\s+sets?|treebanks?|dictionary|dictionaries|lexicons?|databases?"
           r"|thesaurus|wordnets?|knowledge\s+bases?)")
_SINGULAR34 = r"(?i:corpus|dataset|data\s+set|treebank|dictionary|lexicon|database|thesaurus|wordnet|knowledge\s+base)"
# The data noun heads its phrase: what follows it is a stop, a bracket or a word that starts a complement.
_HEADS34 = r"(?=\s*(?:[,.;:()]|$|(?:of|for|with|that|which|containing|in|from|and|or|is|was|has|contains|consists)\b))"
# A word of a description before its data noun: not a function word, a technique head or a clause word.
_WORD34 = (r"(?:(?!(?i:for|of|in|on|to|with|by|and|or|that|which|from|based|using|method|approach|algorithm|model"
           r"|system|framework|tool|toolkit|toolchain|network|software|implementation|we|our)\b)[\w\-]+\s+)")
# "X corpus", "X (XY) dataset", "X Spanish corpus", "X speech database": the name modifies a singular data noun
# (one capitalised word or a lower-case medium word may stand between). Not "X-based"/"X-generated" data: a hyphen
# after the name is not matched (the regex starts at the mention's end). A plural ("MoST datasets", "USim
# datasets") names data of a topic, not one data set: it counts only inside a list ("CIFAR-100, ImageNet127 data
# sets"), see _LISTED_BEFORE34.
_AFTER34 = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:[A-Z][a-z]+|speech|text|parallel|annotated)\s+)?"
                      + _SINGULAR34 + r"(?![\w\-])")
_AFTER_PLURAL34 = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?i:datasets|data\s+sets|corpora|treebanks)(?![\w\-])")
_LISTED_BEFORE34 = re.compile(r"(?:,|\band)\s*$")
# "X – an online dictionary", "X, a corpus of", "X: a dataset for", "X is a dataset of".
_DEFINED_AFTER34 = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,|–|—|―|:|\s-|\s(?:is|was))\s*(?i:an?|the)\s+"
                              + _WORD34 + r"{0,4}?" + _NOUN34 + r"(?![\w\-])" + _HEADS34)
# "the Slovene reference speech corpus GOS", "a new ... dataset of over 7,000 tweets ..., named MTSA". A name
# "called"/"named" after a plural ("large text corpora, called SECO", "an interface for wordnets named Hydra") or
# after a tool, system or method word is that tool's; "annotated with named Entities" is no naming.
_BEFORE34 = re.compile(r"(?:\b" + _NOUN34 + r"\s+"
                       r"|\b" + _SINGULAR34 + r"\b(?:(?!(?i:approach|method|algorithm|model|system|framework|tool\w*"
                       r"|network|software|interface|we|our|with)\b)[^.;()]){0,80}?\b(?:called|named|dubbed|termed)\s+)$")
# After a name that follows its data noun directly ("the speech corpus GOS"), the clause goes on with a stop or a
# complement, not with the name as the subject of a verb ("the Wireframe dataset DT-LSD achieves").
_AFTER_BEFORE34 = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:[,.;:)]|$|(?:and|or|which|that|is|was|consists|contains"
                             r"|comprises|includes|has|with|of|for|in|from)\b)")
_WINDOW34 = 110
# Every match of _BEFORE34 holds one of these (lower-cased): the window is searched only then.
_BEFORE_GATE34 = ("corp", "data", "treebank", "dictionar", "lexicon", "thesaur", "wordnet", "knowledge")


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
        if _AFTER_PLURAL34.match(text, m.end) and _LISTED_BEFORE34.search(text, max(0, m.start - 6), m.start):
            return True
        window = text[max(0, m.start - _WINDOW34):m.start]
        low = window.lower()
        if any(w in low for w in _BEFORE_GATE34) and _BEFORE34.search(window) and _AFTER_BEFORE34.match(text, m.end):
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


# "The construction of X is a ... problem", "Training X is a challenging task": the subject is doing something to X.
_ACTED_ON34 = re.compile(r"(?:\bof|[A-Za-z]{3,}ing)\s+(?:the\s+)?$")


def task_defined34(e, paper) -> bool:
    """Does the paper define a mention of ``e`` as a task or problem ("X is a ... task")?"""
    texts = _texts(paper)
    for m in e.mentions:
        text = texts.get(m.field, "")
        got = _TASK_DEFINED34.match(text, m.end) if text else None
        if got is not None and _NOT_TASK34.search(got.group(0)) is None and (
                _ACTED_ON34.search(text, max(0, m.start - 20), m.start) is None):
            return True
    return False


# A name whose last word is a task's head ("Multimodal Summarization (MMS)", "Open IE", "Lexical Substitution"):
# "the MMS corpus", "an Open IE dataset" name data of the task, and the node is the task, not one data set.
TASK_HEADS34 = frozenset("classification detection recognition answering segmentation translation extraction parsing "
                         "tagging labeling labelling retrieval summarization summarisation generation prediction "
                         "estimation tracking understanding inference reasoning captioning identification "
                         "disambiguation resolution substitution diagnosis correction ie qa nli track task learning".split())


def headed_by34(name: str, heads: frozenset) -> bool:
    """Is the last word of ``name`` (letters only, any case) one of ``heads``?"""
    words = re.findall(r"[A-Za-z]+", name)
    return bool(words) and words[-1].lower() in heads


def task_headed34(name: str) -> bool:
    return headed_by34(name, TASK_HEADS34)


DATA_CUE_ALONE34 = 0.5  # of a group's papers, when one writes the cue
DATA_CUE_SHARE34 = 0.2  # of a group's papers, when two or more do
TECHNIQUE_PREFIXES34 = ("method:", "model:")


def papers_by_entity34(results, keyed) -> dict[int, Paper]:
    """The paper of each local entity of ``keyed`` (by its id), for the corpus-pass retypes here and in precision35."""
    paper_of: dict[int, Paper] = {}
    for r, row in zip(results, keyed):
        for e, _ in row:
            paper_of[id(e)] = r.paper
    return paper_of


def retype_cued34(results, keyed, group_members, canon) -> None:
    """Technique groups that enough of their papers write as data become datasets; method groups enough of
    whose papers define them as a task become tasks (canon changed in place)."""
    off = _precision_off34()
    if "data-cued" in off and "task-defined" in off:
        return
    paper_of = papers_by_entity34(results, keyed)
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
            if typ == "dataset" and task_headed34(name):
                continue
            hits = {p.id for e in es for p in (paper_of.get(id(e)),) if p is not None and cue(e, p)}
            if len(hits) >= DATA_CUE_ALONE34 * len(papers) or (
                    len(hits) >= 2 and len(hits) >= DATA_CUE_SHARE34 * len(papers)):
                canon[root] = (typ + ":" + slug, name, family, accepted)
                break
