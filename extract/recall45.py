"""Session 39 (issue 10): lower-case technique names the corpus uses bare after a technique cue, behind ``PAPERKG_RECALL45``.

The largest class of typed study-pool misses at 6ce031f is lower-case technique names ("natural gradient", "score
matching", "negative sampling", "normalized cuts"; docs/history/recall45.md). recall44 listed such phrases when the
corpus defines them with an acronym and found few of them. Here the evidence is how the corpus uses a phrase:
``scripts/mine_lower_names45.py`` counts, over the 73k abstracts with every gold paper left out, the papers writing a
lower-case phrase of 2-3 words with no article right after a technique cue ("via", "using", "with", "by", "apply",
"employ", "based on", ...) and closing it there ("via score matching,", "using natural gradient to"): a technique
name is written so, a count noun ("a reward model") is not. data/lower_names45.tsv keeps the phrases
``keep_row45`` passes (3+ cued papers, a technique head, not generic by corpus frequency).

- ``eponym-classifier`` and ``eponym-left`` (called from recall43.guard43, on recall42's eponym phrases): drop
  "Bayes classifier" / "Gibbs classifiers" (the theory objects of PAC-Bayes and decision theory, keyed to a vague
  one-word "Bayes" / "Gibbs" node in the 73k graph), and a phrase right after a word that is no function word or
  cue (a cut span: "robust Bayes estimation", "bidirectional Helmholtz machine"; recall43.md's lead check).
- ``cue-name``: a listed phrase (or its other number) written in lower case in an abstract, outside every span its
  extraction found and not already a name of the paper, becomes a method ("uses"), with recall44's guards (not
  after an adjective-like word, not before problem/setting/task).
``PAPERKG_RECALL45``: "off" or a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .lexicon_lower import LowerLexicon
from .recall43 import FAMILY43
from .recall44 import _PROBLEM44, HEADS44, STOP44, TASK_ENDS44
from .records import Mention
from .sentences import sentence_index

RECALL_RULES45 = ("cue-name", "eponym-classifier", "eponym-left")
DEFAULT_OFF45: frozenset[str] = frozenset({"cue-name", "eponym-left"})
RULE45 = "rule:lower-cue45"


def _off45() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL45", RECALL_RULES45, DEFAULT_OFF45)


def on45(part: str) -> bool:
    return part not in _off45()


_CUE45 = r"(?:via|using|use|uses|used|with|by|apply|applies|applying|applied|employ|employs|employing|adopt|adopting|based on|through)"
_W45 = r"[a-z][a-z\-]*[a-z]"
# A cue, then 2-3 lower-case words closed by punctuation or a function word.
_CUED45 = re.compile(
    rf"\b{_CUE45} ({_W45}(?: {_W45}){{1,2}})(?=\s*[,.;:)(]|\s+(?:to|for|and|or|in|on|with|that|which|as|is|are|was|were|from|at|over|under|of|via|by)\b)"
)
# First words that make a cued phrase no name (determiners, pronouns, quantity and generic modifiers).
FIRST_STOP45 = STOP44 | frozenset("""some any all each every both several many more most few other their his her its
which what whose such only one two three different various respect regard simple standard appropriate suitable
existing recent state-of-the-art classical typical common popular specific deep large small high low""".split())


def cued_phrases45(text: str) -> set[str]:
    """Lower-case phrases of 2-3 words the text writes bare right after a technique cue and closes there."""
    out = set()
    for m in _CUED45.finditer(text):
        words = m.group(1).split(" ")
        if words[0] in FIRST_STOP45 or words[-1] in STOP44 or any(w in STOP44 for w in words):
            continue
        out.add(m.group(1))
    return out


# Modifiers that make a cued phrase a description, not a name ("random sampling", "minimal training", "external
# memory", "pre-trained word embeddings", "unsupervised clustering", "exhaustive search").
GENERIC_FIRST45 = frozenset("""limited minimal fewer no explicit bounded external alternative focusing mapping random
uniform vanilla adaptive heuristic exhaustive unsupervised supervised end-to-end pre-trained pretrained contextual
contextualized semantic text corpus machine probabilistic multi-task efficient effective additional extensive
joint improved better fast faster accurate robust soft hard global local online offline neural""".split())
# Heads left out: representations and components, not techniques ("text embeddings", "episodic memory").
# Nor attention (GUIDELINE.md: attention mechanisms are generic, "multi-head attention") or relaxation (a step of a
# method: "continuous relaxation", "convex relaxation").
NOT_HEADS45 = frozenset("embedding embeddings memory memories attention attentions relaxation relaxations".split())
# Words a name may follow: a match right after any other word (in any case: "Adaptive importance sampling",
# "Approximate dynamic programming") is likely cut from a longer name and is skipped.
LEFT_OK45 = STOP44 | frozenset("""via using use uses used with by apply applies applying applied employ employs
employing employed adopt adopts adopting adopted through based upon of and or like as than into over under between
about without within after before while where when is are was were be been being called named namely including
include includes e.g. i.e. both either perform performs performing performed run runs running combine combines
combining combined""".split())
_LEFT45 = re.compile(r"([A-Za-z][\w\-\.]*)[ \t]+\Z")


def keep_row45(phrase: str, cue: int, lc: int) -> bool:
    """A phrase 3+ papers write bare after a technique cue, ending in a technique head, not generic."""
    words = phrase.split(" ")
    if words[0] in GENERIC_FIRST45 or words[-1] in NOT_HEADS45:
        return False
    # A family, not one technique (recall43's FAMILY43: "gradient-based optimization", "Newton-type methods").
    if any(part in FAMILY43 for part in words[0].split("-")[1:]):
        return False
    if any(phrase == t or phrase.endswith((" " + t, "-" + t)) for t in TASK_ENDS44):
        return False
    if lc > 300 or lc > 12 * cue:
        return False
    return cue >= 3 and words[-1] in HEADS44 and words[0] not in FIRST_STOP45


@lru_cache(maxsize=1)
def lexicon45() -> LowerLexicon:
    text = resources.files("paperkg.extract").joinpath("data/lower_names45.tsv").read_text(encoding="utf-8")
    names = [ln.split("\t")[0] for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    more = [n[:-1] if n.endswith("s") else n + "s" for n in names]  # the other number ("natural gradients")
    return LowerLexicon(names + more)


def left_ok45(text: str, start: int) -> bool:
    """True when the word before ``start`` (if any, same clause) is a function word or a technique cue."""
    m = _LEFT45.search(text, max(0, start - 40), start)
    return m is None or m.group(1).lower() in LEFT_OK45


def lower_entities45(abstract: str, entities: list, sentences: Sequence[tuple[int, int]]) -> list:
    """Method entities for the listed lower-case names the abstract writes where its extraction found nothing."""
    from .resolve import LocalEntity

    from .recall47 import known_names47, on47, writes_known47

    if not abstract:
        return []
    if on45("cue-name"):
        allowed = None
    elif on47("cue-known"):  # recall47: only the rows other rules already make a method node of in the corpus
        if not writes_known47(abstract):
            return []
        allowed = known_names47()
    else:
        return []
    have = {n.lower() for e in entities for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
    taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    new: dict[str, object] = {}
    for s, e, name in lexicon45().find(abstract, taken):
        if (allowed is not None and name not in allowed) or name in have or _PROBLEM44.match(abstract, e) or not left_ok45(abstract, s):
            continue
        mention = Mention(name, s, e, sentence_index(sentences, s), RULE45, "abstract")
        if name in new:
            new[name].mentions.append(mention)  # type: ignore[attr-defined]
        else:
            new[name] = LocalEntity(name, "method", "uses", [], None, [mention])
    return list(new.values())


def eponym_drop45(text: str, start: int, phrase: str) -> bool:
    """recall42's eponym phrase (after recall43's guards) is dropped: a classifier theory object or a cut span."""
    if on45("eponym-classifier") and phrase.split(" ")[-1].lower() in ("classifier", "classifiers"):
        return True
    return on45("eponym-left") and not left_ok45(text, start)
