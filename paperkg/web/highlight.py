"""Text cut into plain and highlighted pieces, for templates to escape and wrap: no markup is built here.

The store keeps one mention per paper and entity (its offsets and surface text); an abstract names an entity
more than once, so every occurrence of that surface text, of the entity's name or of an alias is highlighted too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Piece:
    text: str
    entity: dict[str, Any] | None = None  # the entity row this piece names, None for plain text


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where form occurs in text as a whole word (short forms like 'DPO' case-sensitive, longer ones not)."""
    form = " ".join(form.split())
    if len(form) < 2:
        return []
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, form.split(" "))) + r"(?!\w)"
    flags = 0 if len(form) <= 4 else re.IGNORECASE
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def pieces(text: str | None, entities: list[dict[str, Any]], field: str = "abstract") -> list[Piece]:
    """text cut at the mentions of entities (rows with surface, entity, aliases, start, end, field); overlaps resolved
    in favour of the earlier, then the longer mention."""
    text = text or ""
    spans: list[tuple[int, int, int]] = []  # (start, end, index into entities)
    for i, e in enumerate(entities):
        start, end = e.get("start"), e.get("end")
        if e.get("field") in (field, None) and isinstance(start, int) and isinstance(end, int) \
                and 0 <= start < end <= len(text) and text[start:end] == e.get("surface"):
            spans.append((start, end, i))
        for form in {e.get("surface") or "", e.get("entity") or "", *(e.get("aliases") or [])}:
            spans.extend((s, t, i) for s, t in _occurrences(text, form))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2]))
    out: list[Piece] = []
    pos = 0
    for start, end, i in spans:
        if start < pos:
            continue  # overlaps a piece already taken
        if start > pos:
            out.append(Piece(text[pos:start]))
        out.append(Piece(text[start:end], entities[i]))
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:]))
    return out


def sentence_pieces(sentence: str | None, surface: str | None) -> list[Piece]:
    """An evidence sentence with its mention (the surface text) marked."""
    return pieces(sentence, [{"surface": surface or "", "entity": ""}], field="sentence") if sentence else []
