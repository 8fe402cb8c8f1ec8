"""Session 32 (issue 10, extraction speed): the gazetteer's matches as plain tuples, read once a doc.

``doc.spans["gazetteer"]`` is a SpanGroup: each pass over it makes a new Python Span object for every match (spaCy
keeps only the C structs). Four context rules (recall30's anchors, asked again by recall31, recall32 and recall33;
recall33's overlap list) and the resolver's candidates each went over the group: ~3 Span objects a match made and
dropped (164,143 + 63,351 + 99,488 on 20,000 abstracts). ``gazetteer_chars`` reads the group once a doc -- the
gazetteer component hands over the Spans it has just made -- and keeps (start char, end char, label hash, kb_id) in
the doc's user_data; ``gazetteer_anchors`` keeps recall30's anchors likewise. The same values in the same order as
the passes over the group (tests/unit/test_speed35.py), so the output is byte-identical.

The kept tuples belong to the group they were read from: a doc whose ``doc.spans["gazetteer"]`` was replaced (a
new SpanGroup object) or changed length since is read again (tests build docs by hand and set spans).
"""

from __future__ import annotations

from spacy.tokens import Doc

CHARS_KEY35 = "paperkg_gazetteer_chars35"
ANCHOR_TYPES35 = ("method", "dataset", "benchmark")


def remember_gazetteer(doc: Doc, spans: list) -> None:
    """Keep the char tuples of ``spans``, the Spans the gazetteer has just put in ``doc.spans["gazetteer"]``."""
    chars = [(sp.start_char, sp.end_char, sp.label, sp.kb_id_) for sp in spans]
    doc.user_data[CHARS_KEY35] = [doc.spans["gazetteer"], chars, None]


def _entry(doc: Doc) -> list | None:
    """[group, chars, anchors or None] of the doc's current gazetteer group; None without one."""
    if "gazetteer" not in doc.spans:
        return None
    group = doc.spans["gazetteer"]
    got = doc.user_data.get(CHARS_KEY35)
    if got is not None and got[0] is group and len(got[1]) == len(group):
        return got
    got = [group, [(sp.start_char, sp.end_char, sp.label, sp.kb_id_) for sp in group], None]
    doc.user_data[CHARS_KEY35] = got
    return got


def gazetteer_chars(doc: Doc) -> list[tuple[int, int, int, str]]:
    """(start char, end char, label hash, kb_id) of each gazetteer match of ``doc``, in the group's order. The
    caller must not change the list."""
    got = _entry(doc)
    return got[1] if got is not None else []


def gazetteer_anchors(doc: Doc) -> list[tuple[int, int, str]]:
    """recall30.gazetteer_anchors30: (start char, end char, type) of the method, dataset and benchmark matches; a new
    list each call (the callers may keep it)."""
    got = _entry(doc)
    if got is None:
        return []
    anchors = got[2]
    if anchors is None:
        strings = doc.vocab.strings
        labels = {strings.add(t): t for t in ANCHOR_TYPES35}
        anchors = got[2] = [(s, e, labels[lab]) for s, e, lab, _ in got[1] if lab in labels]
    return list(anchors)
