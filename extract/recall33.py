"""Session 31 (issue 10): rules behind ``PAPERKG_RECALL33`` for names coordinated with a name already found.

Read from the "no candidate" misses of the study pool (held-out 1, 2, 11-17, dev3-dev10; docs/history/recall33.md):
"Byte Pair Encoding (BPE) and Morfessor", "CIFAR, ImageNet, E2E", "sentiment analysis (SST, IMDb)": one member of a
coordination is a known name (a gazetteer match or a typed rule match) and the member next to it, of a name's shape,
is found by no rule. The member takes the known name's type. (rules' "rule:coordinated" is older and narrower: it
types a neighbour of a coined-shape word by shape only.)

- ``coord-method``: the known name is a method or a model and the member is one token with a capital or a digit after
  its first character ("pGBRT", "ISOMAP", "CNN-capsule"): a name by its shape. On by default.
- ``coord-data``: the same beside a dataset or benchmark ("SST, IMDb"). Off by default: the members' type follows
  the known name's and overrides the name tagger's dataset/benchmark choice, and data lists carry versions, language
  pairs and model names ("XLM") -- under 80 % right in the corpus sample.
- ``coord-plain``: the member is one capitalised word of letters whose lower-case form is not a corpus word
  (precision33.known_words33: the lists' words and the 73k corpus' lower-case words) -- "Morfessor", "Supernormal". Such
  a word can be a person's or a place's name too ("Jaakkola", "Bernstein"): not near a year or "et al." (a
  citation). On by default.

A member is taken only right next to the known name -- "K and X", "K, X", "K or X", "X and K", "X, K" (an
abbreviation in brackets after K skipped: "Byte Pair Encoding (BPE) and Morfessor") -- and a member found this
way is itself a known name for the next one ("K, X, Y and Z"). Not when a capitalised word or a hyphen continues the
member (a longer name: "Google Research Football") or "." / "/" does ("CTB5.1"), when the member is a metric, a
listed non-entity (a language, a library, a platform), a human language or nationality word, a version ("v0"), a
language pair, a plural acronym ("FNNs"), two capitals ("RS", "TV"), a "-style"/"-based" compound, a generic
acronym ("Bi-RNN"), or already inside a found span; not near a citation; for coord-method not with a score, loss,
criterion or data word near it ("the scores MUC, B3, CEAF", "parallel corpora: DGT-TM, EMEA and ECB"). Abstracts
only: a title capitalises every word.

The function returns rule matches (start, end, type, rule) as the context rules do; the hook is
``rules.ContextRules`` (after recall32's). ``PAPERKG_RECALL33``: "off", a comma list of part names to switch off, or
"on:" and a comma list of default-off parts to switch on ("on:coord-data"), for ablations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc

from . import recall30, recall_rules
from .records import Mention
from .speed35 import gazetteer_chars  # session 32: the gazetteer's matches read once a doc

RECALL_RULES33 = ("coord-method", "coord-data", "coord-plain")
# Parts that are off unless named in PAPERKG_RECALL33 ("on:coord-data" switches it on): its corpus samples were under
# 80 % right and it overrides the name tagger's dataset/benchmark choice (docs/history/recall33.md).
DEFAULT_OFF33 = frozenset(("coord-data",))


def _off33() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts (off), or "on:" and a comma list of default-off parts
    to switch on (for measuring them)."""
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL33", RECALL_RULES33, DEFAULT_OFF33)


KNOWN_TYPES33 = ("method", "model", "dataset", "benchmark")
# After a known name: an optional bracket (its abbreviation), then the separator, then one token.
_AFTER33 = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                      r"(?P<m>[A-Za-z][A-Za-z0-9]*(?:[\-+][A-Za-z0-9]+)*\+?)")
# Before a known name: one token, then the separator, ending where the known name starts.
_BEFORE33 = re.compile(r"(?:^|(?<=[\s(]))(?P<m>[A-Za-z][A-Za-z0-9]*(?:[\-+][A-Za-z0-9]+)*\+?)"
                       r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*|\s+(?:and|or)\s+)$")
_SHAPED33 = re.compile(r"[A-Za-z][A-Za-z0-9\-+]*(?:[A-Z0-9])[A-Za-z0-9\-+]*")
_PLAIN33 = re.compile(r"[A-Z][a-z]{3,}")
# Capitalised words that are no technique or data name: human languages, nationalities, scripts, common capitalised
# nouns of abstracts (general vocabulary, written without reading an abstract).
NOT_NAMES33 = frozenset("""english chinese japanese korean german french spanish italian portuguese russian arabic
    hindi urdu bengali turkish dutch swedish danish norwegian finnish greek hebrew persian farsi polish czech
    slovak hungarian romanian bulgarian serbian croatian slovene slovenian ukrainian vietnamese thai indonesian
    malay tamil telugu swahili basque catalan galician latin sanskrit mandarin cantonese european american african
    asian indian british canadian australian western eastern northern southern internet web wikipedia twitter
    facebook google microsoft amazon apple youtube reddit github python java matlab linux windows android ios
    bayesian gaussian markovian euclidean riemannian hessian jacobian laplacian lagrangian hamiltonian boolean
    fourier poisson bernoulli dirichlet gibbs monte carlo markov newton euler gauss laplace
    section table figure appendix theorem lemma corollary equation algorithm""".split())
# Tokens of a name's shape that are no name: ordinals, roman numerals, units, common abbreviations of prose.
NOT_SHAPED33 = frozenset("""ii iii iv vi vii viii ix xi xii xiii i.e e.g etc vs al fig tab eq sec ms gb mb kb
    gpu gpus cpu cpus tpu tpus 1d 2d 3d 4d 6d 6dof ai ml nlp cv rl dl nn ir mt qa ner pos asr tts ocr srl
    llm llms vlm vlms api apis sota usa uk eu us covid covid-19 rgb rgb-d dna rna mri ct pet ecg eeg fmri
    fps hz khz mhz ghz dpi""".split())


@lru_cache(maxsize=1)
def _metric_forms33() -> frozenset[str]:
    """Lower-case surface forms of the shipped result metrics (BLEU, F1, mAP: no member of a name list)."""
    from importlib import resources

    text = resources.files("paperkg.extract").joinpath("data/result-metrics.tsv").read_text(encoding="utf-8")
    forms: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        forms.add(cols[0].lower())
        if len(cols) > 2:
            forms.update(f.strip().lower() for f in cols[2].split(";") if f.strip())
    return frozenset(forms)


@lru_cache(maxsize=1)
def _non_entities33() -> frozenset[str]:
    from importlib import resources

    text = resources.files("paperkg.extract").joinpath("data/non_entities.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0].strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#") and line.count("\t") < 2)  # not precision43's rows


# Shapes of no name: a version ("v0"), a language pair ("English-to-Bulgarian"), a plural acronym ("FNNs", "LSTMs":
# a class), two capitals ("RS", "TV", "DM": too many readings).
_NOT_SHAPE33 = re.compile(r"[vV]\d.*|.*-to-.*|[A-Z]+s|[A-Z]{1,2}|.*-(?:style|like|based|type|level|wise)")


@lru_cache(maxsize=1)
def _corpus_words33() -> frozenset[str]:
    """data/corpus_words.txt: lower-case words written 5+ times in the 73k corpus (not the lists' words)."""
    from importlib import resources

    text = resources.files("paperkg.extract").joinpath("data/corpus_words.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def _shape33(word: str) -> str | None:
    """"shaped" (a capital or a digit after the first character), "plain" (a capitalised word that is no corpus word)
    or None."""
    low = word.lower()
    if low in NOT_NAMES33 or low in NOT_SHAPED33 or low in _metric_forms33() or low in _non_entities33():
        return None
    if not any(c.isalpha() for c in word) or word.isdigit() or _NOT_SHAPE33.fullmatch(word):
        return None
    from .precision33 import known_words33

    if _SHAPED33.fullmatch(word) and any(c.isupper() or c.isdigit() for c in word[1:]):
        if word.isupper() and low in _corpus_words33():
            return None  # "SUM", "MAX": a word in capitals
        return "shaped"
    if _PLAIN33.fullmatch(word) and low not in known_words33():
        return "plain"
    return None


def _part33(word: str, known_type: str) -> str | None:
    """Which part would take ``word`` as a member beside a known name of ``known_type``."""
    shape = _shape33(word)
    if shape == "plain":
        return "coord-plain"
    if shape == "shaped":
        return "coord-data" if known_type in ("dataset", "benchmark") else "coord-method"
    return None


# The member goes on: a name's character, or "." / "/" / "'" before one ("CTB5.1", "ResNet-20/34").
_GOES_ON33 = re.compile(r"[A-Za-z0-9+_]|[.\-/'\u2019:][A-Za-z0-9]| [A-Z]")
# A citation near the member: a year, "et al." ("Henderson and McCready 2017", "Davis, Diaz, Wang '21").
_CITATION33 = re.compile(r"(?:19|20)\d\d\b|['\u2019]\d\d\b|\bet al\b")


# Words near a list that say its members are scores, losses or criteria ("the scores MUC, B3, CEAF", "Max-Margin and
# InfoNCE losses"), or data ("parallel corpora: DGT-TM, EMEA and ECB": a known name typed method there is wrong).
_NOT_METHOD_WORDS33 = re.compile(r"(?i)\b(?:metrics?|scores?|measures?|loss(?:es)?|criteri(?:on|a)|corpora|corpus|"
                                 r"datasets?|data sets?|databases?|treebanks?|benchmarks?|lexicons?)\b")


def _not_method_context33(text: str, start: int, end: int) -> bool:
    """A score, loss, criterion or data word in the sentence within 50 characters before or 30 after the member."""
    lo = max(0, start - 50)
    stop = max(text.rfind(". ", lo, start), text.rfind("; ", lo, start))
    lo = stop + 2 if stop >= 0 else lo
    hi = min(len(text), end + 30)
    stop = text.find(". ", end, hi)
    hi = stop if stop >= 0 else hi
    return bool(_NOT_METHOD_WORDS33.search(text, lo, hi))


def _generic33(word: str) -> bool:
    """A generic class by the lexicon's acronyms, also with "Bi-"/"bi" before it or "s" after ("Bi-RNN", "CNNs")."""
    from .lexicon import GENERIC_ACRONYMS

    core = re.sub(r"^(?:[Bb]i-?|[Bb]idirectional-)", "", word)
    return core in GENERIC_ACRONYMS or core.rstrip("s") in GENERIC_ACRONYMS


# Lower-case words that may follow a name (a verb, a preposition, a conjunction): any other lower-case word after a
# plain member makes it a modifier of a longer name ("Dantzig selector", "Bellman residual minimization").
_AFTER_NAME_WORDS33 = frozenset("""is are was were be been has have had can could may might will would does do did
    and or but as in on of for to with by from at into than that which who while when where whereas since because
    so yet also both not only then thus hence there this these those its their we our it they achieves achieve
    outperforms outperform uses use used using shows show performs perform obtains gives yields provides requires
    based trained before after over under across against via through among between within without during per
    versus vs respectively together all each alone only instead here""".split())
_NEXT_WORD33 = re.compile(r" ([a-z][a-z\-]*)")


def _modifier33(text: str, end: int) -> bool:
    """Is the member followed by a lower-case word that no name is followed by (a head noun: a longer name)?"""
    m = _NEXT_WORD33.match(text, end)
    return bool(m) and m.group(1) not in _AFTER_NAME_WORDS33


def coord_spans33(text: str, found: list[tuple[int, int, str, str]], anchors: list[tuple[int, int, str]],
                  off: frozenset[str], listed: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, str]]:
    """Members of a coordination with a known name (see the module's notes). ``listed``: every gazetteer match,
    models included; a member overlapping one is the list's ("RoBERTa-base" is RoBERTa's, not a new name)."""
    known = [(s, e, t) for s, e, t, _ in found if t in KNOWN_TYPES33] + [(s, e, t) for s, e, t in anchors]
    taken = [(s, e) for s, e, _ in known] + [(s, e) for s, e, t, _ in found] + list(listed or ())
    out: list[tuple[int, int, str, str]] = []
    todo = list(known)
    seen: set[tuple[int, int]] = set()
    while todo:
        ks, ke, kt = todo.pop()
        if (ks, ke) in seen:
            continue
        seen.add((ks, ke))
        cands = []
        m = _AFTER33.match(text, ke, min(len(text), ke + 60))
        if m:
            ms, me = m.span("m")
            if not _GOES_ON33.match(text, me):
                cands.append((ms, me))
        before = text[max(0, ks - 8) : ks].rstrip()
        # the separator's end first ("," / " and" / " or"): the regex search runs for few known names
        m = _BEFORE33.search(text, max(0, ks - 60), ks) if before.endswith((",", " and", " or")) else None
        if m:
            ms, me = m.span("m")
            prev = text[max(0, ms - 30) : ms].split()
            # "the English PubMed and X": a capitalised word before the member makes a longer name
            if not (prev and prev[-1][:1].isupper() and not prev[-1].endswith((".", ",", ":", ";"))) \
                    and not (ms and text[ms - 1] in "-/.'\u2019"):
                cands.append((ms, me))
        for ms, me in cands:
            word = text[ms:me]
            part = _part33(word, kt)
            if part is None or part in off:
                continue
            if _CITATION33.search(text, max(0, ms - 40), min(len(text), me + 20)):
                continue  # "Jaakkola and Haussler (1999)": people
            if part == "coord-plain" and _modifier33(text, me):
                continue  # "the Lasso or Dantzig selector", "FQI and Bellman residual minimization"
            if part == "coord-method" and (_generic33(word) or _not_method_context33(text, ms, me)):
                continue
            if any(s < me and ms < e for s, e in taken):
                continue
            span = (ms, me, kt, f"rule:{part}")
            out.append(span)
            taken.append((ms, me))
            todo.append((ms, me, kt))
    return out


def rule_spans33(text: str, doc: Doc, is_title: bool,
                 found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Session 31's rule spans of an abstract (hook: rules.ContextRules, after recall32's)."""
    if is_title:  # (session 32: before the switch is read; a title returned [] either way)
        return []
    off = _off33()
    if len(off) == len(RECALL_RULES33):
        return []
    if " and " not in text and ", " not in text and " or " not in text:
        return []
    anchors = [(s, e, t) for s, e, t in recall30.gazetteer_anchors30(doc)]
    listed = [(s, e) for s, e, _, _ in gazetteer_chars(doc)]  # session 32: read once a doc (speed35.py)
    return coord_spans33(text, found, anchors, off, listed)


def coordinated_only33(mentions: Sequence[Mention]) -> bool:
    """Whether every mention of a bare short form came from this module's list rules ("rule:coord-..."): such a member
    has no sense of its own in the paper, so where the corpus gives its short form several meanings it is no node
    ("Latent Dirichlet Allocation ... or LDA" in a paper that never defines LDA)."""
    return all(m.rule.startswith("rule:coord-") for m in mentions)
