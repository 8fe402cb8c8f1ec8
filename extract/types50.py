"""Session 43 (issue 10, node precision): lexical resources and shared tasks the paper's own words name, typed method.

Switched with ``PAPERKG_TYPES50`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``retype_resources50`` in pipeline.py right after types49's ``retype_heads49``, per
paper, before the corpus type vote (``canonical._canonical``: a typed member votes 3, a bare default method 1, so a
few papers that write the name as a resource move a node most of whose papers only mention it).

The typed-wrong rows of the judged 73k draws of sessions 36-42 (``node-precision-session3{6..9}, -4{0,1,2}[-merge]``,
110 rows) group as: lexical resources / corpora / data typed method (~27), tasks typed method (~19), method typed
task (~13), task typed data (~10), metrics typed method (~9), shared tasks / challenges / evaluation environments
typed method (~13), the rest one or two each. Extracted again with the start code, the lexical resources stay method
because their cue is not right next to the name (precision32 reads "X, a lexical network" and "the thesaurus X"
only, in English): "Au sein du réseau lexical JeuxDeMots", "the KiezDeutsch Korpus (KiDKo), a new language
resource", a title "Word-Formation Network for Czech" over "the lexical network DeriNet". Two parts:

- ``resource-near``: a method/model mention with a resource noun of its own phrase: right before it ("the lexical
  network X", "le réseau lexical X", "a lexical-semantic network named X", "the corpus X"); after it as an
  appositive or copula ("X (KiDKo), a new language resource", "X : un lexique de"), the noun ending its phrase, no
  technique noun (precision32's ``NOT_LEXICAL32``: "X, a corpus-based system"), French preposition, second article
  or game/project/platform noun between ("LikeIt, un jeu pour construire une ressource lexicale" stays); a singular
  resource noun right after it ("the X lexical network", "the X corpus"; not "the METAL lexicons", "SPUD
  treebanks": a system's resources); or a name ending in "Network"/"Korpus" in a paper that writes "lexical/semantic
  network", "réseau lexical", "wordnet", "thesaurus" outside the name and never "neural", "deep", "layer",
  "attention", "convolution", "train". Refused when the paper writes the name as its technique (types44's
  ``_technique_written44``). Resource nouns: language/lexical resource, lexical network/database, semantic network,
  réseau lexical, wordnet, thesaurus, lexicon/lexique, dictionary/dictionnaire, corpus/corpora/Korpus, treebank.
  Not "grammaire": "la grammaire FTAG" is a resource, "une grammaire LTAG avec traits" a formalism. -> dataset.
- ``shared-task``: a method/model/task name written as a shared task or challenge (the guideline makes shared tasks
  and evaluation campaigns benchmarks) -> benchmark. The name ends in "Task(s) [N]" with a digit or a coined word
  (camel case, an upper-case run at a hyphen: "RDoC Task", "BioNLP-OST 2019 RDoC Tasks"; not "NER Task",
  "Cross-lingual Inverse Cloze Task", nor a description with function words "... Planning for complex Tasks"). Two
  text cues, only for a method/model whose name has a capital and is coined (a digit, camel case, "-X": "MIER-19",
  "BioCreative", "COCO-Place"; a task-typed or plain name before "shared task" names the task: "the GEC shared
  task"): a mention followed by "Challenge"/"Shared Task" with no other capitalised word right before it ("the
  COCO-Place Challenge"; not "the 2020 Habitat PointNav Challenge"), or a bracketed acronym after "Shared Task on
  ..."/"Challenge on ..." whose capitals are, in order, initials of that phrase ("The TextGraphs 2019 Shared Task on
  Multi-Hop Inference for Explanation Regeneration (MIER-19)"; not "... building on XLM-RoBERTa (XLM-R)").
"""

from __future__ import annotations

import re

from .precision32 import NOT_LEXICAL32
from .recall_rules import parts_off_by_default
from .types44 import _technique_written44

TYPES_RULES50 = ("resource-near", "shared-task")
DEFAULT_OFF50: frozenset[str] = frozenset()


def _types_off50() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES50", TYPES_RULES50, DEFAULT_OFF50)


# -- resource-near ---------------------------------------------------------------------------------------------------
_RES50 = (r"(?:(?:language|lexical|linguistic)\s+(?:resources?|networks?|databases?)|(?:lexical[\s\-]+)?semantic\s+networks?|ressources?\s+(?:lexicales?"
          r"|linguistiques?)|r[ée]seaux?\s+lexica(?:l|ux)|wordnets?|thesaur(?:us|i)|lexicons?|lexiques?"
          r"|dictionar(?:y|ies)|dictionnaires?|corpus|corpora|korpus|treebanks?)")
# The noun ends its phrase: a stop, a bracket, a clause word, never a hyphen or another noun ("corpus-based method").
_END50 = (r"(?=\s*(?:[,.;:()]|$|(?:for|of|with|that|which|in|on|containing|consisting|comprising|covering|built"
          r"|created|developed|where|and|to|whose|pour|de|des|du|qui|dont|où|en|et|avec|started|aims?)\b))")
RES_BEFORE50 = re.compile(
    r"(?i)(?:\b(?:the|a|an|our|this|existing|le|la|les|un|une|du|de|au|notre|ce|cette)\s+)((?:[\w\-]+\s+){0,2}?)"
    + _RES50 + r"\s+(?:(?:named|called)\s+)?$")
# The noun right after the name: "the JeuxDeMots lexical network", "the French JeuxDeMots Lexical Semantic Network".
# Singular and not "lexicon"/"dictionary": "the METAL lexicons", "SPUD treebanks" are the resources of a system.
RES_NOUN_AFTER50 = re.compile(r"\s+(?:(?:lexical|linguistic|language)[\s\-]+(?:semantic\s+)?(?:network|resource)"
                              r"|semantic\s+network|wordnet|thesaurus|corpus|korpus|treebank)" + _END50, re.I)
RES_AFTER50 = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|:|\s+is|\s+was|\s+est)\s+(?:an?|the|une?|le|la)\s+((?:[\w\-]+,?\s+){0,5}?)"
    + _RES50 + _END50, re.I)
# The words before the name may be adjectives of the noun ("le réseau lexical français X") but no technique noun.
_NOT_BEFORE50 = re.compile(r"(?i)(?<![\w\-])(?:for|of|to|with|using|by|from|pour|par|avec|based|model|method"
                           r"|system|approach|algorithm|tool|learning)(?![\w\-])")
# French prepositions and a second article: "LikeIt, un jeu pour construire une ressource lexicale" is a game.
_NOT_AFTER50 = re.compile(r"(?i)(?<![\w\-])(?:pour|par|avec|de|des|du|à|a|an|the|un|une|le|la|les|game|jeu|project"
                          r"|projet|platform|plateforme|interface|software|logiciel)(?![\w\-])")
NETWORK_NAME50 = re.compile(r"(?:^|[\s\-])(?:Network|Korpus)$")
RESOURCE_PAPER50 = re.compile(r"(?i)lexical[\s\-]+(?:semantic\s+)?network|semantic\s+network|r[ée]seau\s+lexical"
                              r"|wordnet|thesaur")
NEURAL50 = re.compile(r"(?i)neural|\bdeep\b|graph\s+network|\blayers?\b|attention|convolution|\btrain")


def resource_written50(e, texts: dict[str, str]) -> bool:
    """Is a mention of the method/model ``e`` written as a lexical resource or a corpus by its own phrase?"""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        b = RES_BEFORE50.search(text, max(0, m.start - 80), m.start)
        if b is not None and b.end() == m.start and not _NOT_BEFORE50.search(b.group(0)):
            return True
        if RES_NOUN_AFTER50.match(text, m.end):
            return True
        a = RES_AFTER50.match(text, m.end)
        if a is not None and not NOT_LEXICAL32.search(a.group(1)) and not _NOT_AFTER50.search(a.group(1)):
            return True
    if NETWORK_NAME50.search(e.name.strip()):
        joined = " ".join(texts.values()).replace(e.name.strip(), " ")  # "on the Contextual Semantic Network"
        if RESOURCE_PAPER50.search(joined) and not NEURAL50.search(joined):
            return True
    return False


# -- shared-task -----------------------------------------------------------------------------------------------------
TASK_NAME50 = re.compile(r"^(?P<pre>.+?)\s+Tasks?(?:\s+\d+[A-Za-z]?)?$")
# A coined word: a digit, a hyphen, a capital after a lower-case letter ("RDoC", "SemEval"); not a bare acronym
# ("the NER Task" is a task).
COINED50 = re.compile(r"\d|[a-z][A-Z]|[A-Z]{2}-|-[A-Z]{2}")
# A "Task" name of a description ("As-Needed Decomposition and Planning for complex Tasks") has function words.
FUNCTION_WORD50 = re.compile(r"(?<![\w\-])(?:for|of|and|with|in|on|to|the|a)(?![\w\-])")
# A coined name for the text cues: a digit, a capital after a lower-case letter, a hyphen before a capital ("MIER-19",
# "BioCreative", "COCO-Place"); plain words and bare acronyms name the task ("Relationship Detection Challenge").
COINED_NAME50 = re.compile(r"\d|[a-z][A-Z]|-[A-Z]")
CHALLENGE_AFTER50 = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:Challenge|Shared\s+Task|shared\s+task)s?\b")
SHARED_ON50 = re.compile(r"(?:Shared\s+Task|shared\s+task|Challenge)s?\s+on\s+(?P<long>[^()]{3,120})\($")
# A capitalised word right before the name: "the 2020 Habitat PointNav Challenge" names the task PointNav.
NAME_BEFORE50 = re.compile(r"(?<![\w\-])(?!(?:The|A|An|Our|This|In|At|For|Of)\s)[A-Z][\w\-]*\s+$")


def _initials50(acronym: str, long: str) -> bool:
    """Are the acronym's capitals, in order, among the initials of the long form's words ("MIER-19" of "Multi-Hop
    Inference for Explanation Regeneration")? "XLM-R" after "relations building on XLM-RoBERTa" is no acronym of it."""
    caps = [c for c in acronym if c.isupper()]
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z][\w]*", long)]
    if len(caps) < 2 or any(acronym.lower() in w.lower() for w in long.split()):
        return False
    i = 0
    for c in caps:
        while i < len(initials) and initials[i] != c:
            i += 1
        if i == len(initials):
            return False
        i += 1
    return True


def shared_task_written50(e, texts: dict[str, str]) -> bool:
    """Is the name a shared task or challenge by its own shape or its text?"""
    t = TASK_NAME50.match(e.name.strip())
    if (t is not None and (COINED50.search(t.group("pre")) or re.search(r"\d", e.name))
            and not FUNCTION_WORD50.search(t.group("pre"))):
        return True
    if e.type == "task" or not COINED_NAME50.search(e.name) or not re.search(r"[A-Z]", e.name):
        return False  # a task name before "shared task" names the task ("the GEC shared task", "NER Challenge")
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        if CHALLENGE_AFTER50.match(text, m.end) and not NAME_BEFORE50.search(text, max(0, m.start - 40), m.start):
            return True
        on = SHARED_ON50.search(text, max(0, m.start - 160), m.start)
        if on is not None and _initials50(m.text if hasattr(m, "text") else text[m.start:m.end], on.group("long")):
            return True
    return False


def retype_resources50(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, methods written as lexical resources retyped dataset, names written as shared tasks
    retyped benchmark (in place)."""
    off = _types_off50()
    if len(off) == len(TYPES_RULES50):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if "shared-task" not in off and e.type in ("method", "model", "task") and shared_task_written50(e, texts):
            e.type = "benchmark"
            e.entry = None
        elif ("resource-near" not in off and e.type in ("method", "model") and resource_written50(e, texts)
              and not _technique_written44(e, texts)):
            e.type = "dataset"
            e.entry = None
    return entities
