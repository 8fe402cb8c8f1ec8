"""Names that are no method, dataset, benchmark or model, judged from their shape and their context.

The word lists (``non_entities.tsv``) know famous software and organisations by name; these rules catch the
long tail no list can hold (issue 10, node precision): shared-task teams ("YNU-HPCC at SemEval-2019 Task 9"),
tools and libraries the paper calls so ("LiViTo, a software tool"), citation keys ("[AAMR92, page 5]"), LaTeX
debris ("\\tildeO"), URL fragments, fragments of a name spelt out with capitals ("DIFFerential"), metrics
typed as methods ("Rouge-N") and task phrases typed as methods ("the task of goal recognition design").

Each function takes the text and the offsets of the mentions and returns a reason (a short string) or None,
so a dropped candidate says why. Patterns are compiled once; no loop over a list per token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import LANGUAGE_NAMES, METHOD_HEADS, TASK_HEADS, VENUES, shared_task_series
from .memo import before_ends_with, lowered, may_hold
from .precision24 import precision24_on, software_noun_misread24
from .recall_rules import _precision_off23, data_noun_fragment, language_corpus, reused_coinage, spelt_acronym_fragment
from .scan import alternation

# Nouns that say a name is a piece of software, not a technique: "the NLTK toolkit", "X, an open-source
# library for", "X: A Toolkit for ...", "tools CNN-Cert and POPQORN".
SOFTWARE_NOUNS = frozenset(
    """toolkit toolkits toolbox toolboxes tool tools library libraries package packages software
    platform platforms application applications app apps wrapper plugin plug-in editor website webpage
    portal engine""".split()
) | frozenset(
    # the same nouns in French abstracts: "PolArt, un outil multilingue", "la plateforme ScienQuest"
    "outil outils plateforme plateformes plate-forme logiciel logiciels".split()
) | frozenset(
    # formats, schemes and standards: "the ALVIS annotation format", "TimeML2 guidelines", "the UniMorph schema"
    "format formats guidelines schema schemas specification specifications standard".split()
)
_SOFTWARE = "|".join(sorted(SOFTWARE_NOUNS, key=len, reverse=True))
# "X, a software tool which ...", "X (Y), an open-source toolkit for", "X: A Toolkit for ...".
SOFTWARE_APPOSITIVE = re.compile(
    rf"\s*(?:\([^()]{{1,60}}\)\s*){{0,2}}(?:[,:\u2013\u2014-]\s*(?:is\s+)?|\s+is\s+)(?i:a|an|the|our|un|une|la|le)\s+(?:[\w\-]+\s+){{0,5}}?"
    rf"(?i:{_SOFTWARE})\b"
)
# "the X toolkit", "the X annotation format", "the X search engine": one plain word may come between.
SOFTWARE_AFTER = re.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*)?(?:[a-z][a-z\-]*\s+)?(?i:{_SOFTWARE})\b")
# "standard" before a name is the adjective ("a standard DDPM", "the standard LSTM"), not the noun of "the X standard".
_SOFTWARE_BEFORE = "|".join(sorted(SOFTWARE_NOUNS - {"standard"}, key=len, reverse=True))
# session 14: "MARL libraries (e.g., JaxMARL)", "toolkits including X"
SOFTWARE_BEFORE = re.compile(rf"\b(?i:{_SOFTWARE_BEFORE})\s+(?:called\s+|named\s+|such as\s+|including\s+|\(?e\.g\.,?\s+)?$")
# One of its nouns, lower case, is in every match (memo.may_hold: the window is searched only where one is).
SOFTWARE_BEFORE_NOUNS = re.compile(alternation(sorted(SOFTWARE_NOUNS - {"standard"}, key=len, reverse=True)))
# "the X suite of NLP tools", "a set of utilities".
SOFTWARE_SUITE = re.compile(r"\s+(?i:suite|set|collection|family)\s+of\s+(?:[\w\-]+\s+){0,2}(?i:tools|utilities|libraries|programs)\b")
# A title that says what its lead name is: "X: An Open-Source Toolkit for ...", "X: ... in an NLP library".
# Not "... with Applications to", "Practical Guidelines for", "a Resource Package", "an Avatar Editor", nor a
# noun after a verb's preposition ("by Integrating a Physics Engine with ...").
TITLE_SOFTWARE_NOUNS = "toolkits?|toolbox(?:es)?|tools?|library|libraries|software|platforms?|plugin|website|portal|engine|analy[sz]er|annotator"
TITLE_SOFTWARE = re.compile(
    r"\s*:\s+(?:(?:A|An|The)\s+)?(?:(?!(?i:by|using|via|with|from|into|through|on|integrating)\b)[\w\-]+\s+){0,8}?"
    rf"(?i:{TITLE_SOFTWARE_NOUNS})(?=\s+(?:for|of|to|that|in|with|and)\b|\s*[,.:;!?]|\s*$)"
)
# Long forms that say it: "ANNALIST (Annotation, Alignment and Scoring Tool)".
SOFTWARE_LONG = re.compile(rf"\b(?i:{_SOFTWARE})$")

# Teams and their submissions: "YNU-HPCC at SemEval-2019 Task 9:", "HUJI-KU at MRP 2020", "Team X",
# "the UMBC team".
TEAM_WORDS = "team|teams|university|institute|consortium"
TEAM_BEFORE = re.compile(r"\b(?:(?i:team)\s*(?:name[ds]?\s*)?|[Oo]ur\s+(?:group|team|lab|system),\s*)[\"“']?$")
# "BNU-HKBU UIC NLP Team 2 at ...": a few capitalised words may stand between the name and "Team".
TEAM_AFTER = re.compile(rf"[\"”']?(?:\s+(?:{TEAM_WORDS})\b|(?:\s+[A-Z][\w\-]*){{0,3}}\s+(?i:team)\b)")
# " at <campaign> <year>" / " at <campaign>-<year>" / " @ <campaign>": a campaign or a capitalised word with
# a year, so "X at ACL 2020" (a venue) counts as well.
AT_CAMPAIGN = re.compile(r"\s+(?:at|@)\s+(?:the\s+)?(?:[A-Z][\w\-]*[\s\-]'?(?:19|20)\d\d\b|(?P<series>[A-Z][\w\-]*))")
GLUED_AT = re.compile(r"\s(?:at|@)\s+[A-Z][\w\-]*[\s\-]'?(?:19|20)?\d\d\b")
TRAILING_YEAR = re.compile(r"[\s\-]?'?\d+$")
# A title led by "X at <campaign>:" is a shared-task system description, whatever the campaign ("LITL at SMM4H: ...",
# "TLR at BSNLP2019: ...", "X at WNUT-2020 Task 2: ..."): X is the team. The campaign is one capitalised word with
# another capital or a digit (not "Attention at Scale:").
AT_WORD = re.compile(r"\s+(?:at|@)\s+")
TITLE_AT_CAMPAIGN = re.compile(r"\s+(?:at|@)\s+(?:the\s+)?[A-Z][A-Za-z]*[A-Z0-9][\w\-]*(?:[\s\-]'?\d{2,4})?"
                               r"(?:[\s\-]+(?:[Ss]hared[\s\-]+)?[Tt]ask\s*\d*\w*)?\s*:")

# Citation keys: "[AAMR92, page 5]", "[Smith99]", "\cite{li2017webvision}".
CITE_KEY = re.compile(r"[A-Z][A-Za-z\-+]*\d{2}(?:\d{2})?[a-z]?")
# Fragments of a name spelt with capitals for its acronym: "DIFFerential", "AnnotatioN", "PrOgressive", "effiCient".
SPELT_FRAGMENT = re.compile(r"[A-Z]{2,}[a-z]{4,}|[A-Z][a-z]{3,}[A-Z]|[A-Z][a-z][A-Z][a-z]{4,}|[a-z]{2,}[A-Z]{1,2}[a-z]{3,}")
# A word with a capital after two lower-case letters ("effiCient", "imPOrtance"): an acronym is spelt out here.
SPELLING_WORD = re.compile(r"\b[a-z]{2,}[A-Z][A-Za-z]*\b")
# Short terms joined by an operator inside $...$: "1+P", "L/T", "s-N", "ZW-Y".
FORMULA_PIECE = re.compile(r"[A-Za-z0-9]{1,3}(?:[+/\-][A-Za-z0-9]{1,3})+")
URL_FRAGMENT = re.compile(r"(?i)github|gitlab|\.(?:com|org|io|net|edu)(?:/|$)|www\.|https?:|/\w+/")
# Metrics that name-shape rules take for methods: "Rouge-N", "Rogue-L", "BLEU-4", "F-Micro", "Type-I".
METRIC_SHAPE = re.compile(
    r"(?:rouge|rogue|bleu|meteor|chrf|ter|cider|spice|bertscore)(?:[\s\-]?(?:\d+|[lnw]|su4|we))?"
    r"|f[\s\-]?(?:micro|macro|score|measure|beta|\d(?:\.\d)?)"
    r"|(?:micro|macro)[\s\-]?(?:f1?|averaged f1)"
    r"|type[\s\-](?:i{1,2}|1|2)(?:\s+error)?"
    r"|[a-z][\w\-]*?[\s\-](?:f1|f-1|f-?score|f-?measure)",  # "BertScore-F1", "Example-F1", "Span F-score"
    re.IGNORECASE,
)
# "goal recognition design (GRD) is the task of ...", "the task of X": the name is a task, not a method.
IS_TASK = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:is|refers to)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:task|problem)\b")
TASK_OF_BEFORE = re.compile(r"\b(?:task|problem)\s+of\s+$")
# Organisations spelt out: "Technical Committee 37", "Allen Institute for AI".
ORGANISATION_WORD = re.compile(
    r"\b(?:Committee|Subcommittee|University|Universit[àé]|Institute|Laboratory|Laboratories|Consortium|Ministry|"
    r"Corporation|Agency|Department|Council|Inc|Ltd|GmbH)\b"
)


@lru_cache(maxsize=1)
def _campaigns() -> frozenset[str]:
    return frozenset(shared_task_series()) | VENUES


@lru_cache(maxsize=1)
def _campaigns_lower() -> frozenset[str]:
    return frozenset(c.lower() for c in _campaigns())


def _spans(mentions: Iterable[tuple[str, int, int]], texts: dict[str, str]):
    for field, start, end in mentions:
        text = texts.get(field)
        if text is not None:
            yield field, text, start, end


# "the NMT system of TencentFmRD for ... tasks of WMT 2018": whose system it is, in a shared-task sentence.
SYSTEM_OF_BEFORE = re.compile(r"\b(?:system|systems|submission|submissions|entry|entries)\s+of\s+(?:the\s+)?$")
# "NAIST's NMT system submitted to the IWSLT 2020 ... task": whose system it is (issue 10, session 11)
POSSESSIVE_SYSTEM = re.compile(r"['\u2019]s\s+(?:[\w\-]+\s+){0,3}?(?:system|systems|submission|submissions|entry|entries)\b")
CAMPAIGN_WORD = re.compile(r"\b(?:shared\s+tasks?|WMT|SemEval|IWSLT|CoNLL|TREC|CLEF|NTCIR|evaluation\s+campaign)\b")


# "two CU-Boulder submissions to the SIGMORPHON 2020 Task 1", "the TurkuNLP entry in the CoNLL 2018 shared task",
# "the TALP-UPC participation in the WMT20 ...": whose submission it is (issue 10, session 17). Not "system": "the
# NewsReader system in the SemEval-2018 task" names a real system.
SUBMISSION_AFTER = re.compile(r"\s+(?:submissions?|entry|entries|participation)\s+(?:to|for|in|at)\s+(?:the\s+)?")
CAMPAIGN_NAME = re.compile(r"[A-Z][A-Za-z]*")


def submission_team_reason(name: str, mentions, texts) -> str | None:
    """A team named by its submission to a campaign (session 17)."""
    for field, text, start, end in _spans(mentions, texts):
        after = SUBMISSION_AFTER.match(text, end)
        if not after:
            continue
        window = text[after.end(): after.end() + 120]
        series = CAMPAIGN_NAME.match(window)
        if CAMPAIGN_WORD.search(window) or re.search(r"\b(?i:shared\s+task|task\s*\d)", window) or (
                series and TRAILING_YEAR.sub("", series.group()) in _campaigns()):
            return "team: 'X submission(s) to <campaign>'"
    return None


# Session 20 (issue 10): "Taxy.io@FinTOC-2020", "FlorUniTo@TRAC-2", "LIMSI@CoNLL'17", "UZH@SMM4H", "Qwant Research
# @DEFT 2019": a team glued by "@" to the campaign it took part in (system-description titles; 20 such nodes of the 73k
# graph, every one a team). The campaign is a capitalised word with a digit in it or after it, "Shared Task" after
# it, or a listed campaign; a name after "@" without them ("Pic@Point", "OIE@OIA") and metrics ("Hits@10",
# "mAP@0.5": a digit right after "@") are left alone.
AT_SIGN_CAMPAIGN = re.compile(
    r"[^\s@]\s?@\s?(?P<series>[A-Z][A-Za-z\-.]*[A-Za-z])(?P<rest>[\w\-.]*(?:[\s\-]?['\u2019]?\d+)?)"
    r"(?P<task>\s+(?:[Ss]hared\s+)?[Tt]ask\b)?")


def at_sign_team_reason(name: str) -> str | None:
    """A team glued to its campaign by "@" (session 20)."""
    m = AT_SIGN_CAMPAIGN.search(name)
    if not m:
        return None
    if m.group("task") or re.search(r"\d", m.group("series") + m.group("rest")) or m.group("series") in _campaigns():
        return "team: 'X@<campaign>'"
    return None


def team_reason(name: str, mentions, texts) -> str | None:
    """A shared-task team or lab named as if it were a system: "LIRMM-Advanse at SemEval-2019 Task 3"."""
    if reason := submission_team_reason(name, mentions, texts) or at_sign_team_reason(name):
        return reason
    if GLUED_AT.search(name):
        return "team: a name glued to the campaign it took part in"
    lead = AT_WORD.split(name, 1)[0]
    title = texts.get("title") or ""
    if lead and title.startswith(lead) and TITLE_AT_CAMPAIGN.match(title, len(lead)):
        return "team: the title's 'X at <campaign>:'"  # session 15
    for field, text, start, end in _spans(mentions, texts):
        if before_ends_with(text, max(0, start - 30), start, "fe") and SYSTEM_OF_BEFORE.search(
                text, max(0, start - 30), start) and CAMPAIGN_WORD.search(
                text, max(0, start - 200), end + 200) and TRAILING_YEAR.sub("", name.split()[0]).lower() not in _campaigns_lower():
            return "team: 'the system of X' in a shared task"
        if TEAM_BEFORE.search(text, max(0, start - 12), start) or TEAM_AFTER.match(text, end):
            return "team: called a team or a lab"
        if POSSESSIVE_SYSTEM.match(text, end, end + 60) and CAMPAIGN_WORD.search(text, max(0, start - 200), end + 200):
            return "team: 'X's system' in a shared task"
        at = AT_CAMPAIGN.match(text, end)
        if at and (at.group("series") is None or TRAILING_YEAR.sub("", at.group("series")) in _campaigns()):
            return "team: 'X at <campaign>'"
    return None


def software_reason(name: str, mentions, texts, long_form: str | None = None) -> str | None:
    """A tool, library, platform or application the paper calls so."""
    if long_form and SOFTWARE_LONG.search(long_form.rstrip(" )")):
        return "software: its long form is a tool"
    cue = precision24_on("software-cue")  # session 24: "an application of", "APP", "X outperforms standard"
    for field, text, start, end in _spans(mentions, texts):
        after = SOFTWARE_AFTER.match(text, end)
        if after is not None and cue and software_noun_misread24(text, after, end, True):
            after = None
        apposed = SOFTWARE_APPOSITIVE.match(text, end, end + 120) if after is None else None
        if apposed is not None and cue and software_noun_misread24(text, apposed, end, False):
            apposed = None
        if after is not None or apposed is not None or SOFTWARE_SUITE.match(text, end, end + 60):
            return "software: called a tool, library or platform"
        if field == "title" and not text[:start].strip() and TITLE_SOFTWARE.match(text, end):
            return "software: the title calls it a tool, library or platform"
        if may_hold(text, start - 30, start, SOFTWARE_BEFORE_NOUNS) and SOFTWARE_BEFORE.search(text, max(0, start - 30), start):
            return "software: after 'tool', 'library', 'platform'"
    return None


def markup_reason(name: str, mentions, texts) -> str | None:
    """LaTeX commands, citation keys and URL pieces are no names."""
    if "\\" in name or "{" in name or "}" in name or "$" in name:
        return "markup: LaTeX in the name"
    if URL_FRAGMENT.search(name):
        return "markup: a piece of a web address"
    for field, text, start, end in _spans(mentions, texts):
        if start > 0 and text[start - 1] in "\\{_^$":
            return "markup: a LaTeX command or its argument"
        if FORMULA_PIECE.fullmatch(name) and text.count("$", 0, start) % 2 == 1:
            return "markup: a piece of a formula"  # "$O(1/T)$", "$C(s-N)^{1/p}$"
        if CITE_KEY.fullmatch(name):
            before = text[max(0, start - 40) : start]
            open_bracket = before.rfind("[")
            if open_bracket != -1 and "]" not in before[open_bracket:] and "]" in text[end : end + 40]:
                return "citation key"
            if re.match(r"\s*[,;]\s*(?:p\.|pp\.|page)", text[end : end + 12]):
                return "citation key"
    return None


def fragment_reason(name: str, mentions, texts) -> str | None:
    """A piece of a name spelt with capitals for its acronym ("DIFFerential", "Efficient AnnotatioN"), or the
    first word of such a name taken alone ("we propose an Explainable and effiCient model Editing method")."""
    words = name.split()
    if (words and SPELT_FRAGMENT.fullmatch(words[-1]) and not reused_coinage(name, mentions, texts)
            and not data_noun_fragment(name, mentions, texts)):  # session 19: "the NuScenes dataset"
        return "fragment: part of a name spelt out for its acronym"
    if spelt_acronym_fragment(name, mentions, texts):  # session 12: "RefinEmenT ..., termed as SECRET"
        return "fragment: its capitals and its neighbours' spell an acronym of the text"
    if len(words) == 1 and name.isalpha() and name[1:].islower():
        for field, text, start, end in _spans(mentions, texts):
            if SPELLING_WORD.search(text, end, min(len(text), end + 40)):
                return "fragment: the first word of a name spelt out for its acronym"
    if len(words) == 1 and ONE_CAPITAL_INSIDE.fullmatch(name) and "spelt-word" not in _precision_off23():
        # session 23: "LearnIng-based queRy-aware pArtition framework" beside "probing partitions"
        low = name.lower()
        for text in texts.values():
            lower = text.lower() if text else ""
            at = lower.find(low)
            while at >= 0:
                if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) and text[at : at + len(name)] != name:
                    return "fragment: an ordinary word with one letter capitalised to spell an acronym"
                at = lower.find(low, at + 1)
    return None


# "pArtition", "fIring", "eXtremely": one lower-case letter, a capital, then lower case (session 23)
ONE_CAPITAL_INSIDE = re.compile(r"[a-z][A-Z][a-z]{3,}")


# Function words of the other languages abstracts of an English corpus come in (French, Spanish, Portuguese,
# German, Italian): none is an English word, so a name holding one is a phrase of another language
# ("conjonctions de subordination", "corpus paralelo de lenguas"). "de" and "van der" start surnames in
# English names ("de Bruijn graph"), so a name needs two of them, or one in an abstract written in another
# language.
FOREIGN_WORDS = frozenset("""
de des du le la les et pour sur dans avec une aux est par que qui
del los las el para por con una en y
und der die das mit für von zur zum ein eine
dei della delle degli il
""".split())
FOREIGN_WORD = re.compile(r"(?<![\w\-'])(?:" + "|".join(sorted(FOREIGN_WORDS, key=len, reverse=True)) + r")(?![\w\-'])"
                          r"|(?<![\w\-'])[dl][’'](?=\w)")  # French elision: "d’Auteur", "l’anglais"
CITATION = re.compile(r"\bet\.?\s+al\b")


def foreign_reason(name: str, texts: dict[str, str]) -> str | None:
    """A phrase of another language, or a citation ("Nivre et al"), is no name."""
    if CITATION.search(name):
        return "citation: an author list"
    in_name = len(FOREIGN_WORD.findall(name))
    if in_name >= 2:
        return "foreign: a phrase of another language"
    if in_name and any(foreign_text(t) for t in texts.values()):
        return "foreign: a phrase of an abstract in another language"
    return None


def foreign_text(text: str) -> bool:
    """Is most of a text in another language? Its function words give it away (English has none of them)."""
    words = len(text.split())
    return words >= 8 and len(FOREIGN_WORD.findall(text)) >= max(3, 0.08 * words)


# Campaigns that run many tasks a year: "SemEval 2020 Shared Task" alone names no data, unlike "SemEval-2020
# Task 12" or "CoNLL-2003 shared task" (one task that year).
UMBRELLA_TASK = re.compile(
    r"(?i:the\s+)?(?i:semeval|wmt|clef|trec|ntcir|fire|iberlef|evalita)(?:[\s\-]?'?\d{2,4})?"
    r"(?:\s+(?i:shared|evaluation))?\s+(?i:tasks?|campaign|challenge)"
)


def umbrella_reason(name: str) -> str | None:
    if UMBRELLA_TASK.fullmatch(name):
        return "campaign: a series of many tasks, no one task's data"
    return subtask_reason(name)


# Session 20 (issue 10): shapes the 73k graph typed method that name no thing: the shared-task word glued ("SemEval-2020
# SharedTask 12" -> "SharedTask"), a speaker's first or second language ("Swiss German-L1 students", "English-L2
# learners"; a norm pair "L1-L2" is language_pair_reason's), and IOB tags of named-entity labels ("B-Person",
# "I-LOC": a letter, a dash and a listed entity class, so "I-JEPA", "E-BERT" and "S-Net" stay).
SHARED_TASK_WORD = re.compile(r"(?i:shared)[\s\-]?(?i:tasks?)")
LANGUAGE_LEVEL = re.compile(r"(?P<language>[A-Z][a-z]+)-L[12]")
IOB_TAG = re.compile(r"[BIESLU]-(?:PER|LOC|ORG|MISC|GPE|Person|Location|Organi[sz]ation|Misc)")


def label_shape_reason(name: str) -> str | None:
    if SHARED_TASK_WORD.fullmatch(name):
        return "not a name: the shared-task word"
    level = LANGUAGE_LEVEL.fullmatch(name)
    if level and level.group("language") in LANGUAGE_NAMES:
        return "not an entity: a speaker's first or second language"
    if IOB_TAG.fullmatch(name):
        return "not an entity: an IOB tag"
    return None


# "in subtask-B", "Subtask 2", "Task 1b": a numbered (sub)task names no data, task or method of its own, only a part of
# a campaign the sentence names elsewhere; at 73k, 11 such nodes (issue 10, session 17).
SUBTASK = re.compile(r"(?i:sub[\s\-]?)?(?i:task)[\s\-]?(?:\d{1,2}[A-Za-z]?|[A-Ea-e]|[IVX]{1,4})")


def subtask_reason(name: str) -> str | None:
    if SUBTASK.fullmatch(name):
        return "campaign: a numbered (sub)task, no name of its own"
    return None


# A clause glued to a name by a rule that ran on ("ImageNet while maintaining calibration scores", "CORE-50
# while requiring ...", "Newsroom which contain ..."), or a span that starts like a phrase ("for image
# recognition tasks, called Funnel activation"): no name has these words in it.
CLAUSE_WORD = re.compile(r"\s(?:which|where|whereas|whose|while|when|whether|such as|as well as|compared (?:with|to))\s")


def clause_reason(name: str) -> str | None:
    from .abbreviations import PHRASE_START

    words = name.split()
    if len(words) > 1 and CLAUSE_WORD.search(f" {name} "):
        return "glued: a clause after the name"
    if len(words) > 1 and words[0] in PHRASE_START:
        return "phrase: starts with a function word"
    return None


def organisation_reason(name: str) -> str | None:
    if ORGANISATION_WORD.search(name):
        return "organisation: a committee, institute or university"
    return None


def glued_language_reason(name: str) -> str | None:
    """ "LSTM Russian" (from "LSTM Russian language models"): a language name after a name is glued on."""
    words = name.split()
    if len(words) > 1 and words[-1] in LANGUAGE_NAMES and words[0] not in LANGUAGE_NAMES:
        return "glued: a language name after the name"
    return None


# session 16: "English/Arabic", "English-Chinese", "L1-L2": a language pair names no method, data or model.
LANGUAGE_PAIR_SPLIT = re.compile(r"\s*[/\-\u2013]\s*")
NUMBERED_LANGUAGE = re.compile(r"L[1-9]")  # "L1-L0" is a pair of norms


GLUED_PAIR = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")  # "NepaliEnglish": the PDF text lost the dash


def language_pair_reason(name: str) -> str | None:
    glued = GLUED_PAIR.fullmatch(name)
    parts = list(glued.groups()) if glued else LANGUAGE_PAIR_SPLIT.split(name)
    if len(parts) > 1 and (all(p in LANGUAGE_NAMES for p in parts) or all(NUMBERED_LANGUAGE.fullmatch(p) for p in parts)):
        return "not an entity: a language pair"
    if "code-pair" not in _precision_off23() and CODE_PAIR.fullmatch(name):
        a, b = (x.lower() for x in CODE_PAIR.fullmatch(name).groups())
        if "en" in (a, b) and a != b and {a, b} <= LANGUAGE_CODES:
            return "not an entity: a language pair written in ISO codes"  # session 23: "WMT 2016 EN-FI", "De-En"
    return None


# -- session 23 (issue 10, node precision): the switch and its parts are recall_rules.PRECISION_RULES23 ------------
CODE_PAIR = re.compile(r"([A-Za-z]{2})\s*[/\-\u2013]\s*([A-Za-z]{2})")
# Two-letter codes of languages that abstracts pair with English (MT campaigns, cross-lingual sets); codes that are
# also frequent English abbreviations of other things (ML, MT, IS, IT, NO, AM, TA, SO) are left out.
LANGUAGE_CODES = frozenset("""
en de fr es pt ru zh ja ko ar hi fi et cs ro tr lv lt vi th uk pl nl sv da el bg hr sk sl he fa ur bn te kk gu ne
si ps km my id ms sw yo ha zu af ga eu ca gl hu lo ky uz az hy ka mn tl jv
""".split())
# A coined word: a digit or two capitals ("Human3.6M", "AVEC", "WASSA"), not a plain word ("Old" of "Old Russian
# and Old Church Slavonic Treebank"); years do not count ("2013").
REPEATABLE_WORD = re.compile(r"(?=\S*(?:\d|[A-Z]\S*[A-Z]))(?!(?:19|20)\d\d$)\S{3,}")


def repeated_name_reason(name: str) -> str | None:
    if "repeated-name" in _precision_off23():
        return None
    words = name.split()
    seen: set[str] = set()
    for w in words:
        if REPEATABLE_WORD.fullmatch(w):
            if w in seen:
                return "glued: one coined word twice, two names without a comma"
            seen.add(w)
    return None


# session 16: "first presented at SLTAT 2019 in Hamburg", "published in EC 2016": a venue with its year.
VENUE_BEFORE = re.compile(r"\b(?:presented|published|appeared|accepted|held)\s+(?:at|in|to)\s+(?:the\s+)?$")
NAME_YEAR = re.compile(r"[A-Z][\w\-]*[\s\-]'?(?:19|20)\d\d")


def venue_reason(name: str, mentions, texts: dict[str, str]) -> str | None:
    if not NAME_YEAR.fullmatch(name):
        return None
    spans = list(_spans(mentions, texts))
    if spans and all(VENUE_BEFORE.search(text, max(0, start - 30), start) for _, text, start, _ in spans):
        return "not an entity: a venue where a work was presented"
    return None


# Two data names glued by a list that lost a comma ("on ModelNet40 ShapeNet and X", "CIFAR10 CIFAR100"), or
# joined by "and" ("KorQA and KorSum"): two coined words, each with inner capitals or digits and lower case or
# digits ("ShapeNet", "CIFAR10"). An organisation before a name ("PKU VehicleID", "CASIA WebFace") is one word
# of capitals only, and versions ("v2") do not count, so such names stay.
STRONG_NAME_WORD = re.compile(
    r"(?!(?i:v)\d)(?=[A-Za-z0-9\-]*(?:[a-z][A-Z]|[A-Za-z]\d))[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]"
)
NAME_AND_NAME = re.compile(r"\S*[A-Z]\S*\s+and\s+\S*[A-Z]")


AMPERSAND_JOIN = re.compile(r"\s&\s*\S|[Vv]\d+\s*&")  # "X V1 & V2", "Hochreiter & Schmidhuber"


def glued_data_reason(name: str) -> str | None:
    words = name.split()
    if reason := repeated_name_reason(name):
        return reason  # session 23: "Occluded Human3.6M Human3.6M"
    if AMPERSAND_JOIN.search(name):
        return "glued: two things joined by '&'"
    if NAME_AND_NAME.fullmatch(name) and all(STRONG_NAME_WORD.fullmatch(w) or w.isupper() for w in (words[0], words[-1])):
        return "glued: two data names joined by 'and'"
    strong = [bool(STRONG_NAME_WORD.fullmatch(w)) and not w[0].islower() for w in words]
    # side by side, one with lower case: a spelt-out long form ("REtrieving from the traINing datA") has words
    # between its capitals
    for k in range(len(words) - 1):
        if strong[k] and strong[k + 1] and not (words[k] + words[k + 1]).replace("-", "").isupper():
            return "glued: two data names without a comma"
    return None


# A word of a title joined to a plain capitalised word ("for N-Label Cross-Modal Retrieval", "under S-Concave
# Distributions", "with LiDAR-Camera Modalities") that the abstract never repeats is a modifier written in title
# case, not a name: the name-shape rule saw its capitals only because titles capitalise every word.
TITLE_CASE_COMPOUND = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-[A-Z][a-z]{2,}")


def title_modifier_reason(name: str, mentions, texts: dict[str, str], rules) -> str | None:
    """``rules``: the rule that found each mention, in the order of ``mentions``."""
    title = texts.get("title")
    if not title or not TITLE_CASE_COMPOUND.fullmatch(name) or any(r != "rule:name-shape" for r in rules):
        return None
    colon = title.find(":")
    for field, start, end in mentions:
        if field != "title" or not title[:start].strip() or (start < colon) or title[start:].strip() == name:
            return None  # said in the abstract too, or the title's lead name
    return "title case: a modifier of the title, not a name"


# "The X project aims at ...", "the EU-funded X project", "the X initiative": a research project is no technique.
# Only for names typed method or model: a project often gives its name to its data ("the DBpedia project",
# "the Universal Dependencies project"), so data keeps it.
PROJECT_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?i:project|initiative)\b")
# Session 14: "YARN (Yet Another RussNet), a project started in 2013, ...", "we present the project “VisSE”".
PROJECT_APPOSITIVE = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*|\s+is\s+)(?:a|an|the|our)\s+(?:(?!(?:of|for|in|on|with|by|to|from|that|which)\b)[\w\-]+\s+){0,3}?"
    r"(?i:project|initiative)\b")
PROJECT_BEFORE = re.compile(r"\b(?:the|a|our|this)\s+(?:research\s+)?project\s+(?:(?:called|named)\s+)?[\"\u201c'\u2018]?$")


def project_reason(name: str, mentions, texts: dict[str, str]) -> str | None:
    for field, text, start, end in _spans(mentions, texts):
        if (PROJECT_AFTER.match(text, end) or PROJECT_APPOSITIVE.match(text, end, end + 120)
                or PROJECT_BEFORE.search(text, max(0, start - 40), start)):
            return "project: a research project, not a technique"
    return None


# An author and a year cite a paper: "(SPENs; Belanger & McCallum 2016)", "(Smith, 2019; Lee, 2020)". A
# series with a year ("SemEval 2016", "WMT 2014") is a campaign, so names of campaigns and venues are not here.
AUTHOR_YEAR = re.compile(r"(?:(?:van|von|de|di|le)\s+)?[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?(?P<comma>,)?\s+(?:19|20)\d\d[a-z]?")
COAUTHOR_BEFORE = re.compile(r"\b[A-Z][a-z]*(?:[A-Z][a-z]+)?\s*(?:&|and)\s+$")
IN_CITATION_LIST = re.compile(r"(?:\(|;)\s*$")


def citation_reason(name: str, mentions, texts: dict[str, str]) -> str | None:
    m = AUTHOR_YEAR.fullmatch(name)
    if m is None or name.split()[0].rstrip(",").lower() in _campaigns_lower():
        return None
    for field, text, start, end in _spans(mentions, texts):
        before, after = text[max(0, start - 30) : start], text[end : end + 3]
        if COAUTHOR_BEFORE.search(before) or (
                IN_CITATION_LIST.search(before) and re.match(r"\s*[;)]", after) and (m.group("comma") or ";" in before + after)):
            return "citation: an author and a year"
    return None


# "HAR-former, a Hybrid Transformer with ...", "Pipe-SGD: A Decentralized Pipelined SGD Framework", "a Group-Wise
# Quantization framework, called GWQ": capitalised plain words after an indefinite article describe a thing the
# paper names otherwise, they do not name it. Only names with no definition, no list entry and no coined word
# (inner capitals, digits), every mention after "a"/"an" (some adjectives may come between) and beside the other
# name: a coined name just before (an appositive) or a naming verb just after. A description with no other name
# ("we rank them with a Moving Objectness Detector") is the thing's only name and stays.
PLAIN_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*|[A-Z]{2,5}s?")
# Between the article and the name only modifiers: no kind noun or naming word, after which the name is named
# ("a large-scale benchmark, Positive Psychology Frames", "a method called X", "an approach we term X").
_NAMING_OR_KIND = (r"(?:called|named|dubbed|termed|coined|namely|term|call|name|we|as|of|for|in|on|with|by|and|or|"
                   r"new\s+task|method|approach|framework|algorithm|technique|model|network|architecture|system|module|"
                   r"mechanism|strategy|scheme|benchmark|dataset|corpus|task|metric|measure|tool|variant|version|"
                   r"extension|family|kind|type|class|set|suite)\b")
_COINED_WORD = r"[\w\-]*(?:[a-z][A-Z]|[A-Z]{2}|[A-Za-z]\d)[\w\-]*"
APPOSED_BEFORE = re.compile(
    rf"(?<![\w\-]){_COINED_WORD}\)?\s*[,:\u2013\u2014]\s*(?:[Aa]n?)\s+(?:(?!{_NAMING_OR_KIND})[a-z][a-z\-]*,?\s+){{0,3}}$")
INDEFINITE_BEFORE = re.compile(rf"(?:^|[\s(:])(?:[Aa]n?)\s+(?:(?!{_NAMING_OR_KIND})[a-z][a-z\-]*,?\s+){{0,3}}$")
NAMED_AFTER = re.compile(r"(?:\s+[\w\-]+){0,4}?,?\s*\(?(?:called|named|termed|dubbed|coined|namely)\s+[\"“']?[A-Z]")


def described_reason(name: str, mentions, texts: dict[str, str]) -> str | None:
    words = name.split()
    if len(words) < 2 or not all(PLAIN_WORD.fullmatch(w) for w in words) or all(w.isupper() for w in words):
        return None
    parts = [part for w in words for part in w.split("-") if part]
    # "Event-based Prediction Model (EPM)": the initials of the words, of every part or of the capitalised parts
    initials = {"".join(w[0] for w in words).lower(), "".join(p[0] for p in parts).lower(),
                "".join(p[0] for p in parts if p[0].isupper()).lower()}
    seen = False
    for field, text, start, end in _spans(mentions, texts):
        apposed = APPOSED_BEFORE.search(text, max(0, start - 80), start)
        if apposed and re.sub(r"[^a-z]", "", apposed.group(0).split()[0].lower()) in initials:
            return None  # "DLM: a Decoupled Learning Model": the coined name's own long form
        if not (apposed or (
                INDEFINITE_BEFORE.search(text, max(0, start - 50), start) and NAMED_AFTER.match(text, end, end + 60))):
            return None
        seen = True
    return "phrase: a description of a thing the paper names otherwise" if seen else None


def junk_reason(name: str, mentions, texts: dict[str, str], *, long_form: str | None = None,
                listed: bool = False) -> str | None:
    """Why a candidate name is no method/dataset/benchmark/model, or None.

    ``mentions`` are (field, start, end) in ``texts`` (field -> text); ``listed``: a curated list knows the
    name, and only markup can overrule that.
    """
    reason = markup_reason(name, mentions, texts)
    if reason or listed:
        # the paper's own definition outranks the list: "DART" is a dataset there, "Data AnnotatoR Tool" a tool
        if not reason and long_form and SOFTWARE_LONG.search(long_form.rstrip(" )")):
            return "software: its long form is a tool"
        return reason
    # A defined long form is whole by definition: "Localized SPectral AugmentatioN (LSPAN)".
    return (team_reason(name, mentions, texts) or software_reason(name, mentions, texts, long_form)
            or (None if long_form else fragment_reason(name, mentions, texts)
                 or (None if language_corpus(name, mentions, texts) else glued_language_reason(name)))  # session 13
            or organisation_reason(name) or foreign_reason(name, texts) or umbrella_reason(name)
            or label_shape_reason(name)  # session 20
            or language_pair_reason(name) or venue_reason(name, mentions, texts)  # session 16
            or clause_reason(name) or citation_reason(name, mentions, texts)
            or (None if long_form else described_reason(name, mentions, texts))
            or kind_reason(name, mentions, texts, long_form) or participle_reason(name)
            or identifier_reason(mentions, texts) or cut_word_reason(name, mentions, texts)
            or (None if long_form else title_clause_reason(name, mentions, texts))  # session 14: shapes that name nothing
            or modifier_end_reason(name) or plus_joined_reason(name, mentions, texts) or quote_reason(name))


def cut_word_reason(name: str, mentions, texts: dict[str, str]) -> str | None:
    """Every mention of the name runs into a letter the rules' ASCII classes stop at: "Cram" of "Cramér", "Dicion"
    of "Dicionário", "Surf" of "αSurf" (session 12). Letters of scripts without spaces (CJK) do not count:
    "SemiEC的性能" names SemiEC."""
    seen = False
    for _field, text, start, end in _spans(mentions, texts):
        if text[start:end] != name:
            continue
        if not (_cut_letter(text, start - 1) or _cut_letter(text, end)):
            return None
        seen = True
    return "span: cut from a longer word" if seen else None


def _cut_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha() and ord(text[i]) < 0x2E80


# Data the rules took for a technique: "the French Absolute Beginner (FAB) speech corpus", "we introduce X the
# first semantic segmentation dataset", "X, a large-scale benchmark of", "an expert ground truth, X", "the
# largest dataset for document unwarping to date - X". The words between the name and the data noun may not
# name a technique or start a clause ("X, a model trained on the Y dataset" stays a method).
DATA_NOUN = r"(?P<noun>dataset|data\s?set|corpus|corpora|database|treebank|benchmark|ground[\s\-]truth|lexicon|wordnet|thesaurus)s?\b"
# "two MRC benchmark datasets": a noun before a plural one is that one's modifier.
DATA_NOUN_ONE = (r"(?P<noun>dataset|data\s?set|corpus|database|treebank|benchmark|ground[\s\-]truth|lexicon|wordnet|thesaurus)(?![\w\-])"
                 r"(?!\s+(?:datasets|data\s?sets|corpora|benchmarks|suites)\b)")
_NOT_BETWEEN = (
    r"(?:on|of|in|for|with|to|from|by|at|over|that|which|who|where|when|and|or|than|as|using|trained|tuned|pretrained|"
    r"evaluated|tested|model|models|method|methods|framework|approach|network|networks|algorithm|system|"
    r"architecture|technique|tool|toolkit|library|pipeline|module|strategy|scheme|loss|metric|measure|task|"
    r"learning|training|annotation|mechanism|paradigm|solution|baseline|classifier|agent|detector|tracker)\b"
)
_BETWEEN = rf"(?:(?!{_NOT_BETWEEN})[\w\-]+\s+)"
# "SANA, a large-scale, multi-genre, multi-dialect lexicon": adjectives of an appositive may be listed with commas
_BETWEEN_LISTED = rf"(?:(?!{_NOT_BETWEEN})[\w\-]+,?\s+)"
# right after the name: "X (Y) speech corpus", "X+ Dataset", one plain word between ("X parallel corpus").
# Singular only: "ReID datasets", "E-commerce datasets" are data of a task or a domain, not that task's name.
DATA_AFTER = re.compile(
    rf"\+*\s*(?:\([^()]{{1,30}}\)\s*)?(?:(?!{_NOT_BETWEEN})[a-z][a-z\-]*(?<![sd])\s+)?(?i:{DATA_NOUN_ONE})"
)
DATA_APPOSITIVE = re.compile(
    rf"\+*\s*(?:\([^()]{{1,30}}\)\s*)?(?:[,:\u2013\u2014]\s*(?:which\s+is\s+|is\s+)?|\s+-\s+|\s+is\s+|\s+(?=the\s+first\b))"
    rf"(?:a|an|the|our)\s+{_BETWEEN_LISTED}{{0,5}}?(?i:{DATA_NOUN})"
)
# before the name: "a new/the largest ... dataset (for ...) - X", "an expert ground truth, X", "a corpus called X".
DATA_BEFORE = re.compile(
    rf"\b(?:a|an|our|new|first|largest|most)\s+{_BETWEEN}{{0,4}}?(?i:{DATA_NOUN})"
    r"(?:\s+(?:for|of|on)(?:\s+[\w\-]+){1,6}?)?"
    r"\s*(?:[,:\u2013\u2014]|\s-)\s*(?:(?:namely|called|named|dubbed)\s+)?$"
)


# "the MOT benchmark", "the TE corpus": data of a task, named after the task; the task stays what it is.
# Nor does a technique or a task whose data is meant: "the Multimodal Entity Linking (MEL) dataset".
DATA_OF_TASK_HEADS = TASK_HEADS | METHOD_HEADS | frozenset(
    """adaptation tracking comprehension entailment inference reasoning localization localisation linking
    conversation conversations communication prediction completion matching""".split())
CLAUSE_END = re.compile(r"\s*(?:[.;(]|$)")


def data_type(name: str, mentions, texts: dict[str, str]) -> str | None:
    """ "dataset" or "benchmark" when the words around a name say it is data, else None."""
    head = name.split()[-1].lower()
    if head in DATA_OF_TASK_HEADS or head.rstrip("s") in DATA_OF_TASK_HEADS:
        return None
    for field, text, start, end in _spans(mentions, texts):
        m = DATA_AFTER.match(text, end, end + 60) or DATA_APPOSITIVE.match(text, end, end + 100)
        if m is None and before_ends_with(text, max(0, start - 120), start, ",:\u2013\u2014-yd"):
            m = DATA_BEFORE.search(text, max(0, start - 120), start)
            # "a challenging dataset, X achieves ...": after a bare comma the name must end the clause
            if m is not None and m.group(0).rstrip().endswith(",") and not CLAUSE_END.match(text, end):
                m = None
        if m is not None:
            return "benchmark" if m.group("noun").lower() == "benchmark" else "dataset"
    return None


# "Balanced Distance Metric", "Fluency Score": the head says metric; "Math Word Problem": a task.
METRIC_HEAD = re.compile(r"\s(?:[Mm]etric|[Ss]core|[Mm]easure)$")
TASK_HEAD = re.compile(r"\s(?:[Pp]roblems?)$")
SHARED_TASK_END = re.compile(r"\s[Ss]hared[\s\-]+[Tt]asks?$")
LEXICAL_RESOURCE_END = re.compile(r"(?:[Ww]ord|[Vv]erb|[Ff]rame)[Nn]et$|(?:[Tt]ree|[Pp]rop|[Nn]om)[Bb]ank$")


def retype(typ: str, name: str, mentions, texts: dict[str, str]) -> str:
    """A better type than the one the rules gave, from the name's shape or the words around it."""
    if typ in ("method", "model") and (METRIC_SHAPE.fullmatch(name) or METRIC_HEAD.search(name)):
        return "metric"  # "Rouge-N", "F-Micro", "Type-I", "Balanced Distance Metric"
    if typ in ("method", "model") and TASK_HEAD.search(name):
        return "task"
    if typ in ("method", "model") and SHARED_TASK_END.search(name) and "shared-task" not in _precision_off23():
        return "benchmark"  # session 23: "the BioNLP Open Shared Tasks", a campaign's tasks with their data
    if (typ in ("method", "model") and LEXICAL_RESOURCE_END.search(name)
            and "lexical-resource" not in _precision_off23()):
        return "dataset"  # session 23: "EuroWordNet", "VerbNet", "Berkeley FrameNet": lexical resources, data as WordNet is
    if typ in ("method", "model"):
        for field, text, start, end in _spans(mentions, texts):
            if IS_TASK.match(text, end, end + 80) or (before_ends_with(text, max(0, start - 20), start, "f")
                                                      and TASK_OF_BEFORE.search(text, max(0, start - 20), start)):
                return "task"
        return data_type(name, mentions, texts) or named_data_type(name, mentions, texts) or typ
    return typ


# -- what kind of thing the sentence says a name is (issue 10, session 11) ---------------------------------------
# Hardware, formal languages, annotation schemes and workshops are no method, dataset, benchmark or model: "an
# ANYmal-D quadruped robot", "On ANYmal-D hardware", "the interpreted markup language QuantML", "a modeling
# language, VoxML", "the Amazigh tag set", "at FNP 2020
# workshop". The kind noun must end its noun phrase: "X robot learning", "X camera pose", "the X workshop
# dataset" name something else, so no such noun may follow it.
NOT_ENTITY_KINDS = (
    r"(?:quadruped|humanoid|legged|mobile|wheeled)\s+robots?|robots?|hardware|devices?|sensors?|cameras?|radars?|headsets?|"
    r"drones?|chips?|processors?|microcontrollers?|"
    r"(?:markup|modeling|modelling|programming|query|specification|description|definition|scripting|domain-specific)\s+languages?|"
    r"annotation\s+(?:schemes?|schemas?|styles?|standards?|guidelines)|tag\s?sets?|"
    r"workshops?|symposi(?:um|a)|"
    # session 16: what a paper calls software, infrastructure, a notation, a postulate or a field. Not chatbots
    # (a released system is a model: GUIDELINE) nor games (Atari, NetHack: environments that benchmark agents).
    r"(?:network\s+|physics\s+)?simulators?|middleware|infrastructures?|(?:user|client-server|graphical)\s+interfaces?|"
    r"notations?(?:\s+systems?)?|postulates?|research\s+(?:fields?|areas?)"
)
# punctuation, a function word or a verb after the kind noun ("quadruped robot confirm our policy"); any other
# word may make it a modifier ("robot learning", "camera angle estimator", "robot foundation model")
_KIND_ENDS = (r"(?=\s*(?:[,.;:()\]]|$)|\s+(?:of|in|on|with|and|or|to|for|is|are|was|were|that|which|from|at|by|as|"
              r"we|has|have|can|during|under|confirms?|shows?|demonstrates?|validates?|verif(?:y|ies)|achieves?)\b)")
KIND_AFTER = re.compile(
    rf"['\u2019]?\s*(?:\([^()]{{1,30}}\)\s*)?(?i:{NOT_ENTITY_KINDS}){_KIND_ENDS}")
KIND_APPOSITIVE = re.compile(
    rf"\s*(?:\([^()]{{1,30}}\)\s*)?(?:[,:\u2013\u2014]\s*(?:is\s+)?|\s+is\s+)(?i:a|an|the|our)\s+"
    rf"(?:(?!{_NOT_BETWEEN})[\w\-'\u2018\u2019]+,?\s+){{0,4}}?(?i:{NOT_ENTITY_KINDS}){_KIND_ENDS}")
# "the interpreted markup language QuantML", "the quadruped robot ANYmal"; after a comma or a bracket only an
# appositive that closes ("a modeling language, VoxML, which"), not "with a real robot, PolicyNet wins".
KIND_BEFORE = re.compile(rf"(?<![\w\-])(?i:{NOT_ENTITY_KINDS})\s+(?:(?:called|named)\s+)?[\"“'‘]?$")
# not a bracket: "Highway Drone (HighD)" is the name's own long form before its short form
KIND_BEFORE_APPOSED = re.compile(rf"(?<![\w\-])(?i:{NOT_ENTITY_KINDS})\s*,\s*$")
APPOSITIVE_CLOSES = re.compile(r"\s*[,)]")
# the name must end its noun phrase after a kind noun before it: not "hardware SNN implementations"
NAME_ENDS = re.compile(r"\s*(?:[,.;:()]|$)|\s+(?:of|in|on|with|and|or|to|for|is|are|was|were|that|which|from|at|by|as|we)\b")
# A long form that says so: "Amazigh Tag Set (AMTS)", "Robot Markup Language (RML)".
# Hardware heads are not read here: data is often named after its device ("Highway Drone", "AT-Drone").
NAME_KINDS = (r"(?:markup|modeling|modelling|programming|query|specification|description|definition|scripting|"
              r"domain-specific)\s+languages?|annotation\s+(?:schemes?|schemas?|styles?|standards?|guidelines)|tag\s?sets?|"
              r"workshops?|symposi(?:um|a)")
KIND_LONG = re.compile(rf"\s(?i:{NAME_KINDS})$")


# Words of every NOT_ENTITY_KINDS phrase, lower case: a text without them (most) skips kind_reason's four window
# searches per mention (session 12). Two-word kinds need both words, "tag\s?sets?" its own search.
KIND_WORDS = ("robot", "hardware", "device", "sensor", "camera", "radar", "headset", "drone", "chip", "processor",
              "microcontroller", "workshop", "symposi", "simulator", "middleware", "infrastructure",
              "interface", "notation", "postulate", "research")
KIND_LANGUAGE_WORDS = ("markup", "modeling", "modelling", "programming", "query", "specification", "description",
                       "definition", "scripting", "domain-specific")
KIND_ANNOTATION_WORDS = ("scheme", "schema", "style", "standard", "guideline")
TAG_SET = re.compile(r"tag\s?set")


@lru_cache(maxsize=4)  # asked for each mention of each candidate; a paper has two texts
def may_name_kind(text: str) -> bool:
    """False only when no NOT_ENTITY_KINDS phrase (in any case) is in the text."""
    low = lowered(text)
    return low is None or any(w in low for w in KIND_WORDS) or (
        "language" in low and any(w in low for w in KIND_LANGUAGE_WORDS)) or (
        "annotation" in low and any(w in low for w in KIND_ANNOTATION_WORDS)) or TAG_SET.search(low) is not None


def kind_reason(name: str, mentions, texts: dict[str, str], long_form: str | None = None) -> str | None:
    """Hardware, a formal language, an annotation scheme or a workshop the paper calls so, or None."""
    if KIND_LONG.search((long_form or name).rstrip(" )")):
        return "not an entity: its name says hardware, a formal language, an annotation scheme or a workshop"
    if name.split()[0].lower() in _campaigns_lower():
        return None  # "the SemEval 2017 workshop": a campaign's name is its tasks' too
    for field, text, start, end in _spans(mentions, texts):
        if not may_name_kind(text):
            continue
        if (KIND_AFTER.match(text, end, end + 60) or KIND_APPOSITIVE.match(text, end, end + 100)
                or (KIND_BEFORE.search(text, max(0, start - 40), start) and NAME_ENDS.match(text, end))
                or (KIND_BEFORE_APPOSED.search(text, max(0, start - 40), start) and APPOSITIVE_CLOSES.match(text, end))):
            return "not an entity: called hardware, a formal language, an annotation scheme or a workshop"
    return None


# Data the name or the sentence calls data, in words ``data_type`` does not read (issue 10, session 11): a name
# headed "Corpus of ..." ("Nijmegen Corpus of Casual Czech": the head is not the last word), "the X data" ("the
# Dutch LESLLA data and its curation": plain "data" after a name the paper calls "the").
DATA_HEAD_OF = re.compile(
    r"(?:[A-Z][\w\-]*\s+){0,4}(?:Corpus|Corpora|Treebank|Dataset|Database|Lexicon|Wordnet|WordNet|Archive)\s+of\s+[A-Z\d].*")
THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?$")
# "data" must end its noun phrase: not "the X data augmentation"
PLAIN_DATA_AFTER = re.compile(
    r"\s+data(?=\s*(?:[,.;:()]|$)|\s+(?:of|in|on|with|and|or|to|for|is|are|was|were|that|which|from|at|by|as|we)\b)")


def named_data_type(name: str, mentions, texts: dict[str, str]) -> str | None:
    if DATA_HEAD_OF.fullmatch(name):
        return "dataset"
    for field, text, start, end in _spans(mentions, texts):
        if PLAIN_DATA_AFTER.match(text, end, end + 30) and THE_BEFORE.search(text, max(0, start - 30), start):
            return "dataset"
    return None


# "Pseudo-Label Relaxed (PLR) contrastive loss", "Vision Shared and Representation Isolated (VSRI) network", "a
# Recurrent Neural Network-based algorithm", "fully connected (FC) layer": a name ending in a past participle is
# a modifier cut off from the noun it modifies. A coined word keeps it a title name ("TACRED Revisited", "ALOHA
# Unleashed", "WikiReading Recycled").
PARTICIPLE_END = re.compile(r"[A-Za-z][a-z\-]*[a-df-z]ed")
COINED_WORD = re.compile(r"[\w\-]*(?:[a-z][A-Z]|[A-Z]{2}|[A-Za-z]\d)[\w\-]*")


def participle_reason(name: str) -> str | None:
    words = name.split()
    if len(words) > 1 and PARTICIPLE_END.fullmatch(words[-1]) and not any(COINED_WORD.fullmatch(w) for w in words[:-1]):
        return "phrase: ends in a participle, a modifier cut from its noun"
    return None


# -- not names by their shape (issue 10, session 14) ----------------------------------------------------------
# A title's clause about another name: "Parsing with Multilingual BERT", "Sentence Alignment in DPC", "Implicit Bias
# in Noisy-SGD", "Annotating COMPARA". The object is a coined name (capitals inside, digits); the words before it
# say what the paper does with it. "for" is left out: "Render for CNN" is a method's name.
TITLE_CLAUSE = re.compile(r"(?:[A-Z][\w\-]*\s+){1,4}(?i:in|with|using|within)\s+(?P<obj>\S+(?:\s+\S+){0,3})")
GERUND_LEAD = re.compile(r"(?P<verb>[A-Z][a-z]{3,}ing)\s+(?P<obj>\S+)")
# gerunds that name a technique and may lead a name ("Boosting R-CNN", "Matching Networks")
TECHNIQUE_GERUNDS = frozenset(
    """learning training embedding pooling sampling matching mapping boosting bagging clustering encoding decoding
    hashing tracking rendering ranking scaling pruning tuning labeling labelling tagging padding warping blending
    filtering smoothing reasoning prompting coding computing routing gating modeling modelling forecasting mixing
    stacking splitting grounding shifting caching batching dropping thinking planning searching steering parsing
    cascading""".split())


def title_clause_reason(name: str, mentions=(), texts=None) -> str | None:
    m = TITLE_CLAUSE.fullmatch(name)
    if m and any(COINED_WORD.fullmatch(w) for w in m.group("obj").split()):
        return "phrase: a title's clause about another name"
    m = GERUND_LEAD.fullmatch(name)
    if m and m.group("verb").lower() not in TECHNIQUE_GERUNDS and COINED_WORD.fullmatch(m.group("obj")):
        # only in a title: "we propose Leaking GAN, a ..." names a method
        if all(field == "title" for field, _, _, _ in _spans(mentions, texts or {})):
            return "phrase: a gerund before another name"
    return None


# "Common Crawl-based", "Transformer-based": a compound modifier cut from the noun it modifies.
MODIFIER_END = re.compile(
    r".+-(?i:based|driven|guided|aware|oriented|inspired|enhanced|augmented|assisted|powered|dependent|specific|"
    r"agnostic|free|centric|centered|centred|like)"
    r"|.+\u2013(?i:based|driven|guided|aware|oriented|inspired|enhanced|dependent|specific|agnostic|free|like)")  # an en dash


GENERIC_DATA_TAIL = re.compile(r"\s+(?:datasets?|data\s?sets?|corpus|corpora|benchmarks?|data)$")  # lower case: "Action-free Data" is a name's


def modifier_end_reason(name: str) -> str | None:
    """Also before a generic data noun: "the Common Crawl-based corpus" names no corpus."""
    if MODIFIER_END.fullmatch(GENERIC_DATA_TAIL.sub("", name)):
        return "phrase: ends in a compound modifier ('-based')"
    return None


# "IR+DL", "BiLSTM+CRF": two names joined by "+" describe a combination, not one thing ("HumanEval+", "C++" are names).
# Spaced alike on both sides: "Pascal3D+ Car" is a name and a word.
PLUS_JOINED = re.compile(r"[A-Za-z][\w\-]*[A-Za-z0-9](?:\+|\s\+\s)[A-Za-z][\w\-]*[A-Za-z0-9]")


# ... unless the paper names it so: "(LTS+CM)", "we denote the resulting algorithm as McSplit+LL", "the
# conformalization technique Jackknife+aB" are a paper's own variants, not a description of a combination.
PLUS_NAMED_BEFORE = re.compile(r"(?:\(\s*|\b(?:as|called|named|dubbed|termed|denoted|technique|algorithm)\s+)$")


def plus_joined_reason(name: str, mentions=(), texts=None) -> str | None:
    if not PLUS_JOINED.fullmatch(name):
        return None
    if any(PLUS_NAMED_BEFORE.search(text, max(0, start - 20), start) for _, text, start, _ in _spans(mentions, texts or {})):
        return None
    return "glued: two names joined by '+'"


QUOTES = '"\u201c\u201d'


def quote_reason(name: str) -> str | None:
    """ 'spatiotemporal semantic alignment" loss': a quote inside a name glues words after a quoted name; a quoted
    phrase ('\u201cI Don't Think So\u201d', a title's slogan) is no name. A stray quote at one end ('"UniNet') or a
    quoted word ('"Double-DIP"') is left alone: the name itself is right."""
    if any(q in name[1:-1] for q in QUOTES):
        return "span: a quote inside the name"
    if len(name) > 2 and name[0] in QUOTES and name[-1] in QUOTES and " " in name:
        return "phrase: a quoted phrase"
    return None


def identifier_reason(mentions, texts: dict[str, str]) -> str | None:
    """ "FMC_ATA, a version of FMC_TA": every mention is the head of an identifier, so the name is cut."""
    spans = list(_spans(mentions, texts))
    if spans and all(text[end : end + 1] == "_" and text[end + 1 : end + 2].isalnum() for _, text, _, end in spans):
        return "markup: the head of an identifier"
    return None
