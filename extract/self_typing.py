"""What a paper says its own name is, and lines that are no running text (issue 10, node precision).

The head-noun rules type "Instance-Dependent Prompt Generation (IDPG)" a task and "A2S" a method; the paper
itself says "IDPG: An Instance-Dependent Prompt Generation Method" and "A2S is an important yet underexplored
task". These functions read such sentences about the name and return the type they state, or None. They run
only on names no list knows (a list entry keeps its type), in ``resolve.LocalResolver._entity``.

Also: an affiliation line ("Université de Rennes 1, IRISA & INRIA Rennes, Campus de Beaulieu") names
organisations, not methods, and a capitalised modifier glued before a name ("Recent HGR methods") is no name.
"""

from __future__ import annotations

import re

from . import recall_rules
from .recall_rules import _precision_off23
from .memo import before_ends_with, may_hold

METHOD_NOUNS = "method|methods|approach|approaches|framework|algorithm|technique|architecture|model|system|network"
TASK_NOUNS = "task|tasks|problem|problems"
# Words that may stand between the article and the kind noun ("an important yet underexplored task"): no
# preposition or clause word (that would make the noun another thing's: "a method for the task"), and no other
# kind noun ("a benchmark for evaluating models").
_KIND = (rf"{METHOD_NOUNS}|{TASK_NOUNS}|dataset|datasets|corpus|corpora|benchmark|benchmarks|metric|metrics|"
         r"measure|tool|toolkit|library|resource|collection")
_STOP = rf"(?:of|for|on|in|to|with|from|by|at|over|that|which|who|where|when|than|as|using|via|and\s+a|{_KIND})\b"
_BETWEEN = rf"(?:(?!{_STOP})[\w\-]+,?\s+)"
# right after a mention: an optional closing bracket of "(A2S)", an optional "(ACR)", then the verb
_AFTER_NAME = r"\)?\s*(?:\([^()]{1,30}\)\s*)?,?\s*"

# "A2S is an important yet underexplored task", "X remains a challenging problem", "X, the task of ..."
SAID_TASK = re.compile(
    rf"{_AFTER_NAME}(?:(?:is|remains|has\s+become|refers\s+to)\s+(?:the|a|an|one)\s+{_BETWEEN}{{0,4}}?(?i:{TASK_NOUNS})(?![\w\-])(?!\s+[a-z]+(?:ing|er|ers|ism)\b)"
    r"|(?:i\.e\.,?\s+)?(?:the|a)\s+task\s+of\b)"
)
# "we propose SymGen as a simple approach", "X is a novel framework for ...": a stated technique
SAID_METHOD = re.compile(
    rf"{_AFTER_NAME}(?:is|as)\s+(?:a|an|our)\s+{_BETWEEN}{{0,4}}?(?i:{METHOD_NOUNS})(?![\w\-])"
)
# "IDPG: An Instance-Dependent Prompt Generation Method", title led by the name
TITLE_METHOD = re.compile(
    rf"\s*:\s+(?:(?:A|An|The)\s+)?{_BETWEEN}{{0,6}}?(?i:method|approach|framework|algorithm|technique)s?"
    r"(?=\s+(?:for|of|to|that|in|with|and)\b|\s*[,.:;!?]|\s*$)"
)


# "we propose Speculative Answer Generation (SpecGen), a novel framework that ...", "we introduce Visual Dialog
# Grounding (VDG), a new task in which ...": the appositive after a proposed name states its kind (session 12).
# The kind noun is lower case and ends its noun phrase: "R-TSVM, a Reweighting-enhanced Task Singular Vector Merging
# method" is no task.
_PHRASE_END = r"(?=\s*[,.;:)]|\s*$|\s+(?:that|which|in|for|to|of|with|where|whose|designed|based|built|using|and|or)\b)"
APPOSITIVE_KIND = re.compile(
    rf"\)?\s*(?:\([^()]{{1,30}}\)\s*)?,\s*(?:a|an)\s+{_BETWEEN}{{0,4}}?(?:(?P<method>{METHOD_NOUNS})|{TASK_NOUNS}){_PHRASE_END}"
)


# "WaveQA (Weather And Vessel Evaluation Question Answering), a dataset of 500 items": the appositive after a
# name (and its bracket) says it is data, whatever the long form's head says (session 12).
# Session 14: a bracket may stand among the adjectives ("a quadrilingual (English-Spanish-German-Hungarian) parallel
# corpus"), lexical resources and test sets are data too, and a participle may end the phrase ("... corpus annotated
# for light verbs"; a participle cannot make the noun a modifier).
_DATA_PHRASE_END = (r"(?=\s*[,.;:)]|\s*$|\s+(?:that|which|in|for|to|of|with|where|whose|designed|based|built|using|and|or|"
                    r"annotated|collected|created|constructed|compiled|consisting|containing|comprising|covering|"
                    r"derived|drawn|gathered|extracted|labeled|labelled)\b)")
DATA_KIND_APPOSITIVE = re.compile(
    rf"\)?\s*(?:\([^()]{{1,100}}\)\s*)?,\s*(?:a|an)\s+(?:{_BETWEEN}|\([^()]{{1,40}}\)\s+){{0,8}}?"
    r"(?P<noun>dataset|corpus|benchmark|data\s?set|treebank|lexicon|wordnet|thesaurus|dictionary|database|test\s+set)"
    r"(?!\s+based\s+(?!on\b|upon\b))"  # "a dictionary based hashing method": a modifier, not the noun
    rf"{_DATA_PHRASE_END}"
)


PROPOSED_BEFORE = re.compile(r"\b(?:propose|present|introduce|develop|call|name|term)s?\s+(?:[\w\-]+\s+){0,6}$", re.IGNORECASE)


def _proposed_as(text: str, start: int) -> bool:
    """ "we propose symbolically grounded generation (SymGen) as a simple approach" """
    return bool(PROPOSED_BEFORE.search(text, max(0, start - 80), start))


def proposed_appositive_kind(text: str, start: int, end: int) -> str | None:
    """ "method" or "task" when an appositive says what the name is: a method only where a proposal verb
    introduces the name ("we propose X, a new framework"); a task anywhere ("PickPlush, a tabletop grasping task")."""
    m = APPOSITIVE_KIND.match(text, end, end + 90)
    if m is None:
        return None
    if not m.group("method"):
        return "task"
    return "method" if _proposed_as(text, start) else None


def _spans(mentions, texts):
    for field, start, end in mentions:
        text = texts.get(field)
        if text is not None:
            yield field, text, start, end


# Words that make what follows a part of another phrase, not the sentence's subject: "Generating from AMR is an
# underspecified problem", "MAP inference over discrete MRFs is a central task", "OUDA for person Re-ID is ...".
_NOT_SUBJECT_WORDS = (r"(?:of|from|over|on|in|for|with|by|to|between|via|using|into|under|and|or|than|as|that|which|where|"
                      r"when|while|if|because|is|are|was|were|be|been)")
NOT_SUBJECT = re.compile(rf"\b{_NOT_SUBJECT_WORDS}\b", re.IGNORECASE)
CLAUSE_START = re.compile(r"(?:^|[.!?;:]\s)(?![^.!?;:]*[.!?;:]\s)")


# session 23: the function words of a hyphenated compound ("audio-to-score", "one-vs-all") start no phrase
NOT_SUBJECT_WORD = re.compile(rf"(?<![\w\-]){_NOT_SUBJECT_WORDS}(?![\w\-])", re.IGNORECASE)


def _is_subject(text: str, start: int) -> bool:
    """The name starts its sentence, up to a few modifier words ("Face Super-Resolution (SR) is ...")."""
    before = text[max(0, start - 150) : start]
    m = CLAUSE_START.search(before)
    head = before[m.end():] if m else before
    words = NOT_SUBJECT if "hyphen-subject" in _precision_off23() else NOT_SUBJECT_WORD
    return len(head.split()) <= 6 and not words.search(head)


# "Our proposed method, holistically-nested edge detection (HED), ...": an appositive after "our/the proposed
# method" names a technique, whatever its head word says (session 14).
METHOD_APPOSED_BEFORE = re.compile(
    r"(?:\b[Oo]ur\s+(?:(?:proposed|new|novel)\s+)?|\b[Tt]he\s+(?:proposed|new|novel)\s+)"
    r"(?:method|approach|algorithm|framework|model|network|architecture|system|detector|technique)\s*,\s*"
    r"(?:(?:called|named|namely|termed|dubbed)\s+)?$")


def stated_type(typ: str, mentions, texts: dict[str, str]) -> str:
    """The type the paper states for its name, where it states one against ``typ``; else ``typ``.

    Only method/model <-> task: data already has its own reading (``junk.data_type``), and data said to be a
    task ("X is a challenging question answering task", "the E2E Challenge is a shared task") is still data.
    """
    said_task = said_method = False
    for field, text, start, end in _spans(mentions, texts):
        if field == "title" and not text[:start].strip() and TITLE_METHOD.match(text, end):
            said_method = True
        if SAID_TASK.match(text, end, end + 90) and _is_subject(text, start):
            said_task = True
        elif SAID_METHOD.match(text, end, end + 90) and (_is_subject(text, start) or _proposed_as(text, start)):
            said_method = True
        elif (kind := proposed_appositive_kind(text, start, end)) is not None:
            said_task, said_method = said_task or kind == "task", said_method or kind == "method"
        elif "," in text[max(0, start - 3) : start] and METHOD_APPOSED_BEFORE.search(text, max(0, start - 60), start):
            said_method = True
    if said_task == said_method:
        return typ  # nothing said, or both: leave the rules' type
    if said_task and typ in ("method", "model"):
        return "task"
    if said_method and typ == "task":
        return "method"
    return typ


# An affiliation line: universities, institutes, campuses, postcodes. Two of them near a name say that the name
# is one of the organisations listed (an acronym of a lab), not a method.
AFFILIATION_MARK = re.compile(
    r"\b(?:Universit(?:y|é|e|à|ä|ät|at|ade|ad)|Institut(?:e|o)?|Campus|Laborator(?:y|ies)|Laboratoire|Dept\.?|"
    r"Department|School\s+of|College|Faculty|CNRS|INRIA|Inria)\b"
    r"|\b\d{4,5}\s+[A-Z][a-z]+,\s+[A-Z][a-z]+"  # "35042 Rennes, France"
    r"|\b[A-Za-z][\w.\-]*@[A-Za-z][\w\-]*\.[A-Za-z]{2,}"  # an e-mail address
)
# Marks no running text has: a postcode and town, an e-mail address, a campus, a research-centre code.
STRONG_AFFILIATION = re.compile(r"\d{4,5}\s|@|Campus|CNRS|INRIA|Inria|Dept")


def affiliation_reason(mentions, texts: dict[str, str]) -> str | None:
    """Every mention of the name stands in an affiliation line."""
    seen = False
    for field, text, start, end in _spans(mentions, texts):
        window = text[max(0, start - 100) : end + 100]
        if not STRONG_AFFILIATION.search(window):
            return None  # no mark can hold a strong one (the test below): the marks need not be read (session 12)
        marks = {m.group(0) for m in AFFILIATION_MARK.finditer(window)}
        if len(marks) < 2 or not any(STRONG_AFFILIATION.search(x) for x in marks):
            return None  # "a team of the University of Porto at SemEval 2017": running text
        seen = True
    return "organisation: named in an affiliation line" if seen else None


# "Recent HGR methods", "Existing MOT trackers": a determiner-like adjective capitalised at a sentence start,
# taken into the name by a capitalised-words rule. No coined name starts with these words.
MODIFIER_WORDS = frozenset(
    """Recent Existing Previous Prior Current Conventional Traditional Typical Popular Several Many Some
    These Those Such Various Numerous Other Both Our Their Its Mainstream Prevailing Prevalent""".split()
)


def modifier_reason(name: str) -> str | None:
    words = name.split()
    if len(words) > 1 and words[0] in MODIFIER_WORDS:
        return "phrase: a modifier before a name"
    return None


# "AfriMTE and AfriCOMET", "SciBERT and BioBERT": two coined names (inner capitals or digits) joined by "and".
COINED = re.compile(r"(?=[A-Za-z0-9\-]*(?:[a-z][A-Z]|[A-Za-z]\d|[A-Z]{2}))[A-Za-z][A-Za-z0-9\-]*")


def joined_names_reason(name: str) -> str | None:
    words = name.split()
    if len(words) == 3 and words[1] in ("and", "&", "or", "vs", "vs.") and all(COINED.fullmatch(w) for w in (words[0], words[2])):
        return "glued: two names joined by 'and'"
    return None


# Campaigns that run many unrelated tasks a year: "SemEval" or "Semantic Evaluation" alone (no year, no task)
# names the workshop series, not one task's data. Series whose bare name is also a dataset's (TREC question
# classification, ACE, DUC, BraTS) or one task's data in most papers (WMT news translation) are not here.
UMBRELLA_SERIES = frozenset("semeval senseval clef ntcir iberlef ibereval evalita".split())
UMBRELLA_LONG = re.compile(r"(?i)(?:(?:international\s+)?workshop\s+on\s+)?semantic\s+evaluations?")


def umbrella_series_reason(surfaces) -> str | None:
    """Every surface is the bare series or its spelt-out name: no year, no task number."""
    if surfaces and all(s.lower().rstrip("s") in UMBRELLA_SERIES or UMBRELLA_LONG.fullmatch(s) for s in surfaces):
        return "campaign: the series as a whole, no one task's data"
    return None


# "human interaction datasets Interhuman and Chi3D", "benchmarks such as FooQA, BarQA and BazQA": a name in a
# list right after a plural data noun is data. Not after a comma ("On both datasets, SVM wins"), and a name
# straight after the noun must go on as a list ("datasets SVM outperforms" is no list).
_ITEM = r"[A-Z][\w\-.]*(?:\s+[A-Z0-9][\w\-.]*){0,2}"
DATA_LIST_BEFORE = re.compile(
    r"\b(?P<noun>datasets|data\s?sets|corpora|benchmarks)\s*(?P<cue>:|such\s+as|including|like|namely|\(?e\.g\.,?)?\s*"
    rf"(?P<items>(?:{_ITEM}\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*)$"
)
LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b|\))")


# "on EMEA and JRC-Acquis benchmarks", "the Breakfast and Inria Instructional Videos datasets": names joined by
# "and" before a plural data noun are each data. The noun must follow the last name straight away ("NER and POS
# tagging datasets" is data of two tasks, and lower-case words are no name).
_PLURAL_DATA = r"(?P<noun>datasets|data\s?sets|corpora|benchmarks)\b"
DATA_LIST_AFTER = re.compile(
    rf"(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|or|&)\s+{_ITEM}\s+{_PLURAL_DATA}")  # after the first names
# session 16: "on CIFAR-10H and ImageNet-16H, two large-scale crowdsourced datasets": the list's last name, then
# an appositive that counts the list's data.
COUNTED_DATA_AFTER = re.compile(
    rf"\s*,\s*(?:two|three|four|five|six|both|all)\s+(?:(?!of\b|for\b|in\b|with\b)[\w\-]+\s+){{0,4}}?{_PLURAL_DATA}"
    r"(?=\s*[.;:)]|\s*,\s*(?:which|that|where|each|both)\b|\s*$)")  # it ends there: not "..., three corpora are used"
LAST_OF_DATA_LIST = re.compile(rf"{_ITEM}\s*,?\s+(?:and|or|&)\s+$")
PLURAL_DATA_AFTER = re.compile(rf"\s+{_PLURAL_DATA}")
# "automatic evaluations such as DIST-N and ROUGE", "metrics including SelfBLEU, ...": a list after a metric noun.
METRIC_LIST_BEFORE = re.compile(
    r"\b(?:metrics|measures|scores|evaluations)\s*(?:such\s+as|including|like|namely|:|\(?e\.g\.,?)\s*"
    rf"(?P<items>(?:{_ITEM}\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*)$"
)


# A match of METRIC_LIST_BEFORE holds one of these words, one of DATA_LIST_BEFORE one of the others (as written,
# "data\s?sets" both its words): a window without them skips the search, tried at each of its 120 characters.
METRIC_LIST_WORDS = ("metrics", "measures", "scores", "evaluations")


def _data_list_words(window: str) -> bool:
    return "datasets" in window or "corpora" in window or "benchmarks" in window or ("data" in window and "sets" in window)


# session 16: "ASPEC.en-ja", "TDDC.ja-en": a corpus's translation direction written as language codes is data.
LANGUAGE_CODE_PAIR = re.compile(r"[A-Za-z][\w\-]*[.\-_][a-z]{2}-[a-z]{2}")


def listed_data_type(mentions, texts: dict[str, str]) -> str | None:
    for field, text, start, end in _spans(mentions, texts):
        if LANGUAGE_CODE_PAIR.fullmatch(text[start:end]):
            return "dataset"
        window = text[max(0, start - 120) : start]  # session 12: the words either list pattern needs, tested first
        after = DATA_LIST_AFTER.match(text, end, end + 150)
        # every LAST_OF_DATA_LIST match ends with "and", "or" or "&" and white space (session 28: tested first)
        # a name of its own: mypyc types a local by its first value, and `last_of_list` below holds a match
        may_end_list = before_ends_with(text, max(0, start - 60), start, "dr&")
        if (after is None and may_end_list and PLURAL_DATA_AFTER.match(text, end)
                and LAST_OF_DATA_LIST.search(text, max(0, start - 60), start)):
            after = PLURAL_DATA_AFTER.match(text, end)
        if after is None and may_end_list and LAST_OF_DATA_LIST.search(text, max(0, start - 60), start):
            after = COUNTED_DATA_AFTER.match(text, end, end + 90)
        if after is not None:
            return "benchmark" if after.group("noun") == "benchmarks" else "dataset"
        metric = METRIC_LIST_BEFORE.search(text, max(0, start - 120), start) if any(
            w in window for w in METRIC_LIST_WORDS) else None
        if metric is not None and (re.search(r"\b(?:and|or)\s+$", metric.group("items")) or LIST_GOES_ON.match(text, end)):
            return "metric"
        m = DATA_LIST_BEFORE.search(text, max(0, start - 120), start) if _data_list_words(window) else None
        if m is None:
            continue
        last_of_list = re.search(r"\b(?:and|or)\s+$", m.group("items"))
        if not (last_of_list or LIST_GOES_ON.match(text, end)):
            continue  # "benchmarks: PERC outperforms", "benchmarks such as A and B, SD achieves"
        return "benchmark" if m.group("noun") == "benchmarks" else "dataset"
    return None


# A famous listed short form after a free phrase whose letters merely fit it: "best model utilizes pretraining
# (BERT)", "representative neural architectures (ResNets)", "word images and concepts mined from a lexical
# database (WordNet)". The definition finder pairs them by letters, which may sit anywhere in a word. In a real
# long form most content words start with the next letter of the short form ("area under the ROC curve (AUC)":
# three of four; "multi-lingual BERT (mBERT)": two of three); in these phrases few do. Generic words of network
# names count neither way ("residual neural networks (ResNets)").
_MINOR_WORDS = frozenset("of for with and from the to by as in on a an via at or".split())
_FILLER_WORDS = frozenset("neural network networks net nets deep recurrent model models".split())
LOOSE_SHARE = 0.6


def loose_definition(short: str, long: str) -> bool:
    """A lower-case phrase fewer than 60 % of whose content words start with the short form's next letter."""
    if not long[:1].islower() or re.search(r"[a-z][A-Z]", long):
        return False  # capitalised, or spelt out for the acronym ("resToration of digitized Analog videotaPEs")
    letters = "".join(ch for ch in short.lower() if ch.isalnum())
    pos = hit = words = 0
    for word in re.split(r"[\s\-/,]+", long.lower()):
        if not word or word in _MINOR_WORDS:
            continue
        found = letters.find(word[0], pos)
        if found != -1:
            hit, pos = hit + 1, found + 1
        elif word in _FILLER_WORDS:
            continue
        words += 1
    return words > 0 and hit < LOOSE_SHARE * words


# -- data and metrics by what the sentence says (issue 10, session 9) -------------------------------------------
# "We introduce a new salient object detection dataset using images taken by ..., which we call X": the naming
# verb names the last kind noun the proposal verb introduced. "X, a metric for ...", "X is a new measure of":
# an appositive metric noun. The rules' default for a name no list knows is "method"; these cues say otherwise.
_DATA_KIND = {"dataset": "dataset", "datasets": "dataset", "corpus": "dataset", "corpora": "dataset",
              "database": "dataset", "treebank": "dataset", "collection": "dataset", "benchmark": "benchmark",
              "benchmarks": "benchmark", "metric": "metric", "measure": "metric"}
_TECHNIQUE_KIND = frozenset(
    "method methods approach approaches framework frameworks algorithm algorithms technique model models system "
    "systems network networks architecture tool toolkit library pipeline strategy module".split())
NAMING_BEFORE = re.compile(
    r"(?:\b(?:which|that)\s+we\s+(?:call|name|term|dub)|\b(?:we|and)\s+(?:call|name|term|dub)\s+(?:it|this|them)|"
    r"\b(?:called|named|dubbed|termed|coined))\s+(?:as\s+)?(?:the\s+)?[\"“'`]*$", re.IGNORECASE)
INTRODUCED = re.compile(
    r"\b(?:introduce|present|propose|release|construct|collect|build|create|curate|develop|contribute|"
    r"compute|define|design|devise|formulate|use|adopt|employ)[sd]?\s+"
    r"(?:a|an|the|our|two|three)\s+", re.IGNORECASE)
KIND_WORD = re.compile(r"[a-z]+")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s)(?![^.!?]*[.!?]\s)")
METRIC_APPOSITIVE = re.compile(
    r"\)?\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:which\s+is\s+)?|\s+is\s+|\s+[\u2013\u2014\u2015]\s+)(?:a|an|our)\s+"
    rf"{_BETWEEN}{{0,4}}?(?:evaluation\s+)?(?:metric|measure|score)(?=\s*(?:[,.;:()]|$|(?:of|for|that|which|to|in|on|based|designed|computed|defined)\b))"
)


# One of these, lower case, is in every match of NAMING_BEFORE (memo.may_hold: only then is the window searched).
NAMING_BEFORE_WORDS = re.compile(r"call|name|term|dub|coined")


def _named_kind(text: str, start: int) -> str | None:
    """The type of the kind noun a naming verb right before ``start`` names, when it is data or a metric."""
    cue = NAMING_BEFORE.search(text, max(0, start - 30), start) if may_hold(
        text, start - 30, start, NAMING_BEFORE_WORDS) else None
    if cue is None:
        return None
    head = text[max(0, cue.start() - 250) : cue.start()]
    m = SENTENCE_START.search(head)
    head = head[m.end():] if m else head
    intro = None
    for intro in INTRODUCED.finditer(head):
        pass  # the last proposal verb of the sentence
    if intro is None:
        return None
    last = None
    for w in KIND_WORD.finditer(head, intro.end()):
        word = w.group(0)
        if word in _DATA_KIND or word in _TECHNIQUE_KIND:
            last = word
    return _DATA_KIND.get(last) if last else None


# "We focus on controllable scene editing (CSE)", "an algorithm for risk-aware bandit learning (RABL)": a
# lower-case phrase the paper focuses on, or that a technique is for, is a problem (a task), not a technique.
TASK_BEFORE = re.compile(
    r"(?:\b[Ww]e\s+(?:focus|concentrate)\s+on|\b(?:method|approach|algorithm)s?\s+for)"
    r"\s+(?:the\s+)?(?:(?:problem|task)\s+of\s+)?$")


# "on the NEWSWIRE test set", "the FooQA dev split": a name before a split of data is data.
SPLIT_AFTER = re.compile(r"\s+(?:test|training|train|dev|development|validation|evaluation)\s+(?:set|split)s?\b")


# "X ― a set of 11,400 graded decisions", "X, a collection of 2.5M captions": a counted set after a name is data.
COUNTED_SET_APPOSITIVE = re.compile(
    r"\)?\s*(?:,|:|\s*[\u2013\u2014\u2015]|\s+-{1,2})\s*(?:which\s+is\s+)?(?:a|an)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:set|collection)\s+of\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*[kKM]\b|\d{3,})")


# "We name this new task X", "a novel problem called X", "a new task, X": the paper names a task (session 14). A bare
# "this task, X" is no cue ("On this task, X beats ..."): the comma form needs "new" or "novel".
_TASK_WORD = r"(?:task|problem)"
NAMED_TASK_BEFORE = re.compile(
    r"(?:\b(?:call|name|term|dub|coin)(?:s|ed)?\s+(?:this|the|our|such\s+a|it\s+(?:a|the))\s+"
    rf"(?:(?:new|novel|proposed|challenging|emerging)\s+)?{_TASK_WORD}\s+(?:as\s+)?"
    rf"|\b(?:a|an|this|the)\s+(?:(?:new|novel|challenging|emerging)\s+)?{_TASK_WORD}\s+(?:called|named|dubbed|termed|coined)\s+(?:as\s+)?"
    rf"|\b(?:a|an|this)\s+(?:new|novel)\s+{_TASK_WORD}\s*(?P<comma>,)\s*(?:namely\s+|i\.e\.,?\s+)?"
    # session 16: "a function fitting problem which we coin first-order convex fitting (FCF)"
    rf"|\b{_TASK_WORD}\s+(?:which|that)\s+we\s+(?:call|coin|name|term|dub)\s+(?:as\s+)?)"
    r"[\"\u201c'\u2018`]*$", re.IGNORECASE)
NAMED_TASK_WORDS = ("task", "problem")


# after a name set off by a comma: it closes the appositive ("a new task, X, in which"), not a clause ("From a new
# task, LoraHub can combine ...")
APPOSITIVE_CLOSE = re.compile(r"\s*(?:[,(:;]|\s(?:which|that|where|in\s+which)\b)")


# session 16: "The MinInfEdge problem for optimal social distancing", "we study the QuuxCover problem": a name
# before "problem" names the problem. After an article only, and "problem" ends its noun phrase ("the X problem
# solver" is a technique).
PROBLEM_AFTER = re.compile(r"\s+problems?(?=\s*[,.;:)]|\s*$|\s+(?:of|for|in|on|with|where|which|that|is|are|was|has|and|or|to|by|as)\b)")
ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Tt]his|[Aa]|[Aa]n|[Oo]ur)\s+$")


def problem_named(mentions, texts: dict[str, str]) -> bool:
    """ "the X problem" somewhere, and no mention the paper proposes or calls a technique: "we propose the
    Probabilistic Robust AutoEncoder (PRAE) ... the PRAE problem is convex" names the method's objective (read at
    73k: 9 of 33 first retypes were such methods)."""
    # True when some mention says "the X problem" and no other mention is proposed or called a technique, in any
    # order: the mentions' tests that cost (a window search each) are read only where one says so (session 27).
    spans = list(_spans(mentions, texts))
    said = [PROBLEM_AFTER.match(text, end, end + 30) is not None
            and ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None for _field, text, start, end in spans]
    if not any(said):
        return False
    for (_field, text, start, end), s in zip(spans, said):
        # "we present algorithms for the MinInfEdge problem": the proposal is of the algorithms
        if not s and (_proposed_as(text, start) or SAID_METHOD.match(text, end, end + 90)
                      or recall_rules.technique_follows(text, end)):
            return False
    return True


# session 17: "a novel bandit setting, namely Multi-Armed Bandit with Temporally-Partitioned Rewards (TP-MAB)", "a new
# ZSL setting, named as Lifelong Zero-Shot Learning (LZSL)": a learning setting the paper names is a task (a problem),
# not a technique. A naming word must follow ("a novel setting, where ..." names nothing).
NAMED_SETTING_BEFORE = re.compile(
    r"\b(?:a|an|this)\s+(?:new|novel)\s+(?:[\w\-]+\s+){0,2}?setting\s*,?\s*"
    r"(?:(?:called|named|termed|dubbed|coined)\s+(?:as\s+)?|namely\s+(?:the\s+)?|i\.e\.,?\s+)[\"\u201c'\u2018`]*"
    r"(?:[^.;:()]{1,90}?\s*\(\s*)?$",  # or its short form after the long form: "namely Multi-Armed ... (TP-MAB)"
    re.IGNORECASE)


def named_setting(text: str, start: int) -> bool:
    window = text[max(0, start - 190) : start]
    return "setting" in window and NAMED_SETTING_BEFORE.search(window) is not None


def named_task(text: str, start: int, end: int) -> bool:
    if named_setting(text, start):
        return True
    window = text[max(0, start - 70) : start]
    if not any(w in window for w in NAMED_TASK_WORDS):
        return False
    m = NAMED_TASK_BEFORE.search(window)
    return m is not None and (m.group("comma") is None or APPOSITIVE_CLOSE.match(text, end) is not None)


def stated_data_or_metric(typ: str, mentions, texts: dict[str, str]) -> str:
    """ "a new ... dataset ..., which we call X" -> dataset; "X, a metric for" -> metric; "we focus on
    <lower-case phrase>" -> task; else ``typ``.

    Only for a name the rules typed a technique or a task: a paper's own words about its name beat the default."""
    if typ not in ("method", "model", "task"):
        return typ
    for field, text, start, end in _spans(mentions, texts):
        if (m := DATA_KIND_APPOSITIVE.match(text, end, end + 160)) is not None:
            return "benchmark" if m.group("noun").lower() == "benchmark" else "dataset"
        kind = _named_kind(text, start)
        if kind is not None:
            return kind
        if typ != "task" and named_task(text, start, end):
            return "task"  # session 14: "We name this new task Visual Definition Modeling"
        if typ != "task" and not text[start].islower() and (
                SPLIT_AFTER.match(text, end, end + 40) or COUNTED_SET_APPOSITIVE.match(text, end, end + 80)):
            return "dataset"
        if typ != "task" and text[start].islower() and TASK_BEFORE.search(text, max(0, start - 40), start) and not (
                recall_rules.technique_follows(text, end)):  # session 12: "we focus on the doubly robust (DR) estimators"
            return "task"
        if METRIC_APPOSITIVE.match(text, end, end + 90) and (field == "title" or _is_subject(text, start)
                                                               or text[end:end + 2].startswith(",")):
            return "metric"
    if typ != "task" and problem_named(mentions, texts):
        return "task"  # session 16: "The MinInfEdge problem for optimal social distancing"
    return typ
