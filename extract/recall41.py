"""Session 36 (issue 10: extraction recall): a listed data name written with its edition, version or variant
suffix, behind ``PAPERKG_RECALL41``.

Read from the study pool's span misses (docs/history/recall41.md): the lists hold "WIDER", "KITTI", "EGTEA",
"BioCreative", "CIFAR-10", and the abstract names "WIDER FACE", "KITTI Scene Flow", "EGTEA Gaze+", "BioCreative V",
"CIFAR-10-Corrupted"; the gold takes the fullest surface form, the extractor took the listed part.

- ``data-suffix``: a listed dataset / benchmark form followed by a suffix of one of these shapes is extended over
  it: a roman numeral ("BioCreative V"), a version token ("v2", "V1/V2", "2.0"), a year ("COLIEE 2018"), one or
  two capitalised words, the last maybe with "+" ("WIDER FACE", "KITTI Scene Flow", "EGTEA Gaze+"), a glued "+"
  ("HumanEval+") or a glued "-Word" ("CIFAR-10-Corrupted"). Only when the longer string is **attested as a unit**:
  written in 3+ papers of the 73k corpus (gold papers left out; data/data_suffixes41.tsv, written by
  scripts/mine_data_suffixes41.py), or (not the capitalised-word shape) twice in the paper itself. Typed as the
  listed form, or as a listed form the longer string is in other capitals ("WIDER FACE": "WIDER Face"). Not over a kind word ("Dataset", "Benchmark",
  "Challenge", ...), a function word, or a word that is a listed method / model / task form ("ImageNet ResNet"), an architecture head or task
  acronym ("CAER-Net", "CoNLL 2003 NER") or a metric ("COCO AP").
  Abstract text only (titles capitalise every word). An evaluation series of data/shared_tasks.tsv is read with a
  roman numeral only, and then needs no attestation (a roman edition is a name as a year is: "BioCreative V").

Hook: ``recall_rules.extra_rule_spans`` (rule spans typed as the listed entry: the longer span wins the overlap).
``PAPERKG_RECALL41``: "off" or a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from importlib import resources

from .speed53 import first_word_runs53

RECALL_RULES41 = ("data-suffix",)
DEFAULT_OFF41: frozenset[str] = frozenset()


def _off41() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL41", RECALL_RULES41, DEFAULT_OFF41)


def on41(part: str) -> bool:
    return part not in _off41()


DATA_TYPES41 = ("dataset", "benchmark")
# Words that name the kind of the thing, or its part, not its edition: "ImageNet Dataset", "KITTI Benchmark".
KIND_WORDS41 = frozenset(
    "Dataset Datasets Data Database Databases Benchmark Benchmarks Corpus Corpora Treebank Treebanks Lexicon Lexicons "
    "Challenge Challenges Test Tests Testing Set Sets Task Tasks Track Tracks Leaderboard Suite Collection Collections "
    "Images Image Videos Video "
    "Dev Train Training Val Validation Split Splits Subset Subsets Results Result Competition Workshop Shared "
    "Experiments Evaluation Evaluations Classification Detection Segmentation Recognition Accuracy".split())
# Architecture heads and task acronyms after a data name make another thing or a task's view of the same data:
# "CAER-Net" (a network named after its data), "CoNLL 2003 NER" (the CoNLL 2003 node once, not per task).
OTHER_HEADS41 = frozenset("Net Nets Network Networks Former GAN GANs Model Models Encoder Decoder BERT GPT LM "
                          "NER POS SRL NLI QG MT".split())
FUNCTION_WORDS41 = frozenset(
    "A An The In On Of For And Or To By With From As At We Our This That These Those It Its Is Are Was Were "
    "Be Using Via Both I".split())
_ROMAN41 = r"(?:II|III|IV|V|VI|VII|VIII|IX|X)"
_VERSION41 = r"(?:[Vv]\d+(?:\.\d+)*(?:/[Vv]?\d+(?:\.\d+)*)*|\d+\.\d+(?:\.\d+)?)"
_YEAR41 = r"(?:19[89]\d|20[0-3]\d)"
_CAPS41 = r"(?:[A-Z][A-Za-z]*[a-zA-Z]|[A-Z])"
# After a listed name: " V", " v2", " 2018", " FACE", " Scene Flow", " Gaze+", "+", "-Corrupted".
SUFFIX41 = re.compile(
    r"(?: (?P<roman>" + _ROMAN41 + r")| (?P<version>" + _VERSION41 + r")| (?P<year>" + _YEAR41 + r")"
    r"| (?P<caps>" + _CAPS41 + r"(?: " + _CAPS41 + r")?\+{0,2})(?: (?:" + _YEAR41 + "|" + _VERSION41 + r"))?|(?P<plus>\+{1,2})|-(?P<hyphen>[A-Z][a-z]{2,}))"
    r"(?![\w\-+])")
SUFFIX41_ONE = re.compile(r" (?P<caps>" + _CAPS41 + r"\+{0,2})(?: (?:" + _YEAR41 + "|" + _VERSION41 + r"))?(?![\w\-+])")
_WORD41 = re.compile(r"[A-Za-z0-9][\w\-.'’+]*")


@lru_cache(maxsize=1)
def _metric_forms41() -> frozenset[str]:
    """Metric surface forms of data/result-metrics.tsv, lower-cased: "COCO AP" is a score, not a data name."""
    text = resources.files("paperkg.extract").joinpath("data/result-metrics.tsv").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            out.add(cols[0].lower())
            if len(cols) > 2:
                out.update(f.strip().lower() for f in cols[2].split(";") if f.strip())
    return frozenset(out)


@lru_cache(maxsize=1)
def _listed_lower41() -> dict[str, str]:
    """Every listed data form lower-cased -> type: "WIDER FACE" takes the type of the listed "WIDER Face"."""
    from .gazetteer import load_entries

    return {f.lower(): e.type for e in load_entries() if e.type in DATA_TYPES41 for f in e.forms}


@lru_cache(maxsize=1)
def _listed41() -> tuple[dict[str, str], frozenset[str]]:
    """(data form -> type, forms of every other type lower-cased). Evaluation series (data/shared_tasks.tsv,
    "BioCreative", "TREC") are benchmark forms typed "series": read with a roman numeral only ("BioCreative V")."""
    from .gazetteer import load_entries
    from .lexicon import shared_task_series

    data: dict[str, str] = {f: "series" for f in shared_task_series()}
    other: set[str] = set()
    for e in load_entries():
        for f in e.forms:
            if e.type in DATA_TYPES41:
                if data.get(f, "series") == "series":
                    data[f] = e.type
            else:
                other.add(f.lower())
    return data, frozenset(other | _metric_forms41())


_TRAILING_EDITION41 = re.compile(r" (?:" + _YEAR41 + "|" + _VERSION41 + r")$")


def unit_forms41(name: str) -> set[str]:
    """The strings a written extended name attests: itself, and after capitalised words its form without a trailing
    year or version ("KITTI Scene Flow 2015" attests "KITTI Scene Flow")."""
    short = _TRAILING_EDITION41.sub("", name)
    return {name} if short in _listed41()[0] else {name, short}


@lru_cache(maxsize=1)
def attested41() -> dict[str, int]:
    """Extended strings the 73k corpus writes in 3+ papers (data/data_suffixes41.tsv): string -> papers."""
    text = resources.files("paperkg.extract").joinpath("data/data_suffixes41.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, n = line.split("\t")[:2]
            out[name] = int(n)
    return out


MIN_PAPERS41 = 3
# A name ending in a capitalised word (maybe with "+" and a year / version after it): the caps-suffix shape
_CAPS_TAIL41 = re.compile(r" " + _CAPS41 + r"\+{0,2}(?: (?:" + _YEAR41 + "|" + _VERSION41 + r"))?$")


def suffix_candidates41(text: str, data: dict[str, str] | None = None,
                        other: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, type) of each listed data form of ``text`` with a suffix of the part's shapes, unattested too
    (the miner counts these); type "series" for an evaluation series with a roman numeral."""
    # a Container, not frozenset: compiled, a frozenset local would refuse the test's stand-in for "every word"
    firsts: Container[str]
    if data is None or other is None:
        data, other = _listed41()
        firsts = _first_words41()
    else:
        firsts = frozenset(f.split(" ")[0] for f in data)
    def passes(first: str) -> bool:
        # exact pre-check (speed): a listed form starts with this whole word, or is the word cut at a "-" / "+"
        return first in firsts or (("-" in first or "+" in first) and any(first[:c] in firsts for c in _cuts41(first)))

    out: list[tuple[int, int, str]] = []
    # speed53: the words the old walk over every word tried, each with the words after it that follow a single space
    for run in first_word_runs53(text, _WORD41, firsts, passes):
        s = run[0][0]
        for _, e in run:
            cand = text[s:e]
            # the form may end inside the token: "CIFAR-10-Corrupted", "HumanEval+"
            for cut in _cuts41(cand):
                typ = data.get(cand[:cut])
                if typ is None:
                    continue
                for pattern in (SUFFIX41, SUFFIX41_ONE):  # two capitalised words, else one
                    m = pattern.match(text, s + cut)
                    if m is None or not _suffix_ok41(m, other):
                        continue
                    if typ == "series":
                        if m.groupdict().get("roman") and (s, m.end(), typ) not in out:
                            out.append((s, m.end(), "series"))  # a benchmark, read unattested
                        continue
                    if (s, m.end(), typ) not in out:  # " II": a roman numeral and a capitalised word
                        out.append((s, m.end(), typ))
    return out


@lru_cache(maxsize=1)
def _first_words41() -> Container[str]:  # Container: see suffix_candidates41
    """The first space-separated word of every listed data form (the form itself when it has one word)."""
    return frozenset(f.split(" ")[0] for f in _listed41()[0])


def _cuts41(token: str) -> list[int]:
    """Ends of the possible listed form inside ``token``: the whole, or before a "-" or a "+" in its last word."""
    cuts = [len(token)]
    for k in range(len(token) - 1, 0, -1):
        if token[k] in "-+" and token[k - 1] not in "-+":
            cuts.append(k)
        elif token[k] == " ":
            break
    return cuts


# A capitalised word after the suffix: the name goes on ("TRECVID Multimedia Event Detection"), not read.
# A kind word after it ends the name: "KITTI Scene Flow benchmark / Benchmark".
# The name goes on over "Detection" ("TRECVID Multimedia Event Detection"), not over these.
END_KIND_WORDS41 = frozenset(
    "Dataset Datasets Data Database Databases Benchmark Benchmarks Corpus Corpora Treebank Treebanks Lexicon Lexicons "
    "Challenge Challenges Test Tests "
    "Set Sets Task Tasks Track Tracks Leaderboard Suite Collection Collections".split())
_END41 = "(?:" + "|".join(sorted(END_KIND_WORDS41)) + ")"
# ... and a kind word with a capitalised word after it is inside the name: "WMT 2018 Parallel Corpus Filtering"
_NAME_GOES_ON41 = re.compile(r"[ \-](?:(?!" + _END41 + r"\b)[A-Z]|" + _END41 + r" [A-Z])")


def _suffix_ok41(m: re.Match, other: frozenset[str]) -> bool:
    caps = m.group("caps")
    if caps is not None:
        from .lexicon import LANGUAGE_NAMES, shared_task_series

        ws = caps.rstrip("+").split(" ")
        if any(w in KIND_WORDS41 or w in FUNCTION_WORDS41 or w in OTHER_HEADS41 or w in LANGUAGE_NAMES
               or w in shared_task_series()
               for w in ws):
            return False  # "ImageNet Dataset", "WMT14 English(-German)", "ImageNet ILSVRC"
        if _NAME_GOES_ON41.match(m.string, m.end()):
            return False
        if any(w.lower() in other for w in ws) or caps.rstrip("+").lower() in other:
            return False
    hyphen = m.groupdict().get("hyphen")
    if hyphen is not None and (hyphen in KIND_WORDS41 or hyphen in OTHER_HEADS41 or hyphen.lower() in other):
        return False
    return True


def data_suffix_spans41(text: str) -> list[tuple[int, int, str, str]]:
    """Rule spans (start, end, type, source) of the attested extended data names of ``text`` (the abstract)."""
    if not on41("data-suffix"):
        return []
    cands = suffix_candidates41(text)
    if not cands:
        return []
    att = attested41()
    out = []
    seen = set()
    for s, e, typ in cands:
        name = text[s:e]
        if (s, e) in seen:
            continue
        # an evaluation series' edition by roman numeral is a name as a year is (recall_rules.shared_task_spans);
        # a paper's own repetition attests editions and variants, not a capitalised word ("BDD100K Clear")
        if (typ == "series" or att.get(name, 0) >= MIN_PAPERS41
                or (text.count(name) >= 2 and not _CAPS_TAIL41.search(name))):
            seen.add((s, e))
            typ = "benchmark" if typ == "series" else _listed_lower41().get(name.lower(), typ)
            out.append((s, e, typ, "rule:data-suffix41"))
    # keep the longest of nested spans: "KITTI Scene Flow 2015" over "Scene Flow 2015"
    out.sort(key=lambda t: (t[0], -t[1]))
    kept: list[tuple[int, int, str, str]] = []
    for t in out:
        if kept and t[1] <= kept[-1][1]:
            continue
        kept.append(t)
    return kept
