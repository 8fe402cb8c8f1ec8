"""Respective lists of dataset names after a list of values (issue 12, session 32, results38).

"it beats the baseline by 1.31 and 7.8 ROUGE-1 points on CNN and CQA datasets, respectively", "62.9% and 36.13%
inception score improvement on the EEGCVPR40 and the Thoughtviz datasets", "(5.5%, 2.2% and 4.5% F1 gains on
EventStoryLine, MAVEN-ERE and Causal-TimeBank)": a run of N values in one metric, then a list of exactly N data names.
extract/results.py pairs such a list only when the entity step knows every name (and "respectively" is written); when
one name is unknown it gives the values no dataset (and the gate may then drop them), or the first name to each.
The part below is behind PAPERKG_RESULTS38 ("off" or a comma list of RESULTS_RULES38). It changes only the dataset of
results the step made (before the gates); it adds or drops none.

- name-list-pairs: N >= 2 results of one sentence, one metric and one qualifier, whose values are joined only by
  commas / "and" (a "%" and the metric's own words allowed), none with a dataset other than the list's first name;
  then, within 80 characters with no other value and no ";", "on / in / for / over / across [the]" and a list of
  exactly N names joined by commas / "and" (each may have its own "the"), each one to four words opening with a
  capital letter; then a plural data noun ("datasets / benchmarks / corpora / data sets / test sets / treebanks") or
  ", respectively", the list after "on / over / across" and no name called a language in the abstract ("for Amharic,
  Tigrigna, Oromo and Wolaytta, respectively" are languages) -- or every name is a dataset entity of the paper
  (results36's list-pairs). The i-th value takes
  the i-th name (its entity when the paper has one). Refused: a list of another count; a list going on with a
  lower-case word or a number ("PASCAL VOC 2007 and 2012"); a name that is a split word, a language, a metric, a
  described name (results37's refusals), a language pair ("English-German"), a
  bit-width setting ("W4A4KV16"), or any non-dataset entity of the paper (a model list "on ResNet-18 and
  MobileNetV2 respectively" stays as it is); a repeated name; a list of "test sets of NAME" (splits of one dataset).
  A value already on a name of the list (its own, or the first one the step gives every value) takes its own name.
"""

from __future__ import annotations

import dataclasses
import re

from . import recall_rules
from . import results as R
from . import results37
from .records import ExtractedPaper, Result

RESULTS_RULES38 = ("name-list-pairs",)

_JOIN38 = re.compile(r"\s*(?:%|\\%)?\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)\s*[+]?", re.IGNORECASE)
_NAME38 = r"[A-Z][\w+\-'’.]*(?:\s+(?:[A-Z][\w+\-'’.]*|\d[\w.\-]*)){0,3}"
_LIST_HEAD38 = re.compile(r"\b(?:on|in|for|over|across)\s+(?=(?:the\s+)?[A-Z])")
_ITEM38 = re.compile(r"(?:the\s+)?(?P<name>" + _NAME38 + r")")
_SEP38 = re.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+")
_TAIL38 = re.compile(r"\s+(?:\w+\s+)?(?:datasets|benchmarks|corpora|data\s+sets|test\s+sets|treebanks|databases|"
                     r"benchmark\s+datasets)\b|\s*,?\s*\(?respectively\b", re.IGNORECASE)
_VALUE_BETWEEN38 = re.compile(r"\d(?:\.\d+)?\s*%|\b\d+\.\d+\b|;")


def _results_off38() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RESULTS38", RESULTS_RULES38)


def _name_list(text: str, start: int, s1: int) -> tuple[list[tuple[int, int, str]], bool] | None:
    """The names listed from ``start`` ("[the] A, [the] B and [the] C"), and whether a plural data noun or
    "respectively" follows; None when the list goes on with a word that is no name."""
    names: list[tuple[int, int, str]] = []
    pos = start
    while True:
        m = _ITEM38.match(text, pos, s1)
        if not m:
            return None
        name = m.group("name").rstrip(".’'")
        names.append((m.start("name"), m.start("name") + len(name), name))
        pos = m.start("name") + len(name)
        sep = _SEP38.match(text, pos, s1)
        if not sep:
            break
        nxt = _ITEM38.match(text, sep.end(), s1)
        if not nxt:
            if text[sep.end() : sep.end() + 12].lower().startswith("respectively"):
                break
            return None  # "on A and 2012", "on A, B and other data": the list names more than these words
        pos = sep.end()
    rest = text[pos:s1]
    tail = bool(_TAIL38.match(rest))
    if not tail and re.match(r"\s+[a-z]", rest) and not re.match(
            r"\s+(?:and|with|while|which|when|where|whereas|but|as|at|by|than|over|using|compared|outperform\w*|"
            r"respectively|in\s+terms)\b", rest):
        # "on CNN and Daily Mail news": the last name goes on with lower-case words (a description); refused unless a
        # data noun follows
        return None
    return names, tail


def _entity_of(paper: ExtractedPaper, name: str, lo: int, hi: int):
    for e in paper.entities:
        if e.type not in R.DATASET_TYPES:
            continue
        if any(m.field == "abstract" and lo <= m.start < hi and m.text == name for m in e.mentions):
            return e
        if name == e.name or name in e.aliases:
            return e
    return None


def _languages(text: str, names: list[str]) -> bool:
    """Whether the abstract calls one of ``names`` a language ("four languages: Amharic, Tigrigna, ...", "the Oromo
    language")."""
    for n in names:
        if re.search(r"\blanguages?\b[^.;]{0,60}\b" + re.escape(n) + r"\b|\b" + re.escape(n) + r"\s+(?:language|speech|text)\b",
                     text, re.IGNORECASE):
            return True
    return False


_SETTING38 = re.compile(r"W\d+A\d+(?:KV\d+)?|[WA]\d+|\d+-?bits?", re.IGNORECASE)


def _language_pair(name: str) -> bool:
    """"English-German", "En-De", "Zh-En": a language pair (a translation direction), not a data name."""
    parts = re.split(r"\s*(?:-|–|→|->|to)\s*", name.lower())
    short = {"en", "de", "fr", "zh", "ja", "ro", "cs", "ru", "es", "it", "ar", "tr", "fi", "et", "lv", "ko", "vi", "hi"}
    return len(parts) == 2 and all(p in results37._LANGUAGES37 or p in short for p in parts)


def _other_entity(paper: ExtractedPaper, name: str) -> bool:
    for e in paper.entities:
        if e.type in R.DATASET_TYPES:
            continue
        if name == e.name or name in e.aliases or any(name == m.text for m in e.mentions):
            return True
    return False


def _runs(text: str, out: list[Result]) -> list[list[int]]:
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    runs: list[list[int]] = []
    for i in order:
        r = out[i]
        if runs:
            prev = out[runs[-1][-1]]
            if (prev.sentence == r.sentence and prev.metric == r.metric and prev.qualifier == r.qualifier
                    and prev.end <= r.start and _JOIN38.fullmatch(text, prev.end, r.start)):
                runs[-1].append(i)
                continue
        runs.append([i])
    return [run for run in runs if len(run) >= 2]


def _name_list_pairs(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    spans = R.sentence_spans(text)
    kept = list(out)
    for run in _runs(text, out):
        first, last = out[run[0]], out[run[-1]]
        if last.sentence >= len(spans):
            continue
        s1 = spans[last.sentence][1]
        head = _LIST_HEAD38.search(text, last.end, min(s1, last.end + 80))
        if not head or _VALUE_BETWEEN38.search(text, last.end, head.start()):
            continue
        got = _name_list(text, head.end(), s1)
        if got is None:
            continue
        names, tail = got
        if len(names) != len(run) or len({n[2] for n in names}) != len(names):
            continue
        ents = [_entity_of(paper, n, a, b) for a, b, n in names]
        if not all(ents) and (not tail or head.group(0).split()[0].lower() not in ("on", "over", "across")
                              or _languages(text, [n for _, _, n in names])):
            continue  # "WERs of 37.65% and 31.03% for Amharic and Tigrigna, respectively": languages, not data
        if re.match(r"\s+(?:test|dev|validation|evaluation)?\s*(?:sets|splits|sections|portions|subsets)\s+of\b",
                    text[names[-1][1]:s1]):
            continue  # "on the English-German and English-French test sets of MuST-C": splits of one dataset
        if any(e is None and (results37._refused_name(paper, n) or _language_pair(n) or _SETTING38.fullmatch(n) or _other_entity(paper, n)
                              or results37._described_words(text, n)) for (a, b, n), e in zip(names, ents)):
            continue
        def forms(k: int) -> set:
            e = ents[k]
            return {names[k][2]} | ({e.name, e.id} if e is not None else set())
        if not all(out[i].dataset is None and out[i].dataset_id is None
                   or {out[i].dataset, out[i].dataset_id} & (forms(0) | forms(k)) for k, i in enumerate(run)):
            continue  # a value already on data other than the list's first or its own name: left as the step read it
        if all({out[i].dataset, out[i].dataset_id} & forms(k) for k, i in enumerate(run)):
            continue  # each value already on its own name
        for k, (i, (a, b, n), e) in enumerate(zip(run, names, ents)):
            r = out[i]
            if r.dataset in forms(k) and (e is None or r.dataset_id == e.id):
                continue  # already on its own name
            rule_head = r.rule.removesuffix(R.UNSURE).partition("+dataset:")[0]
            kept[i] = dataclasses.replace(r, dataset_id=e.id if e is not None else None,
                                          dataset=e.name if e is not None else n,
                                          rule=f"{rule_head}+name-list-pairs+dataset:sentence-list")
    return kept


def checks_results38(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the datasets of RESULTS_RULES38 (see above) set."""
    off = _results_off38()
    if len(out) < 2 or len(off) == len(RESULTS_RULES38):
        return out
    return _name_list_pairs(paper, text, out)
