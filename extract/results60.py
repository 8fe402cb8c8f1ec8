"""Session 48 (issue 12, results60): a name typed a method only by its shape, that a score is reported on, is data,
behind ``PAPERKG_RESULTS60``.

Read from the study parts of the results gold (blind41-47 left out): of the gold tuples whose dataset the entity step
typed as another type (~26 tuples in ~14 papers: "SafeCity", "FraCaS", "PeerRead", "MVImgNet", "HumanEvalFix" typed
method, "STS", "VQA" typed task), the result step binds nothing (only dataset / benchmark entities are data), so the
value goes out with no dataset or the confidence gate drops it. recall58 adds a coded name a score is reported on
("6.8% on NEC Drone") as a dataset, but not when an entity of the paper is already there; when the name-shape rules
found the name first and typed it a method (a coded capitalised word is a method by default), it stays a method.

- ``scored-method``: a method entity that no list knows (no gazetteer entry) and only the shape rules found
  (every mention "rule:name-shape" / "rule:repeated-name"), with an abstract mention in recall58's score slot (a
  number with "%" or a decimal, at most four words, "on", the name: "+5.2% accuracy on FooRef", "a 58% completion
  rate on BarMove") that passes recall58's name test (coded, not model-shaped, not listed as another type, not a
  language), and whose name does not end as a technique ("...Net", "...Transformer", "...Model"), is retyped
  dataset with the role "evaluates_on". Not a model entity ("HateBERT"), not a name compared with ("than on X").

The precision side (result step): "tuples bound to the wrong dataset when a sentence names one":

- ``respective-phrase``: a "respectively" sentence whose values pair with a list in which the one known dataset is
  one item and every other item is a lower-case phrase ("87.8%, 73.9% and 69.3% AP for toy blocks, FooB objects in
  simulation, and real-world novel objects, respectively", "by 158% and 54% on FooHack and robot planning
  respectively", "by 5.0% and 13.2% respectively on the FooSal dataset and our new dataset"): the value in the
  dataset's place is on it, the others on data the sentence does not name (before, every value went on the dataset).
  Only when the list has as many items as the values, each item at most six words, the other items written in lower
  case with no name in them, the list right after "on / for / in / across" and right before "respectively" (or right
  after it).

Hooks: ``pipeline._paper_result`` right after recall58's ``add_scored_data58`` (and
``scripts/train_name_tagger.after_tag``) for scored-method; ``results._dataset_for`` before session 23's named-list
pairing for respective-phrase. ``PAPERKG_RESULTS60``: "off"/"0", or a comma list of parts to switch off;
scored-method ships off ("on:scored-method" switches it on).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES60 = ("scored-method", "respective-phrase")
# scored-method ships off: 73k, 6 papers changed, entities 5 of 6 right but tuples 4 of 7 (a dataset-less value the
# gate drops once the paper names data, a corpus canonicalisation side effect).
DEFAULT_OFF60: frozenset[str] = frozenset({"scored-method"})

_SHAPE_RULES60 = ("rule:name-shape", "rule:repeated-name")


def _results_off60() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RESULTS60", RESULTS_RULES60, DEFAULT_OFF60)


def retype_scored60(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, a shape-only method a score is reported on ("4% on FooBench") retyped dataset (in place)."""
    if "scored-method" in _results_off60() or not abstract or " on " not in abstract:
        return entities
    from .precision38 import TECHNIQUE_END38
    from .recall58 import _SCORE_ON58, _THAN58, _name_ok58

    slots = None
    for e in entities:
        if e.type != "method" or getattr(e, "entry", None) or not e.mentions:
            continue
        if not all(m.rule in _SHAPE_RULES60 for m in e.mentions):
            continue
        name = e.name.strip()
        if TECHNIQUE_END38.search(name) or not _name_ok58(name):
            continue
        if slots is None:
            slots = {(m.start("name"), m.end("name")) for m in _SCORE_ON58.finditer(abstract)
                     if not _THAN58.search(abstract, m.start(), m.start("name"))}
            if not slots:
                return entities
        if any(m.field == "abstract" and (m.start, m.end) in slots for m in e.mentions):
            e.type = "dataset"
            e.role = "evaluates_on"
    return entities


# The list of a "respectively" sentence: after "on / for / in / across [the]", up to "respectively" (or from it).
_LIST_OPEN60 = re.compile(r"\b(?:on|for|in|across)\s+(?:the\s+)?", re.IGNORECASE)
_ITEM_SPLIT60 = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_END60 = re.compile(r"\s*,?\s*\(?respectively\b", re.IGNORECASE)
_LOWER_ITEM60 = re.compile(r"(?:[a-z0-9][a-z0-9\-/']*)(?:\s+[a-z0-9][a-z0-9\-/']*){0,5}")
_NAME_ITEM60 = re.compile(r"(?:\s+[a-z][a-z0-9\-]*){0,5}\s*")  # lower-case words after the name in its item


def respective_phrase60(text: str, s0: int, s1: int, mentions: list, values: list, v) -> bool | None:
    """For a "respectively" sentence with one known dataset (``mentions``: its (start, end, entity) spans in the
    sentence) and ``values`` the values pairing with a list: whether value ``v`` is on the dataset (True), on data the
    sentence does not name (False), or None when the list is not of that shape."""
    if "respective-phrase" in _results_off60() or len(values) < 2:
        return None
    found = None
    for d0, d1, _ in mentions:
        opened = None
        for m in _LIST_OPEN60.finditer(text, max(s0, d0 - 200), d0):
            opened = m
        if opened is None:
            continue
        # the list ends at "respectively" right after it, or at the sentence's end / a clause break when the list
        # follows "respectively" ("improving X by 5.0% and 13.2% respectively on A and our new dataset")
        close = _LIST_END60.search(text, d1, s1)
        after = re.search(r"respectively\s+$", text[max(s0, opened.start() - 20) : opened.start()], re.IGNORECASE)
        if after:
            stop = re.compile(r"[;:.]|,\s*(?:and\s+)?(?:while|whereas|but|which|with|lowering|reducing|improving|"
                              r"achieving|outperforming|surpassing)\b|\s+(?:while|whereas|but|which|with)\b")
            nxt = stop.search(text, d1, s1)
            end = nxt.start() if nxt else s1
        elif close is not None and not re.search(r"[;:]|\.\s|\b(?:while|whereas|but|which|with)\b", text[d1 : close.start()]):
            end = close.start()
        else:
            continue
        span = text[opened.end() : end].rstrip(" ,")
        start = opened.end()
        items = []
        pos = 0
        for sep in _ITEM_SPLIT60.finditer(span):
            items.append((start + pos, start + sep.start()))
            pos = sep.end()
        items.append((start + pos, start + len(span)))
        if len(items) != len(values) or any(a >= b for a, b in items):
            return None
        mine = [i for i, (a, b) in enumerate(items) if a <= d0 and d1 <= b]
        if len(mine) != 1:
            continue
        k = mine[0]
        a, b = items[k]
        if a != d0 or not _NAME_ITEM60.fullmatch(text, d1, b):
            return None  # the name is not the head of its item ("the FooB-trained model")
        for i, (a, b) in enumerate(items):
            if i != k and not _LOWER_ITEM60.fullmatch(text, a, b):
                return None  # another item has a name (or more than six words): not this shape
        found = k
        break
    if found is None:
        return None
    starts = [x.start for x in values]
    if v.start not in starts:
        return None
    return starts.index(v.start) == found
