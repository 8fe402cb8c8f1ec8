"""The papers.jsonl contract (README "One line of papers.jsonl"), checked line by line before a load.

`load` used to take what it was given: a null id became the string "None", an aliases string was split into
letters ("DPO" -> D, P, O), unknown roles and types and offsets past the abstract went in, a raw corpus file
loaded as papers without entities, and a text year ended in "unexpected error ... KeyError". Each of those is
now a `file:line: what is wrong` error before anything is loaded.
"""

from __future__ import annotations

from typing import Any

from paperkg.extract.records import ENTITY_TYPES, ROLES

FIELDS = ("abstract", "title")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _text(v: Any, nullable: bool = False) -> bool:
    return (v is None and nullable) or isinstance(v, str)


def contract_problem(d: Any) -> str | None:
    """Why this decoded JSON line is not an extracted paper, or None if it keeps the contract."""
    if not isinstance(d, dict):
        return f"a JSON {type(d).__name__}, not an object (one extracted paper a line)"
    if not isinstance(d.get("id"), str) or not d["id"].strip():
        return f"'id' must be a non-empty string, not {d.get('id')!r}"
    if not isinstance(d.get("abstract"), str) or not d["abstract"].strip():
        return "'abstract' must be a non-empty string"
    if "entities" not in d:
        return ("no 'entities' field: this looks like a corpus file, not extracted papers; run `paperkg build "
                "FILE`, or `paperkg extract FILE -o papers.jsonl` and load that")
    for key in ("title", "venue", "source"):
        if not _text(d.get(key), nullable=True):
            return f"'{key}' must be a string or null, not {type(d[key]).__name__}"
    if d.get("year") is not None and not _is_int(d["year"]):
        return f"'year' must be a whole number or null, not {d['year']!r}"
    code = d.get("code", [])
    if not isinstance(code, list) or not all(isinstance(u, str) and u.strip() for u in code):
        return "'code' must be a list of non-empty URL strings"
    if not isinstance(d["entities"], list):
        return "'entities' must be a list"
    texts = {"abstract": d["abstract"], "title": d.get("title") or ""}
    for i, e in enumerate(d["entities"]):
        problem = _entity_problem(e, texts)
        if problem:
            return f"entity {i + 1}: {problem}"
    return None


def _entity_problem(e: Any, texts: dict[str, str]) -> str | None:
    if not isinstance(e, dict):
        return "not an object"
    for key in ("id", "name"):
        if not isinstance(e.get(key), str) or not e[key].strip():
            return f"'{key}' must be a non-empty string, not {e.get(key)!r}"
    if e.get("type") not in ENTITY_TYPES:
        return f"unknown type {e.get('type')!r} (one of {', '.join(ENTITY_TYPES)})"
    if e.get("role", "uses") not in ROLES:
        return f"unknown role {e.get('role')!r} (one of {', '.join(ROLES)})"
    aliases = e.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        return f"'aliases' must be a list of strings, not {aliases!r}"[:200]
    if not _text(e.get("family"), nullable=True):
        return "'family' must be a string or null"
    if e.get("family") and e["type"] != "model":
        problem = _base_problem(e["id"], e["family"])
        if problem:
            return problem
    mentions = e.get("mentions", [])
    if not isinstance(mentions, list):
        return "'mentions' must be a list"
    for j, m in enumerate(mentions):
        problem = _mention_problem(m, texts)
        if problem:
            return f"mention {j + 1}: {problem}"
    return None


def _base_problem(eid: str, family: str) -> str | None:
    """A non-model entity's ``family`` is its base entity's node id ("sparse PCA" -> "method:principal-component-
    analysis", extract/senses29.py's variant link, loaded as schema.VARIANT_OF): an id of a non-model type, not
    the entity's own. Whether some paper names that base is a fact of the whole input (graph/build.py drops a
    link to a base no paper names, with a count), not of one line."""
    typ, sep, rest = family.partition(":")
    if not sep or not rest.strip() or typ not in ENTITY_TYPES or typ == "model":
        return (f"'family' of a non-model entity names its base entity's id (e.g. 'method:principal-component-"
                f"analysis'), not {family!r}")[:200]
    if family == eid:
        return f"'family' names the entity itself ({eid!r}): a variant's base is another entity"[:200]
    return None


def _mention_problem(m: Any, texts: dict[str, str]) -> str | None:
    if not isinstance(m, dict):
        return "not an object"
    field = m.get("field", "abstract")
    if field not in FIELDS:
        return f"unknown field {field!r} (abstract or title)"
    if not isinstance(m.get("text"), str) or not isinstance(m.get("rule"), str):
        return "'text' and 'rule' must be strings"
    start, end, sentence = m.get("start"), m.get("end"), m.get("sentence")
    if not (_is_int(start) and _is_int(end) and _is_int(sentence)):
        return "'start', 'end' and 'sentence' must be whole numbers"
    if not 0 <= start <= end <= len(texts[field]) or sentence < 0:
        return f"offsets {start}..{end} are outside the {field} ({len(texts[field])} characters)"
    return None
