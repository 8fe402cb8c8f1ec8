"""Session 24 (issue 10, node precision; the study sample node-precision-study-session24.tsv).

Switched off with ``PAPERKG_PRECISION24`` ("off" or a comma list of these part names), for ablations only:

- ``tagger-junk`` (name_tagger.tag): the learned tagger's adds pass the junk filters the resolver runs on the rules'
  candidates (software, organisations, venues, hardware and formal languages, projects, names glued with "+" or
  two data names in one; not the team filter: a system named "X at SemEval-2017 Task 2:" in its title is an approach
  in the gold sets, "Sew-Embed" in dev9). Before, an add passed only ``name_tagger.add_allowed``: in the START 73k build 74 of
  the 586 tagger-only links were such names ("ConvLab-2, an open-source toolkit", "GATE is a widely used
  open-source solution", "Xinhua News Agency", "LIDA, an annotation tool"). The shape checks that judge a rule
  candidate's words (a fragment spelt for an acronym, a description, a title clause) are left out: the tagger
  judged the shape already, and they would drop "UCFSports", "NuScenes", "TuSimple".
- ``software-cue`` (junk.software_reason): four misreadings of a software noun that dropped real names, rules'
  and tagger's alike: "application(s) of" is a use, not an app ("GNTK is an application of Neural Tangent
  Kernel", "VisualRWKV, the first application of a linear RNN model"); an upper-case "APP", "TOOL" is an acronym;
  a verb or a preposition between the name and "standard", "schema", "application" ("IRPO outperforms standard
  ...", "FedHGN adopts schema-weight decoupling", "RETAIN for application to EHR") is no "the X toolkit"; a noun
  that modifies a technique noun after it ("NSHE, a network schema sampling method") is no head.
- ``citation-author``: a one-word mention followed by an author citation ("Brown et al., 2020", "MacCartney (2009)",
  "Choe and Charniak (2016)", "Brown & al., 1993", "(Brown 1973)") names a person: the mention goes, and with its last mention the
  entity (pipeline, after the tagger); the corpus's second look skips such a spot too (canonical.py), where "Brown"
  (the corpus) was found in 16 citations of Brown et al.
- ``compound-cut``: a method, model or data name found right after a hyphen inside a lower-case compound ("non-linear
  regression", "k-max pooling", "meta-knowledge distillation", "End-to-end aspect-based sentiment analysis (EASA)"
  cut to "end aspect-based ...", "multi-agent framework ..." cut to "agent framework ...") is not that name: the
  mention goes, and the entity when it was its last mention or its defined long form (of any type: a task defined
  so is cut too; a task the lists find inside a compound, "multi-object tracking", is left to the gazetteer).
"""

from __future__ import annotations

import re

from .recall_rules import _parts_off

PRECISION_RULES24 = ("tagger-junk", "software-cue", "citation-author", "compound-cut")
SCORED24 = frozenset(("method", "model", "dataset", "benchmark"))


def _precision_off24() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION24", PRECISION_RULES24)


def precision24_on(part: str) -> bool:
    return part not in _precision_off24()


# -- citation-author ---------------------------------------------------------------------------------------------
# After the mention: "et al.", "& al.", "(2009)", ", 2009)" / ", 1968;", "and Manning (2009)", "and Levinson et al.".
CITED_AFTER24 = re.compile(
    r"\s*(?:et\.?\s+al\b|&\s*al\b|\(\d{4}[a-z]?\s*[),;]|,\s*\d{4}[a-z]?\s*[);,]"
    r"|and\s+[A-Z][a-z][\w'\u2019\-]*\s+(?:\(\d{4}|et\.?\s+al\b))")
YEAR_CLOSE24 = re.compile(r"\s+\d{4}[a-z]?\s*[);,]")
# A one-word name with a lower-case letter and no digit: a surname ("Brown", "MacCartney", "K.Tanaka", "LeCun"),
# not "SODA", "MUC-4", "ICDAR 2013", "KITTI 2015" (listed data names before "and X 2016").
PERSON_WORD24 = re.compile(r"[A-Z][A-Za-z'\u2019.\-]*[a-z][A-Za-z'\u2019.\-]*")


def cited_author24(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one word followed by an author citation?"""
    word = text[start:end]
    if not PERSON_WORD24.fullmatch(word):
        return False
    if not (CITED_AFTER24.match(text, end, end + 40)
            or (start > 0 and text[start - 1] == "(" and YEAR_CLOSE24.match(text, end, end + 12))):
        return False  # "(Brown 1973)": the year after a space, inside brackets the name opens
    from .junk import _campaigns_lower

    return word.lower() not in _campaigns_lower()


# -- compound-cut ------------------------------------------------------------------------------------------------


def compound_cut24(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` begin in lower case right after a hyphen that joins it to a lower-case word?"""
    return (start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and text[start - 2].islower()
            and text[start:start + 1].islower())


def cut_mentions24(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without mentions that cite an author or are cut from a compound (see the docstring)."""
    off = _precision_off24()
    cite, cut = "citation-author" not in off, "compound-cut" not in off
    if not (cite or cut):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    kept = []
    for e in entities:
        drop, whole = [], False
        for m in e.mentions:
            text = texts.get(m.field, "")
            if cite and cited_author24(text, m.start, m.end):
                drop.append(m)
            elif cut and compound_cut24(text, m.start, m.end):
                long_form = e.long_form is not None and m.text == e.long_form
                if e.type in SCORED24 or long_form:  # a task defined cut ("end aspect-based sentiment analysis (EASA)")
                    drop.append(m)
                    whole = whole or long_form
        if not drop:
            kept.append(e)
            continue
        left = [m for m in e.mentions if m not in drop]
        if whole or not left:
            continue
        e.mentions = left
        kept.append(e)
    return kept


# -- software-cue (junk.software_reason) -------------------------------------------------------------------------
USE_AFTER24 = re.compile(r"\s+of\b")
# A verb ("outperforms", "adopts", "uses") or a preposition between the name and the noun.
# Not "of", "and", an article or "is": "a Set of guidelines", "Resources and Tools", "make ELAN a tool" are software.
NOT_BETWEEN24 = re.compile(r"(?:to|for|in|on|with|by|from|than|over|as|[a-z]*[^siu\W]s)")
# The noun modifies a technique noun that follows: "NSHE, a network schema sampling method".
MODIFIER_OF24 = re.compile(r"\s+[a-z][\w\-]*\s+(?:method|model|approach|algorithm|network|technique|module|strategy)s?\b")


def software_noun_misread24(text: str, match: re.Match, name_end: int, after: bool) -> bool:
    """Does a software-noun match misread a use ("an application of"), an acronym ("APP") or, with ``after`` (the
    "X toolkit" pattern, one word allowed between), a verb's or a preposition's object ("X outperforms standard")?"""
    noun_m = NOUN_END24.search(match.group(0))
    if noun_m is None:
        return False
    noun = noun_m.group(0)
    if len(noun) > 1 and noun.isupper():
        return True  # "APP", "TOOL": an acronym
    if noun.lower() in ("application", "applications") and USE_AFTER24.match(text, match.end()):
        return True
    if MODIFIER_OF24.match(text, match.end()):
        return True
    if not after:
        return False
    words = WORD24.findall(PAREN24.sub(" ", text[name_end:match.end() - len(noun)]))
    return bool(words) and NOT_BETWEEN24.fullmatch(words[0]) is not None


NOUN_END24 = re.compile(r"[\w\-]+$")
WORD24 = re.compile(r"[A-Za-z][\w\-]*")
PAREN24 = re.compile(r"\([^()]*\)")


def cut_hit24(abstract: str, start: int, end: int, typ: str) -> bool:
    """Is a name the corpus's second look found at ``abstract[start:end]`` an author or cut from a compound?"""
    off = _precision_off24()
    return (("citation-author" not in off and cited_author24(abstract, start, end))
            or ("compound-cut" not in off and typ in SCORED24 and compound_cut24(abstract, start, end)))
