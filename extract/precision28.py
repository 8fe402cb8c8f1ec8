"""Session 26 (issue 10, node precision: names that are no entity of our types; the judged samples of sessions 24
and 25 and the start build of session 26).

Switched off with ``PAPERKG_PRECISION28`` ("off" or a comma list of these part names), for ablations only. Each
part drops a paper's entity (pipeline, after ``precision27.retype_mentions27``) and the same spots in the corpus's
second look (canonical.py, ``cut_hit28``). Only a name no list gave is read: a gazetteer entry or a listed mention
keeps its entity ("the Moses toolkit", "the Universal Dependencies project", "PubMed, the search engine").

- ``software-definition``: the paper defines the name as software, a project or a formal artefact, in apposition or
  with a copula right after a mention: "Zorbix, a web-based system that", "Zorbix: A Workbench for", "Zorbix is an
  API for", "Zorbix, a freely accessible Web service", "Zorbix, a declarative protocol language", "Zorbix: an
  OWL-DL MetaModel", "Zorbix is a 2 M euro programme", "Zorbix, a project aimed at". The head noun must end the
  phrase (a stop, a comma, "that", "for", "to" ... follows: not "a web service recommendation model"), and the
  words before it must not make it data or a method ("a dataset and an open-source Python package", "a new
  benchmark and analysis platform", "a causal inference tool", "a popular tool"). A bare "tool" counts only with a
  software word before it ("a web-based annotation tool") or as a title's "Zorbix: A Tool for ...". The noun may
  also come right before the name ("we propose a platform, Zorbix, that", "an ontology-driven metamodel, named
  Zorbix"), not after a preposition ("deployed on a platform, Zorbix allows"), not in a list ("the X library,
  Zorbix, and ...") and not before a type noun ("the X library, Zorbix dataset").
- ``software-head``: a name whose head noun is software, a project or a formal artefact ("Zorbix Toolkit", "REST
  API", "the Zorbix-Measure-API", "Zorbix Platform", "Zorbix project: ...", "MetaModel"); not Engine, Editor, Suite,
  System, Interface, Framework or Program (methods are named so: "linear program", "Neural Photo Editor"), and a
  project head only for a method, model or task ("the Osteoarthritis Initiative" names its data).
- ``satellite``: a method or model named right before "satellite(s)", "mission", "constellation", or a numbered
  name before "imagery" ("Zorbix-2 imagery", "the Zorbix-2 satellites"): a satellite or space mission. Not "PASCAL
  imagery" (no number), and data keeps it.
- ``project-cue``: the paper uses the name only as a project, programme, initiative or consortium: one mention
  stands right before "project", "programme", "initiative", "consortium" ("within the European funded project
  Zorbix", "the Zorbix (IST 0335) project", "the Zorbix Consortium translation systems") and no mention stands
  before a type noun ("the Zorbix corpus", "the Zorbix system", "Zorbix dataset"). Not a name headed like data
  ("the FrameNet project", "the Bhojpuri Treebank project", "the Quran corpus project": the resource is named so),
  and a method, model or task only: data is often named after its project ("the AfriBooms project" and
  "AfriBooms: An Online Treebank").
- ``team-name`` (round two): a method, model or data name the paper uses as a shared-task team or its institution:
  "Zorbix-Uni Submission to the WMT2031 ... Shared Task" (any case, "shared-task" too, a series junk.py does not
  list), "Zorbix Participation in the WMT31 ...", "our joint submission (Zorbix)", "our team (Zorbix)", a team's
  affiliation "team Q7toQ9 (LTRC, Zorbix-Uni)", or a joined name whose part the paper names as a university or an
  institute ("Zorb-Tulsa" with "Tulsa University") in a shared-task paper. Never a name the paper defines as its
  system ("our system, Zorbix, ...", a title "Zorbix: A ... Approach to").
"""

from __future__ import annotations

import re

from .memo import lowered
from .precision25 import LISTED_RULES25
from .recall_rules import _parts_off

PRECISION_RULES28 = ("software-definition", "software-head", "project-cue", "satellite", "team-name")
SCORED28 = frozenset(("method", "model", "dataset", "benchmark", "task"))


def _precision_off28() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION28", PRECISION_RULES28)


# -- software-definition -----------------------------------------------------------------------------------------
# Head nouns of software, projects and formal artefacts; each must end its noun phrase (SOFTWARE_END28).
SOFTWARE_HEAD28 = (
    r"toolkits?|(?:software\s+)?librar(?:y|ies)|(?:software\s+|python\s+|java\s+|r\s+)?packages?"
    r"|(?:web\s+|rest(?:ful)?\s+|java\s+|python\s+)?APIs?|web[- ]services?|SDKs?"
    r"|web[- ]based\s+(?:system|tool|platform|interface|application|service|workbench|environment|editor)"
    r"|web\s+(?:application|interface|portal|tool)|workbench(?:es)?|plug-?ins?|software|platforms?|editors?"
    r"|search\s+engines?|websites?|web\s*sites?|portals?|infrastructures?|tools?"
    r"|(?:programming|protocol|markup|query|schema|annotation|description|specification|scripting)\s+languages?"
    r"|meta-?models?|projects?|initiatives?|programmes?|consorti(?:um|a)")
SOFTWARE_END28 = (r"(?=\s*(?:[,.;:()]|$|(?:that|which|for|to|with|in|of|where|whose|based|aimed|aiming|dedicated"
                  r"|developed|designed|built|funded|running|providing|allowing|enabling|supporting|and|on)\b))")
SOFTWARE_DEF28 = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:,|:|\s+is|\s+was|,\s+which\s+is)\s+(?:an?|the)\s+((?:[\w\-+/.]+\s+){0,6}?)("
    + SOFTWARE_HEAD28 + r")" + SOFTWARE_END28, re.I)
# Words before the head that make the name data, a method or a model ("a dataset and a Python package", "a causal
# inference tool", "a benchmark and analysis platform"), or the head another noun's ("a growing number of platforms").
NOT_SOFTWARE28 = re.compile(
    r"\b(?:dataset|datasets|data|corpus|corpora|benchmark|resource|model|models|method|algorithm|approach|network"
    r"|framework|technique|learning|inference|estimation|statistical|mathematical|analytical|theoretical|number|use"
    r"|kind|type|class|powerful|effective|important|useful|popular|fundamental|basic|essential|versatile|main|key"
    r"|standard|promising|vital|valuable|crucial|central|natural|common|simple|general|between)\b", re.I)
# "a new Python library and models", "a dataset and a Python package": the name is also a model or data.
ALSO_DATA28 = re.compile(r"\s+and\s+(?:[\w\-]+\s+){0,2}?(?:models?|datasets?|corpus|corpora|data|methods?)\b", re.I)
PROJECT_HEAD28 = ("project", "initiative", "programme", "consorti")
# A bare "tool" is software only with one of these words before it ("a web-based annotation tool").
SOFTWARE_WORD28 = re.compile(
    r"\b(?:web|web-based|online|software|open-source|open\s+source|java|python|interactive|graphical|visuali[sz]ation"
    r"|annotation|authoring|editing|post-editing|search|demo|browser|desktop|command-line)\b", re.I)
# "an adaptation of the SimpleNLG library", "a suite of APIs": "of" only after these words keeps the head the name's.
OF_OK28 = re.compile(r"\b(?:adaptation|implementation|version|extension|suite|set|collection|part|component|port)"
                     r"\s+of\b", re.I)
TITLE_TOOL28 = re.compile(r"\s*:\s+an?\s+(?:[\w\-+/.]+\s+){0,4}?tools?\b", re.I)


def software_definition28(text: str, start: int, end: int, typ: str, field: str = "abstract") -> bool:
    """Is the name at ``text[start:end]`` defined as software, a project or a formal artefact ("Zorbix, a
    web-based system that ...")? A project head counts for a method, model or task only: a data resource is often
    named after its project ("the Translation Initiative for COVID-19", "PanLex, a project of ...")."""
    m = SOFTWARE_DEF28.match(text, end)
    if m is None:
        return False
    words, head = m.group(1), m.group(2).lower()
    if NOT_SOFTWARE28.search(words) or ALSO_DATA28.match(text, m.end()):
        return False
    if head.startswith(PROJECT_HEAD28) and typ in ("dataset", "benchmark"):
        return False
    # "a sister project to PropBank, the AMR project": the apposition belongs to the noun before the name.
    if head.split()[-1].rstrip("s") in text[max(0, start - 40):start].lower():
        return False
    if " of " in f" {words.lower()}" and not OF_OK28.search(words):
        return False
    if head in ("tool", "tools"):
        return SOFTWARE_WORD28.search(words) is not None or (field == "title" and TITLE_TOOL28.match(text, end) is not None)
    return True


# "an ontology-driven metamodel, named Zorbix", "we propose a platform, Zorbix, that", "our toolkit, Zorbix": the
# head noun right before the name (a comma, "named", "called" or "dubbed" between; "tool" and "engine" not read).
SOFTWARE_BEFORE28 = re.compile(
    r"(?:\b(\w+)\s+)?\b(?:an?|our|the)\s+((?:(?!(?:an?|our|the)\s)[\w\-+/.]+\s+){0,5}?)("
    + SOFTWARE_HEAD28.replace("|tools?", "")
    + r")\s*(?:,\s*(?:(?:named|called|dubbed|termed)\s+)?|\s+(?:named|called|dubbed|termed)\s+)$", re.I)
# "deployed on a platform, Zorbix allows ...": after a preposition the noun phrase ends a clause, the name starts one.
PREPOSITION28 = frozenset("on in at from to with into within for of by under through".split())
# "the TREC library, Zorbix, and ...", "the YourBench library, Zorbix dataset": a list, or the name is data.
LIST_AFTER28 = re.compile(r"\s*,?\s+(?:and|or)\b|\s*,\s*(?:and|or)\b", re.I)


def software_before28(text: str, start: int, end: int, typ: str) -> bool:
    """Is the name at ``text[start:end]`` introduced by a lower-case software, project or formal-artefact noun ("a
    platform, Zorbix", "an ontology-driven metamodel, named Zorbix")? The same checks as ``software_definition28``
    on the words before the noun."""
    # Every match ends at ``start`` (or before a last "\n" there) with "," or named/called/dubbed/termed and white
    # space: the last character before that white space is "," or a "d" (session 27: re tries every start of the
    # window and backtracks from each, ~0.5 ms a call; most names have neither before them). re's \s is
    # str.isspace(), as str.rstrip()'s; no other character matches "d" with re.I.
    q = start
    while q > 0 and text[q - 1].isspace():
        q -= 1
    if q == 0 or start - q > 80 or text[q - 1] not in ",dD":
        return False
    m = SOFTWARE_BEFORE28.search(text, max(0, start - 80), start)
    if m is None or NOT_SOFTWARE28.search(m.group(2)) or " of " in f" {m.group(2).lower()}":
        return False
    head = m.group(3)
    if not (head[0].islower() or head.isupper()) or (m.group(1) or "").lower() in PREPOSITION28:
        return False  # "the 1000 Genomes Project, Zorbix": a name's last word
    if LIST_AFTER28.match(text, end) or TYPE_AFTER28.match(text, end):
        return False
    return not (head.lower().startswith(PROJECT_HEAD28) and typ in ("dataset", "benchmark"))


# -- software-head -----------------------------------------------------------------------------------------------
# A name whose head noun is software, a project or a formal artefact ("Zorbix Toolkit", "REST API", "Zorbix
# Project"); not Engine, Editor, Suite, System, Interface, Framework or Program (methods are named so: "linear
# program", "Neural Photo Editor"). A project head counts for a method, model or task only ("the Osteoarthritis
# Initiative", "the Exome Sequencing Project" name their data).
SOFTWARE_NAME28 = re.compile(
    r"(?:^|[\s\-])(?:APIs?|SDKs?|[Tt]oolkits?|[Ll]ibrary|[Ss]oftware|[Pp]latform|[Pp]lug-?in|[Ww]eb [Ss]ervices?"
    r"|[Ww]orkbench|[Ww]ebsite|[Pp]ortal|[Mm]eta-?[Mm]odel|[Ii]nfrastructure|[Pp]roject|[Pp]rogramme|[Ii]nitiative"
    r"|[Cc]onsortium)$")
PROJECT_NAME28 = re.compile(r"(?i)(?:project|programme|initiative|consortium)$")


def software_head28(name: str, typ: str) -> bool:
    """Is the name's head noun software, a project or a formal artefact ("REST API", "Zorbix Toolkit")?"""
    if SOFTWARE_NAME28.search(name) is None:
        return False
    return not (PROJECT_NAME28.search(name) and typ in ("dataset", "benchmark"))


# -- project-cue -------------------------------------------------------------------------------------------------
PROJECT_AFTER28 = re.compile(
    r"\)?\s*(?:\([^()]{1,30}\)\s*)?(?:research(?:\s+and\s+innovation)?\s+|eu\s+|european\s+)?(?:projects?|programmes?"
    r"|initiatives?|consorti(?:um|a))\b", re.I)
# A data resource is often named after its project ("AfriBooms: An Online Treebank" of "the AfriBooms project"):
# the part reads methods, models and tasks only.
PROJECT_TYPES28 = frozenset(("method", "model", "task"))
# Lower case: "the 1000 Genomes Project, RFN could ..." ends another name.
PROJECT_BEFORE28 = re.compile(r"\b(?:projects?|programmes?|initiatives?|consortium)\s*(?:,\s*|\s+(?:called|named|entitled)\s+)?$")
# "the WorldTree project, a corpus of 5,114 ...": the project's name is its data's.
PROJECT_DATA28 = re.compile(r"\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:corpus|corpora|datasets?|treebank|lexicon|database)\b",
                            re.I)
# A mention before one of these nouns names a thing of our types ("the Zorbix corpus", "the Zorbix system").
TYPE_AFTER28 = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:corpus|corpora|datasets?|data\b|treebanks?|lexicons?|databases?|resources?"
    r"|benchmarks?|models?|systems?|methods?|algorithms?|frameworks?|networks?|tasks?|challenges?|annotations?"
    r"|tools?|toolkits?|parsers?|taggers?|evaluations?|campaigns?)", re.I)
# "Zorbix is a back-propagation network that ...": the paper also defines the name as a thing of our types.
TYPE_DEF28 = re.compile(r"\s*,?\s*(?:is|was)\s+an?\s+(?:[\w\-]+\s+){0,3}?" + TYPE_AFTER28.pattern.split(")?", 1)[1], re.I)
# A resource named by its head noun is the project's data ("the FrameNet project", "the Bhojpuri Treebank project").
DATA_HEAD28 = re.compile(r"(?i)(?:net|bank|corpus|corpora|treebank|dependencies|crawl|genome|pedia|lex|db|base|data"
                         r"|dataset|wordnet|atlas|resources?)$")


def project_after28(text: str, start: int, end: int) -> bool:
    """Does the mention at ``text[start:end]`` name a project ("the Zorbix project", "the funded project Zorbix")?"""
    after = PROJECT_AFTER28.match(text, end)
    if after is not None:
        return PROJECT_DATA28.match(text, after.end()) is None
    window = text[max(0, start - 40) : start]  # every match holds one of the four nouns (session 28: tested first)
    return ("project" in window or "programme" in window or "initiative" in window or "consortium" in window) and (
        PROJECT_BEFORE28.search(text, max(0, start - 40), start) is not None)


def project_only28(names: list, mentions: list, texts: dict[str, str]) -> bool:
    """Does the paper use the name as a project and never before a type noun? ``names``: the name, its long form,
    its mentions' texts (one headed like data keeps it: "the Cancer Genome Atlas (TCGA) project")."""
    if any(DATA_HEAD28.search(n) for n in names):
        return False
    if any(TYPE_AFTER28.match(texts.get(m.field, ""), m.end) or TYPE_DEF28.match(texts.get(m.field, ""), m.end)
           for m in mentions):
        return False
    return any(project_after28(texts.get(m.field, ""), m.start, m.end) for m in mentions)


# -- satellite ---------------------------------------------------------------------------------------------------
# "the Zorbix-2 satellites", "Zorbix-2 imagery", "the Zorbix mission": a satellite or space mission, typed method or
# model. Not data ("DSLR imagery", "PASCAL imagery" name the images) and not a task ("ReID mission").
SATELLITE_AFTER28 = re.compile(r"\s*(?:satellites?|missions?|constellation|spacecraft|orbiter)\b", re.I)
# "imagery" after a name ending in a number only: "Sentinel-2 imagery", "Landsat 8 imagery", not "PASCAL imagery".
IMAGERY_AFTER28 = re.compile(r"\s*imagery\b", re.I)
NUMBERED28 = re.compile(r".*[A-Za-z][\s\-]?\d{1,2}[A-Z]?$")
SATELLITE_TYPES28 = frozenset(("method", "model"))


def satellite28(mentions: list, texts: dict[str, str]) -> bool:
    """Does a mention stand right before "satellite(s)", "imagery", "mission" ...?"""
    return any(satellite_at28(texts.get(m.field, ""), m.end, m.text) for m in mentions)


def satellite_at28(text: str, end: int, span: str) -> bool:
    return SATELLITE_AFTER28.match(text, end) is not None or (
        NUMBERED28.fullmatch(span) is not None and IMAGERY_AFTER28.match(text, end) is not None)


# -- team-name (session 26, round two) ---------------------------------------------------------------------------
# Shared-task teams and their institutions typed as systems, which junk.team_reason leaves: a title-case
# "Zorbix-Uni Submission to the WMT2019 ... Shared Task", "IST-Zorbix Participation in the WMT20 ...", "our joint
# submission (Zorbix-Uni)", the team's affiliation "team F1toF9 (LTRC, Zorbix-Uni)", and a name made of the
# institutions the paper names ("Zorbix-Saarland" with "Zorbix University and Saarland University").
TEAM_TYPES28 = frozenset(("method", "model", "dataset"))
TEAM_SUBMISSION28 = re.compile(r"\s+(?i:submissions?|participation|entry|entries)\s+(?i:to|for|in|at)\s+(?:the\s+)?")
# A campaign: a shared task, a numbered task, a listed series, or a capitalised name with a year ("NLP4IF 2019",
# "WMT2019", "SIGTYP 2020"; junk.CAMPAIGN_WORD misses "shared-task" and series it does not list).
TEAM_CAMPAIGN28 = re.compile(
    r"(?i:shared[\s\-]+tasks?|evaluation\s+campaign|\btask\s*\d)|\b(?:WMT|SemEval|IWSLT|CoNLL|TREC|CLEF|NTCIR)"
    r"|\b[A-Z][A-Za-z\d\-]*[A-Z\d][A-Za-z\-]*[\s\-]?'?(?:19|20)\d\d\b")
# The name in parentheses after a lower-case "team", "submission", "participation" ("our joint submission
# (Zorbix)", "our team (Zorbix)"), or among the affiliations after a team's name ("team F1toF9 (LTRC, Zorbix)").
TEAM_PAREN28 = re.compile(r"\b(?:team(?:\s+[\w\-]+)?|submissions?|participation|entry)\s*\((?:[^()]{0,60}?,\s*)?[\"“']?$")
# An institution the paper names: "Saarland University", "University of Saarland", "the Zorbix Institute".
INSTITUTION28 = r"(?:University|Universit[yé]|Institute|College|Laborator(?:y|ies))"
_INSTITUTION_WORDS28 = ("Universit", "Institute", "College", "Laborator")  # one starts every INSTITUTION28 match
# "our system, Zorbix, ...", "our model called Zorbix": the paper's own system keeps its name.
OUR_SYSTEM28 = re.compile(r"\bour\s+(?:[\w\-]+\s+){0,2}?(?:system|model|approach|method|architecture|framework)"
                          r"\s*(?:,\s*)?(?:(?:called|named|dubbed|termed)\s+)?[\"“']?$", re.I)

TITLE_NAME28 = re.compile(r"[^\s:]+(?:\s[^\s:]+){0,2}:\s")


def team_at28(text: str, start: int, end: int, shared_task: bool) -> bool:
    """Does the mention at ``text[start:end]`` name a team: its submission to a campaign, or in parentheses after
    "team" or "submission"? ``shared_task``: the paper names a campaign (the parenthesis needs one)."""
    sub = TEAM_SUBMISSION28.match(text, end)
    if sub and TEAM_CAMPAIGN28.search(text, sub.end(), sub.end() + 120):
        return True
    return shared_task and TEAM_PAREN28.search(text, max(0, start - 80), start) is not None


def institution_name28(name: str, texts: dict[str, str]) -> bool:
    """Is a part of a joined name ("Zorbix-Saarland") an institution the paper names ("Saarland University")?"""
    parts = [p for p in re.split(r"[\-/\s]+", name) if len(p) > 1 and p[0].isupper()]
    if len(parts) < 2:
        return False
    text = f"{texts.get('title', '')} {texts.get('abstract', '')}"
    # speed45: every match holds an INSTITUTION28 word; without one, no per-part pattern is compiled
    if not any(w in text for w in _INSTITUTION_WORDS28):
        return False
    return any(re.search(rf"\b{re.escape(p)}\s+{INSTITUTION28}\b|\b{INSTITUTION28}\s+of\s+(?:the\s+)?{re.escape(p)}\b",
                         text) for p in parts)


def team_name28(name: str, mentions: list, texts: dict[str, str], shared_task: bool | None = None) -> bool:
    """Does the paper use the name as a shared-task team or its institution, and never as its own system?
    ``shared_task``: whether a text of ``texts`` names a campaign, if the caller knows (None: searched here)."""
    if any(OUR_SYSTEM28.search(texts.get(m.field, ""), max(0, m.start - 80), m.start) for m in mentions):
        return False
    if TITLE_NAME28.match(texts.get("title", "")) and texts["title"].startswith(name):
        return False  # "Zorbix: A Frequentist Approach to ...": the title names the paper's system
    if shared_task is None:
        shared_task = shared_task28(texts)
    if any(team_at28(texts.get(m.field, ""), m.start, m.end, shared_task) for m in mentions):
        return True
    return shared_task and institution_name28(name, texts)


def shared_task28(texts: dict[str, str]) -> bool:
    """Does a text of ``texts`` name a campaign (TEAM_CAMPAIGN28)?"""
    return any(names_campaign28(t) for t in texts.values())


# TEAM_CAMPAIGN28's three ways in, each alone (session 28): a search of the whole pattern tried every position (its
# first way is case-blind, its last starts at every capital and backtracks), ~2 % of the per-paper step.
CAMPAIGN_LEADS28 = (("shared", re.compile(r"(?i:shared[\s\-]+tasks?)")),
                    ("evaluation", re.compile(r"(?i:evaluation\s+campaign)")),
                    ("task", re.compile(r"(?i:\btask\s*\d)")))
SERIES28 = ("WMT", "SemEval", "IWSLT", "CoNLL", "TREC", "CLEF", "NTCIR")
CAMPAIGN_SERIES28 = re.compile(r"\b(?:" + "|".join(SERIES28) + ")")
CAMPAIGN_YEAR28 = re.compile(r"(?:19|20)\d\d")
CAMPAIGN_NAMED_YEAR28 = re.compile(r"\b[A-Z][A-Za-z\d\-]*[A-Z\d][A-Za-z\-]*[\s\-]?'?(?:19|20)\d\d\b")


def names_campaign28(text: str) -> bool:
    """``TEAM_CAMPAIGN28.search(text) is not None``, each way in searched on its own: an alternation matches
    somewhere exactly when one of its ways does. The case-blind words are looked for in ``memo.lowered(text)``
    (same offsets; None for the few texts where ``(?i)`` and ``str.lower`` differ: searched as before) and the
    pattern is matched at each hit; a capitalised name with a year is searched only where a year's digits are."""
    low = lowered(text)
    if low is None:
        return TEAM_CAMPAIGN28.search(text) is not None
    for word, pattern in CAMPAIGN_LEADS28:
        at = low.find(word)
        while at >= 0:
            if pattern.match(text, at) is not None:
                return True
            at = low.find(word, at + 1)
    if any(series in text for series in SERIES28) and CAMPAIGN_SERIES28.search(text) is not None:
        return True  # a series' letters first: the search leads with \b, which re tries at every position
    return CAMPAIGN_YEAR28.search(text) is not None and CAMPAIGN_NAMED_YEAR28.search(text) is not None


# -- the two entry points ----------------------------------------------------------------------------------------


def _listed(e) -> bool:
    return e.entry is not None or any(m.rule.startswith(LISTED_RULES25) for m in e.mentions)


def cut_entities28(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without those the parts above find to be software or projects."""
    off = _precision_off28()
    if len(off) == len(PRECISION_RULES28):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    kept = []
    shared_task: bool | None = None
    for e in entities:
        if e.type not in SCORED28 or _listed(e):
            kept.append(e)
            continue
        if "software-definition" not in off and any(
                software_definition28(texts.get(m.field, ""), m.start, m.end, e.type, m.field)
                or software_before28(texts.get(m.field, ""), m.start, m.end, e.type) for m in e.mentions):
            continue
        if "software-head" not in off and software_head28(e.name, e.type):
            continue
        if "satellite" not in off and e.type in SATELLITE_TYPES28 and satellite28(e.mentions, texts):
            continue
        if "team-name" not in off and e.type in TEAM_TYPES28 and not e.long_form:
            if shared_task is None:  # searched once a paper, not once an entity (session 27; ~2 ms an abstract)
                shared_task = shared_task28(texts)
            if team_name28(e.name, e.mentions, texts, shared_task):
                continue
        names = [e.name, e.long_form or ""] + [m.text for m in e.mentions]
        if "project-cue" not in off and e.type in PROJECT_TYPES28 and project_only28(names, e.mentions, texts):
            continue
        kept.append(e)
    return kept


def cut_definitions28(definitions: list, before: list, after: list) -> list:
    """The paper's (short, long) definitions without those of the entities ``cut_entities28`` dropped: the corpus
    would otherwise keep an untyped sense of the short form ("the ZORB (Zorbix for Open Research and Books)
    project") and read other papers' bare "ZORB" as that sense, not as their own name."""
    kept = {id(e) for e in after}
    gone = {e.long_form for e in before if id(e) not in kept and e.long_form}
    return definitions if not gone else [(s, lf) for s, lf in definitions if lf not in gone]


def cut_hit28(abstract: str, start: int, end: int, typ: str, name: str) -> bool:
    """Does a part above drop the name the corpus's second look found at ``abstract[start:end]``?"""
    off = _precision_off28()
    if len(off) == len(PRECISION_RULES28) or typ not in SCORED28:
        return False
    if "software-definition" not in off and (software_definition28(abstract, start, end, typ)
                                              or software_before28(abstract, start, end, typ)):
        return True
    if "software-head" not in off and software_head28(name, typ):
        return True
    if "satellite" not in off and typ in SATELLITE_TYPES28 and satellite_at28(abstract, end, abstract[start:end]):
        return True
    if "team-name" not in off and typ in TEAM_TYPES28 and team_at28(
            abstract, start, end, names_campaign28(abstract)):
        return True
    return ("project-cue" not in off and typ in PROJECT_TYPES28 and not DATA_HEAD28.search(name)
            and project_after28(abstract, start, end)
            and TYPE_AFTER28.match(abstract, end) is None)
