"""Session 30 (issue 10, node precision and check-graph's failures on the lead's start build of session 30).

Switched off with ``PAPERKG_PRECISION33`` ("off" or a comma list of these part names), for ablations only. The
per-paper parts read a paper's entities after ``precision32.retype_mentions32`` (which calls
``retype_mentions33`` last); ``title-listed-use`` is read by ``canonical.local_key`` and ``map-metric`` by
``results.built_metric_lexicon``.

- ``line-hyphen``: a name broken at a line end by the text's extraction ("Differential An- gular Imaging
  Network", "sup- port vector machines", "matrix- variate normal"): the hyphen, a space and a lower-case word.
  The two halves are joined into one word when the joined word is a word (the shipped lists' words, a list of
  words the 73k corpus writes 5+ times, the paper's own words): "Angular", "support"; else, when the second half is
  a word, kept as a compound with its hyphen ("matrix-variate", "risk-sensitive"); else joined. A suspended hyphen
  ("Coarse- and Fine-grained", "Second- or Higher-order") is kept. The entity's name, long form and aliases are
  repaired; mentions keep the text as written.
- ``plural-data-class``: a data-typed name no list gave, defined by a lower-case long form whose short form and
  long form are only ever followed by a plural data noun ("public question and answer (Q&A) datasets", "two
  endoscopic ulcerative colitis (UC) datasets", "structural magnetic resonance imaging (sMRI) datasets"): the
  plural names a class of data sets by their topic, not one data set. A long form ending in a task head
  ("semantic utterance classification (SUC) datasets") becomes that task; any other is dropped.
- ``pair-modifier``: an abbreviation whose long form modifies a pair noun ("question-answer (QA) pairs") inside an
  entity the paper defines otherwise too ("question answering (QA)"): the long form names the pair's parts, not
  the entity; the mention and its alias are dropped from the entity.
- ``title-listed-use`` (canonical.local_key): a title-led short form that a list gives ("SGD: General Analysis
  and Improved Rates") and that the abstract uses as the listed thing ("the convergence of SGD", "variants of
  SGD"), never introducing it ("we propose SGD", "our SGD", "SGD, a new ..."), is the list's entry, not the
  paper's own coinage. A title-led name only in the title ("SGD: Street View Synthesis ...") stays apart.
- ``map-metric`` (results.built_metric_lexicon): a metric line whose only spelling is its own all-capitals
  short name ("MAP") while another metric spells the same letters ("mAP", mean average precision) is that metric:
  result-only Metric nodes ``metric:map`` beside ``metric:mean-average-precision`` are one node.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .recall_rules import _parts_off

PRECISION_RULES33 = ("line-hyphen", "plural-data-class", "pair-modifier", "title-listed-use", "map-metric")


def _precision_off33() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION33", PRECISION_RULES33)


def part_on33(part: str) -> bool:
    """Is ``part`` of PAPERKG_PRECISION33 switched on?"""
    return part not in _precision_off33()


# -- line-hyphen -------------------------------------------------------------------------------------------------
LINE_HYPHEN33 = re.compile(r"([A-Za-z]+)- ([a-z]+)")
_WORD33 = re.compile(r"[a-z]+")
_SUSPENDED33 = frozenset({"and", "or"})


@lru_cache(maxsize=1)
def known_words33() -> frozenset[str]:
    """Lower-case words of the shipped lists and of data/corpus_words.txt (written 5+ times in the 73k corpus)."""
    from .gazetteer import load_entries

    words: set[str] = set()
    for entry in load_entries():
        for form in entry.forms:
            words.update(_WORD33.findall(form.lower()))
    text = resources.files("paperkg.extract").joinpath("data/corpus_words.txt").read_text(encoding="utf-8")
    words.update(w for w in text.split() if w)
    return frozenset(words)


def repair_line_hyphens33(name: str, own_words: frozenset[str]) -> str:
    """``name`` with its line-end breaks repaired: "An- gular" -> "Angular", "matrix- variate" -> "matrix-variate"."""
    known = known_words33()

    def repair(m: re.Match) -> str:
        first = m.group(1)
        second = m.group(2)
        if second in _SUSPENDED33:
            return m.group(0)  # "Coarse- and Fine-grained": a suspended hyphen
        joined = (first + second).lower()
        # A real hyphen only when the second half is a word of its own and the joined form is no word.
        if (second in known or second in own_words) and joined not in known and joined not in own_words:
            return first + "-" + second
        return first + second

    return LINE_HYPHEN33.sub(repair, name)


def _own_words(title: str | None, abstract: str) -> frozenset[str]:
    """The paper's lower-case words, its broken ones left out."""
    return frozenset(_WORD33.findall(LINE_HYPHEN33.sub(" ", ((title or "") + " " + abstract).lower())))


# -- plural-data-class and pair-modifier ---------------------------------------------------------------------------
_PLURAL_DATA33 = re.compile(r"\)?\s*(?:\([^()]{1,15}\)\s*)?(?:datasets|data\s+sets|corpora|data)\b")
_PAIR_AFTER33 = re.compile(r"\s*\([^()]{1,12}\)\s*(?:pairs|triples|triplets|tuples)\b")
TASK_ENDS33 = frozenset("classification detection recognition answering segmentation translation extraction parsing "
                        "tagging labeling labelling retrieval summarization summarisation generation prediction "
                        "estimation tracking understanding inference reasoning captioning identification "
                        "disambiguation resolution".split())


def _plural_data_class(e, texts: dict[str, str]) -> bool:
    """Every mention of a lower-case defined data name stands before a plural data noun."""
    lf = e.long_form
    if not lf or not lf[:1].islower() or e.entry is not None or not e.mentions:
        return False
    for m in e.mentions:
        if m.rule.startswith(("gazetteer:", "rule:listed")):
            return False
        if _PLURAL_DATA33.match(texts.get(m.field, ""), m.end) is None:
            return False
    return True


def _drop_pair_modifiers(e, texts: dict[str, str]) -> None:
    """Drop the spellings (short forms, aliases, mentions) of long forms that modify a pair noun ("question-answer
    (QA) pairs"), when the entity has another long form."""
    lf = (e.long_form or "").lower()
    gone = set()
    for s in e.short_forms:
        if "-" in s and " " not in s.strip() and s.lower() != lf and s[:1].islower():
            if re.search(r"(?<![\w\-])" + re.escape(s) + _PAIR_AFTER33.pattern, texts.get("abstract", "")) is not None:
                gone.add(s)
    if not gone:
        return
    e.short_forms = [s for s in e.short_forms if s not in gone]
    e.aliases = [a for a in e.aliases if a not in gone]
    e.mentions = [m for m in e.mentions if m.text not in gone]


def retype_mentions33(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, line-end breaks in names repaired, plural data classes retyped or dropped, pair
    modifiers dropped from an entity's aliases."""
    off = _precision_off33()
    if "line-hyphen" in off and "plural-data-class" in off and "pair-modifier" in off:
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    own: frozenset[str] | None = None
    out = []
    for e in entities:
        if "line-hyphen" not in off and "- " in e.name + (e.long_form or "") + "".join(e.aliases):
            if own is None:
                own = _own_words(title, abstract)
            e.name = repair_line_hyphens33(e.name, own)
            if e.long_form:
                e.long_form = repair_line_hyphens33(e.long_form, own)
            e.aliases = [repair_line_hyphens33(a, own) for a in e.aliases]
        if "plural-data-class" not in off and e.type == "dataset" and _plural_data_class(e, texts):
            last = (e.long_form or "").split()[-1].lower()
            if last not in TASK_ENDS33:
                continue
            e.type = "task"
        if "pair-modifier" not in off and e.long_form and len(e.short_forms) > 1:
            _drop_pair_modifiers(e, texts)
        out.append(e)
    return out


# -- title-listed-use ----------------------------------------------------------------------------------------------
_OF_BEFORE33 = re.compile(r"\bof\s+(?:the\s+)?$")
_OWN_CUE33 = re.compile(r"(?i)\b(?:our|we|propose[sd]?|introduce[sd]?|present(?:s|ed)?|call(?:ed)?|named|termed"
                        r"|dubbed|coined)\s+(?:[\w\-]+\s+){0,2}$")
_APPOSITION33 = re.compile(r"\s*(?:,\s*(?:a|an|the)\s|:|\s(?:is|was)\s+(?:a|an)\s)")


def _title_spells33(short: str, title: str | None) -> bool:
    """Does the title after its colon spell the short form's letters ("NICE: Neural Integrated Custom Engines")?"""
    if not title or ":" not in title:
        return False
    words = re.findall(r"[A-Za-z][\w']*", title.split(":", 1)[1])
    initials = "".join(w[0] for w in words if w[0].isupper()).upper()
    letters = "".join(c for c in short if c.isalpha()).upper()
    return len(letters) >= 2 and letters in initials


def title_listed_use33(e, title: str | None, abstract: str) -> bool:
    """A title-led listed short form that the abstract uses as the listed thing, after "of", never introducing or
    defining it, and whose title does not spell its letters out."""
    if e.entry is None or "title-listed-use" in _precision_off33():
        return False
    ms = [m for m in e.mentions if m.field == "abstract"]
    if not ms or _title_spells33(ms[0].text, title):
        return False
    used = False
    for m in ms:
        if _APPOSITION33.match(abstract, m.end) is not None:
            return False  # "SGD, a new ...", "NICE: Neural Integrated ...": the paper defines it
        if _OF_BEFORE33.search(abstract, max(0, m.start - 12), m.start) is not None:
            used = True  # "convergence of SGD", "most of our variants of SGD": the object of "of", a use
        elif _OWN_CUE33.search(abstract, max(0, m.start - 40), m.start) is not None:
            return False
    return used
