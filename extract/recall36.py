"""Session 32 (issue 10: extraction recall): recall rules behind ``PAPERKG_RECALL36``.

- ``modified-name``: a word or two in front of a listed method or model name that the corpus writes the same way
  (same words, same case) before that name in several papers ("structural SVM", "MMD GANs", "group lasso") make a
  name of its own: where the text writes the longer spelling whole, the whole is the name, typed as the listed name.
  The spellings are mined from a 73k build, gold papers left out (``data/modified_names36.tsv``,
  ``scripts/mine_modified_names36.py``); a modifier is a plain word: no function word, opener ("novel", "standard"),
  use or size ("pretrained", "deep", "large"), digit, or a word that says how it is used or built.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .lexicon import GENERIC_WORDS, LANGUAGE_NAMES, METRIC_HEADS
from .recall27 import plain_modifier27
from .recall_rules import parts_off_by_default
from .speed38 import SpacedNames  # session 35 (speed38)

RECALL_RULES36 = ("modified-name",)
# Words before a name that say how a paper builds, trains or uses it, or judge it, not which one it is.
NOT_MODIFIERS36 = frozenset(
    "using use used uses via based trained train training learned learning fixed random randomly simple simpler "
    "basic plain naive standard vanilla classic classical traditional conventional regular ordinary usual typical "
    "robust fast faster efficient scalable accurate powerful stronger weaker better improved enhanced novel new "
    "proposed existing popular famous well-known widely-used known recent modern latest advanced sophisticated "
    "generic general specific customized custom corresponding respective underlying whole entire overall final "
    "initial original resulting pre-trained pretrained finetuned fine-tuned frozen trainable additional extra "
    "auxiliary separate single dual multiple multi several various different many numerous each every both "
    "stacked layered multi-layer two-layer one-layer single-layer deeper wider shallower large-scale small-scale "
    "high low higher lower hybrid joint jointly combined integrated unified corresponding powerful distributed "
    "parallel online offline iterative adaptive dynamic static modified extended adapted generalized generalised "
    "approximate exact proper appropriate optimal suboptimal like including such unlike versus "
    "method methods algorithm algorithms technique techniques approach approaches framework features feature "
    "layer layers structure prompt prompts llms llm art error errors loss state monolingual synthetic automated "
    "automatic targeted pure private sequential selective high-dimensional low-dimensional".split())
LANGUAGES36 = frozenset(w.lower() for w in LANGUAGE_NAMES)

RULE36 = "rule:modified-name"
# A capitalised word right after: the longer spelling is itself the head of a longer name ("Frechet Inception
# Distance").
CAPITAL_NEXT36 = re.compile(r" [A-Z]")
# A metric head right after: the spelling is the front of a metric's name ("Frechet Inception distance").
METRIC_NEXT36 = re.compile(r"[ \-](?:" + "|".join(sorted(METRIC_HEADS)) + r")s?\b", re.I)
# A listed name of class words only ("Transformer") or with a plural class head ("second-order methods"): a word
# in front describes an
# architecture or a kind ("encoder-decoder Transformer", "stochastic second-order methods"), it does not name one.
CLASS_HEADS36 = frozenset("methods algorithms techniques approaches models networks architectures frameworks".split())
# A line-break artefact before the modifier ("non(cid:173) linear PCA" is "nonlinear PCA").
ARTEFACT_BEFORE36 = ("(cid:173) ", "\u00ad ")


def generic_base36(base: str) -> bool:
    """A listed name whose words are all class words (lexicon.GENERIC_WORDS, CLASS_HEADS36) or end in a class head."""
    words = base.lower().replace("-", " ").split()
    return not words or words[-1] in CLASS_HEADS36 or all(w in GENERIC_WORDS for w in words)


def title_cased36(spelling: str) -> str:
    """The spelling as a title writes it: each word's first letter capitalised ("Bayesian Logistic Regression")."""
    return " ".join(w[:1].upper() + w[1:] for w in spelling.split(" "))


# Off unless named after "on:" in PAPERKG_RECALL36 ("on:modified-name"): its first corpus reading (before the
# metric-head, class-name and artefact guards) was 47 of 61 new keys right (77 %), under the 80 % bar, and the
# guarded reading was made on the same keys that wrote the guards (docs/history/recall36.md).
# Session 33 (recall38): on by default. With the session 33 guards, two fresh unread samples of the 73k build's
# modified-name mentions were 34 of 40 (85 %, before the capitalised-modifier guard) and 38 of 40 (95 %) right
# (docs/history/recall36.md, "Session 33 (recall38)"). Off again at the session 33 merge (lead): read as nodes, the
# merged 73k build split known things in two: "linear SVM" (52 papers) beside the "Linear Support Vector Machine"
# node, "variational Bayesian inference" (15) apart from Variational Inference (`paperkg check-graph` failing). A
# modified name needs joining with its spelt-out and listed spellings before it can be on.
# Session 34 (recall39): on again. recall39's ``modified-key`` joins a modified name with its base's spelt-out
# spelling and lets a listed reading win; its 73k build passes check-graph, no new node doubles an existing one,
# and its new keys were read right (docs/history/recall36.md, "Session 34 (recall39)").
DEFAULT_OFF36: frozenset[str] = frozenset()


def _off36() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RECALL36", RECALL_RULES36, DEFAULT_OFF36)


def modifier_ok36(word: str) -> bool:
    """A word that may open a longer name: recall27's plain modifier, and none of NOT_MODIFIERS36, no "-ly"
    adverb, no "-based"/"-trained"/"-layer" compound."""
    w = word.lower()
    if (not plain_modifier27(word) or w in NOT_MODIFIERS36 or w in GENERIC_WORDS or w in LANGUAGES36
            or len(w) < 2):
        return False
    if w.endswith("ly") and w != "poly":
        return False
    return not w.endswith(("-based", "-trained", "-layer", "-layered", "-like", "-style", "-free", "-driven",
                           "-level", "-scale", "-size", "-sized", "-order", "-specific", "-aware"))


# Session 33 (recall38): guards written from session 32's wrong rows (docs/history/recall36.md).
# Modifiers that name a kind, a setting or a description rather than one method: generic class words
# ("stochastic second-order methods", "compositional data augmentation", "gradient back-propagation",
# "unconditional GANs", "regularized linear regression", "non-parametric Gaussian process", "Gaussian maximum
# likelihood estimator") and problem settings ("sparse / mixed / multivariate linear regression", "streaming PCA").
NOT_MODIFIERS38 = frozenset(
    "stochastic deterministic compositional nonparametric non-parametric parametric semi-parametric semiparametric "
    "unconditional regularized regularised unregularized penalized penalised gradient gaussian sparse mixed "
    "multivariate univariate streaming noisy constrained unconstrained".split())
# A listed name that is a kind of procedure, not a method ("data augmentation": "compositional data augmentation").
CLASS_BASE_ENDS38 = ("augmentation",)
# A problem, setting or class word right after: the spelling names a problem or a family ("the sparse linear
# regression problem", "stochastic second-order methods", "the streaming PCA setting").
FOLLOWER38 = re.compile(r"[ \-](?:problems?|settings?|tasks?|literature|theory|bounds?|guarantees?|methods|"
                        r"algorithms|approaches|techniques|frameworks|paradigms?|formulations?|regimes?|"
                        r"scenarios?|variants|famil(?:y|ies))\b", re.I)
# A problem word before ("the problem of sparse linear regression").
PROBLEM_BEFORE38 = re.compile(r"\b(?:problems?|tasks?|settings?) of (?:the |a |an )?$", re.I)
# Verbs often written right before a method name without an article ("we apply structural SVM"): not a modifier.
VERBS_BEFORE38 = frozenset(
    "apply learn train propose employ adopt extend introduce study consider analyze analyse compare combine develop "
    "present design implement run fit use exploit leverage investigate evaluate show prove derive generalize "
    "generalise and or with applied adopted employed introduced proposed studied considered developed extended "
    "presented compared combined derived designed implemented analyzed analysed learned learnt obtained called "
    "named termed".split())
PREV_WORD38 = re.compile(r"([A-Za-z][A-Za-z\-]*) $")


def modifier_ok38(word: str) -> bool:
    """Session 33: modifier_ok36 and none of NOT_MODIFIERS38 (a kind, a setting or a description)."""
    return modifier_ok36(word) and word.lower() not in NOT_MODIFIERS38


def third_modifier38(text: str, start: int) -> bool:
    """A plain modifier right before the spelling ("the group graphical lasso", "Kernel Latent SVM"): the name is
    longer than the mined spelling, so the spelling alone is a wrong span."""
    m = PREV_WORD38.search(text, max(0, start - 40), start)
    if not m:
        return False
    w = m.group(1)
    lw = w.lower()
    # Capitalised too: a title's or a sentence's first modifier ("Kernel Latent SVM", "Interacting Particle Markov
    # Chain Monte Carlo", "Tree Structured Group Lasso", "Spike-and-Slab Graphical Lasso", "Fused graphical lasso
    # is ..."); not all capitals ("BERT").
    parts = [p for p in w.split("-") if p]
    cased = all(p.islower() or p[0].isupper() and (p[1:].islower() or not p[1:]) for p in parts)
    return (bool(parts) and cased and not w.isupper() and lw not in VERBS_BEFORE38
            and not lw.endswith(("ing", "es")) and modifier_ok36(w))


@lru_cache(maxsize=1)
def modified_names36() -> dict[str, str]:
    """Longer spelling (and its title-cased form) -> type, from data/modified_names36.tsv (name, type, papers,
    listed name): only plain modifiers in front of a listed name that is not a class name."""
    text = resources.files("paperkg.extract").joinpath("data/modified_names36.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) < 4 or not cells[0].endswith(" " + cells[3]) or generic_base36(cells[3]):
            continue
        if cells[3].lower().endswith(CLASS_BASE_ENDS38):  # session 33
            continue
        if all(modifier_ok38(w) for w in cells[0][: -len(cells[3])].split()):
            out[cells[0]] = cells[1]
    for spelling, typ in list(out.items()):
        out.setdefault(title_cased36(spelling), typ)
    return out


@lru_cache(maxsize=1)
def _scan36() -> re.Pattern | None:
    names = modified_names36()
    if not names:
        return None
    alt = "|".join(re.escape(s) for s in sorted(names, key=lambda s: (-len(s), s)))
    return re.compile(r"(?<![\w\-+/@.#'])(?:" + alt + r")(?![\w\-+])")


@lru_cache(maxsize=1)
def _spaced36() -> SpacedNames:
    return SpacedNames(modified_names36())


def _may_match36(text: str) -> bool:
    """An exact pre-check before the scan (speed, session 34: the scan's alternation of ~120 names costs ~4 % of
    extraction once the part is on): every match is one of the names, so the text holds one of them. Session 35
    (speed38): ``speed38.SpacedNames`` finds them from their second words (a set of every [\\w-]+ word of the
    text was 4x dearer)."""
    return _spaced36().any_in(text)


def modified_name_spans36(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, type, rule) of each mined longer spelling written whole, case and all."""
    if "modified-name" in _off36() or not text:
        return []
    scan = _scan36()
    if scan is None or not _may_match36(text):
        return []
    names = modified_names36()
    from .recall39 import modified_bases39, own_definition39  # session 34 (recall39): own definitions
    bases = modified_bases39()
    return [(m.start(), m.end(), names[m.group()], RULE36) for m in scan.finditer(text)
            if not (m.group() in bases and own_definition39(text, bases[m.group()][1]))
            if not (CAPITAL_NEXT36.match(text, m.end()) or METRIC_NEXT36.match(text, m.end())
                    or text[max(0, m.start() - 10):m.start()].endswith(ARTEFACT_BEFORE36))
            and not (FOLLOWER38.match(text, m.end()) or third_modifier38(text, m.start())  # session 33
                     or PROBLEM_BEFORE38.search(text, max(0, m.start() - 30), m.start()))]


__all__ = ["NOT_MODIFIERS36", "RECALL_RULES36", "modified_name_spans36", "modified_names36", "modifier_ok36"]
