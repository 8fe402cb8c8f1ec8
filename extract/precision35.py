"""Session 32 (issue 10, node precision): title phrases made nodes though the abstract never uses them as a name.

Switched off with ``PAPERKG_PRECISION35`` ("off" or a comma list of these part names), for ablations only. Both
parts drop a paper's entity (``drop_title_phrases35``, called in pipeline.py after ``retype_mentions32``) when
every mention of it is in the title, no list gave it, one title rule read it, and the abstract never writes it:

- ``title-modifier``: a method/model read by ``rule:followed-by-type`` from a title, whose name leads with
  capitalised common words before a name-shaped rest: "Exploiting Symmetries to Construct Efficient MCMC
  Algorithms" -> "Construct Efficient MCMC", "Do Better ImageNet Models Transfer Better?" -> "Better ImageNet",
  "Classification with Hybrid Generative/Discriminative Models", "An Almost Optimal PAC Algorithm". The title's
  adjectives and verbs glued to a known name or a class: no thing the paper names.
- ``title-clause``: a title's lead before its colon (``rule:title-name``) that is a clause or a phrase, not a name:
  a lower-case word after the first ("Life after BERT", "IHT dies hard", "Evaluation of TTP Parser"), a pronoun
  ("Recycle Your Wav2Vec2 Codebook", "Gotta Adapt 'Em All"), a verb of a headline ("BERT Learns to Teach",
  "Matching-CNN Meets KNN"), a quote or "!"/"?", or an all-capitals phrase with a function word or an adverb
  ("LEARNING TO SHARE", "THINK VISUALLY").
"""

from __future__ import annotations

import re

from .precision29 import _unlisted
from .recall_rules import _parts_off

PRECISION_RULES35 = ("title-modifier", "title-clause")


def _precision_off35() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION35", PRECISION_RULES35)


def part_on35(part: str) -> bool:
    """Is ``part`` of PAPERKG_PRECISION35 switched on?"""
    return part not in _precision_off35()


def _known(word: str) -> bool:
    from .precision33 import known_words33

    return word.lower() in known_words33()


def title_modifier35(name: str) -> bool:
    """Does ``name`` lead with capitalised common words ("Construct Efficient", "Better") before a rest?"""
    words = name.split()
    lead = 0
    for w in words:
        if w.isalpha() and len(w) > 1 and w[0].isupper() and w[1:].islower() and _known(w):
            lead += 1
        else:
            break
    return 0 < lead < len(words)


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
