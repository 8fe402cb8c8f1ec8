"""Session 50 (issue 10, node precision): a learned keep/drop decision for a paper's extracted entities.

Switched with ``PAPERKG_LEARN65``: **shipped off** ("on" or "1" switches it on; unset, "off" or "0": off). One call, ``drop_doubted65`` in pipeline.py at the
end of the per-abstract entity step (after the last rule module): an entity whose estimated p(right) is below the
shipped threshold is dropped with all its mentions in that abstract (so with its links and results).

The model is an L2 logistic regression over hashed sparse features (zlib.crc32, never Python's ``hash()``),
trained by ``scripts/train_node_decision65.py`` on the project's hand-judged graph nodes
(``tests/data/corpus-checks/node-precision*.tsv``) and shipped as ``data/node_decision65.json``. Every feature is
read from the one paper (its name, type, aliases and one sentence): no corpus count, so the decision is the same
whatever corpus or split the paper is built in. Gazetteer (list) entries are exempt.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from functools import lru_cache
from importlib import resources

from .memo import env

SWITCH65 = "PAPERKG_LEARN65"
LABELS65 = {"method": "Method", "dataset": "Dataset", "benchmark": "Benchmark", "model": "Model", "task": "Task",
            "metric": "Metric"}
_WORD65 = re.compile(r"[\w][\w'’.+-]*[\w+]|\w")
_LEFT65 = re.compile(r"\w[\w'’+-]*")


def learn65_on() -> bool:
    """Shipped off (its drops are not >= 90 % wrong on the validation data): "on" or "1" switches it on."""
    return env(SWITCH65) in ("on", "1")


@lru_cache(maxsize=1)
def load_model65() -> dict:
    text = resources.files("paperkg.extract").joinpath("data/node_decision65.json").read_text(encoding="utf-8")
    model = json.loads(text)
    model["_w"] = model["weights"]
    return model


@lru_cache(maxsize=1)
def listed_forms65() -> frozenset[str]:
    """Lower-cased names and aliases of every gazetteer entry (the shipped lists)."""
    from .gazetteer import load_entries

    return frozenset(f.lower() for e in load_entries() for f in e.forms)


def _shape65(word: str) -> str:
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch if ch in "-./+" else "o"
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


def _context65(name: str, aliases: list[str], sentence: str) -> tuple[list[str], list[str], bool]:
    """Up to 3 lower-cased words left and right of the first occurrence of the name (else an alias) in the
    sentence, and whether it was found."""
    low = sentence.lower()
    for form in [name, *aliases]:
        f = form.lower()
        if not f:
            continue
        i = low.find(f)
        if i >= 0:
            left = _LEFT65.findall(low[:i])[-3:]
            right = _LEFT65.findall(low[i + len(f):])[:3]
            return left, right, True
    return [], [], False


def features65(label: str, name: str, aliases: list[str], sentence: str, listed: bool) -> list[str]:
    """The feature strings of one entity (shared by training and extraction)."""
    feats = [f"L={label}", "bias"]
    words = name.split()
    low = [w.lower() for w in words]
    for w in low:
        feats.append(f"t={w}")
    if low:
        feats += [f"h={low[-1]}", f"f={low[0]}", f"Lh={label}|{low[-1]}"]
    padded = f"^{name.lower()}$"
    for n in (3, 4, 5):
        for i in range(len(padded) - n + 1):
            feats.append(f"c{n}={padded[i:i + n]}")
    shape = " ".join(_shape65(w) for w in words[:4])
    feats.append(f"s={shape}")
    feats.append(f"Ls={label}|{shape}")
    feats.append(f"nw={min(len(words), 6)}")
    feats.append(f"len={min(len(name) // 4, 10)}")
    if any(ch.isdigit() for ch in name):
        feats.append("digit")
    if "-" in name:
        feats.append("hyphen")
    if name == name.lower():
        feats.append("all-lower")
        feats.append(f"all-lower|{label}")
    if re.fullmatch(r"[A-Z][A-Z0-9-]{1,7}", name):
        feats.append("acronym")
    if any(re.search(r"[a-z][A-Z]", w) for w in words):
        feats.append("camel")
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        feats.append("title-case")
    if aliases:
        feats.append("alias")
        if any(re.fullmatch(r"[A-Za-z0-9-]{2,10}", a) and any(c.isupper() for c in a) for a in aliases):
            feats.append("acro-alias")
    if listed:
        feats.append("listed")
    left, right, found = _context65(name, aliases, sentence)
    if not found:
        feats.append("not-in-sentence")
    for i, w in enumerate(reversed(left)):
        feats.append(f"l{i + 1}={w}")
    for i, w in enumerate(right):
        feats.append(f"r{i + 1}={w}")
    if left:
        feats.append(f"l12={' '.join(left[-2:])}")
    if right:
        feats.append(f"r12={' '.join(right[:2])}")
    if found and not left:
        feats.append("sent-start")
    if found and not right:
        feats.append("sent-end")
    if sentence.startswith(name) and not sentence.rstrip().endswith("."):
        feats.append("title-like")
    return feats


def hashed65(feats: list[str], size: int) -> list[int]:
    return [zlib.crc32(f.encode("utf-8")) % size for f in feats]


def p_right65(label: str, name: str, aliases: list[str], sentence: str, listed: bool, model: dict | None = None) -> float:
    model = model or load_model65()
    w = model["_w"] if "_w" in model else model["weights"]
    z = sum(w[i] for i in hashed65(features65(label, name, aliases, sentence, listed), model["hash_size"]))
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def _sentence65(e, title: str, abstract: str, sentences: list[tuple[int, int]]) -> str:
    for m in e.mentions:
        if m.field == "abstract" and 0 <= m.sentence < len(sentences):
            a, b = sentences[m.sentence]
            return abstract[a:b]
    return title or ""


def drop_doubted65(title: str, abstract: str, entities: list, sentences: list[tuple[int, int]]) -> list:
    """The entities whose p(right) is at least the shipped threshold, list entries and non-scored types kept."""
    if not entities or not learn65_on():
        return entities
    model = load_model65()
    threshold = model["threshold"]
    listed = listed_forms65()
    kept = []
    for e in entities:
        label = LABELS65.get(e.type)
        if label is None or label not in model["scored_labels"] or e.entry is not None:
            kept.append(e)
            continue
        is_listed = e.name.lower() in listed
        if is_listed and model.get("exempt_listed", True):
            kept.append(e)
            continue
        sentence = _sentence65(e, title, abstract, sentences)
        if p_right65(label, e.name, list(e.aliases), sentence, is_listed, model) >= threshold:
            kept.append(e)
    return kept
