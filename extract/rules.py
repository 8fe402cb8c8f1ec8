"""Context rules for names no list knows: "we propose X", "X, a benchmark for", "X-7B", "GSM8K".

Each rule is a regular expression over the document text plus a type decision; matches go to
``doc._.rule_matches`` as (start, end, type, rule), type "unknown" when only the shape is known. The resolver decides overlaps, types and roles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("rule_matches"):
    Doc.set_extension("rule_matches", default=None)

from .gazetteer import GazetteerEntry, load_entries
from .scan import WORD_START, alternation, word_start_scan
from .sentences import doc_text
from .urls import URL
from .lexicon import (
    APPOSITIVE_TYPE, FOLLOWER_TYPE, GENERIC_ACRONYMS, GENERIC_WORDS, LANGUAGE_NAMES, NAMING_WORDS, PROPOSAL_VERBS, VENUES,
    WORKSHOPS, shared_task_series,
)

# A name-ish word: letters/digits joined by hyphens, dots, slashes or pluses ("HumanEval+", "Llama-2-7B").
WORD = r"[A-Za-z0-9][A-Za-z0-9+]*(?:[.\-/][A-Za-z0-9]+)*\+*"
TITLE_WORD = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
# "and" is not a connector: "Starling-RM-7B and Starling-RM-34B" are two names.
CONNECTOR = r"(?:of|for|with|via|by|from|to|in|on|the|as|-)"
TITLE_RUN = rf"{TITLE_WORD}(?:\s+(?:{CONNECTOR}\s+)?{TITLE_WORD}){{0,5}}"
COMMON_CAPS = {w.capitalize() for w in STOP_WORDS} | {
    "However", "Moreover", "Furthermore", "Specifically", "Additionally", "Finally", "Recently", "Existing",
    "Experimental", "Experiments", "Extensive", "Our", "This", "These", "Unlike", "Despite", "Through", "To",
    "In", "We", "It", "Results", "Code", "Github", "GitHub", "Figure", "Table", "Section", "First", "Second",
    "Third", "Lastly", "Overall", "Notably", "Surprisingly", "Building", "Based", "Using", "Given", "While",
    "Large", "Language", "Models", "Model", "Human", "Data", "English", "Chinese", "AI", "Paper",
}
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
CITATION_AFTER = re.compile(r"\s*(?:et al|'s\b|’s\b)")
# "3DiFACE", "3DMM": a leading number and then a run with two capitals is a name, not a size ("7B", "3D").
# "3DiFACE", "2DPASS"; and a dimension before a CamelCase name, "3D-LaneNet", "3D-ResNet" (not "3D-CNN": a class)
NUMBER_LED_NAME = re.compile(r"\d+[A-Z][A-Za-z]*[A-Z]|\d+D-[A-Z][a-z]+[A-Z]")
SIZE_OR_NUMBER = re.compile(r"^\d[\d.,]*[A-Za-z]{0,2}$|^\d+(?:[.\-]\d+)*[A-Za-z]?[-\d.A-Za-z]*$")


@lru_cache(maxsize=65536)  # a pure test of a string, asked ~18 times per abstract, mostly of words seen before
def looks_named(word: str) -> bool:
    """Shape of a name: capitals after the first letter (DoLa, GSM8K, MT-Bench) or letters with digits."""
    w = word.strip(".,;:+")
    if len(w) < 2 or w in GENERIC_ACRONYMS or w.lower() in STOP_WORDS:
        return False
    if SIZE_OR_NUMBER.match(w) and not NUMBER_LED_NAME.match(w):
        return False
    if w.endswith("s") and (w[:-1] in GENERIC_ACRONYMS or PLURAL_ACRONYM.fullmatch(w)):
        return False  # "LLMs", "LMAs": plural acronyms name a class of things, not one thing
    parts = w.split("-")
    if "to" in parts[1:-1]:
        return False  # "Text-to-SQL", "Speech-to-Text": a task, not a name
    if len(parts) > 1 and parts[-1].isalpha() and parts[-1].islower() and len(parts[-1]) > 3:
        return False  # adjective compounds: "KL-regularized", "LLM-based", "GPT-4-generated"
    if all(p.isalpha() and (p.islower() or p[1:].islower()) for p in parts):
        return False  # "Spatio-Temporal", "In-Context"
    if len(w) < 3 and not w.isupper():
        return False
    has_alpha = any(c.isalpha() for c in w)
    inner_caps = any(c.isupper() for c in w[1:])
    digits_and_letters = has_alpha and any(c.isdigit() for c in w)
    return has_alpha and (inner_caps or digits_and_letters)


# Shapes that are names without any cue: CamelCase with a lower-case run ("DialoGPT", "GloVe", "mBERT"; not
# "pre-LLM" or the emphasis in "alignMEnt"),
# or a coined stem ending in a model-name part ("CycleGAN", "ResNet-50", "Swin-Former", "HyperNeRF").
NAME_SHAPE = re.compile(
    r"(?=[A-Za-z0-9\-+.]*[a-z]{2})(?=(?:[^A-Z]*[A-Z]){2})(?![A-Za-z0-9]*[a-z][A-Z]{2,}[a-z])(?:[A-Z]|[a-z][A-Z])"
    r"[A-Za-z0-9]*(?:[\-.][A-Za-z0-9]+)*\+{0,2}"
    r"|(?:[A-Z]|[a-z][A-Z])[A-Za-z0-9]*-?(?:Net|GAN|Former|former|NeRF|BERT|GPT)(?:[\-+]?v?\d+(?:\.\d+)*)?\+{0,2}"
)
# "SYntax", "BIrd": two capitals for emphasis, then a plain word; "LSS-Based", "SDCA-Powered": a
# title-cased modifier; "Non-I.I.D": a prefix.
EMPHASIS_CAPS = re.compile(
    r"[A-Z]{2}[a-z]{2,}$|[A-Z][a-z]{3,}[A-Z]$"  # "BIrd", "EstimatoR"
    r"|.*-(?:Based|Like|Style|Aware|Free|Driven|Guided|Level|Specific|Only|[A-Z][a-z]+(?:ed|ing|ian|al|ive|ous))$"
    r"|(?:Non|Anti|Pre|Post|Multi|Semi|Dataset|Data|Model)-"  # "Non-I.I.D", "PAC-Bayesian", "Dataset-DESOBA"
)
# A web address is no name ("ClinicalTrials.gov").
WEB_ADDRESS = re.compile(r"\.(?:gov|com|org|net|edu|io)$", re.IGNORECASE)
# Surnames and name particles ("McCallum", "DeVries", "LeCun", "MacKay", "VanLehn") look CamelCase too.
PERSON_SHAPE = re.compile(r"(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|Du|Fitz|O')[A-Z][a-z]+$")


@lru_cache(maxsize=65536)  # pure tests of a word, asked for every name-shaped word of every text
def _coined_shape(word: str) -> bool:
    return bool(NAME_SHAPE.fullmatch(word) and not PERSON_SHAPE.match(word) and not EMPHASIS_CAPS.match(word)
                and word not in COMMON_CAPS and not WEB_ADDRESS.search(word))


@lru_cache(maxsize=65536)
def _shape_type(word: str) -> str:
    """ "FakeNewsChallenge" is a benchmark, "WikiAnswers" a dataset; else unknown (the resolver decides)."""
    if re.search(r"(?:Bank|Corpus|QA|Answers|Set|Data|DB)$", word):
        return "dataset"
    if re.search(r"(?:Challenge|Bench|Eval)$", word):
        return "benchmark"
    if re.search(r"(?:Score|BLEU|ROUGE|METEOR)$", word) or re.search(r"-(?i:divergence|distance|entropy|error|rate)$", word):
        return "metric"  # "MoverScore", "SacreBLEU", "KL-Divergence", "Word-Error-Rate": measures, not methods
    if re.search(r"BERT|GPT|LLaMA|Llama", word) and not re.search(r"Score|Eval", word):
        return "model"  # "ColBERTv2", "DialoGPT": a coined name built on a pretrained model's name
    return "unknown"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in ".,;:)'\"":
        end -= 1
    while start < end and text[start] in "('\"“":
        start += 1
    return start, end


def model_family_regex(entries: tuple[GazetteerEntry, ...] | None = None) -> re.Pattern:
    """Known model names followed by version, size and flavour parts: "Mistral 7B Instruct v0.2".

    ``entries`` is the list the pipeline's gazetteer loaded (the shipped list when None).
    """
    return _model_family_regex(tuple(sorted({f for e in (entries if entries is not None else load_entries())
                                             if e.type == "model" for f in e.forms})))


@lru_cache(maxsize=4)
def _model_family_regex(model_forms: tuple[str, ...]) -> re.Pattern:
    forms = sorted(model_forms, key=len, reverse=True)
    names = alternation(forms)  # as a prefix tree: a regex of 200 names in a row was a tenth of extraction
    part = (
        r"(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BMK]|\d+x\d+[BM]|Instruct|Chat|chat|Base|Turbo|Plus|Pro|Sonnet|"
        r"Opus|Haiku|mini|Mini|Nano|Ultra|Flash|XL|XXL|Large|large|Small|small|Medium|Vision|VL|Coder|Code|"
        r"Preview|Max|Omni|Instruct-v\d+(?:\.\d+)*|it|hf|HF|SFT|RLHF|DPO|[A-Z]{1,3}\d+(?:\.\d+)?|R\d|V\d(?:\.\d+)?)"
    )
    caps_part = r"-[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*"  # "Qwen-SFT-MoI": a hyphen and a capitalised tag
    return re.compile(rf"{WORD_START}({names})((?:(?:-| )(?:{part})|{caps_part})*)(?![\w\-])")


SIZED_MODEL = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*(?:[\-.][A-Za-z0-9]+)*?)-(\d+(?:\.\d+)?[BM])(?:-[A-Za-z][\w.]*)*(?![\w\-])")
BENCH_SHAPE = re.compile(r"(?<![\w\-])((?:[A-Z][\w]*-)*[A-Z][\w]*(?:Bench|bench|BENCH|QA|Eval|EVAL)(?:-[\w]+)*|(?:[A-Z][\w]*-)+(?:Bench|QA|Eval)(?:-[\w]+)*)(?![\w\-])")
# What every match of SIZED_MODEL / BENCH_SHAPE holds.
SIZE_PART = re.compile(r"-\d+(?:\.\d+)?[BM]")
BENCH_PART = re.compile(r"Bench|bench|BENCH|QA|Eval|EVAL")


def has_bench_part(text: str) -> bool:
    """``BENCH_PART.search(text) is not None``: one of its six literal words is in the text (session 28: a few
    str.find passes; re entered the alternation at every "b", "B", "E" and "Q")."""
    return (("ench" in text and ("Bench" in text or "bench" in text)) or "QA" in text or "Eval" in text
            or "BENCH" in text or "EVAL" in text)
# Anchors first, then a look around them: a regex that starts with an alternation of words tries it at
# every character of every abstract, which was the slowest part of extraction.
_TYPE_WORDS = "|".join(sorted(APPOSITIVE_TYPE, key=len, reverse=True))
# Every branch starts with a letter, not a group or a class ("We|we", not "[Ww]e"): re then skips to the
# letters that can start a match (scan.WordStartScan searches these without their leading \b).
_CALL_AS = "|".join(rf"{v}(?:s|bed|ed)?\b[^.;]{{0,60}}?\bas" for v in ("dub", "term", "name", "call"))
NAMING = re.compile(rf"\b(?:{'|'.join(sorted(NAMING_WORDS))}|{_CALL_AS})\s+(?:as\s+|it\s+)?[\"“']?")
NAME_AT = re.compile(rf"{TITLE_RUN}|{WORD}")
TYPE_BEFORE = re.compile(rf"\b((?i:{_TYPE_WORDS})),?\s+$")  # "a benchmark dataset, called X"
# "five benchmarks (AlpacaEval 2.0, FLASK, Koala, ...)", "baselines like DSIR and D4".
LIST_INTRO = re.compile(
    r"\b(Benchmarks|benchmarks|Datasets|datasets|Baselines|baselines|Models|models|Methods|methods|Algorithms|algorithms)(?:\s+(?!benchmark|dataset|baseline|model|method)[a-z][\w\-]*){0,5}?\s*(?:\(|:|,?\s+(?:such as|including|like|namely|i\.e\.,?|e\.g\.,?)\s+)([^();:]{3,240})"
)
# A plain lower-case word inside a list item starts a clause ("Chnsenticorp contain no errors", "GOT-10k
# demonstrate that", "XLNet on GLUE"); "of", "the", "de", versions and words with digits ("v1.1", "de-en") are
# parts of names.
LIST_ITEM_CLAUSE = re.compile(r"\s+(?!(?:of|the|and|de|des|du|la|le|et|van|von|der)\b)[a-z]{2,}(?![\w\-.])")
LIST_ITEM_CITATION = re.compile(r"\s*\[[^\]]{0,12}\]\s*$")
LIST_TAIL_NAME = re.compile(r"\S+(?:\s+(?:(?:of|for|on|in|the)\s+[A-Z]\S*|[A-Z0-9]\S*|[a-z]+[A-Z0-9]\S*))*")
LIST_TYPE = {"benchmarks": "benchmark", "datasets": "dataset", "baselines": "method", "models": "model", "methods": "method",
             "algorithms": "method"}
PROPOSAL = re.compile(
    rf"\b(?:We|we|This (?:paper|work|study|article)|this (?:paper|work|study|article)|Our (?:work|paper|study)|our (?:work|paper|study))\s+(?:\w+\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(PROPOSAL_VERBS))})\b"
)


@lru_cache(maxsize=256)  # the resolver asks again for the abstract, up to a batch of docs later
def proposal_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every "we propose"-like phrase (PROPOSAL) in the text."""
    return tuple(m.span() for m in word_start_scan(PROPOSAL).finditer(text))


APPOSITIVE = re.compile(rf",\s*(?:a|an|the|our)\s+(?:[\w\-]+\s+){{0,6}}?((?i:{_TYPE_WORDS}))\b")
# "C-ORAL-BRASIL I is a Brazilian Portuguese speech corpus": a name-shaped subject of "is a ... <type noun>".
COPULA_TYPE = re.compile(rf"\s+is\s+an?\s+(?:[\w\-]+\s+){{0,6}}?((?i:{_TYPE_WORDS}))\b")
# session 13: the kind noun is a whole word, not the head of a compound ("an effective and model-agnostic approach"
# is an approach, not a model); recall_rules.whole_kind_word picks these (PAPERKG_RECALL13=whole-kind-word: the old ones).
# The words before it open no clause either ("PlaNet, a model-based agent that learns the environment dynamics" is
# no environment).
_KIND_GAP = r"(?:(?!(?:that|which|who|whose|where|to|for|in|on|with|from|by|as|at|into|over|than)\s)[\w\-]+\s+){0,6}?"
APPOSITIVE_WHOLE = re.compile(rf",\s*(?:a|an|the|our)\s+{_KIND_GAP}((?i:{_TYPE_WORDS}))(?![\w\-])")
COPULA_TYPE_WHOLE = re.compile(rf"\s+is\s+an?\s+{_KIND_GAP}((?i:{_TYPE_WORDS}))(?![\w\-])")
NAME_BEFORE_IS = re.compile(rf"(?<![\w\-])({TITLE_RUN}|{WORD})$")
NAME_BEFORE_COMMA = re.compile(rf"(?<![\w\-])({TITLE_RUN}|{WORD})\s*(?:\([^()]{{1,90}}\))?\s*$")
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
VERSION_AFTER = re.compile(r"\s+v?\d+(?:\.\d+)+(?![\w.\-])|\s+v\d+(?![\w.\-])")
PREV_WORD = re.compile(r"([A-Za-z]+)\s+$")


def word_before_space(text: str, lo: int, end: int) -> tuple[int, str] | None:
    """``PREV_WORD.search(text, lo, end)`` as (start of the word, the word): the ASCII letters right before the
    white space that runs to ``end``. re tries every start in the window and backtracks from each (~6 us a call,
    once for every name-shaped word); only the letters before that white space can match, the leftmost of them
    (within the window) first. re's \\s is str.isspace()."""
    q = end
    while q > lo and text[q - 1].isspace():
        q -= 1
    p = q
    while p > lo and ("a" <= text[p - 1] <= "z" or "A" <= text[p - 1] <= "Z"):
        p -= 1
    if q == end or p == q:
        return None
    return p, text[p:q]


PREV_NAME_WORD = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z0-9]*)\s+$")
# Only words with a capital or a digit somewhere can be name-shaped; the lookahead keeps the loop short.
NAME_WORD = re.compile(rf"(?<![\w\-])(?=[A-Za-z0-9+.\-/]*[A-Z0-9]){WORD}")


# NAME_WORD's matches, found faster (session 17). Its look-behind comes first, so re tries it at every character
# of a text (~50 us an abstract, the largest single scan of the context rules). Every match lies inside one run of
# NAME_RUN characters (WORD reads only those) and needs a capital or a digit in its run (the look-ahead reads only
# run characters), so each such run is scanned alone: re finds a capital or digit by its first-character set
# without trying the rest of the pattern, the run is widened to its bounds, and NAME_WORD scans the run
# (pos/endpos: the look-behind still sees the character before the run). Same matches (test_extract_scan).
NAME_RUN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-/"
CAP_OR_DIGIT = re.compile(r"[A-Z0-9]")
NAME_RUN_REST = re.compile(r"[A-Za-z0-9+.\-/]*")


# Asked by name_shaped_words and find_rule_spans one after the other, and again by the mined lexicon
# (lexicon_mined.name_starts) after the context rules have run over a whole batch of 64 abstracts and 64 titles
# (pipeline.extract_local): a cache of 2 missed there and every text was scanned twice (session 17).
@lru_cache(maxsize=256)
def name_word_spans(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    pos = 0
    while (cap := CAP_OR_DIGIT.search(text, pos)) is not None:
        start = cap.start()
        while start > 0 and text[start - 1] in NAME_RUN:  # back to the run's first character
            start -= 1
        end = NAME_RUN_REST.match(text, cap.end()).end()
        if text[start:end].isascii() and text[start:end].isalnum():
            # Letters and digits only (most runs): the whole run when the look-behind lets it start, else nothing
            # (inside the run a letter or digit precedes every character). re's \w is str.isalnum() or "_".
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                out.append((start, end))
        else:
            for m in NAME_WORD.finditer(text, start, end):
                out.append(m.span())
        pos = end
    return tuple(out)


CANDIDATE_AFTER_VERB = re.compile(rf"({TITLE_RUN}|{WORD})")
AND_NAME = re.compile(rf"\s*,?\s+and\s+({WORD})")
DATA_BEFORE_PAREN = re.compile(r"\b(?:dataset|corpus|treebank|database)\s*\($")
# "a new ... dataset, X": a resource introduced with an indefinite article, then its name after a comma.
DATA_INTRO = re.compile(r"\b(?:[Aa]n?|new|novel)\s+(?:[\w\-]+\s+){0,6}?(dataset|corpus|benchmark|treebank|database),\s+$")


# Words after which the next capitalised word is an argument, not the thing proposed.
PROPOSAL_GAP_STOP = re.compile(
    r"\(|e\.g\.|such as|\s(?:of|for|to|on|with|in|from|using|that|which|how|whether|between|at|by|under|into)\s"
    # "design regularization into the standard Transformer": an established thing is not the new one
    r"|\s(?:standard|vanilla|original|conventional|existing|popular|classic|classical|traditional|well-known)\s"
)
PLAIN_NEXT = re.compile(r"\s+([a-z][a-z\-]+)\b")


def _modifier(word: str, text: str, end: int) -> bool:
    """A plain capitalised word before a content word modifies it: "a Bayesian approach", "Markov chain"."""
    if " " in word or not word.isalpha() or any(ch.isupper() for ch in word[1:]):
        return False
    nxt = PLAIN_NEXT.match(text, end)
    return bool(nxt) and nxt.group(1) not in STOP_WORDS


# "TAC 2011", "DUC-2004", "SemEval-2017 Task 4", "ICDAR 2017 Information Extraction competition": an
# acronym-like word with a year names an evaluation campaign or its data. Anchored on the year (rare),
# then the word before it is checked.
YEAR = re.compile(r"[ \-](?:19|20)\d\d(?![\w\-])")
ACRONYM_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*)$")
YEAR_TAIL = re.compile(r"\s+[Tt]ask\s+\d+\b|(?:\s+[A-Z][\w\-]*){0,4}\s+(?:competition|challenge|[Ss]hared [Tt]ask)\b")
CAMPAIGN_AFTER = re.compile(r"\s+evaluation\b")
# "Esposalles database", "Switchboard corpus": capitalised words before a data noun. Anchored on the noun.
DATA_NOUNS = ("corpus", "database", "treebank", "dataset", "competition", "challenge")
# Up to four words: "Street View House Numbers dataset", "Dialog State Tracking Challenge dataset" (three cut them).
CAPS_BEFORE = re.compile(r"(?<![\w\-&.+])((?:[A-Z][A-Za-z0-9\-]*\s+){0,3}[A-Z][A-Za-z0-9\-]*)$")
DATA_NOUN_TYPE = {"competition": "benchmark", "challenge": "benchmark"}


@lru_cache(maxsize=1)
def _series_year() -> re.Pattern:
    """ "WMT20", "SemEval-2017", "CoNLL03": a shared-task series with a year, as one name-shaped word."""
    names = "|".join(re.escape(n) for n in sorted(shared_task_series(), key=len, reverse=True) if " " not in n)
    return re.compile(rf"(?:{names})-?(?:\d\d|(?:19|20)\d\d)")


def year_matches(text: str) -> list[re.Match]:
    """``list(YEAR.finditer(text))``, tried only before each "19" and "20" (session 28: re entered the pattern at
    every space). A match is a space or hyphen and four digits, so no match starts inside another: the matches
    are those of YEAR.match at every such place, in text order."""
    found: list[re.Match] = []
    for lead in ("19", "20"):
        i = text.find(lead, 1)
        while i != -1:
            if text[i - 1] in " -" and (m := YEAR.match(text, i - 1)) is not None:
                found.append(m)
            i = text.find(lead, i + 1)
    if len(found) > 1:
        found.sort(key=lambda m: m.start())
    return found


def year_named_spans(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for y in year_matches(text):
        if not text[y.start() - 1 : y.start()].isalpha():
            continue
        w = ACRONYM_BEFORE.search(text, max(0, y.start() - 25), y.start())
        tail = YEAR_TAIL.match(text, y.end())
        # "the NLI-2017 evaluation": a generic acronym with a year is a campaign when a campaign noun follows
        campaign = tail or CAMPAIGN_AFTER.match(text, y.end())
        if not w or w.group(1) in VENUES or (w.group(1) in GENERIC_ACRONYMS and not campaign) or w.group(1) in COMMON_CAPS:
            continue
        if w.group(1) in WORKSHOPS and not tail:
            continue  # "at WASSA 2018": a workshop's year is an event; "the WASSA 2018 shared task" is not (session 20)
        out.append((w.start(1), tail.end() if tail else y.end(), "benchmark", "rule:name-year"))
    return out


def _occurrences(text: str, word: str):
    """Start of each occurrence of ``word`` in ``text``, left to right, not overlapping: the anchor of the rules
    that look for a rare noun with str.find before reading the words around it (no regex scan of the text)."""
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + len(word))


def _data_noun_hits(text: str):
    """(start, end) of each data noun preceded by a space and a capitalised word; str.find, no regex scan."""
    for noun in DATA_NOUNS:
        for i in _occurrences(text, noun):
            e = i + len(noun)
            if i > 1 and text[i - 1] == " " and text[i - 2].isalnum() and not text[e : e + 1].isalnum():
                prev_word = text.rfind(" ", 0, i - 1) + 1
                if text[prev_word : prev_word + 1].isupper():
                    yield i, e


def _names_language(word: str) -> bool:
    """"Spanish", "English-to-German": a language or language pair, no dataset name on its own."""
    return any(part in LANGUAGE_NAMES for part in word.split("-"))


def caps_lead(text: str, lo: int, hi: int) -> tuple[int, list[str], str] | None:
    """The capitalised words ending at hi (before a data noun), without leading common words ("The Switchboard"):
    their start, the words, and the text before them (stripped)."""
    lead = CAPS_BEFORE.search(text, lo, hi)
    if not lead:
        return None
    words = lead.group(1).split()
    start = lead.start(1)
    while words and words[0] in COMMON_CAPS:
        start = text.index(words[0], start) + len(words[0])
        start += len(text[start:]) - len(text[start:].lstrip())
        words = words[1:]
    return start, words, text[:start].rstrip()


def data_noun_spans(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for n_start, n_end in _data_noun_hits(text):
        lead = caps_lead(text, max(0, n_start - 81), n_start - 1)
        if not lead:
            continue
        start, words, before = lead
        if text[start - 1 : start] == "/":
            continue  # "the CNN/Daily Mail dataset": the name starts before the slash (a list entry's, not ours)
        if not words or not before or before[-1] in ".!?:" or _names_language(words[-1]):
            continue  # sentence-initial capitals, "the Spanish corpus", "an English-to-German dataset" name nothing
        if looks_named(words[-1]) or words[-1] in GENERIC_ACRONYMS:
            continue  # name-shaped words are the followed-by-type rule's
        noun = text[n_start:n_end]
        out.append((start, n_end, DATA_NOUN_TYPE.get(noun, "dataset"), "rule:data-noun"))
    return out


# "on the UCF-GZSL, VGGSound-GZSL, and ActivityNet-GZSL benchmarks", "on Something-Something and Kinetics
# datasets": every item of a list before a plural data noun is one. Anchored on the noun (str.find).
LIST_NOUNS = {" benchmarks": "benchmark", " datasets": "dataset", " corpora": "dataset"}
# An item starts a word (not "ImageNet" inside "miniImageNet"); it may start lower-case before a capital.
_ITEM = r"(?:[A-Z0-9]|[a-z]+[A-Z])[\w\-+]*(?:\.\w+)*(?:\s[A-Z0-9][\w\-+]*(?:\.\w+)*){0,2}"
LIST_BEFORE_NOUN = re.compile(rf"(?<![\w\-+.])((?:{_ITEM}\s*,\s*)*{_ITEM},?\s+(?:and|or)\s+{_ITEM})$")
# "on CUB, Pascal 3D and new web-scraped datasets": two or more names, then plain words before the noun.
LIST_THEN_PLAIN = re.compile(rf"(?<![\w\-+.])((?:{_ITEM}\s*,\s*)+{_ITEM}),?\s+(?:and|or)(?:\s+[a-z][\w\-]*){{1,3}}$")
LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def listed_before_noun(text: str) -> list[tuple[int, int, str, str]]:
    return list_items_before(text, LIST_NOUNS, "rule:listed")


def list_items_before(text: str, nouns: dict[str, str], rule: str) -> list[tuple[int, int, str, str]]:
    """Each item of a list of names right before one of the nouns ("A, B and C datasets"), typed by the noun."""
    out = []
    for noun, typ in nouns.items():
        for i in _occurrences(text, noun):
            prev_word = text.rfind(" ", 0, i) + 1
            first = text[prev_word : prev_word + 1]
            if first.isupper() or first.isdigit() or recall_rules.lower_cap_last_item(text, i):
                m = LIST_BEFORE_NOUN.search(text, max(0, i - 200), i)
            else:
                m = LIST_THEN_PLAIN.search(text, max(0, i - 200), i) if first.islower() else None
                if m is None and first.islower():  # session 23: "the A and B real-world datasets"
                    m = recall_rules.modifier_list_match(text, i, LIST_BEFORE_NOUN)
            if m:
                pos = m.start(1)
                # session 23: a list naming languages, pairs, dimensions or shots keeps only its name-shaped items
                # ("Uyghur, Kazakh, and Kyrgyz classification datasets", "2D and 3D ... datasets")
                mixed = recall_rules.list_names_no_data(LIST_SPLIT.split(m.group(1)), _names_language)
                for item in LIST_SPLIT.split(m.group(1)):
                    start = text.index(item, pos)
                    pos = start + len(item)
                    if mixed and recall_rules.plain_or_no_data_item(item, _names_language):
                        continue
                    words = item.split()
                    if words[0] in COMMON_CAPS or item in GENERIC_ACRONYMS or _names_language(words[-1]):
                        continue  # "English and Chinese datasets", "English-to-German datasets"
                    if not any(ch.isalpha() for ch in item):
                        continue  # "PASCAL VOC 2007 and 2012 datasets": 2012 alone names nothing
                    out.append((start, pos, typ, rule))
    return out


# "a Moving Objectness Detector trained on ...", "with a Hierarchical Pooling Network": a run of capitalised
# words in mid-sentence whose last word is a technique's head noun names that technique. Anchored on the
# capitalised head (rare), then the words before it are read.
CAPS_HEADS = ("Network", "Networks", "Net", "Nets", "Machine", "Machines", "Detector", "Detectors", "Generator",
              "Encoder", "Decoder", "Autoencoder", "Autoencoders", "Transformer", "Transformers", "Module",
              "Estimator", "Sampler", "Optimizer", "Optimiser", "Filter", "Algorithm", "Regression", "Forest",
              "Forests", "Tree", "Trees", "Field", "Fields", "Process", "Processes", "Classifier", "Embedding",
              "Embeddings", "Attention", "Optimization", "Optimisation", "Descent", "Sampling", "Hashing",
              "Model", "Models", "Pursuit", "Distillation", "Clustering", "Allocation", "Propagation",
              "Carlo")
# Searched without its look-behind (a word and a space before it), which is checked by hand: a pattern that
# starts with one is tried at every character (see scan.py). A head holds no space, so a match refused
# there hides no other that starts inside it.
CAPS_HEAD = re.compile(rf"(?:{alternation(sorted(CAPS_HEADS, key=len, reverse=True))})(?![\w\-])")
_WORD_CHAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
CAPS_RUN_BEFORE = re.compile(r"(?<![\w\-&.+])((?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s+){1,4})$")
CAPS_AFTER = re.compile(r"\s+[A-Z]")
CONNECTED_CAPS_BEFORE = re.compile(r"[A-Z][\w\-]*\s+(?:and|of|through|for|with|to|via|by|&)$")
WORDS_BEFORE = re.compile(r"(\S+)\s+(\S+)\s+(\S+)\s*$")


def caps_heads(text: str):
    """CAPS_HEAD's matches after a word and a space: ``(?<=[A-Za-z0-9] )`` checked by hand."""
    for h in CAPS_HEAD.finditer(text):
        if h.start() >= 2 and text[h.start() - 1] == " " and text[h.start() - 2] in _WORD_CHAR:
            yield h


def caps_head_spans(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for h in caps_heads(text):
        start = caps_name_start(text, h.start(), h.end())
        if start is not None:
            out.append((start, h.end(), "method", "rule:caps-head"))
    return out


def caps_name_start(text: str, head_start: int, head_end: int) -> int | None:
    """Start of the capitalised run in mid-sentence that ends with the head at head_start:head_end ("... the
    Gumbel Softmax Estimator"), or None where it names nothing (a sentence's first words, title case, a class
    of models, a longer name's tail). Read by caps_head_spans and recall_rules.caps_gerund_spans."""
    lead = CAPS_RUN_BEFORE.search(text, max(0, head_start - 80), head_start)
    if not lead or CAPS_AFTER.match(text, head_end):
        return None  # "Neural Machine Translation": the head is further on
    start = lead.start(1)
    words = text[start:head_end].split()
    while words and words[0] in COMMON_CAPS:
        start = text.index(words[0], start) + len(words[0])
        start += len(text[start:]) - len(text[start:].lstrip())
        words = words[1:]
    before = text[:start].rstrip()
    if len(words) < 2 or not before or before[-1] in ".!?:\"“" or _names_language(words[0]):
        return None  # a sentence's or a title-cased heading's first word: no evidence
    if CONNECTED_CAPS_BEFORE.search(before):
        return None  # "Aspect and Opinion Propagation", "ALignment through Action Distillation": a longer name's tail
    prev = WORDS_BEFORE.search(text, max(0, start - 60), start)
    if prev and sum(w[:1].isupper() for w in prev.groups()) >= 2:
        return None  # title case ("Softmax Loss for Convolutional Neural Networks"): every word is capitalised
    if words[-1] in ("Model", "Models", "Carlo") and len(words) < 3:
        return None  # "the Acoustic Model", "a Comparison Model": one word before "Model" is mostly a kind
    if all(part.lower() in GENERIC_WORDS for w in words[:-1] for part in w.split("-")):
        return None  # "Deep Neural Network", "Graph Neural Networks": a class of models, no name
    return start


# "the Sinkhorn algorithm", "the Swendsen-Wang sampler", "a Laplace approximation": a plain capitalised word
# (mostly a surname) before a technique noun names the technique. "algorithm"/"method" stay out of the name
# (they are generic tails); other heads belong to it. Anchored on the noun (str.find).
EPONYM_HEADS = {" algorithm": False, " method": False, " sampler": True, " approximation": True,
                " optimizer": True, " estimator": True, " filter": True, " transform": True, " decomposition": True,
                " heuristic": True, " relaxation": True, " iteration": True, " bound": True}
EPONYM_BEFORE = re.compile(r"(?:\b(?:the|a|an|The|A|An)|(?<![\w\-])[a-z][a-z\-]*,?)\s+((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,3})$")
# "an EM algorithm", "the ADMM method": an acronym before the noun; the noun stays in the name, since a bare
# acronym is often ambiguous across the corpus (EM: exact match) while "EM algorithm" is not.
KIND_ACRONYMS = frozenset("AI ML DL NLP CV IR NN DNN CNN RNN GNN MLP SSL RL DRL LLM LM VLM MT ASR QA GAN VAE".split())
ACRONYM_BEFORE_HEAD = re.compile(r"\b(?:the|a|an|The|A|An)\s+([A-Z]{2,6}\s+)$")
# Adjectives from names name a kind, not a technique: "a Bayesian method", "the Gaussian approximation".
ADJECTIVE_END = re.compile(r"(?:ian|ean|ic|al|ive|ed)$")


@lru_cache(maxsize=1)
def _listed_method_forms() -> frozenset[str]:
    return frozenset(f for e in load_entries() if e.type in ("method", "model") for f in e.forms)


def capitalised_word_before(text: str, lo: int, end: int) -> bool:
    """Whether ``text[lo:end]`` ends with white space after a capitalised ASCII word ("Gibbs "): every match of
    EPONYM_BEFORE.search(text, lo, end) does. A test by hand spares most searches (~35 us each: the pattern is
    tried at every start in the window), as "the proposed algorithm" fails it."""
    j = end
    while j > lo and text[j - 1].isspace():
        j -= 1
    k = j
    while k > lo and "a" <= text[k - 1] <= "z":
        k -= 1
    return j < end and k < j and k > lo and "A" <= text[k - 1] <= "Z"


def eponym_spans(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for head, keep in EPONYM_HEADS.items():
        for i in _occurrences(text, head):
            end = i + len(head)
            if not text[end : end + 1].isalnum():
                lo = max(0, i - 60)
                m = EPONYM_BEFORE.search(text, lo, i + 1) if capitalised_word_before(text, lo, i + 1) else None
                words = m.group(1).split() if m else []
                if words and not any(w in COMMON_CAPS or ADJECTIVE_END.search(w) or _names_language(w) for w in words):
                    out.append((m.start(1), end if keep else i, "method", "rule:eponym"))
                elif head in (" algorithm", " method") and (a := ACRONYM_BEFORE_HEAD.search(text, max(0, i - 20), i + 1)) \
                        and a.group(1).strip() not in KIND_ACRONYMS:  # "a CNN method", "the SSL method": a kind
                    # a listed acronym ("an MCMC algorithm") is that entry; the noun joins only an unknown one
                    known = a.group(1).strip() in _listed_method_forms()
                    out.append((a.start(1), i if known else end, "method", "rule:eponym"))
    return out


# "Csflow and U-Flow perform best": a capitalised word joined by "and"/"or" to a coined name is a name of the
# same kind. Only one plain word (not a sentence's first, not a common or language word).
COORDINATED_BEFORE = re.compile(r"(?<![\w\-])([A-Z][a-z]{3,}[a-z0-9]*)\s+(?:and|or)\s+$")
COORDINATED_AFTER = re.compile(r"\s+(?:and|or)\s+([A-Z][a-z]{3,}[a-z0-9]*)(?![\w\-])")


def _coordinated_name(text: str, start: int, word: str) -> bool:
    before = text[max(0, start - 40) : start].rstrip()
    after = text[start + len(word) : start + len(word) + 2]
    prev = before.rsplit(None, 1)[-1] if before.split() else ""
    # a word on its own: not part of a capitalised run ("Relation Extraction", "San Francisco")
    lead = before[: len(before) - len(prev)].rstrip()
    opener = (not lead or lead[-1] in ".!?") and (prev in COMMON_CAPS or prev.endswith("ly"))  # "Notably X and Y"
    alone = (not prev[:1].isupper() or opener) and not (after[:1] == " " and after[1:2].isupper())
    return (alone and bool(before) and before[-1] not in ".!?:;\"“(" and word not in COMMON_CAPS
            and not _names_language(word) and not ADJECTIVE_END.search(word))


def _name_ok(name: str) -> bool:
    words = name.split()
    if not words or words[0] in COMMON_CAPS:
        return False
    if len(words) > 1 or looks_named(name):
        return True
    # One capitalised word ("Janus") passes; a generic acronym or plural one ("LLMs") does not, nor a
    # compound adjective ("T5-based").
    if "-" in name and name.rsplit("-", 1)[1].islower():
        return False
    return name[:1].isupper() and not any(c.isupper() for c in name[1:]) and name not in COMMON_CAPS


def name_shaped_words(text: str) -> list[tuple[int, int, str]]:
    """Every word with the shape of a name, with its offsets (the scan several rules share)."""
    out = []
    for s, e in name_word_spans(text):
        w = text[s:e]
        if w.islower() or (w.isalpha() and w[1:].islower()):
            continue  # plain words: a quick test before the full one
        s, e = _trim(text, s, e)
        w = text[s:e]
        if looks_named(w):
            out.append((s, e, w))
    return out


# "which we call X", "We call our approach X", "we term it X", "referred to as X", "denoted as X": the paper names
# something with a verb rather than a participle ("called", "named": NAMING above). Up to three plain words
# after a determiner say what it is ("We call this dataset X"); the name must be capitalised or name-shaped
# ("we call information gain", "we call them" are no names).
NAMING_VERB = re.compile(
    r"\b(?:(?:We|we|Which we|which we|That we|that we)\s+(?:will\s+|shall\s+|henceforth\s+)?(?:call|term|dub|name)"
    r"|refer(?:red)? to as|denoted as)"
    r"\s+(?:(it|this|them|these|the|our|a|an)\s+((?:[a-z][\w\-]*\s+){0,3}?))?[\"“'`]*(?=[A-Z0-9]|[a-z]+[A-Z])"
)

NAMING_VERB_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|for|in|on|of|with|by|as|is|are|that|which|was|were)\b)[a-z]")
# Every match of NAMING_VERB holds one of these.
NAMING_VERB_WORDS = ("call", "term", "dub", "name", "refer", "denoted")
# ... and one of these: a verb of the first branch between white space, or the other branches' ends. It spared the
# search of the whole pattern (session 12); since word_start_scan reads NAMING_VERB from its leads ("we", "refer",
# ...: scan.LeadScan, session 25) that costs less than this search, which is no longer made (test_memo checks it).
NAMING_VERB_ANCHOR = re.compile(r"\s(?:call|term|dub|name)\s|to as|denoted as")
NAMING_VERB_NOT_NAMES = frozenset("problem problems task tasks setting settings phenomenon effect property".split())


def naming_verb_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Names given with a naming verb: "which we call X", "referred to as X" (rule:named)."""
    out = []
    if not any(verb in text for verb in NAMING_VERB_WORDS):
        return out  # most abstracts: substring tests are far cheaper than the pattern's search
    for m in word_start_scan(NAMING_VERB).finditer(text):
        name = NAME_AT.match(text, m.end())
        if not name or not _name_ok(name.group(0)) or CITATION_AFTER.match(text, name.end()):
            continue
        word = name.group(0)
        if " " not in word and not looks_named(word) and NAMING_VERB_NOUN_AFTER.match(text, name.end()):
            continue  # "we call it a Markov abstraction": the capitalised word is an adjective
        kind = (m.group(2) or "").split()
        if kind and kind[-1].lower() in NAMING_VERB_NOT_NAMES:
            continue  # "We call this problem X": a task, not a method
        typ = APPOSITIVE_TYPE.get(kind[-1].lower(), "unknown") if kind else "unknown"
        out.append((name.start(), name.end(), typ, "rule:named"))
    return out


# "the Corpus of Contemporary American English", "the Balanced Corpus of Contemporary Written Japanese": a
# capitalised data noun that heads its own name, mid-sentence (titles capitalise every word and are left out).
DATA_HEAD_FIRST = re.compile(
    r"(?<![\w\-])((?:[A-Z][\w\-]*\s+){0,3}(?:Corpus|Corpora|Treebank|Database)\s+(?:[Oo]f|[Ff]or)\s+(?:the\s+)?"
    r"[A-Z][\w\-]*(?:\s+(?:[Oo]f\s+)?[A-Z][\w\-]*){0,4})"
)


def has_head_first_noun(text: str) -> bool:
    """Can DATA_HEAD_FIRST match in the text? Each match holds one of its four nouns, case and all (no re flags)."""
    return "Corpus" in text or "Treebank" in text or "Database" in text or "Corpora" in text


def data_head_first_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Dataset names that start with their data noun ("the Corpus of Spontaneous Japanese") (rule:data-noun)."""
    out = []
    for m in DATA_HEAD_FIRST.finditer(text):
        start = m.start(1)
        words = m.group(1).split()
        while words and words[0] in COMMON_CAPS and words[0] not in ("Corpus", "Treebank", "Database"):
            start = text.index(words[0], start) + len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
        before = text[: m.start(1)].rstrip()
        if not before or before[-1] in ".!?:\"“" and not recall_rules.quoted_mid_sentence(before):
            continue  # a sentence's first word or a heading: title case, no evidence
        prev = WORDS_BEFORE.search(text, max(0, start - 60), start)
        if prev and sum(w[:1].isupper() for w in prev.groups()) >= 2:
            continue  # title-cased text around it
        out.append((start, m.end(1), "dataset", "rule:data-noun"))
    return out


def find_rule_spans(
    text: str, named_words: list[tuple[int, int, str]] | None = None, model_regex: re.Pattern | None = None,
    is_title: bool = False,
) -> list[tuple[int, int, str, str]]:
    """(start, end, type or 'unknown', rule) for every rule match in the text.

    ``model_regex`` is ``model_family_regex(entries)`` of the pipeline's list (the shipped list when None).
    ``is_title`` (session 29): leave out the two rules whose every match ContextRules drops from a title's (caps-head
    and the data-head-first spans): their work was never read there. ContextRules.__call__ is the only caller that
    sets it, and it still drops what equals a data-head-first span (another rule's identical tuple), as before.
    """
    if named_words is None:
        named_words = name_shaped_words(text)
    if model_regex is None:
        model_regex = model_family_regex()
    out: list[tuple[int, int, str, str]] = []
    # (a LeadScan: str.find of the URL leads, not re trying the look-behind at every character; same matches)
    urls = [(m.start(), m.end()) for m in word_start_scan(URL).finditer(text)] if ("/" in text or "www." in text) else []

    def add(start: int, end: int, typ: str, rule: str) -> None:
        start, end = _trim(text, start, end)
        if end > start and not any(start < ue and us < end for us, ue in urls):  # a link is not a name
            out.append((start, end, typ, rule))

    for m in word_start_scan(model_regex).finditer(text):
        if m.group(2):  # only when a version/size part extends the known name
            add(m.start(), m.end(), "model", "rule:model-variant")
    # Both shapes start at a word with a capital or a digit: try them only there, and only in a text that
    # holds a size ("-7B") or a benchmark word at all (a quick search; most texts hold neither).
    sized = SIZE_PART.search(text) is not None
    bench = has_bench_part(text)
    for w_start, _ in name_word_spans(text) if sized or bench else ():
        m = SIZED_MODEL.match(text, w_start) if sized else None
        if m:
            add(m.start(), m.end(), "model", "rule:model-size")
        m = BENCH_SHAPE.match(text, w_start) if bench else None
        if m:
            add(m.start(1), m.end(1), "benchmark", "rule:benchmark-shape")
    if "19" in text or "20" in text:
        for span in year_named_spans(text):
            add(*span)
    for span in data_noun_spans(text):
        add(*span)
    if not is_title and has_head_first_noun(text):
        for span in data_head_first_spans(text):
            add(*span)
    for span in listed_before_noun(text):
        add(*span)
    for span in caps_head_spans(text) if not is_title else ():
        add(*span)
    for span in eponym_spans(text):
        add(*span)
    for span in naming_verb_spans(text):
        add(*span)
    for m in word_start_scan(NAMING).finditer(text):
        name = NAME_AT.match(text, m.end())
        if name and _name_ok(name.group(0)):
            kind = TYPE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            typ = APPOSITIVE_TYPE[kind.group(1).lower()] if kind else "unknown"
            add(name.start(), name.end(), typ, "rule:named")
            also = AND_NAME.match(text, name.end())
            if also and looks_named(also.group(1)):  # "two datasets, called MuSeRC and RuCoS"
                add(also.start(1), also.end(1), typ, "rule:named")
    series_year = _series_year()
    for start, end, word in named_words:
        if _coined_shape(word):
            # "DialoGPT", "CycleGAN", "UNet++": shaped like a coined name though no cue or list says so.
            add(start, end, _shape_type(word), "rule:name-shape")
            for m in (COORDINATED_BEFORE.search(text, max(0, start - 30), start), COORDINATED_AFTER.match(text, end)):
                if m and _coordinated_name(text, m.start(1), m.group(1)):
                    add(m.start(1), m.end(1), _shape_type(word), "rule:coordinated")
        if series_year.fullmatch(word):
            add(start, end, "benchmark", "rule:shared-task")  # "WMT20" is a campaign's data, not a method
            continue
        # "a reward model VP-Score": a type noun right before a name-shaped word.
        # (its own name: mypyc types a local by its first value, and `prev` is a string further down)
        type_before = word_before_space(text, max(0, start - 20), start)
        if (type_before and type_before[1].lower() in APPOSITIVE_TYPE
                and not recall_rules.type_word_is_verb(text, type_before[0])):
            add(start, end, APPOSITIVE_TYPE[type_before[1].lower()], "rule:preceded-by-type")
        elif text[start - 1 : start] == "(" and DATA_BEFORE_PAREN.search(text, max(0, start - 30), start):
            add(start, end, "dataset", "rule:preceded-by-type")  # "an instruction-tuning dataset (X-Instruct)"
        elif text[start - 2 : start - 1] == ",":
            intro = DATA_INTRO.search(text, max(0, start - 90), start)
            if intro:  # "a new large-scale referring dataset, Refer360, ..."
                add(start, end, FOLLOWER_TYPE[intro.group(1).lower()], "rule:preceded-by-type")
        # "the PRISM dataset", "Anthropic HH dataset": a type noun right after it.
        nxt = NEXT_WORD.match(text, end)
        version = VERSION_AFTER.match(text, end) if not (nxt and nxt.group(1).lower() in FOLLOWER_TYPE) else None
        if version and (after := NEXT_WORD.match(text, version.end())) and after.group(1).lower() in FOLLOWER_TYPE:
            end, nxt = version.end(), after  # "the TAP-NLI 2.0 dataset": the version is part of the name
        if nxt and nxt.group(1).lower() in FOLLOWER_TYPE:
            typ = FOLLOWER_TYPE[nxt.group(1).lower()]
            if typ == "model" and not any(ch.isdigit() for ch in word):
                typ = "unknown"  # "Bradley-Terry model" is a method; "X-7B model" is a model
            # "Anthropic HH dataset", "Flickr30k Entities JP dataset": capitalised words before it belong to it.
            for _ in range(3):  # "Hong Kong Cantonese MapTask Corpus": two words were one too few
                first = PREV_NAME_WORD.search(text, max(0, start - 30), start)
                if not (first and first.group(1)[:1].isupper() and _name_ok(first.group(1))) or (
                        first.group(1).endswith("ing") and not looks_named(first.group(1))):
                    break  # "Evaluating LSTM models": a verb before the name is no part of it
                start = first.start(1)
            add(start, end, typ, "rule:followed-by-type")
    for m in word_start_scan(LIST_INTRO).finditer(text):
        if intro_crosses_verb42(text[m.end(1):m.start(2)]):
            continue  # types42: "datasets and develop a framework (TDMS-IE)" is no list of datasets
        list_type = LIST_TYPE[m.group(1).lower()]
        body_start = m.start(2)
        body = m.group(2).split(". ")[0]
        for item in re.finditer(r"[^,]+", body):
            raw = item.group(0)
            name = re.sub(r"^\s*(?:and|or|like|such as|including|e\.g\.,?)\s+", "", raw).strip()
            name = re.sub(r"\s+(?:and|or)\s+.*$", "", name) if not raw.strip().startswith(("and ", "or ")) else name
            name = LIST_ITEM_CITATION.sub("", name)  # "KITTI [16]": the reference is no part of the name
            if len(name.split()) > 5:
                break  # a clause: the list has ended ("... and GOT-10k demonstrate that four models, A, B")
            clause = LIST_ITEM_CLAUSE.search(name)
            if clause:
                name = name[: clause.start()]  # "... and Chnsenticorp contain no errors": the name, then the list ends
            if not name or not name[:1].isupper() or name.split()[0] in COMMON_CAPS:
                if clause:
                    break
                continue
            if list_type in ("model", "method") and not looks_named(name.split()[-1]):
                continue  # "models such as Gaussian Graphical": only name-shaped items in loose lists
            start = body_start + item.start(0) + raw.find(name)
            add(start, start + len(name), list_type, "rule:listed")
            if clause:
                break
            # "A, B and C": the last item after "and"
            tail = re.search(r"\s(?:and|or)\s+([A-Z][^,]*|\d[^,]*[A-Za-z][^,]*)$", raw)
            if tail and not raw.strip().startswith(("and ", "or ")) and (
                list_type in ("benchmark", "dataset") or looks_named(tail.group(1).split()[-1])
            ):
                t = LIST_TAIL_NAME.match(tail.group(1)).group(0)  # "and Y designed to ...": the name ends at "designed"
                tail_clause = LIST_ITEM_CLAUSE.search(t)
                t = t[: tail_clause.start()] if tail_clause else t
                ts = body_start + item.start(0) + tail.start(1)
                add(ts, ts + len(t), list_type, "rule:listed")
    whole = recall_rules.whole_kind_word()
    for m in (APPOSITIVE_WHOLE if whole else APPOSITIVE).finditer(text):
        lead = NAME_BEFORE_COMMA.search(text, max(0, m.start() - 150), m.start())
        if not lead:
            continue
        name = lead.group(1)
        if name.split()[0] in COMMON_CAPS:
            continue
        prev = text[: lead.start(1)].rstrip()
        mid_sentence = bool(prev) and prev[-1].isalnum()
        if looks_named(name.split()[-1]) or (_name_ok(name) and (len(name.split()) > 1 or mid_sentence)):
            kind = recall_rules.appositive_head(text, m.end(1), APPOSITIVE_TYPE) or m.group(1).lower()
            add(lead.start(1), lead.end(1), APPOSITIVE_TYPE[kind], "rule:appositive")
    for i in _occurrences(text, " is a"):
        typed = (COPULA_TYPE_WHOLE if whole else COPULA_TYPE).match(text, i)
        lead = NAME_BEFORE_IS.search(text, max(0, i - 80), i) if typed else None
        words = lead.group(1).split() if lead else []
        while words and not words[0][:1].isupper():
            words = words[1:]
        cut = [k for k, w in enumerate(words) if w.islower()]  # "Central to CARDS is a ...": after the connector
        words = words[cut[-1] + 1 :] if cut else words
        if words and words[0] not in COMMON_CAPS and any(looks_named(w) for w in words):
            start = lead.end(1) - len(" ".join(words))
            if text[start : lead.end(1)] == " ".join(words):
                add(start, lead.end(1), APPOSITIVE_TYPE[typed.group(1).lower()], "rule:appositive")
    for _, p_end in proposal_spans(text):
        tail = text[p_end : p_end + 140]
        stop = re.search(r"[.;:]\s|$", tail)
        tail = tail[: stop.start()] if stop else tail
        for c in CANDIDATE_AFTER_VERB.finditer(tail):
            word = c.group(1)
            if word[:1].islower() and not looks_named(word):
                continue  # skip "a novel", "two new", ...
            if PROPOSAL_GAP_STOP.search(" " + tail[: c.start(1)]):
                break  # "we introduce a treebank for Algerian": past a preposition the object is no name
            if _name_ok(word) and not CITATION_AFTER.match(tail, c.end(1)) and not _modifier(word, tail, c.end(1)):
                add(p_end + c.start(1), p_end + c.end(1), "unknown", "rule:proposal")
            break
    return out


TITLE_KIND = re.compile(
    rf"\s*:\s+(?:(?:A|An|The)\s+)?(?:[\w\-]+\s+){{0,6}}?((?i:{'|'.join(sorted(APPOSITIVE_TYPE, key=len, reverse=True))}))"
    # the type word heads the phrase: "A Dataset for ...", "... Evaluation Benchmark", not "... model alignment"
    r"(?=\s+(?:for|of|with|to|on|in|via|towards|and|from)\b|\s*[,.:;]|\s*$)"
)
TITLE_NAME = re.compile(r"^\s*([^:]{2,40}?)\s*:\s+\S")


@lru_cache(maxsize=256)  # a pure test of a title: asked by its abstract's doc (repeated_names), then by its own doc
def title_name(title: str) -> tuple[int, int] | None:
    """The name a title leads with, "ZIP-FIT: Embedding-Free Data Selection ..." -> ZIP-FIT."""
    m = TITLE_NAME.match(title or "")
    if not m:
        return None
    name = m.group(1)
    words = name.split()
    if len(words) > 4 or not words or words[0] in COMMON_CAPS:
        return None
    if _title_phrase(words):
        return None
    if any(looks_named(w) for w in words) or (len(words) == 1 and name[:1].isupper() and name.isalpha()):
        return m.start(1), m.end(1)
    return None


def _title_phrase(words: list[str]) -> bool:
    """A title that leads with a phrase, not a name: "Bypassing the ASP Bottleneck", "SGD in the Large"."""
    return (words[0].endswith("ing") and not looks_named(words[0])) or any(
        w.lower() in ("the", "a", "an") for w in words[1:])


# "DUT-BIM at MEDIQA 2019: ...", "NLP@X at SemEval-2019 Task 3: ...": a system name, then the campaign it
# took part in; one span over both joined two names.
TITLE_AT_TASK = re.compile(r"\s+at\s+(?=\S*[A-Z])(?=.*\d)")


def title_name_at_task(title: str, lead: tuple[int, int], typ: str) -> list[tuple[int, int, str, str]]:
    """The title's lead name as one rule match, or the system and the campaign when it reads "X at Y 2019"."""
    at = TITLE_AT_TASK.search(title, lead[0], lead[1])
    if not at:
        return [(lead[0], lead[1], typ, "rule:title-name")]
    return [(lead[0], at.start(), "unknown", "rule:title-name"), (at.end(), lead[1], "benchmark", "rule:title-task")]


# "Squeeze-and-Excitation Networks", "Chained Gaussian Processes": a short title that is one capitalised noun
# phrase ending in an architecture or model noun names what the paper introduces. Problems ("Online Isotonic
# Regression"), gerunds ("Learning Bounded Treewidth Bayesian Networks") and clauses ("X Sparsifies Deep Neural
# Networks", "... With Memory-Augmented Networks") are no such name.
TITLE_WHOLE_HEADS = frozenset("Network Networks Net Nets Machine Machines Embedding Embeddings Field Fields Process "
                              "Processes Tree Trees Forest Forests Encoder Encoders Autoencoder Autoencoders "
                              "Transformer Transformers Detector Generator Module Sampler Estimator".split())
TITLE_CLAUSE_WORDS = frozenset("with for of via in on and to from by using without under beyond towards toward "
                               "as at is are can do does meets versus vs".split())


def title_whole_name(title: str) -> tuple[int, int] | None:
    words = title.split()
    if not 2 <= len(words) <= 6 or any(ch in title for ch in ":?!,;"):
        return None
    if words[-1] not in TITLE_WHOLE_HEADS or words[0] in COMMON_CAPS or words[0].endswith("ing"):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    if any(w.lower() in TITLE_CLAUSE_WORDS or (w.endswith(("es", "s")) and w.lower().endswith(("ies", "izes", "ifies"))) for w in words):
        return None  # "Variational Dropout Sparsifies ...": a verb makes it a sentence
    if all(w.lower() in GENERIC_WORDS for w in words[:-1]):
        return None  # "Deep Neural Networks", "Graph Neural Networks": a class
    start = len(title) - len(title.lstrip())
    return start, len(title.rstrip())


# "Dual Attention Matching Network for Person Re-Identification": a title whose words before its first
# preposition are one architecture name (the test of title_whole_name) names what the paper introduces.
TITLE_LEAD_NOT_HEADS = frozenset("Embedding Embeddings Process Processes".split())
TITLE_LEAD_CUT = frozenset("for via using by with through in on from under without towards toward".split())


def title_lead_name(title: str) -> tuple[int, int] | None:
    """(start, end) of a title's lead architecture name before "for/via/using/...", or None."""
    for m in re.finditer(r"\S+", title):
        if m.group().lower() in TITLE_LEAD_CUT:
            lead = title[: m.start()].rstrip()
            if ":" in lead or not 2 <= len(lead.split()) <= 5:
                return None
            if lead.split()[-1] in TITLE_LEAD_NOT_HEADS:
                return None  # "Robust Graph Embedding for ...", "Scalable Gaussian Processes for ...": descriptive
            span = title_whole_name(lead)
            return span if span and not any(ch in title for ch in ":?!") else None
    return None


def repeated_names(
    text: str, title: str | None, named_words: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int, str, str]]:
    """Name-shaped words used at least twice (or in the title): likely the paper's own coinage."""
    if named_words is None:
        named_words = name_shaped_words(text)
    counts: dict[str, list[tuple[int, int]]] = {}
    for s, e, w in named_words:
        # Undefined all-capital words of 2-3 letters (DAG, RGB, PCA) are mostly common acronyms.
        if len(w) >= 3 and not (w.isalpha() and w.isupper() and len(w) < 4):
            counts.setdefault(w, []).append((s, e))
    title_words = set(re.findall(WORD, title or ""))
    lead = title_name(title or "")
    if lead:
        title_words.add((title or "")[lead[0] : lead[1]])
    out = []
    for w, spans in counts.items():
        if len(spans) >= 2 or w in title_words:
            out.extend((s, e, "unknown", "rule:repeated-name") for s, e in spans)
    return out


from . import recall_rules  # noqa: E402  (session 9's recall rules; they read this module's patterns)
from . import recall28, recall29, recall30, recall31, recall32  # noqa: E402  (session 26: reads looks_named; sessions 27-30)
from . import recall33  # noqa: E402  (session 31: coordination with a known name)
from . import recall35  # noqa: E402  (session 32: a lower-case technique name before a citation)
from .types42 import intro_crosses_verb42  # noqa: E402  (session 37: a list intro crossing "and develop")


@Language.factory("paperkg_context_rules", default_config={})
def make_context_rules(nlp: Language, name: str):
    # The model names come from the gazetteer this pipeline runs with, when it has one.
    entries = nlp.get_pipe("paperkg_gazetteer").entries if "paperkg_gazetteer" in nlp.pipe_names else None
    return ContextRules(model_family_regex(entries))


class ContextRules:
    """Writes rule matches, (start char, end char, type, rule), to ``doc._.rule_matches``.

    Character offsets rather than token spans: a name such as "Qwen-2-72B." may share a token with
    the full stop after it, and evidence offsets must not include it.
    """

    def __init__(self, model_regex: re.Pattern | None = None):
        self.model_regex = model_regex if model_regex is not None else model_family_regex()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        is_title = bool(doc.user_data.get("paperkg_is_title"))
        title = doc.user_data.get("paperkg_title")
        words = name_shaped_words(text)
        # A title's doc skips the caps-head and data-head-first rules (is_title): the lines below dropped every
        # match of both from it (session 29; tests/unit/test_speed32.py).
        found = find_rule_spans(text, words, self.model_regex, is_title) + repeated_names(text, title, words)
        found += recall_rules.extra_rule_spans(text, title, is_title)
        if not is_title:  # rule_spans29 finds nothing in a title (it returns at once)
            found += recall29.rule_spans29(text, title, is_title)
        found += recall30.rule_spans30(text, doc, is_title)
        found += recall31.rule_spans31(text, doc, is_title, found)
        found += recall32.rule_spans32(text, doc, is_title, found)
        found += recall33.rule_spans33(text, doc, is_title, found)  # session 31
        found += recall35.rule_spans35(text, doc, is_title, found)  # session 32 (recall35)
        if is_title:
            found += recall28.title_resource_spans28(text)  # session 26: "The DIRHA simulated corpus"
            found = [f for f in found if f[3] != "rule:caps-head"]  # a title capitalises every word
            # "Creating a Corpus of Gestures and ...": title case. The spans themselves are no longer added
            # (find_rule_spans' is_title); another rule's identical tuple is still dropped, as before.
            if has_head_first_noun(text):
                head_first = set(data_head_first_spans(text))
                found = [f for f in found if f not in head_first]
            whole = title_whole_name(text) or title_lead_name(text)
            if whole:
                found.append((whole[0], whole[1], "method", "rule:title-whole"))
            lead = title_name(text)
            if lead:
                # "MVHM: A Large-Scale Multi-View Hand Mesh Benchmark for ...": the subtitle says what it is.
                kind = TITLE_KIND.match(text[lead[1] :])
                typ = APPOSITIVE_TYPE[kind.group(1).lower()] if kind else "unknown"
                found.extend(title_name_at_task(text, lead, typ))
        doc._.rule_matches = found
        return doc
