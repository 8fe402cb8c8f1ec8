"""Session 50 (issue 10, recall): an ambiguous list short form whose next word says it is an algorithm; behind
``PAPERKG_RECALL62``.

Read from the study pool's misses (start 70e0fe2c, typed 1079/125/158): "mixtures of trees can be learned ... using
an EM algorithm" (gold: EM algorithm, a method). "EM" is in the sense table (data/ambiguous_short_forms.tsv: the
list's entry is the metric exact match, while 73k papers define EM as expectation-maximization 98 times). The
resolver keeps a bare hit on such a short form only when the word after it agrees with the entry's type
(resolve._own_senses); "algorithm" does not agree with a metric, so the hit is dropped and nothing else proposes the
name. The word after it is the cue that the other sense is meant, and which type it has.

- ``sense-follower``: a short form of the sense table whose list entries are no method or model (a metric, a data
  set, a benchmark, a task) and whose most frequent other sense in the table reads as a method (type_from_long_form
  of the first example: "expectation-maximization" yes; "automatic speech recognition" (ASR), a task, and "emotion
  cause extraction" (ECE) no), written bare (not inside a longer word or a hyphen compound: "EM-like" is a
  modifier) and followed by a procedure word ("algorithm(s)", "procedure(s)", "iteration(s)", "update(s)",
  "step(s)", "framework", "approach(es)", "method(s)", "technique(s)", "training", "learning", "inference",
  "estimation"), becomes a method named by that other sense ("expectation-maximization"), when no entity of the paper has that name or alias or a mention
  over it. Every junk test still runs. With today's table the one such form is "EM"; a form added to the table
  later is read the same way.

Hook: pipeline._paper_result after recall60 (and scripts/train_name_tagger.after_tag). ``PAPERKG_RECALL62``: "off"/"0",
a comma list of parts to switch off, or "on:" and a comma list of default-off parts to switch on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .recall_rules import parts_off_by_default

RECALL_RULES62 = ("sense-follower",)
# Off (session 50 merge): in a small corpus that defines no EM, the corpus step maps the bare "EM" it adds to the
# list entry "exact match" (kept typed method: a cross-type join). canonical.resolve_bare gets no class cue for it.
DEFAULT_OFF62: frozenset[str] = frozenset({"sense-follower"})

# The words after a short form that make it a method: a procedure or its use, not a system or a model ("ASR model",
# "ASR system" is speech recognition, a task; the other-sense test below keeps such forms out anyway).
ALGORITHM_WORDS62 = ("algorithm", "algorithms", "procedure", "procedures", "iteration", "iterations", "update",
                     "updates", "step", "steps", "framework", "approach", "approaches", "method", "methods",
                     "technique", "techniques", "training", "learning", "inference", "estimation")
_NOT_METHOD_TYPES62 = ("metric", "dataset", "benchmark", "task")


def _off62() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RECALL62", RECALL_RULES62, DEFAULT_OFF62)


@lru_cache(maxsize=1)
def _other_sense_forms62() -> dict[str, str]:
    """Short forms of the sense table whose list entries are all of a type other than method/model and whose most
    frequent other sense (the table's first example: "expectation-maximization (65)") reads as a method, each with
    that long form."""
    from importlib import resources

    from .resolve import type_from_long_form

    text = resources.files("paperkg.extract").joinpath("data/ambiguous_short_forms.tsv").read_text(encoding="utf-8")
    forms: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5:
            continue
        short, ids, examples = cols[0], cols[1].split(","), cols[4]
        if not all(i.strip().split(":", 1)[0] in _NOT_METHOD_TYPES62 for i in ids):
            continue
        first = re.sub(r"\s*\(\d+\)\s*$", "", examples.split(";")[0]).strip()
        if first and type_from_long_form(first, None) == "method":
            forms[short] = first
    return dict(sorted(forms.items()))


@lru_cache(maxsize=1)
def _pattern62() -> re.Pattern[str] | None:
    forms = _other_sense_forms62()
    if not forms:
        return None
    return re.compile(r"(?<![\w\-])(" + "|".join(re.escape(f) for f in forms) + r")[ \u00a0]+(?:"
                      + "|".join(ALGORITHM_WORDS62) + r")\b")


def sense_follower_spans62(text: str) -> list[tuple[int, int]]:
    """(start, end) of each short form of the sense table written before an algorithm word."""
    pattern = _pattern62()
    if pattern is None or not text:
        return []
    return [(m.start(1), m.end(1)) for m in pattern.finditer(text)]


def add_sense_followers62(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with each unfound "<sense-table short form> algorithm" added as a method ("an EM
    algorithm")."""
    if "sense-follower" in _off62() or not abstract:
        return entities
    spans_found = sense_follower_spans62(abstract)
    if not spans_found:
        return entities
    from .junk import junk_reason
    from .records import Mention
    from .resolve import LocalEntity  # late: resolve imports much
    from .text import normalise_surface

    names = {normalise_surface(e.name) for e in entities} | {normalise_surface(a) for e in entities for a in e.aliases}
    taken = [(x.start, x.end) for e in entities for x in e.mentions if x.field == "abstract"]
    added: dict[str, object] = {}
    texts = {"abstract": abstract, "title": title or ""}
    for s, t in spans_found:
        name = abstract[s:t]
        key = normalise_surface(name)
        if key in names or any(a < t and b > s for a, b in taken):
            continue  # found already (the paper's own definition "expectation-maximization (EM)" names it)
        if key in added:
            continue
        pattern = r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])"
        spans = [("abstract", m.start(), m.end()) for m in re.finditer(pattern, abstract)]
        if junk_reason(name, spans, texts):
            continue
        rule = "rule:recall62-sense-follower"
        mentions = [Mention(name, m.start(), m.end(), abstract.count(". ", 0, m.start()), rule)
                    for m in re.finditer(pattern, abstract)
                    if not any(a < m.end() and b > m.start() for a, b in taken)]
        if title:
            mentions += [Mention(name, m.start(), m.end(), 0, rule, "title")
                         for m in re.finditer(pattern, title)]
        # Named by the sense it reads as (no alias: the paper defines none), so the node is the same in every paper
        # and batch: a bare "EM" left to the corpus step stayed its own one-paper node in one 73k paper.
        long_form = _other_sense_forms62()[name]
        added[key] = LocalEntity(long_form, "method", "uses", [], None, mentions)
    if not added:
        return entities
    return entities + list(added.values())
