"""Session 34 (issue 10, node precision): data named without a kind word, and shared-task teams' systems.

Switched off with ``PAPERKG_PRECISION39`` ("off" or a comma list of these part names), for ablations only.

Corpus pass (``canonical._canonicalise`` step 3, right after precision35's ``retype_listed35``): a method/model group
no list gives (no member with a gazetteer entry) and no paper of which proposes it becomes a dataset when half of its
papers (one or two papers), or two and a fifth, write a mention of the parts that are on:

- ``eval-on``: a result reported on the name, the name ending its phrase or list item: "a performance gain of 16% on
  EVIMO2.", "the average improvement is up to 10.69% on Food, 18.83% on KuaiRec, ...", "state-of-the-art QA
  performance on MultiRC and ...". Not "experiments on X" / "evaluated on X" / "trained on X" (problems, models and
  games are experimented on: "numerical experiments on PL-game", "the evaluation conducted on LLaMA-7B"), not "over
  X" (a baseline), not a name shaped like a model's size ("LLaMA-7B") or headed by a technique noun.
- ``data-modified``: the name modifies a singular data noun after two or three lower-case modifiers ("the REBECA
  bilingual lexical-conceptual database"); precision34's ``data-cued`` allows one.
- ``data-list``: a later item of a list after "databases" / "lexicons" / "dictionaries" / "wordnets" / "knowledge
  bases" ("large retrieval databases, specifically ImageNET, GIST1M and SUN-attribute"); precision35's
  ``listed-kind`` reads datasets, corpora, benchmarks and treebanks.

Per paper (``pipeline._paper_result``, after precision38):

- ``team-word``: a method/model name no list gives that a paper naming a campaign writes after "l'équipe" ("les
  systèmes développés par l'équipe LinkMedia de l'IRISA pour la campagne d'évaluation DeFT 2018"). Dropped.
- ``team-system`` (off unless "on:team-system"): "the X system(s) at/for/to the ... shared task / SemEval / Task 2 /
  campaign" ("The AIP-Tohoku System at the BEA-2019 Shared Task"), "X@<affiliation>" ("the IRlab@IIT-BHU system for
  the OffensEval 2020") in a paper that names a campaign. Dropped. Off: a participant's own system name ("the MERALI
  system", "The UCD-Net System at SemEval-2020 Task 1") is as common there as a team's, and is a right node.

``eval-on`` is not counted for a lower-case name ("numerical commonsense") nor a slash pair ("LaSOT/TNL2K").
"""

from __future__ import annotations

import re

from .precision34 import _HEADS34, _SINGULAR34, papers_by_entity34
from .precision35 import _ITEM35, _KIND_LEAD35
from .recall_rules import parts_off_by_default
from .speed38 import may_match  # session 35 (speed38)

PRECISION_RULES39 = ("eval-on", "data-modified", "data-list", "team-word", "team-system", "setting-noun")


# Off unless named after "on:" ("PAPERKG_PRECISION39=on:data-modified"): on start33's 73k output its retypes read 3
# of 5 right ("an mHealth drug use dataset", "the synthRAD2023 MR-CT pelvis pair dataset": a domain, a modality pair).
# ``team-system`` likewise: of its 20 drops at 73k, 7 are a participant's own system name ("the MERALI system to the
# SemEval Task 2", "The UCD-Net System at SemEval-2020 Task 1"), which the judged rows count right (MaskParse, UCD-Net,
# UIR-Miner); only the team names (NTNU, AIP-Tohoku, TMU ...) are wrong nodes, and no cue of the text tells them apart.
DEFAULT_OFF39 = frozenset(("data-modified", "team-system"))


def _precision_off39() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_PRECISION39", PRECISION_RULES39, DEFAULT_OFF39)


def part_on39(part: str) -> bool:
    """Is ``part`` of PAPERKG_PRECISION39 switched on?"""
    return part not in _precision_off39()


# -- eval-on -----------------------------------------------------------------------------------------------------
# A result word, then up to three words, then "on (the)" and the items of a list before the name.
# Not bare "performance" or "results" ("MTL performance on RubikONNs", "experimental results on the JSMA attack").
_RESULT39 = (r"(?:\d\s?%|\d\s?(?:points?|pp|dB)\b|(?i:\baccuracy|\bF1|\bF-score|\bscores?"
             r"|\bSOTA|\bstate[- ]of[- ]the[- ]art|\berror(?:\s+rates?)?|\bmAP|\bAUC|\bBLEU|\bgains?|\bimprovements?"
             r"|\brecall(?:@\d+)?|\bprecision))")
# Words between the result and "on": no technique noun ("the state-of-the-art MIP approach on DLSP": a problem).
_BETWEEN39 = (r"(?:(?!(?i:approach|approaches|method|methods|model|models|algorithm|algorithms|solver|solvers|baseline"
              r"|baselines|system|systems|attack|attacks)\b)[\w\-@/]+\s+)")
_TOKEN39 = r"(?:[\w\-+/]|\.(?=\w))+"  # a list item's word: no sentence stop inside ("AlpacaEval. However")
_EVAL_ON39 = re.compile(_RESULT39 + r"\s+" + _BETWEEN39 + r"{0,4}?on\s+(?:the\s+)?"
                        r"(?:(?:" + _TOKEN39 + r"(?:\s+" + _TOKEN39 + r"){0,2}\s*(?:\([^()]{1,30}\)\s*)?,\s*|"
                        + _TOKEN39 + r"\s+and\s+)*)$")
_ITEM_END39 = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[,.;)]|$|(?:and|or|respectively)\b)")
# "LLaMA-7B", "GPT3-2B", "Llama-2-13b": a model's size.
_MODEL_SIZE39 = re.compile(r"(?i)[\-_ ]\d+(?:\.\d+)?[bm]$")  # not "GIST1M" (a million descriptors)
_TECHNIQUE_HEADS39 = frozenset("method methods model models network networks net nets algorithm algorithms framework "
                               "approach system systems architecture transformer encoder decoder learning "
                               "optimization regression classifier estimator policy agent".split())
_EVAL_WINDOW39 = 110
# "ResNet-18", "MobileNetV2", "U-Net": a network a method is applied to ("65% and 48% on ResNet-18 and MobileNetV2
# respectively", in quantization and pruning papers), not data; only eval-on is refused for them (lead, session 34)
_NETWORK_NAME39 = re.compile(r"Net(?![a-z])")


def eval_on39(text: str, start: int, end: int) -> bool:
    """Does ``text`` report a result on the mention text[start:end], the name ending its phrase or list item?"""
    if not text or _ITEM_END39.match(text, end) is None:
        return False
    return _EVAL_ON39.search(text[max(0, start - _EVAL_WINDOW39):start]) is not None


# -- data-modified -----------------------------------------------------------------------------------------------
# Two or three lower-case modifiers (no function word, technique head or participle) between the name and a
# singular data noun that heads its phrase.
_MODIFIER39 = (r"(?:(?!(?:for|of|in|on|to|with|by|and|or|that|which|from|based|using|method|approach|algorithm|model"
               r"|system|framework|tool|toolkit|network|software|we|our|a|an|the|as|is|are|was|were|be|[a-z\-]+ed)\b)"
               r"[a-z][a-z\-]*\s+)")
_MODIFIED39 = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?" + _MODIFIER39 + r"{2,3}" + _SINGULAR34 + r"(?![\w\-])" + _HEADS34)


def data_modified39(text: str, start: int, end: int) -> bool:
    return bool(text) and _MODIFIED39.match(text, end) is not None


# -- data-list ---------------------------------------------------------------------------------------------------
_RESOURCE_KINDS39 = r"(?:databases|lexicons|dictionaries|wordnets|knowledge\s+bases)"
_LIST_LEAD39 = r"(?:" + _KIND_LEAD35 + r"|\s*,?\s*(?:specifically|in\s+particular)\s*,?\s*)"
_LISTED39 = re.compile(r"\b" + _RESOURCE_KINDS39 + _LIST_LEAD39 + r"(?:" + _ITEM35 + r"\s*,\s*)*" + _ITEM35
                       + r"(?:\s*,)?\s+(?:and|or)\s+$|\b" + _RESOURCE_KINDS39 + _LIST_LEAD39 + r"(?:" + _ITEM35
                       + r"\s*,\s*)+$")
_LIST_WINDOW39 = 200
_GATE39 = ("databases", "lexicons", "dictionaries", "wordnets", "knowledge bases")


def data_list39(text: str, start: int, end: int) -> bool:
    if not text:
        return False
    window = text[max(0, start - _LIST_WINDOW39):start]
    low = window.lower()
    return any(w in low for w in _GATE39) and _LISTED39.search(window) is not None


CUES39 = (("eval-on", eval_on39), ("data-modified", data_modified39), ("data-list", data_list39))
DATA_ALONE39 = 0.5  # of a group's papers, when one writes a cue
DATA_SHARE39 = 0.2  # of a group's papers, when two or more do


def data_written39(e, paper, off: frozenset[str]) -> set[str]:
    """The parts (of those on) whose cue holds for a mention of ``e`` in ``paper``."""
    texts = {"abstract": paper.abstract or "", "title": paper.title or ""}
    got = set()
    for m in e.mentions:
        text = texts.get(m.field, "")
        for part, cue in CUES39:
            if part not in off and part not in got and cue(text, m.start, m.end):
                got.add(part)
    return got


def technique_named39(name: str) -> bool:
    words = re.findall(r"[A-Za-z]+", name.lower())
    return bool(words) and words[-1] in _TECHNIQUE_HEADS39


def retype_data39(results, keyed, group_members, canon) -> list:
    """Method/model groups no list gives and no paper proposes, enough of whose papers write them as data with no
    kind word beside them (a result on them, a list of databases), become datasets (canon changed in place).
    Returns the (root, parts) retyped, for tracing."""
    off = _precision_off39()
    if all(p in off for p, _ in CUES39):
        return []
    paper_of = papers_by_entity34(results, keyed)
    done = []
    for root, es in group_members.items():
        eid, name, family, accepted = canon[root]
        if not eid.startswith("method:") or any(e.entry is not None for e in es):
            continue  # a model's name is a model's ("9.10% on BERT, and 8.71% on HateBERT")
        if any(e.role == "proposes" for e in es) or _MODEL_SIZE39.search(name) or technique_named39(name):
            continue
        # A lower-case phrase is a topic or a setup ("numerical commonsense", "multi-view decoding"), a slash pair
        # two names or a cut one ("LaSOT/TNL2K", "CNN/Daily"), a network's name: not one coined data name. Only
        # eval-on is refused.
        loose = name == name.lower() or "/" in name or _NETWORK_NAME39.search(name) is not None
        papers = {p.id for p in (paper_of.get(id(e)) for e in es) if p is not None}
        if not papers:
            continue
        hits: dict = {}
        for e in es:
            p = paper_of.get(id(e))
            if p is None:
                continue
            parts = data_written39(e, p, off | ({"eval-on"} if loose else set()))
            if parts:
                hits.setdefault(p.id, set()).update(parts)
        if hits and (len(hits) >= DATA_ALONE39 * len(papers) or (
                len(hits) >= 2 and len(hits) >= DATA_SHARE39 * len(papers))):
            canon[root] = ("dataset:" + eid.split(":", 1)[1], name, family, accepted)
            done.append((root, sorted(set().union(*hits.values()))))
    return done


# -- team-system (per paper) -------------------------------------------------------------------------------------
_CAMPAIGN39 = (r"(?:shared[\s\-]+tasks?|SemEval|WMT|IWSLT|CoNLL|TREC|CLEF|NTCIR|DEFT|BEA|WAT|VarDial|SIGMORPHON"
               r"|(?i:evaluation\s+campaign|campagne|challenge|competition)|Task\s*\d)")
_CAMPAIGN_RE39 = re.compile(r"\b" + _CAMPAIGN39)
_NAMED_CAMPAIGN_RE39 = re.compile(r"\b(?:shared[\s\-]+tasks?|SemEval|WMT|IWSLT|CoNLL|TREC|CLEF|NTCIR|DEFT|BEA|WAT|VarDial"
                                  r"|SIGMORPHON|SMM4H|WNUT|OffensEval|CRAFT|(?i:evaluation\s+campaign|campagne))")
# "the X system at the BEA-2019 Shared Task", "X systems for SIGMORPHON 2020 Task 0", "the X system to the SemEval
# Task 2": a campaign within 80 characters after the preposition, no stop between.
_SYSTEM_AT39 = re.compile(r"[\"”']?\s+(?i:system|systems|submission|submissions)\s+(?:at|for|to)\s+[^.;:]{0,80}?\b"
                          + _CAMPAIGN39)
_TEAM_BEFORE39 = re.compile(r"(?:\b[ld]['’]équipe|\béquipe)\s+$", re.I)
# "IRlab@IIT-BHU", "NLPR@SRPOL", "UM-IU@LING": a team glued to its institution (junk.py's AT_SIGN_CAMPAIGN takes
# "X@<campaign>"); not a metric at a cut-off ("Hits@10": a digit after "@").
_AT_AFFILIATION39 = re.compile(r"@[A-Z][A-Za-z\-]*")


def team_system39(e, texts: dict[str, str], off: frozenset[str] = frozenset()) -> str | None:
    """The part (of those on) by which a shared-task paper writes ``e`` as its team or its team's system, or None."""
    whole = texts["title"] + " " + texts["abstract"]
    # speed38 (session 35): most texts hold none of the words a campaign needs, and the search is skipped
    if not (may_match(_CAMPAIGN_RE39, whole) and _CAMPAIGN_RE39.search(whole)):
        return None
    for m in e.mentions:
        text = texts.get(m.field, "")
        if not text:
            continue
        if "team-word" not in off and _TEAM_BEFORE39.search(text, max(0, m.start - 12), m.start):
            return "team-word"
        if "team-system" in off:
            continue
        if _SYSTEM_AT39.match(text, m.end):
            return "team-system"
        if (_AT_AFFILIATION39.match(text, m.end) or _AT_AFFILIATION39.search(text[m.start:m.end])) and (
                _NAMED_CAMPAIGN_RE39.search(whole)):
            return "team-system"  # not "Pic@Point" in a paper that names only a "challenge"
    return None


def _unlisted39(e) -> bool:
    return e.entry is None and not any(m.rule.startswith(("gazetteer:", "rule:listed")) for m in e.mentions)


def drop_teams39(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the shared-task team systems ``team-system`` finds."""
    off = _precision_off39()
    if "team-system" in off and "team-word" in off:
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    return [e for e in entities
            if not (e.type in ("method", "model") and _unlisted39(e) and team_system39(e, texts, off))]


# -- setting-noun (corpus pass) ----------------------------------------------------------------------------------
# "the MS-OSDA setup", "in the Window-SVO setting", "task-imbalanced continual learning (TICL) scenarios", "the BCO
# settings": a learning or problem setting is a task (precision37's ``problem-noun`` reads "problem(s)" and
# "research"). Not "NEFTune (Jain et al., 2024) setting b...": a bracket with a digit is a citation and "setting" a verb.
_SETTING_AFTER39 = re.compile(r"\s*(?:\((?![^()]*\d)[^()]{1,20}\)\s*)?(?:settings?|scenarios?|setups?)(?![\w\-])")
_SETTING_HEADS39 = frozenset("approximation em llm llms".split())


def setting_noun39(text: str, start: int, end: int) -> bool:
    return bool(text) and _SETTING_AFTER39.match(text, end) is not None


def retype_settings39(results, keyed, group_members, canon) -> list:
    """Method groups no list gives, enough of whose papers write "the X setting/scenario/setup", no paper of which
    writes X as a technique and whose head is no model's or formulation's, become tasks (canon changed in place)."""
    if "setting-noun" in _precision_off39():
        return []
    from .precision34 import headed_by34
    from .precision37 import LANGUAGE_PAIR37, formulation_headed37, technique_written37
    paper_of = papers_by_entity34(results, keyed)
    done = []
    for root, es in group_members.items():
        eid, name, family, accepted = canon[root]
        if not eid.startswith("method:") or any(e.entry is not None for e in es):
            continue
        if formulation_headed37(name) or headed_by34(name, _SETTING_HEADS39) or LANGUAGE_PAIR37.search(name):
            continue
        papers, hits, technique = set(), set(), False
        for e in es:
            p = paper_of.get(id(e))
            if p is None:
                continue
            papers.add(p.id)
            texts = {"abstract": p.abstract or "", "title": p.title or ""}
            for m in e.mentions:
                text = texts.get(m.field, "")
                if technique_written37(text, m.start, m.end):
                    technique = True
                if setting_noun39(text, m.start, m.end):
                    hits.add(p.id)
        if technique or not hits:
            continue
        if len(hits) >= DATA_ALONE39 * len(papers) or (len(hits) >= 2 and len(hits) >= DATA_SHARE39 * len(papers)):
            canon[root] = ("task:" + eid.split(":", 1)[1], name, family, accepted)
            done.append((root, ["setting-noun"]))
    return done
