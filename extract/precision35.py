"""Session 32 (issue 10, node precision): title phrases made nodes though the abstract never uses them as a name.

Switched off with ``PAPERKG_PRECISION35`` ("off" or a comma list of these part names), for ablations only. Two
parts drop a paper's entity (``drop_title_phrases35``, called in pipeline.py after ``retype_mentions32``) when
every mention of it is in the title, no list gave it, one title rule read it, and the abstract never writes it:

- ``title-modifier``: a method/model read by ``rule:followed-by-type`` from a title, whose name leads with
  capitalised common words, one of them praise or a verb (``_PRAISE35``), before a name-shaped rest:
  "Exploiting Symmetries to Construct Efficient MCMC Algorithms" -> "Construct Efficient MCMC", "Do Better ImageNet
  Models Transfer Better?" -> "Better ImageNet", "A Novel Hierarchical BERT Architecture", "An Almost Optimal PAC
  Algorithm". The title's praise and verbs glued to a known name or a class: no thing the paper names.
- ``title-clause``: a title's lead before its colon (``rule:title-name``) that is a clause or a phrase, not a name:
  a lower-case word after the first ("Life after BERT", "IHT dies hard", "Evaluation of TTP Parser"), a pronoun
  ("Recycle Your Wav2Vec2 Codebook", "Gotta Adapt 'Em All"), a verb of a headline ("BERT Learns to Teach",
  "Matching-CNN Meets KNN"), a quote or "!"/"?", or an all-capitals phrase with a function word or an adverb
  ("LEARNING TO SHARE", "THINK VISUALLY").

One part runs in the corpus pass (``retype_listed35``, in ``canonical._canonicalise`` after ``retype_cued34``):

- ``listed-kind``: a method group no list gives, whose papers (the shares of precision34) write a mention as the
  second or a later item of a list of names after a plural kind noun: "three datasets, AGNews, 20Newsgroups,
  and UCINews", "two ... corpora: CroCo (English-German) and RusLTC", "four tracking problems (SOT, MOT, VOS,
  MOTS)", "three tasks: JPCen-ja, JPCzh-ja and JPCko-ja". Data nouns make it a dataset, task/problem nouns a task.
  A list once closed by "and X" is over: "on three datasets, CK+, GFT, and BP4D, JPML produced" names JPML as the
  next clause's subject.
"""

from __future__ import annotations

import re

from .precision29 import _unlisted
from .precision34 import papers_by_entity34
from .recall_rules import _parts_off

PRECISION_RULES35 = ("title-modifier", "title-clause", "listed-kind")


def _precision_off35() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION35", PRECISION_RULES35)


def part_on35(part: str) -> bool:
    """Is ``part`` of PAPERKG_PRECISION35 switched on?"""
    return part not in _precision_off35()


def _known(word: str) -> bool:
    from .precision33 import known_words33

    return word.lower() in known_words33()


# Words a title uses to praise or to say what the paper does, not to define a kind of model: "A Novel Hierarchical
# BERT Architecture", "Do Better ImageNet Models Transfer Better?", "to Construct Efficient MCMC Algorithms",
# "Small and Practical BERT Models". A technical modifier ("Partially Observable SDE Models", "Online RL
# Algorithm", "Generalized VAE Framework", "Ensemble BERT-BiLSTM-Attention Model") names a class of models, which
# the node-precision readers accept (lenient); those are kept.
_PRAISE35 = frozenset("novel new better best unified practical efficient effective optimal scalable simple fast faster "
                      "improved accurate classic powerful universal construct constructing scale scaling almost "
                      "polynomial high performance general generic flexible principled provable provably "
                      "towards using".split())


def title_modifier35(name: str) -> bool:
    """Does ``name`` lead with capitalised common words, one of them a word of praise or a verb ("Construct
    Efficient", "Better", "Novel Hierarchical"), before a rest?"""
    words = name.split()
    lead = 0
    for w in words:
        if w.isalpha() and len(w) > 1 and w[0].isupper() and w[1:].islower() and _known(w):
            lead += 1
        else:
            break
    return 0 < lead < len(words) and any(w.lower() in _PRAISE35 for w in words[:lead])


# Pronouns of a headline ("Recycle Your ...", "Gotta Adapt 'Em All", "What Makes Us ...").
_PRONOUNS35 = frozenset("your our my we you us me it its their them i 'em em he she his her this these those what "
                        "how why when who which".split())
# Verbs of a headline in title case ("BERT Learns to Teach", "Matching-CNN Meets KNN", "Triangle Matters!").
_HEADLINE_VERBS35 = frozenset("is are was were be meets meet learns learn matters matter saves save makes make helps "
                              "help beats beat goes go works work needs need does do can could should will would "
                              "gets get takes take knows know tells tell says say sees see wins win has have "
                              "gotta".split())
_CAPS_FUNCTION35 = frozenset("TO OF FOR AND THE WITH IN ON FROM BY AT AS OR IS ARE A AN".split())


def title_clause35(name: str) -> bool:
    """Is a title's lead ``name`` a clause or phrase rather than a name?"""
    words = name.split()
    if len(words) < 2:
        return False
    if any(ch in name for ch in "!?\"“”"):
        return True  # "Olá, Bonjour, Salve! XFORMAL", "Prompt for Extraction? PAIE"
    for w in words[1:-1]:
        bare = w.strip(",.;()[]")
        if bare.isalpha() and bare.islower():
            return True  # "Life after BERT", "IHT dies hard", "CIFLI-SurviTra, deux facettes"; not "N2N learning"
    for w in words:
        bare = w.strip(",.;()[]")
        if bare.isupper():
            continue  # "CAN", "IT", "DO": an acronym, not the word
        low = bare.lower()
        if low in _PRONOUNS35 or low in _HEADLINE_VERBS35:
            return True
    if all(w.isupper() or not any(ch.isalpha() for ch in w) for w in words):
        alpha = [w for w in words if w.isalpha()]
        if any(w in _CAPS_FUNCTION35 or w.endswith(("ING", "LY")) for w in alpha):
            return True  # "LEARNING TO SHARE", "THINK VISUALLY"
    return False


def _title_only(e) -> bool:
    return bool(e.mentions) and all(m.field == "title" for m in e.mentions)


def _in_abstract(name: str, abstract: str) -> bool:
    return bool(name) and name.lower() in abstract.lower()


def title_phrase_part35(e, abstract: str) -> str | None:
    """The part that drops ``e`` as a title phrase, or None (switches not read)."""
    if not _title_only(e) or not _unlisted(e) or _in_abstract(e.name, abstract):
        return None
    rules = {m.rule for m in e.mentions}
    # Every mention as written ("BiLSTM" of "a BiLSTM Architecture" is the listed name whatever the entity's name).
    if rules == {"rule:followed-by-type"} and e.type in ("method", "model") and all(
            title_modifier35(m.text) for m in e.mentions):
        return "title-modifier"
    # A shared task's own title ("CLPsych2019 Shared Task: ...") names the campaign.
    if rules == {"rule:title-name"} and e.type != "benchmark" and all(title_clause35(m.text) for m in e.mentions):
        return "title-clause"
    return None


def drop_title_phrases35(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the title phrases the parts on find."""
    if not title:
        return entities
    off = _precision_off35()
    if len(off) == len(PRECISION_RULES35):
        return entities
    out = []
    for e in entities:
        part = title_phrase_part35(e, abstract or "")
        if part is not None and part not in off:
            continue
        out.append(e)
    return out


# One name of a list: capitalised or digit-led words (a bracketed gloss after it), no stop inside ("Captions. Our").
_WORD35 = r"[A-Z0-9](?:[^\s,;:().]|\.(?=\w))*"
_ITEM35 = r"(?:the\s+)?" + _WORD35 + r"(?:\s+" + _WORD35 + r")*(?:\s*\([^()]{1,40}\))?"
_SEP35 = r"(?:\s*,\s*|\s+)"  # a comma or a space: an "and" / "or" item closes the list (below)
_KIND_LEAD35 = r"\s*(?:[:,(]|\s+(?:such\s+as|including|namely|e\.g\.,?|i\.e\.,?))\s*"
_DATA_KINDS35 = r"(?:datasets|data\s+sets|corpora|benchmarks|treebanks)"
_TASK_KINDS35 = r"(?:tasks|problems)"
# The items before the mention: one or more, none after an "and"/"or" (the mention is then the list's last item).
# Tasks "such as" / "including" names are mostly their benchmarks ("NLU tasks such as KorNLI, KorSTS, NSMC"): for
# tasks only a colon, comma or bracket opens the list. "pre-training tasks: MLM, MRM, ..." are training objectives
# (techniques), not tasks.
_TASK_LEAD35 = r"\s*[:,(]\s*"
_NOT_TASK_KIND35 = r"(?<!pre-training )(?<!pretraining )(?<!pre-train )(?<!auxiliary )(?<!training )(?<!proxy )"
_BEFORE35 = {kind: re.compile(r"\b" + nouns + lead + r"(?:" + _ITEM35 + r"\s*,\s*)*" + _ITEM35
                              + r"(?:\s*,)?\s+(?:and|or)\s+$|\b" + nouns + lead + r"(?:" + _ITEM35
                              + r"\s*,\s*)+$")
             for kind, nouns, lead in (("dataset", _DATA_KINDS35, _KIND_LEAD35),
                                       ("task", _NOT_TASK_KIND35 + _TASK_KINDS35, _TASK_LEAD35))}
# The mention's own end: the list goes on or closes ("..., and UCINews, shows"; "MOTS) with"), not a verb after a
# comma that starts a clause: checked by the before-pattern's item chain, which a clause subject breaks.
_WINDOW35 = 240
_KIND_GATE35 = {"dataset": ("datasets", "data sets", "corpora", "benchmarks", "treebanks"),
                "task": ("tasks", "problems")}


def listed_kind35(e, paper, kind: str) -> bool:
    """Does the paper write a mention of ``e`` as a later item of a list after a plural ``kind`` noun?"""
    texts = {"abstract": paper.abstract or "", "title": paper.title or ""}
    for m in e.mentions:
        text = texts.get(m.field, "")
        if not text:
            continue
        window = text[max(0, m.start - _WINDOW35):m.start]
        low = window.lower()
        if any(w in low for w in _KIND_GATE35[kind]) and _BEFORE35[kind].search(window):
            return True
    return False


LISTED_ALONE35 = 0.5  # the shares of precision34's data-cued part
LISTED_SHARE35 = 0.2


def retype_listed35(results, keyed, group_members, canon) -> None:
    """Method groups no list gives, enough of whose papers list them among datasets or tasks, become those."""
    if "listed-kind" in _precision_off35():
        return
    paper_of = papers_by_entity34(results, keyed)
    for root, es in group_members.items():
        eid, name, family, accepted = canon[root]
        if not eid.startswith("method:") or any(e.entry is not None for e in es):
            continue
        papers = {p.id for p in (paper_of.get(id(e)) for e in es) if p is not None}
        if not papers:
            continue
        for kind in ("dataset", "task"):
            hits = {p.id for e in es for p in (paper_of.get(id(e)),) if p is not None and listed_kind35(e, p, kind)}
            if len(hits) >= LISTED_ALONE35 * len(papers) or (
                    len(hits) >= 2 and len(hits) >= LISTED_SHARE35 * len(papers)):
                canon[root] = (kind + ":" + eid.split(":", 1)[1], name, family, accepted)
                break
