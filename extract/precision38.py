"""Session 33 (issue 10, node precision): the text's own kind noun types a name, or says it is no entity.

Switched off with ``PAPERKG_PRECISION38`` ("off" or a comma list of these part names), for ablations only. One
call, ``retype_kinds38`` in pipeline.py after ``drop_title_phrases35``, reads a paper's method/model entities (and
task entities with a coined spelling) that no list gave, and the degree words of any type:

- ``apposed-kind``: the head noun of an appositive or a copula right after a mention ("SEAM, a benchmark that
  pairs", "HMEANT is a reliable, accurate and fine-grained semantic frame based human MT evaluation metric with",
  "KantanMT, a cloud-based machine translation (MT) platform", "EQueR: the French Evaluation campaign of",
  "ParHistVis: a novel, free, easy-to-use, interactive visualization tool for") decides: data nouns make a dataset
  or a benchmark, "metric" / "evaluation measure" a metric, software and hardware nouns (tool, toolkit, library,
  platform, software, service, vehicle, robot) drop the entity. The head is the noun that ends the phrase: up to
  seven modifiers (commas, brackets and "and" between adjectives allowed; no preposition, clause word, verb form
  "is/does/can", nor a technique noun: "a dataset distillation method", "the proposed approach does not impose any
  specific metric on" name no kind). A copula needs the name as its sentence's subject. A drop needs a coined
  spelling (capitals inside, a digit) and no praise before "tool" ("SVM is a powerful tool": a technique).
- ``kind-before``: a singular kind noun right before the name ("We introduce the metric PoLDP (power of LDP)",
  "the French QA campaign EQueR and", "a software tool, called WebNav,"), the name ending its phrase (punctuation,
  a bracket, a clause word); a comma only before a naming verb ("On this benchmark, X wins" is no cue).
- ``named-data``: "a new publicly available TSA dataset of over 7,000 tweets annotated with 5x coverage, named
  MTSA": a naming verb right before the name whose clause's last kind noun (from its last article "a/an") is a
  singular data noun, with no technique or software noun after it ("a toolchain called X", "an interface for
  wordnets named X" stay).
- ``kind-after``: the head right after the name, after "the/a/an/our": "the FloatyBoat autonomous surface vehicle."
  (drop), "the EQueR evaluation campaign" (benchmark); up to three lower-case modifiers, the head ends its phrase.
- ``degree``: an academic degree made a node ("PhD curriculum", "his PhD thesis", "MSc students"): dropped.
"""

from __future__ import annotations

import re

from .lexicon import TASK_HEADS
from .precision29 import _unlisted
from .recall_rules import _parts_off

PRECISION_RULES38 = ("apposed-kind", "kind-before", "named-data", "kind-after", "title-data", "degree")


def _precision_off38() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION38", PRECISION_RULES38)


# -- the kind nouns --------------------------------------------------------------------------------------------
_DATA38 = (r"datasets?|data\s?sets?|corpus|corpora|treebanks?|lexicons?|dictionar(?:y|ies)|databases?|wordnets?"
           r"|thesaurus|test\s+sets?")
# Not "shared task": "EmoContext - A Shared Task on ..." is the name of a task 25 other papers write as a method and the
# corpus pass types a task; one paper's benchmark vote turned the 26-paper node into a method (first 73k build).
_BENCH38 = r"benchmarks?|test\s+suites?|(?:evaluation\s+)?campaigns?"
_METRIC38 = r"metrics?|evaluation\s+measures?"
_DROP38 = (r"tools?|toolkits?|toolbox(?:es)?|librar(?:y|ies)|platforms?|software|(?:web\s+)?services?"
           r"|vehicles?|robots?")
_HEAD38 = (rf"(?P<head>(?P<data>{_DATA38})|(?P<bench>{_BENCH38})|(?P<metric>{_METRIC38})|(?P<drop>{_DROP38}))")
# Words that end a modifier run: prepositions, clause words, articles, verb forms, technique nouns (the head is
# theirs: "a dataset distillation method", "a corpus-based system").
_NOT_MOD38 = (r"(?:of|for|on|in|to|with|from|by|at|over|that|which|who|whose|where|when|than|as|using|via|into|is|are"
              r"|was|were|be|been|does|do|did|not|can|could|will|would|has|have|had|a|an|the|this|these|we|our|it|its"
              r"|method|methods|approach|approaches|framework|frameworks|model|models|system|systems|network|networks"
              r"|algorithm|algorithms|technique|techniques|architecture|architectures|scheme|schemes|module|modules"
              r"|pipeline|pipelines|strategy|strategies|mechanism|mechanisms|procedure|procedures|task|tasks"
              r"|problem|problems|challenge|challenges|(?:and|or)\s+(?:a|an|the)|and\s+(?:tools?|software|models?))")
_MOD38 = rf"(?:(?!{_NOT_MOD38}(?![\w\-]))(?:[\w\-'\u2019/+.]+|\([^()]{{1,40}}\)),?\s+)"
# The head ends its noun phrase: punctuation, a preposition, a clause word, a participle of data.
_END38 = (r"(?=\s*[,.;:)!?]|\s*$|\s+(?:that|which|in|for|to|of|with|where|whose|designed|built|using|and|or|on"
          r"|from|by|is|was|annotated|collected|created|constructed|compiled|consisting|containing|comprising"
          r"|covering|developed|released|available|called|named|allows?|enables?|provides?|supports?|aimed)\b)")
APPOSED38 = re.compile(
    rf"\)?\s*(?:\([^()]{{1,60}}\)\s*)?(?:(?P<sep>,)\s+(?:a|an|our|one)|(?P<sep2>:|\s+[\u2013\u2014\-]{{1,2}}|\s+is)\s+(?:a|an|the|our|one))\s+"
    rf"{_MOD38}{{0,10}}?{_HEAD38}{_END38}", re.I)
# "SVM is a powerful tool for classification": praise before a software noun says it metaphorically.
PRAISE38 = re.compile(r"(?i)\b(?:powerful|useful|important|effective|popular|versatile|promising|essential"
                      r"|fundamental|central|key|valuable|crucial|standard|common|widely|main|canonical|elegant"
                      r"|indispensable|successful|general|simple|natural|principled|vital|great|handy|ubiquitous|invaluable)\b")
# A research, benchmarking or game platform is an environment (a benchmark by the guideline), not software; a robot
# platform is hardware whatever it is for ("a low-cost, open-source humanoid robot platform designed for ... research").
PLATFORM_ENVIRONMENT38 = re.compile(r"(?i)\b(?:research|benchmark\w*|evaluation|simulation|games?)\b")
HARDWARE38 = re.compile(r"(?i)\b(?:robots?|robotic|humanoid|quadruped|vehicles?|hardware)\b")
# A coined spelling: capitals inside, two capitals, a letter and a digit.
COINED38 = re.compile(r"[\w\-.+]*(?:[a-z][A-Z]|[A-Z]{2}|[A-Za-z]\d|\d[A-Za-z])[\w\-.+]*")
# The name leads its clause: at most six words before it since a stop, none a preposition or clause word.
# a sentence start, or "that" of a reported clause ("We present analyses showing that HMEANT is a ... metric")
CLAUSE_START38 = re.compile(r"(?:^|[.!?;:]\s|\bthat\s)(?![^.!?;:]*(?:[.!?;:]\s|\bthat\s))")
NOT_SUBJECT38 = re.compile(r"(?<![\w\-])(?:of|from|over|on|in|for|with|by|to|between|via|using|into|under|and|or|than"
                           r"|as|that|which|where|when|while|if|because|is|are|was|were|be|been)(?![\w\-])", re.I)

_SINGULAR_DATA38 = r"dataset|data\s?set|corpus|treebank|lexicon|dictionary|database|wordnet|thesaurus|test\s+set"
_SINGULAR_BENCH38 = (r"benchmark|test\s+suite|(?:evaluation\s+)?campaign"
                     r"|campagne(?:\s+d['\u2019]\s?[ée]valuation)?")  # "la campagne EQueR"
_SINGULAR_DROP38 = r"tool|toolkit|toolbox|library|platform|software|web\s+service|service|vehicle|robot"
_SINGULAR_HEAD38 = (rf"(?P<head>(?P<data>{_SINGULAR_DATA38})|(?P<bench>{_SINGULAR_BENCH38})|(?P<metric>metric)"
                    rf"|(?P<drop>{_SINGULAR_DROP38}))")
# "the metric PoLDP", "the French QA campaign EQueR", "a software tool, called WebNav": up to three modifiers
# between the article and the singular kind noun; a comma only before a naming verb.
BEFORE38 = re.compile(
    rf"(?<![\w\-])(?:the|a|an|our|this|new|la|le|une|un)\s+(?:(?!{_NOT_MOD38}(?![\w\-]))[A-Za-z\-']+\s+){{0,3}}?{_SINGULAR_HEAD38}"
    r"(?:\s*,?\s*(?:called|named|termed|dubbed|coined)(?:\s+as)?)?\s+[\"\u201c'\u2018]?$", re.I)
# after the name: it ends its phrase
NAME_ENDS38 = re.compile(r"[\"\u201d'\u2019]?(?:\s*\([^()]{1,60}\))?(?:\s*(?:[,.;:)]|$)|\s+(?:that|which|is|was|and|or|to|for|in|on|with)\b)")
# "the benchmark Stochastic Block Model (SBM)": a name headed by a technique noun is no benchmark's name
TECHNIQUE_END38 = re.compile(r"(?i)(?:model|network|net|algorithm|method|machine|process|regression|learning|attention"
                             r"|transformer|encoder|decoder|classifier|estimator|sampler|descent|search)s?$")

# "a new ... TSA dataset of over 7,000 tweets ..., named MTSA": the naming verb, then the clause's kind nouns.
NAMING38 = re.compile(
    rf"(?:,\s*|(?<![\w\-])(?:{_SINGULAR_DATA38})\s+)(?:called|named|dubbed|termed|coined)(?:\s+as)?\s+[\"\u201c'\u2018]?$", re.I)
ARTICLE38 = re.compile(r"(?<![\w\-])(?:a|an)\s", re.I)
SENTENCE38 = re.compile(r"(?:^|[.!?]\s)(?![^.!?]*[.!?]\s)")
KIND_WORD38 = re.compile(
    rf"(?<![\w\-])(?:(?P<data>{_SINGULAR_DATA38})|(?P<other>datasets|data\s?sets|corpora|treebanks|lexicons|wordnets"
    r"|databases|benchmarks?|methods?|approach(?:es)?|frameworks?|models?|systems?|networks?|algorithms?|techniques?"
    r"|architectures?|tools?|toolkits?|toolchains?|librar(?:y|ies)|interfaces?|platforms?|software|pipelines?"
    r"|modules?|schemes?|strateg(?:y|ies)|tasks?|problems?|settings?|metrics?|measures?|games?|projects?|programs?"
    r"|languages?|formats?|agents?|robots?|simulators?|environments?|engines?|editors?|applications?))(?![\w\-])", re.I)

# "the FloatyBoat autonomous surface vehicle", "the EQueR evaluation campaign": up to three lower-case words.
AFTER38 = re.compile(
    rf"[\"\u201d'\u2019]?\s+(?:(?!{_NOT_MOD38}(?![\w\-]))[a-z][a-z\-]*\s+){{0,3}}?(?:(?P<bench>(?:evaluation\s+)?campaign)|(?P<drop>vehicle|robot))"
    r"(?=\s*[,.;:()]|\s*$|\s+(?:of|in|on|with|and|or|to|for|is|was|that|which|from|at|by|as|we|has|can)\b)")
ARTICLE_BEFORE38 = re.compile(r"(?<![\w\-])(?:[Tt]he|[Aa]n?|[Oo]ur)\s+$")

# "PhD", "Ph.D.": a degree names nothing of ours.
# Only the doctorate's spellings: "MBA", "MSc" are also acronyms of methods ("we propose a novel MBA").
DEGREE38 = re.compile(r"(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?)s?")


# "TofuEval: Evaluating Hallucinations of LLMs on ..." whose abstract says "We propose a new evaluation benchmark on
# ...": a coined title lead the abstract never writes is the data the paper proposes, when it proposes data and
# no technique.
_PROPOSE38 = r"(?<![\w\-])(?:propose|present|introduce|release|construct|build|create|curate|collect|contribute)[sd]?\s+(?:a|an|the|our)\s+"
PROPOSED_DATA38 = re.compile(rf"{_PROPOSE38}{_MOD38}{{0,5}}?(?P<head>(?P<data>{_SINGULAR_DATA38})|(?P<bench>benchmark|test\s+suite)){_END38}", re.I)
PROPOSED_TECHNIQUE38 = re.compile(
    rf"{_PROPOSE38}(?:[\w\-]+,?\s+){{0,5}}?(?:method|model|framework|approach|algorithm|architecture|system|network"
    r"|technique|pipeline|module|strategy|scheme|agent|metric|measure|tool|toolkit|library|platform)s?(?![\w\-])", re.I)


# the title's rest says data or evaluation: "TofuEval: Evaluating ...", "LaMAR: Benchmarking ...", "X: A ... Corpus"
TITLE_DATA_WORD38 = re.compile(r"\b(?:Evaluating|Evaluation|Benchmark(?:ing|s)?|Datasets?|Corpus|Corpora|Annotating"
                               r"|Annotated|Treebank|Lexicon|Collection|Test\s+Suite)\b", re.I)
TITLE_TECHNIQUE38 = re.compile(r"\b(?:Methods?|Approach(?:es)?|Models?|Frameworks?|Networks?|Algorithms?|Architectures?"
                               r"|Systems?|Learning|Pretraining|Pre-training|Training)\b", re.I)
OUR_TECHNIQUE38 = re.compile(r"(?i)\b(?:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,2}?(?:method|model|approach|framework"
                             r"|algorithm|architecture|system|network|technique|pipeline)s?\b")


def title_data38(e, title: str, abstract: str) -> str | None:
    """ "dataset" or "benchmark" for a coined title lead ("X: ...") the abstract never writes, where the abstract
    proposes data and no technique."""
    if not title or any(m.field != "title" for m in e.mentions) or not _coined_name(e.name):
        return None
    if not any(title[:m.start].strip() == "" and title[m.end:].lstrip().startswith(":") for m in e.mentions):
        return None
    m = PROPOSED_DATA38.search(abstract)
    if m is None or PROPOSED_TECHNIQUE38.search(abstract) or OUR_TECHNIQUE38.search(abstract):
        return None
    if TITLE_TECHNIQUE38.search(title) or not any(TITLE_DATA_WORD38.search(title, m.end) for m in e.mentions):
        return None
    return "benchmark" if m.group("bench") else "dataset"


def _kind_of(m: re.Match) -> str:
    if m.group("data"):
        return "dataset"
    if m.group("bench"):
        return "benchmark"
    if m.group("metric"):
        return "metric"
    return "drop"


def _coined(e) -> bool:
    return any(COINED38.fullmatch(w) for m in e.mentions for w in m.text.split()) or any(
        COINED38.fullmatch(w) for w in e.name.split())


def _leads_clause(text: str, start: int) -> bool:
    before = text[max(0, start - 150):start]
    m = CLAUSE_START38.search(before)
    head = before[m.end():] if m else before
    return len(head.split()) <= 6 and not NOT_SUBJECT38.search(head)


def apposed_kind38(text: str, start: int, end: int) -> str | None:
    """The kind ("dataset", "benchmark", "metric" or "drop") an appositive or copula right after the mention states."""
    m = APPOSED38.match(text, end, end + 220)
    if m is None:
        return None
    if (m.group("sep2") or "").strip() == "is" and not _leads_clause(text, start):
        return None
    kind = _kind_of(m)
    if kind == "drop" and PRAISE38.search(text, end, m.start("head")):
        return None
    if kind == "drop" and m.group("head").lower().startswith("platform") and PLATFORM_ENVIRONMENT38.search(
            text, end, m.end() + 60) and not HARDWARE38.search(text, end, m.start("head")):
        return None  # "ELF, an ... platform for fundamental reinforcement learning research": an environment
    if kind == "metric" and text.startswith(" on ", m.end()):
        return None  # "CMD is a metric on the set of probability distributions": a distance, not a score
    return kind


def kind_before38(text: str, start: int, end: int) -> str | None:
    m = BEFORE38.search(text, max(0, start - 70), start)
    if m is None or NAME_ENDS38.match(text, end) is None or TECHNIQUE_END38.search(text[start:end]):
        return None
    return _kind_of(m)


def named_data38(text: str, start: int) -> bool:
    cue = NAMING38.search(text, max(0, start - 30), start)
    if cue is None:
        return False
    head = text[max(0, cue.start() - 250):cue.start()]
    s = SENTENCE38.search(head)
    begin = s.end() if s else 0
    article = None
    for article in ARTICLE38.finditer(head, begin):
        pass  # the clause's last "a/an"
    if article is None:
        return False
    last = None
    for last in KIND_WORD38.finditer(head, article.end()):
        pass
    return last is not None and last.group("data") is not None


def kind_after38(text: str, start: int, end: int) -> str | None:
    if ARTICLE_BEFORE38.search(text, max(0, start - 6), start) is None:
        return None
    m = AFTER38.match(text, end, end + 60)
    if m is None:
        return None
    return "benchmark" if m.group("bench") else "drop"


def _coined_name(name: str) -> bool:
    return any(COINED38.fullmatch(w) for w in name.split())


# A task's long form named after its data: "Multilingual Bias Benchmark for Question-answering (MBBQ)".
DATA_IN_NAME38 = re.compile(r"(?i)\b(?:benchmark|dataset|corpus|test\s+suite)\b")


def stated_kind38(e, texts: dict[str, str], off: frozenset[str]) -> str | None:
    """The kind the text gives a method/model (or coined task) entity, "drop", or None.

    A drop needs a coined name ("KantanMT, a ... platform"; "multidimensional scaling (MDS) is an information
    analysis tool" stays) and never applies to a task ("Machine Translation (MT) is a vital tool")."""
    may_drop = e.type in ("method", "model") and _coined_name(e.name)
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        kind = None
        if "apposed-kind" not in off:
            kind = apposed_kind38(text, m.start, m.end)
        if kind is None and "kind-before" not in off:
            kind = kind_before38(text, m.start, m.end)
        if kind is None and "named-data" not in off and named_data38(text, m.start):
            kind = "dataset"
        if kind is None and "kind-after" not in off:
            kind = kind_after38(text, m.start, m.end)
        if kind is None or (kind == "drop" and not may_drop):
            continue
        return kind
    return None


# "We introduce SEAM, a benchmark that": a proposal verb right before the name (a few words may stand between).
PROPOSED_BEFORE38 = re.compile(r"(?i)\b(?:propose|present|introduce|release|contribute|construct|build|create|develop)[sd]?"
                               r"\s+(?:(?:a|an|the|our|new|novel)\s+)?$")


def listed_own_kind38(e, texts: dict[str, str]) -> str | None:
    """For a name a list gives: data or a metric only where the abstract presents its own thing so after a proposal
    verb ("We introduce SEAM, a benchmark that"); never a drop (a listed CatBoost stays, whatever toolkit the paper
    calls it). Not a title lead ("CLIP: A Dataset for ...", "SVD: A ... Video Dataset"): at the corpus pass the
    paper then joins the listed name's node (the CLIP model, singular value decomposition) as another sense."""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        if m.field == "title" or PROPOSED_BEFORE38.search(text, max(0, m.start - 40), m.start) is None:
            continue
        kind = apposed_kind38(text, m.start, m.end)
        if kind is not None and kind != "drop":
            return kind
    return None


_MORE_TASK_HEADS38 = frozenset("estimation prediction diagnosis tracking localization localisation forecasting".split())


def retype_kinds38(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, retyped or dropped where the text's own kind noun says what the name is."""
    off = _precision_off38()
    if len(off) == len(PRECISION_RULES38):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    out = []
    for e in entities:
        if "degree" not in off and DEGREE38.fullmatch(e.name):
            continue
        if _unlisted(e) and (e.type in ("method", "model") or (
                e.type == "task" and (_coined_name(e.name) or DATA_IN_NAME38.search(e.name)))):
            kind = stated_kind38(e, texts, off)
            if kind is None and "title-data" not in off and e.type in ("method", "model"):
                kind = title_data38(e, texts["title"], abstract)
            if kind == "drop":
                continue
            if kind in ("dataset", "benchmark") and e.type != "task" and (
                    e.name.split()[-1].lower() in TASK_HEADS | _MORE_TASK_HEADS38):
                # "PIE: A Large-Scale Dataset and Models for Pedestrian Intention Estimation" read as the long form
                # "pedestrian intention estimation": a task phrase named as data joins another PIE dataset's node
                kind = None
            if e.type == "task" and kind == "benchmark":
                kind = None  # a shared task's name is the task's too ("EmoContext - A Shared Task"): left a task
            if kind is not None:
                e.type = kind
        elif "apposed-kind" not in off and e.type in ("method", "model"):
            e.type = listed_own_kind38(e, texts) or e.type
        out.append(e)
    return out
