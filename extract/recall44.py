"""Session 38 (issue 10): lower-case technique names the corpus defines with an acronym, behind ``PAPERKG_RECALL44``.

recall43's misses list (docs/history/recall43.md): the largest class of typed misses left is lower-case multi-word
technique names no list has ("natural gradient", "model predictive control", "score matching"). Session 15's
data/lower_names.tsv (lexicon_lower.py, off) read them from paperkg's own extractions and added false positives.
Here the evidence is how the corpus writes a phrase: ``scripts/mine_lower_names44.py`` counts, over the 73k
abstracts with every gold paper left out, the papers defining a lower-case phrase with a bracket holding its
initials ("model predictive control (MPC)"); data/lower_names44.tsv keeps the phrases ``keep_row44`` passes: 2+
papers define it so, its last word is a technique head (not a task, field, data or model noun), and it is no
generic phrase (written in at most 8 times as many papers as define it, and in at most 300).

- ``acr-name``: a listed phrase written in lower case in an abstract, outside every span its extraction found and
  not already a name of the paper, becomes a method ("uses"), as recall42's names do.
``PAPERKG_RECALL44``: "off" or a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import product

from .lexicon_lower import TECHNIQUE_HEADS, LowerLexicon
from .records import Mention
from .sentences import sentence_index

RECALL_RULES44 = ("acr-name",)
DEFAULT_OFF44: frozenset[str] = frozenset({"acr-name"})
RULE44 = "rule:lower-acr44"


def _off44() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL44", RECALL_RULES44, DEFAULT_OFF44)


def on44(part: str) -> bool:
    return part not in _off44()


# Last words of a technique name: session 15's heads and the heads of network, control and coding names
# ("long short-term memory", "model predictive control", "sparse coding"). Not task heads (recognition,
# detection, classification, prediction), fields (processing, intelligence, vision) or data and model nouns.
# Not "network(s)", "net(s)" nor "learning": classes and paradigms ("graph neural networks", "federated learning")
# that GUIDELINE.md leaves unannotated or optional; on the study pool they gave 7 false positives and 1 hit.
HEADS44 = TECHNIQUE_HEADS | frozenset("""control memory memories cuts coding encoding transform transformation
training imputation aggregation regularizer""".split())
# Not heads: unit(s), tree(s), field(s), estimation (a mined reading gave "intensive care unit", "abstract syntax
# tree", "receptive field", "human pose estimation"). Endings that make a phrase a task or an object of study.
TASK_ENDS44 = ("sentiment analysis", "language inference", "social networks", "healthy control", "translation memory",
               "convex optimization", "objective optimization")  # problem classes ("stochastic convex optimization")
# Words that make a phrase no name: function words opening or closing it, and generic modifiers.
STOP44 = frozenset("""a an the of in on for and or to with by from at as we our this that these its is are be
proposed novel new our existing traditional conventional standard current such other""".split())
_WORD = r"[a-z][a-z\-]*[a-z]"
# A bracket right after a lower-case phrase holding its initials: "model predictive control (MPC)".
_ACR44 = re.compile(rf"((?:{_WORD} ){{1,5}}{_WORD}) \(\s*([A-Z][A-Za-z\-]{{1,8}}?)s?\s*[\),;]")
# A match right after an adjective-like lower-case word is likely cut from a longer name ("bidirectional long
# short-term memories", "robust principal component analysis" not listed): skipped.
_MODIFIED44 = re.compile(r"(?<![\w\-])[a-z][a-z\-]*(?:al|ive|ic|ous|ary|ed)\s+\Z")
# A match before "problem(s)"/"setting(s)" names a problem, not a technique ("the isotonic regression problem").
_PROBLEM44 = re.compile(r"\s+(?:problems?|settings?|tasks?)\b")
_SKIP = frozenset("of the and for to in on with a an".split())


def _initials(words: Sequence[str]) -> set[str]:
    """The initials a phrase can be shortened to: one letter a word or one a hyphen part; function words optional."""
    choices = []
    for w in words:
        opts = {w[0], "".join(p[0] for p in w.split("-") if p)}
        if w in _SKIP:
            opts.add("")
        choices.append(opts)
    return {"".join(c) for c in product(*choices)}


def defined_phrases44(text: str) -> set[str]:
    """Lower-case phrases of 2-4 words the text defines with a bracket holding their initials."""
    out = set()
    for m in _ACR44.finditer(text):
        words = m.group(1).split(" ")
        acr = m.group(2).replace("-", "").lower()
        if sum(ch.isupper() for ch in m.group(2)) < 2:
            continue
        for k in (2, 3, 4):
            if k > len(words):
                break
            ws = words[-k:]
            if ws[0] in STOP44:
                continue
            if acr in _initials(ws):
                out.add(" ".join(ws))
                break
    return out


def keep_row44(phrase: str, acr: int, lc: int) -> bool:
    """A phrase 2+ papers define with an acronym, ending in a technique head, with no stop word at either end."""
    words = phrase.split(" ")
    if any(phrase == t or phrase.endswith((" " + t, "-" + t)) for t in TASK_ENDS44):
        return False
    # Generic: the corpus writes it far more often than it defines it ("machine learning" 3260 papers, 78 define
    # it; "neural networks" 4414 / 31), or in hundreds of papers (a common kind the lists already read or leave).
    if lc > 8 * acr or lc > 300:
        return False
    return acr >= 2 and words[-1] in HEADS44 and words[0] not in STOP44 and words[-1] not in STOP44


@lru_cache(maxsize=1)
def lexicon44() -> LowerLexicon:
    text = resources.files("paperkg.extract").joinpath("data/lower_names44.tsv").read_text(encoding="utf-8")
    names = [ln.split("\t")[0] for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    # The other number of a listed name counts as listed ("natural gradients").
    more = [n[:-1] if n.endswith("s") else n + "s" for n in names]
    return LowerLexicon(names + more)


def lower_entities44(abstract: str, entities: list, sentences: Sequence[tuple[int, int]]) -> list:
    """Method entities for the listed lower-case names the abstract writes where its extraction found nothing."""
    from .resolve import LocalEntity

    if not abstract or not on44("acr-name"):
        return []
    have = {n.lower() for e in entities for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
    taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    new: dict[str, object] = {}
    for s, e, name in lexicon44().find(abstract, taken):
        if name in have or _MODIFIED44.search(abstract, 0, s) or _PROBLEM44.match(abstract, e):
            continue
        mention = Mention(name, s, e, sentence_index(sentences, s), RULE44, "abstract")
        if name in new:
            new[name].mentions.append(mention)  # type: ignore[attr-defined]
        else:
            new[name] = LocalEntity(name, "method", "uses", [], None, [mention])
    return list(new.values())
