"""Session 37 (issue 10): multi-word names the corpus writes as names, behind ``PAPERKG_RECALL42``.

Read from the study pool's "no candidate" misses (docs/history/recall42.md): a capitalised multi-word name with no
list entry ("Mixture Density Networks", "Growing Cell Structures") and an eponym with a technique head ("Givens
rotations", "Hebbian learning", "Fisher vectors"). The issue asks for names "confirmed by strong evidence anywhere in
the corpus to be found wherever they recur": ``scripts/mine_corpus_names42.py`` counts, over the 73k abstracts with
every gold paper left out, how each phrase is written, and ``data/corpus_names42.tsv`` keeps those ``keep42`` passes.

- ``cap-name``: a maximal run of 2-4 capitalised words mid-sentence whose last word is a technique head
  ("Networks", "Learning", "Algorithm") or whose initials other papers define in brackets; kept when 3+ other papers
  write it so mid-sentence and at most a third as many write it in lower case ("Neural Networks", "Gradient
  Descent": the corpus writes them in lower case far more often: generic).
- ``eponym-name``: a capitalised word the corpus never writes in lower case (not in data/corpus_words.txt) and 1-3
  lower-case words up to a technique head ("Givens rotations"); kept when 3+ other papers write it so and no more
  write it all in lower case.
Found in a paper's abstract outside every span its extraction found, as a method ("uses"). ``PAPERKG_RECALL42``:
"off" or a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .recall43 import guard43, listed43
from .records import Mention
from .sentences import sentence_index

RECALL_RULES42 = ("cap-name", "eponym-name")
DEFAULT_OFF42: frozenset[str] = frozenset()  # on since recall43 (its guards: 21 of 24 new 73k keys right)
RULE42 = "rule:corpus-name42"


def _off42() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL42", RECALL_RULES42, DEFAULT_OFF42)


def on42(part: str) -> bool:
    return part not in _off42()


# Technique heads (lower case; a capitalised run's last word is compared in lower case). Not "process(es)" nor
# "kernel(s)": a pre-filter reading at 73k gave Poisson / Markov / Ornstein-Uhlenbeck / Bernoulli processes and
# Mercer / Laplace / Volterra kernels, mathematical objects, not techniques.
HEADS42 = frozenset("""learning rotation rotations vector vectors method methods network networks nets net algorithm
algorithms filter filters filtering optimization optimisation sampling sampler regression transform
transformation machine machines decomposition estimator estimation inference propagation descent
ascent embedding embeddings hashing clustering encoding structures averages averaging cuts matching descent
iteration iterations programming search pooling attention autoencoder autoencoders classifier classifiers
boosting forests forest field fields""".split())
# Words that make a capitalised run no technique name: function words, organisations, places, events, data kinds.
STOP42 = frozenset("""the a an of in on for and or to with by from at as we our this that these its is are be
university institute conference workshop society association foundation press lab laboratory center centre council
agency organization organisation department hospital republic states kingdom union school college company inc
journal proceedings track task tasks challenge competition shared corpus dataset datasets benchmark treebank
language languages english chinese arabic japanese german french spanish russian hindi korean portuguese italian
dutch turkish persian urdu internet google twitter wikipedia transformer bert""".split())
# An eponym's first word that is an adjective of a distribution, space or property, not a name of one technique:
# "Bayesian inference", "Gaussian kernel", "Lipschitz gradient", "Euclidean vector".
ADJ42 = frozenset("bayesian gaussian euclidean markovian lipschitz riemannian lagrangian hamiltonian".split())
_CAPWORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*"
_CAPRUN42 = re.compile(rf"(?<![\w\-]){_CAPWORD}(?: {_CAPWORD})+(?![\w\-])")
_EPONYM42 = re.compile(rf"(?<![\w\-])({_CAPWORD})((?: [a-z][a-z\-]*[a-z]){{1,3}})(?![\w\-])")
_PREV_OK = re.compile(r"(?:^|[\s(\[,])([a-z][\w\-]*[,]?|[,(\[])\s*$")


@lru_cache(maxsize=1)
def _corpus_words42() -> frozenset[str]:
    text = resources.files("paperkg.extract").joinpath("data/corpus_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split() if w)


def acronym_of42(phrase: str) -> str:
    """Initials of a phrase, hyphen parts counted ("Runge-Kutta Methods" -> "RKM")."""
    return "".join(p[0].upper() for p in re.split(r"[ \-]+", phrase) if p)


def _mid_sentence(text: str, start: int) -> bool:
    """Is ``start`` after a lower-case word, a comma or an opening bracket (not a sentence or title start)?"""
    return _PREV_OK.search(text[max(0, start - 40):start]) is not None


def candidates42(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, phrase, shape) of each candidate of either shape in ``text``."""
    out = []
    for m in _CAPRUN42.finditer(text):
        words = m.group().split(" ")
        if not 2 <= len(words) <= 4 or not _mid_sentence(text, m.start()):
            continue
        if any(w.lower() in STOP42 for w in words):
            continue
        if m.end() < len(text) and re.match(r" ?[A-Z0-9]", text[m.end():m.end() + 2]) and not text[m.end():].startswith(" ("):
            continue  # goes on with another capitalised or numbered token: part of a longer name
        out.append((m.start(), m.end(), m.group(), "cap"))
    words_lower = _corpus_words42()
    for m in _EPONYM42.finditer(text):
        first = m.group(1)
        if len(first) < 4 or first.lower() in words_lower or any(p.lower() in words_lower for p in first.split("-")):
            continue
        low_parts = first.lower().split("-")
        if any(p in STOP42 or p in ADJ42 for p in low_parts) or not _mid_sentence(text, m.start()):
            continue
        rest = m.group(2).split()
        for k in range(len(rest)):
            if rest[k] in HEADS42:
                while k + 1 < len(rest) and rest[k + 1] in HEADS42:  # "Stein variational gradient descent"
                    k += 1
                phrase = first + " " + " ".join(rest[:k + 1])
                out.append((m.start(), m.start() + len(phrase), phrase, "eponym"))
                break
            if rest[k] in STOP42:
                break
    return out


def keep_row42(phrase: str, shape: str, tc: int, lc: int, first_lower: int, first_cap: int) -> bool:
    """The miner's test. ``tc``: other papers writing the phrase so mid-sentence; ``lc``: papers writing it all in
    lower case; ``first_lower`` / ``first_cap``: papers writing its first word in lower / capitalised case.
    Written so in 3+ papers; a capitalised run ends in a technique head and is written in lower case at most a third
    as often ("Neural Networks", "Federated Learning" are not); an eponym's first word is written in lower case in at
    most a tenth as many papers as capitalised ("Hebbian", "Givens"; not "Federated", "Deep")."""
    if tc < 3:
        return False
    if shape == "cap":
        return phrase.rsplit(" ", 1)[-1].lower() in HEADS42 and lc * 3 <= tc
    return lc <= tc and first_lower * 10 <= first_cap


@lru_cache(maxsize=1)
def shipped42() -> dict[str, str]:
    """phrase -> shape, from data/corpus_names42.tsv."""
    text = resources.files("paperkg.extract").joinpath("data/corpus_names42.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        out[cols[0]] = cols[1]
    return out


def name_spans42(text: str, names: dict[str, str], taken: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each listed phrase of a part that is on, found in ``text`` outside ``taken``."""
    parts = {"cap": on42("cap-name"), "eponym": on42("eponym-name")}
    taken = sorted(taken)
    starts = [s for s, _ in taken]
    out = []
    for s, e, phrase, shape in candidates42(text):
        if not parts[shape] or not listed43(phrase, shape, names):  # recall43: the other number of a listed name
            continue
        guarded = guard43(text, s, e, phrase, shape)  # recall43: theory objects, cut spans
        if guarded is None:
            continue
        s, phrase = guarded
        i = bisect_right(starts, e - 1)
        if i and taken[i - 1][1] > s:
            continue
        out.append((s, e, phrase))
    return out


def corpus_entities42(abstract: str, entities: list, sentences: Sequence[tuple[int, int]]) -> list:
    """Method entities for the corpus-attested names the abstract writes where its extraction found nothing."""
    from .resolve import LocalEntity

    if not abstract or (not on42("cap-name") and not on42("eponym-name")):
        return []
    have = {n.lower() for e in entities for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
    taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    new: dict[str, object] = {}
    for s, e, phrase in name_spans42(abstract, shipped42(), taken):
        if phrase.lower() in have:
            continue
        mention = Mention(phrase, s, e, sentence_index(sentences, s), RULE42, "abstract")
        if phrase in new:
            new[phrase].mentions.append(mention)  # type: ignore[attr-defined]
        else:
            new[phrase] = LocalEntity(phrase, "method", "uses", [], None, [mention])
    return list(new.values())
