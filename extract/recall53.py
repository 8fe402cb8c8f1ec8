"""Session 43 (issue 10, recall): a listed name written in another case than every listed spelling.

Switched with ``PAPERKG_RECALL53`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts; ``recall_rules.parts_off_by_default``).

Read from the study pool's misses at c6ef1a89 (docs/history/recall53.md): the name is in the lists, the abstract
writes it with other capitals, and no matcher reads that spelling ("Pascal VOC" for the listed "PASCAL VOC",
"UCI machine learning repository", "Meta-dataset", "Ransac" for "RANSAC", "Bert-based models" for "BERT"). The
gazetteer reads one-token names only as written (recall40 adds joined CamelCase names such as "fastText" in any
case) and reads the derived data names of Papers with Code only as written, because many of them are plain phrases
in lower case ("Social Media", "Real-World Data"). Parts (all three in ``gazetteer.Gazetteer``):

- ``data-case``: a listed dataset / benchmark name of two or more tokens that the gazetteer reads only as written
  (not curated) is also read in any case when the written spelling keeps, exactly as listed, a token that names
  it: an acronym-like token (two or more capitals, or letters and a digit: "VOC", "UCI", "KITTI", "VQA2"; not a
  generic acronym such as "LLM" or "NLP"), or, in the abstract and not at a sentence's start, the capitalised
  first part of a hyphenated name ("Meta" in "Meta-dataset"). The plain phrases ("social media data") have no such
  token and stay unread; so do modality tokens (``NOT_NAMING53``: "3D", "MRI", "SQL") and names shaped like a task
  (last word a task word, or "X-to-Y": "3D hand pose", "KITTI depth completion", "Text-to-SQL"; the lower-case
  spelling is the task), nor a spelling followed by a technique noun or a plural data noun ("the 'Wizard-Of-Oz' approach",
  "Wizard-Of-Oz dialogue datasets": a kind of data) or by an edition ("Pascal VOC 2011": the shape rules take the
  longer name). An amount ("1B" in "1B Words") names nothing.
- ``acronym-case``: a one-word all-capitals listed method or model name of four or more letters ("RANSAC", "BERT")
  written as a capitalised word ("Ransac", "Bert-based"), when its lower case is no English word of the corpus
  (data/corpus_words.txt, data/case_variants40.tsv), no other entry has that spelling in any case, the 73k corpus
  writes it as a name and not as a word or a person (data/acronym_case53.tsv, scripts/mine_acronym_case53.py: the
  listed spelling in 5+ papers, the lower case in at most half as many, the capitalised word mid-sentence in at
  most twice as many and next to another capitalised word in under half of them: "Modern", "Line", "Smith",
  "Logan", "Bloom", "Dream" fail), and the paper
  does not define the capitalised spelling as its own (recall40's test). Not a word of more capitals ("BeRT"):
  only the shape "Xxxx"; not in a title (every word capitalised), not next to a capitalised word or after a number
  ("Bert Kappen", "Davis et al.", "Claude 3 Opus": part of another name) nor glued by a hyphen to one ("Shap-Mix",
  "Lime-Flavored": a coined name's head).
- ``data-word-case``: ``acronym-case`` for a one-word dataset / benchmark name, all capitals or joined by its
  capitals ("MNIST", "ImageNet", "MovieLens", "WikiText"), written "Xxxx" ("Mnist", "Imagenet", "Movielens"), with
  the same mined evidence (its rows in data/acronym_case53.tsv) and the same stops, only where the sentence uses it
  as data (a data or evaluation word in it, or a list beside another capitalised name: "Synthia, Carla, Kitti") and
  not right after a technique noun in any of its mentions ("a new algorithm Salsa"); not before a number, an
  edition, a hyphen or another capitalised token ("Movielens 1M", "Coco-stuff", "Imagenet VID 2015": a longer
  name), nor in a citation ("(Luna, 1998)"). recall40 reads joined names in any case for methods and models only.

All add gazetteer matches with the listed entry's id (type, name and all), before recall40's and precision55's
steps; with the parts off the gazetteer matches what it matched at the start.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .recall_rules import parts_off_by_default

RECALL_RULES53 = ("data-case", "acronym-case", "data-word-case")
DEFAULT_OFF53: frozenset[str] = frozenset()

# A token that names a data set by itself: two or more capitals ("VOC", "UCI", "MS"), or letters and a digit.
_NAMING_TOKEN53 = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9]+|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+")
_AMOUNT53 = re.compile(r"\d+(?:[KMBT]|[km])")  # "1B", "100M": an amount ("pretrained on 1B words")
_TOKEN53 = re.compile(r"[A-Za-z0-9]+")
_CAPITALISED53 = re.compile(r"[A-Z][a-z]{3,}")
_TECHNIQUE_NEXT53 = re.compile(r"[\"'\u2019\u201d]?\s+(?:approach|approaches|method|methods|technique|techniques|"
                               r"setting|"
                               r"settings|paradigm|paradigms|experiment|experiments|study|studies|style|protocol|"
                               r"(?:[\w\-]+\s+)?(?:datasets|corpora|benchmarks))\b")
_EDITION_NEXT53 = re.compile(r"(?:\s+|-)(?:\d{2,4}\b|[vV]\d|'\d\d)")
_PERSON_NEXT53 = re.compile(r" (?:[A-Z][\w\-]*|et al\b)|,? \(?\d{4}\b")
_NAME_BEFORE53 = re.compile(r"(?:\b([A-Z][\w\-]*)|\b\d+(?:\.\d+)?) $")  # a word not opening its sentence
# A data name is used as data: a data or evaluation word in its sentence, or it stands in a list ("Synthia, Carla").
_DATA_CUE53 = re.compile(r"\b(?:datasets?|data|benchmarks?|corpus|corpora|database|treebank|experiments?|evaluat\w*|"
                         r"results?|accuracy|trained|pretrained|pre-trained|test(?:ed|s)?|shared tasks?)\b", re.I)
_TECHNIQUE_BEFORE53 = re.compile(
    r"\b(?:algorithm|method|model|approach|framework|system|network|architecture)s? $", re.I)


def off53() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RECALL53", RECALL_RULES53, DEFAULT_OFF53)


def on53(part: str) -> bool:
    return part not in off53()


def _generic53() -> frozenset[str]:
    from .lexicon import GENERIC_ACRONYMS

    return frozenset(GENERIC_ACRONYMS)


def naming_tokens53(form: str) -> list[str]:
    """The tokens of a listed data name that name it alone: acronym-like, not a generic acronym."""
    generic = _generic53()
    return [t for t in _TOKEN53.findall(form) if _NAMING_TOKEN53.fullmatch(t) and t not in generic
            and t.rstrip("s") not in generic and t not in NOT_NAMING53 and not _AMOUNT53.fullmatch(t)]


# Acronym-like tokens that name a modality, a unit or a format, not a data set ("3D hand pose", "brain MRI").
NOT_NAMING53 = frozenset("1D 2D 3D 4D 6D MRI fMRI CT PET EEG ECG EMG RGB SQL CAD GPS UAV HD 4K 8K".split())
# A listed data name ending so is written in lower case as its task ("KITTI depth completion", "3D hand pose").
TASK_TAILS53 = frozenset("""pose completion estimation segmentation detection recognition classification tracking
    generation translation parsing retrieval prediction captioning answering reconstruction synthesis""".split())


def _task_shaped53(form: str) -> bool:
    from .lexicon import TASK_HEADS

    last = form.split()[-1].lower()
    return last in TASK_TAILS53 or last in TASK_HEADS or "-to-" in form.lower()


def data_case_forms53(entries) -> list[tuple[int, str]]:
    """(entry index, form) of the listed data names the gazetteer reads only as written (not curated, two or more
    words or a hyphen) that ``data-case`` reads in any case: a naming token or a capitalised hyphen head."""
    out = []
    for i, e in enumerate(entries):
        if e.source == "curated" or e.type not in ("dataset", "benchmark"):
            continue
        for f in e.forms:
            if " " not in f and "-" not in f:
                continue
            if _task_shaped53(f):
                continue
            if naming_tokens53(f) or _hyphen_head53(f):
                out.append((i, f))
    return out


def _hyphen_head53(form: str) -> str | None:
    head = form.split("-", 1)[0] if "-" in form and " " not in form.split("-", 1)[0] else None
    return head if head and _CAPITALISED53.fullmatch(head) else None


def _sentence_start53(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\"'(" or before.endswith("\n")


def keep_data_case53(text: str, start: int, end: int, forms: tuple[str, ...], is_title: bool) -> bool:
    """Is ``text[start:end]``, a case-blind match of one of the entry's ``forms``, a name by ``data-case``?"""
    written = text[start:end]
    if written in forms:
        return False  # the exact matcher has it
    if _TECHNIQUE_NEXT53.match(text, end):
        return False  # "the 'Wizard-Of-Oz' approach": a way of working named after the data
    if _EDITION_NEXT53.match(text, end):
        return False  # "Pascal VOC 2011", "Imagenet VID 2015": the longer name is the shape rules' (recall41's)
    low = written.lower()
    for f in forms:
        if f.lower() != low:
            continue
        tokens = set(_TOKEN53.findall(written))
        if any(t in tokens for t in naming_tokens53(f)):
            return True
        head = _hyphen_head53(f)
        if head and written.startswith(head + "-") and not is_title and not _sentence_start53(text, start):
            return True
    return False


def acronym_variants53(entries, part: str = "acronym-case", mined: bool = True) -> dict[str, tuple[str, str]]:
    """lower-case spelling -> (listed form, entry id) of the one-word forms ``part`` reads written "Xxxx": the
    all-capitals method / model forms (``acronym-case``), or the all-capitals or joined-capitals dataset / benchmark
    forms (``data-word-case``: "MNIST", "ImageNet", "WikiText"); a spelling two entries claim, or an English word,
    is left out."""
    from . import recall40

    words = recall40._corpus_words40() | recall40._nouns40()
    spelt: dict[str, set[str]] = {}
    for e in entries:
        for f in e.forms:
            spelt.setdefault(f.lower(), set()).add(e.id)
    out: dict[str, tuple[str, str]] = {}
    types = ("dataset", "benchmark") if part == "data-word-case" else ("method", "model")
    for e in entries:
        if e.type not in types:
            continue
        for f in e.forms:
            low = f.lower()
            if len(f) < 4 or low in words or len(spelt.get(low, ())) > 1:
                continue
            if part == "data-word-case":
                if not f.isalnum() or not (f.isupper() and f.isalpha() or recall40.joined_form40(f)):
                    continue
            elif not f.isalpha() or not f.isupper():
                continue
            out[low] = (f, e.id)
    if not mined:
        return out  # scripts/mine_acronym_case53.py counts every candidate
    kept = _mined_rows53()
    return {k: v for k, v in out.items() if v[0] in kept}


@lru_cache(maxsize=1)
def _mined_rows53() -> frozenset[str]:
    """The listed spellings data/acronym_case53.tsv keeps (scripts/mine_acronym_case53.py)."""
    text = resources.files("paperkg.extract").joinpath("data/acronym_case53.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _used_as_data53(text: str, start: int, end: int) -> bool:
    """``data-word-case``: the sentence around ``text[start:end]`` uses it as data (a data or evaluation word), or it
    stands in a list beside another capitalised name; not right after a technique noun ("a new algorithm Salsa")."""
    if _TECHNIQUE_BEFORE53.search(text, 0, start):
        return False
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), -1) + 1
    right = text.find(". ", end)
    sentence = text[left : right if right >= 0 else len(text)]
    if _DATA_CUE53.search(sentence):
        return True
    return bool(re.search(r"[A-Z][\w\-]*,\s*$", text[max(0, start - 40) : start])
                or re.match(r",\s*(?:and\s+)?[A-Z]", text[end:]))


def acronym_spans53(text: str, variants: dict[str, tuple[str, str]], forms: frozenset[str],
                    title: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, entry id) of each "Xxxx" word of ``text`` that is a listed all-capitals name in another case,
    not a spelling the paper makes its own (recall40's test)."""
    if not variants:
        return []
    from . import speed40

    keep = []
    # speed51: speed40's pre-checked scan, the same spans as recall40.variant_spans40 for any variants dict (a text
    # none of whose 4+ letter words is a key returns [] at once; was ~1.3 % of plain extraction, unchecked)
    found = speed40.variant_spans40(text, variants, forms, title)
    # a word written once right after a technique noun is the paper's technique in all its mentions ("a new
    # algorithm Salsa ... Salsa achieves ...")
    technique = {text[s:e] for s, e, _ in found if _TECHNIQUE_BEFORE53.search(text, 0, s)}
    for s, e, eid in found:
        w = text[s:e]
        if not (w[0].isupper() and w[1:].islower()) or text is title:
            continue  # titles capitalise every word
        if re.match(r"-[A-Z]", text[e:]):
            continue  # "Shap-Mix", "Lime-Flavored": the head of a coined name
        before = _NAME_BEFORE53.search(text, 0, s)
        if _PERSON_NEXT53.match(text, e) or (
                before and (before.group(1) is None or not _sentence_start53(text, before.start()))):
            continue  # "Bert Kappen", "Davis et al.", "Claude 3 Opus", "Adam Smith": part of another name
        if eid.split(":", 1)[0] in ("dataset", "benchmark") and (
                not _used_as_data53(text, s, e) or w in technique or _EDITION_NEXT53.match(text, e)
                or re.match(r" \d|-\w", text[e:])):
            continue  # "Movielens 1M", "Coco-stuff": the longer name is the shape rules'
        keep.append((s, e, eid))
    return keep
