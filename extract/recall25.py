"""Session 24, round two (issue 10): recall rules behind ``PAPERKG_RECALL25``.

``lower-confirmed``: the corpus's second look (canonical.py, step 4) looks for confirmed names at capitalised word
starts only, so a lower-case technique name the corpus defines ("stochastic variance reduced gradient (SVRG)",
"we propose iterative hard thresholding, a method ...") is never found where another paper writes it bare. This
part claims such lower-case spellings for their method/model node and finds them bare, with guards:

- two to five plain lower-case words, no stop word or opener ("novel", "standard") first, no stop word last, not
  all generic words, no non-entity noun;
- named with a strong cue (corpus.STRONG_RULES; a definition only with its long form) in at least
  ``LOWER_MIN_PAPERS25`` papers, and claimed by one method/model node only (never a task, a metric or data);
- cued in at least ``LOWER_SHARE25`` of the papers that write it at all: "data augmentation" (cued in 5 of 764
  73k abstracts) or "gradient descent" (24 of 618) are phrases, "stochastic gradient descent" (109 of 386) and
  "support vector machine" (36 of 112) are names;
- outside every span the paper already has, not glued to a hyphen, and not cut from a compound (precision24).

Everything is counted over the set of papers (sorted tie-breaks), in the reduce step: the same output for any
worker count and for a corpus built in parts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from .corpus import STRONG_RULES
from .lexicon import GENERIC_WORDS, non_entity_kind
from .recall_rules import _parts_off
from .scan import alternation
from .text import ends_word, variant_key

RECALL_RULES25 = ("lower-confirmed",)
LOWER_MIN_PAPERS25 = 2  # papers naming the lower-case spelling with a strong cue
LOWER_SHARE25 = 0.25  # of the papers writing the spelling at all (the cued ones included)
LOWER_NAME25 = re.compile(r"[a-z][a-z\-]*[a-z](?: [a-z][a-z\-]*[a-z]){1,4}")
LOWER_WORD25 = re.compile(r"[a-z][a-z\-]*")
# Words that open a description, not a name ("novel graph neural network", "standard beam search").
NOT_LOWER_LEAD25 = frozenset(
    "novel new proposed standard simple traditional conventional classical classic existing typical vanilla "
    "original popular common modern recent current previous prior various several multiple different our their "
    "its this these those such other same general generic improved efficient effective".split())
LOWER_TYPES25 = frozenset(("method", "model"))
# Last words of a learning paradigm or a field ("multi-task learning", "deep learning"), not of a technique's name.
LOWER_FIELD_HEADS25 = frozenset(("learning", "intelligence", "processing", "vision", "mining", "retrieval"))
# Last words of a part of one paper's model or of a formalism ("feature aggregation module", "argumentation frameworks").
LOWER_PART_HEADS25 = frozenset(("module", "modules", "block", "blocks", "layer", "layers", "framework", "frameworks",
                                "mechanism", "mechanisms", "component", "components", "scheme", "schemes"))
# After a name, what continues it ("alternating direction method of multipliers", "a (SPGAN)" the paper defines)
# or makes it a problem, a setting or a bound ("combinatorial multi-armed bandit problem", "... correct (PAC) bounds").
CONTINUES25 = re.compile(r" (?:of|for) [a-z]|\s*\(|[ \-](?:problems?|settings?|learning|bounds?|theory|tasks?|"
                         r"literature|guarantees?)\b")


def _recall_off25() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL25", RECALL_RULES25)


def lower_name25(surface: str) -> bool:
    """A lower-case spelling specific enough to be a technique's name (the guards on the spelling alone)."""
    if not LOWER_NAME25.fullmatch(surface):
        return False
    words = surface.split()
    if words[0] in STOP_WORDS or words[0] in NOT_LOWER_LEAD25 or words[-1] in STOP_WORDS:
        return False
    if words[-1] in LOWER_FIELD_HEADS25 or words[-1] in LOWER_PART_HEADS25:
        return False  # "single-task learning", "federated learning": paradigms the gold sets type either way
    if all(w in GENERIC_WORDS or w in STOP_WORDS for w in re.split(r"[\s\-]+", surface)):
        return False
    return not non_entity_kind(surface)


def lower_claims25(results: Sequence, keyed: Sequence, group_members: dict,
                   canon: dict) -> tuple[dict[str, str], dict[str, int]]:
    """Lower-case spelling -> the root of the one method/model group that some papers name it in with a strong
    cue (at least LOWER_MIN_PAPERS25 papers), and each cued spelling's number of cueing papers; spellings two
    groups claim are nobody's."""
    from .canonical import task_cued  # canonical imports this module

    paper_of: dict[int, str] = {}
    paper_of_entity: dict[int, object] = {}
    for r, row in zip(results, keyed):
        for e, _ in row:
            paper_of[id(e)] = r.paper.id
            paper_of_entity[id(e)] = r.paper
    support: dict[str, set[str]] = defaultdict(set)
    roots: dict[str, set[str]] = defaultdict(set)
    for root, es in group_members.items():
        if root.startswith("coined:"):
            continue
        eid, _, _, accepted = canon[root]
        if eid.split(":", 1)[0] not in LOWER_TYPES25:
            continue
        if any(task_cued(e, paper_of_entity[id(e)]) for e in es if id(e) in paper_of_entity):
            continue  # "the quality estimation task": some paper says the thing is a task
        for e in es:
            for m in e.mentions:
                if m.rule not in STRONG_RULES or (m.rule == "abbreviation" and not e.long_form):
                    continue
                text = m.text
                if not text[:1].islower() or not lower_name25(text) or variant_key(text) not in accepted:
                    continue
                support[text].add(paper_of.get(id(e), ""))
                roots[text].add(root)
    return {s: next(iter(roots[s])) for s in sorted(support)
            if len(roots[s]) == 1 and len(support[s]) >= LOWER_MIN_PAPERS25}, {s: len(p) for s, p in support.items()}


def _by_first(names: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for surface, root in sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        out[surface.split(" ", 1)[0]].append((surface, root))
    return out


# Base verb forms that may stand before a name ("we compare X", "to apply X").
VERBS_BEFORE25 = frozenset("use apply compare adopt employ train combine extend propose study analyze analyse introduce "
                           "present leverage exploit learn improve revisit replace run fit solve evaluate via than "
                           "versus vs like".split())
PREV_WORD25 = re.compile(r"([A-Za-z][\w\-]*)\s+$")


def _free_before(text: str, p: int) -> bool:
    """No modifier before the name that makes it part of a longer one ("semi-implicit graph variational
    auto-encoders", "Wasserstein generative adversarial networks"): the word before is a function word, a verb's
    -ing/-ed/-s form ("using", "replaces"), one of VERBS_BEFORE25, or punctuation."""
    m = PREV_WORD25.search(text, max(0, p - 40), p)
    if m is None:
        return True
    w = m.group(1).lower()
    return w in STOP_WORDS or w in VERBS_BEFORE25 or w.endswith(("ing", "ed", "s"))


def _first_words(by_first: dict) -> re.Pattern:
    """The keys of ``by_first`` (lower-case first words), each as a whole word of LOWER_WORD25: no letter or hyphen
    after it, and (session 31, speed34) none of the characters before it that ``_scan`` refuses (a letter or digit,
    "_", "-+/@.#": ``\\w`` is ``str.isalnum`` or "_"). The look-behind fails at once inside a word, where the prefix
    tree was tried at every character (-40 % of the scan on 20,000 abstracts); a match it drops was refused by
    ``_scan``, and it hid no other: a key is the whole run of letters and hyphens at its start, and every position
    inside that run also follows a refused character."""
    return re.compile(r"(?<![\w\-+/@.#])(?:" + alternation(sorted(by_first, key=lambda w: (-len(w), w)))
                      + r")(?![a-z\-])")


def _scan(text: str, by_first: dict,
          firsts: re.Pattern | None = None) -> tuple[list[tuple[int, int, str, str]], set[str]]:
    """Every listed spelling standing whole in text as a name (longest first at each word start, no overlaps),
    and every listed spelling the text writes at all (a name or not: "X of the logs" counts as written).

    The first words are searched as one pattern (``firsts``, ``_first_words(by_first)``), not every word of the
    text (LOWER_WORD25) looked up: a word start it accepts has no letter or hyphen before it, so its word is the
    whole run of letters and hyphens there, and a key matched inside such a run is refused by the same test."""
    out = []
    written = set()
    last_end = 0
    for m in (firsts or _first_words(by_first)).finditer(text):
        p = m.start()
        if p and (text[p - 1].isalnum() or text[p - 1] in "-+/@._#"):
            continue
        named = by_first[m.group()]
        for surface, root in named:
            end = p + len(surface)
            if text.startswith(surface, p) and ends_word(text, end):
                written.add(surface)
                if p >= last_end and not CONTINUES25.match(text, end) and _free_before(text, p):
                    out.append((p, end, surface, root))
                    last_end = end
                break
    return out, written


def lower_confirmed25(results: Sequence, keyed: Sequence, group_members: dict, canon: dict,
                      spans: Sequence, found: Sequence, taken_before: set[str],
                      claimed: dict[str, str] | None = None) -> set[str]:
    """Append to each paper's second-look hits (``found``, parallel to ``results``) the lower-case confirmed names
    it writes bare outside its ``spans`` and the hits already taken (spellings in ``taken_before``); return the
    spellings to take (added to canonical's ``trusted``). ``claimed`` gets every claimed spelling's group root."""
    if "lower-confirmed" in _recall_off25():
        return set()
    names, support = lower_claims25(results, keyed, group_members, canon)
    if claimed is not None:
        claimed.update(names)
    if not names:
        return set()
    by_first = _by_first(names)
    firsts = _first_words(by_first)
    scans = []
    written: dict[str, int] = defaultdict(int)
    for r in results:
        hits, seen = _scan(r.paper.abstract, by_first, firsts)
        scans.append(hits)
        for s in seen:
            written[s] += 1
    trusted = {s for s in names if support[s] >= LOWER_SHARE25 * max(written[s], support[s])}
    for hits, taken, out in zip(scans, spans, found):
        occupied = list(taken) + [(h[0], h[1]) for h in out if h[2] in taken_before]
        for start, end, surface, root in hits:
            if surface not in trusted or any(s < end and start < e for s, e in occupied):
                continue
            out.append((start, end, surface, root))
            occupied.append((start, end))
    return trusted


__all__ = ["RECALL_RULES25", "lower_confirmed25", "lower_claims25", "lower_name25"]
