"""Session 28 (issue 10 items 2-3: one node per real thing, one thing per node, at corpus scale).

Switched off with ``PAPERKG_SENSES28`` ("off" or a comma list of these part names), for ablations only. Parts:

- ``cue-context``: session 27 let a weak cue ("we propose X", ``rule:proposal``; a coined shape, ``rule:name-shape``)
  coin a one-word name, so a later paper that coins the same spelling for another thing gets its own node. Its
  judged 73k diff held follow-ups and users among them: "We show that Entropy-SGD (Chaudhari et al., 2017) ...",
  "we build upon VirtualHome", "the previously proposed HashedNets", "our TMU system submitted to ...", "chosen
  CUSUM statistics", "JCoRe 2.0, the relaunch". A weak cue now coins only where the paper writes the name, in its
  abstract, as the object of its own introduction ("we propose/present/introduce/develop/design X", "our X",
  "namely X", "a framework named X", "the proposed X") and the name is the thing itself: not followed by a
  citation, a version number ("2.0"), glued math ("$_\\delta$", "-competitive") or a lower-case word that makes it a
  modifier ("X statistics", "X system", "X embeddings-based method"), other than a kind word ("X module").
- ``tail-plural``: ``text.variant_key`` drops a generic tail word only in the singular ("genetic algorithm" ->
  "genetic") and folds the plural to the singular after ("Genetic Algorithms" -> "geneticalgorithm"), so the two
  spellings of one thing were two nodes. In the identity step (``canonical._canonicalise``: keys sharing a safe
  spelling within a type class are one), a word spelling ending in such a tail also counts as the spelling without
  it.
- ``ional-fold``: "convolution neural network" beside "convolutional neural network", "region proposal network"
  beside "regional proposal network": an adjective in -ional and its noun in -ion inside a written-out name are
  one spelling for identity (only inside the name, never its last word), for a key of IONAL_MIN_PAPERS local
  entities or more: the -ional spelling of a well-attested name ("conditional random field", 408 papers) takes its
  rare misspelling, while two one-paper names ("Relation Knowledge Distillation", "Relational Knowledge
  Distillation") are often two methods (judged on the 73k diff: 4 of 5 one-paper pairs joined were two things).

- ``task-data``: a written-out name that most of its papers count as a task ("few-shot object detection",
  "reading comprehension", "visual odometry") and a few as a dataset or benchmark ("the reading comprehension
  dataset") was two nodes, one per type class. The issue's rule is one node per data resource, whatever a paper
  calls it; a data node that is only a task's name is no resource of its own but the task mistyped. In the
  identity step (beside ``canonical._join_paradigms``), the data-class keys of such a spelling join the task's when
  the task's papers outnumber the data's and no data key holds a list entry or a definition (a named resource:
  "Visual Dialog (VisDial)", "Task-Oriented Parsing (TOP)" keep their own node). ``canonical`` already moves a
  data-class "form:" key into a task class twice as heavy; this joins the rest (bare short forms typed data, keys
  of a lighter majority).

- ``earlier-users``: a name with one coiner keeps its coiner and every bare use in one node
  (``canonical._part_coined_names`` splits only between two founding groups). With ``cue-context`` the first
  paper of a name often is no coiner any more ("We developed OWL ontologies", "we establish Omega(sqrt T) lower
  bounds"), and a later paper that does coin it ("we propose a simple method, OWL") joined their node. Papers
  that use the name before its only coiner's year cannot use the coiner's thing: they form the first group (they
  keep the key) and the coiner splits off unless its words are theirs (``_same_thing``); later bare uses follow
  the group they share words with, as for two coiners.

All parts are pure functions of one paper (cue-context), of a key's spellings (the folds) or of the keys sharing
one spelling (task-data), so the output is the same for any worker count and in parts.
"""

from __future__ import annotations

import re

from .recall_rules import _parts_off

SENSES28 = ("cue-context", "tail-plural", "ional-fold", "task-data", "earlier-users")


def _senses_off28() -> frozenset[str]:
    return _parts_off("PAPERKG_SENSES28", SENSES28)


# ---- cue-context ------------------------------------------------------------------------------------------------

_VERBS = ("propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|devise|devises|"
          "create|creates|construct|constructs|build|builds|contribute|contributes|release|releases|call|term|name|"
          "dub|offer|offers|describe|describes")
# "we propose a novel factor model, FactorVAE", "This work presents a novel 3D segmentation framework, RSNet"
_INTRODUCED = re.compile(r"\b(?:we|i|paper|work|article|study|chapter|letter|report)\b[^.;:!?]{0,80}?\b(?:"
                         + _VERBS + r")\b[^.;!?]{0,70}$", re.IGNORECASE)
# "our RefineNet module", "namely CATN", "a framework named **FLAIR**", "the proposed deep tensor ADMM-Net"
_NAMED = re.compile(r"(?:\b(?:our|namely|called|named|dubbed|termed|coined)\b[^.;!?]{0,40}"
                    r"|\b(?:the|our|this) proposed\s+(?:[\w-]+\s+){0,3})$", re.IGNORECASE)
# ... but not the thing a paper builds on or uses: "we build upon VirtualHome", "we extend X", "using X"
_USED_BEFORE = re.compile(r"\b(?:upon|on|extend|extends|extending|use|uses|using|of|from|than|like|via|"
                          r"previously|recently|originally|widely|popular)\s*[\"'*(]*$", re.IGNORECASE)
_CITED = re.compile(r"\s*[(\[]\s*(?:[A-Z][^()\[\]]{0,60}?(?:et al|\d{4})|\d+(?:\s*[,-]\s*\d+)*\s*[)\]])")
_VERSION = re.compile(r"\s+v?\d+(?:\.\d+)+\b")
_GLUED = re.compile(r"[$_^{]|-[a-z]")
_NEXT_WORD = re.compile(r"[\"'*]*\s+([a-z][a-z-]*)")
# Words that may follow a name its paper introduces: function words and kind words ("SemGCN module").
FOLLOWING_OK = frozenset("""
a an the that which who whose to for with without in on of by as and or is are was were has have can could will
would may might should also first then via using where while from into at its their this these both each when
based short stands standing
model models method methods framework frameworks network networks net nets architecture architectures algorithm
algorithms approach approaches module modules dataset datasets benchmark benchmarks corpus corpora toolkit
library layer layers loss block blocks mechanism strategy technique techniques scheme pipeline platform simulator
environment tool engine agent suite task challenge attack estimator solver optimizer procedure operator encoder
decoder learner classifier detector tracker transformer policy metric measure score index family variant head
""".split())


def _sentence_before(text: str, start: int) -> str:
    before = text[max(0, start - 160):start]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    return before[cut + 2:] if cut >= 0 else before


def introduced_here28(text: str, start: int, end: int) -> bool:
    """Does the paper write the name at text[start:end] as the object of its own introduction ("we propose X",
    "our X", "namely X") and as the thing itself (no citation, version, glued math or modifier use after it)?"""
    before = _sentence_before(text, start)
    if _USED_BEFORE.search(before) or not (_INTRODUCED.search(before) or _NAMED.search(before)):
        return False
    after = text[end:end + 80]
    if _CITED.match(after) or _VERSION.match(after) or _GLUED.match(after):
        return False
    word = _NEXT_WORD.match(after)
    return word is None or word.group(1) in FOLLOWING_OK


def weak_cue_holds28(mentions, abstract: str | None) -> bool:
    """Part ``cue-context``: a weak cue (``rule:proposal`` or ``rule:name-shape``) coins the name only where one of
    its abstract mentions is introduced by the paper itself (``introduced_here28``). True when the part is off."""
    if "cue-context" in _senses_off28():
        return True
    if not abstract:
        return False
    return any(m.field == "abstract" and abstract[m.start:m.end] == m.text and introduced_here28(abstract, m.start, m.end)
               for m in mentions)


def earlier_users28(first, found, odd, bare) -> frozenset:
    """Part ``earlier-users``: with no definers, one coiner and no user spelling the name otherwise, the bare users
    (``(year, id, index)`` tuples) of a year before the coiner's; empty otherwise."""
    if first or odd or len(found) != 1 or "earlier-users" in _senses_off28():
        return frozenset()
    year = next(iter(found))[0]
    return frozenset(u for u in bare if 0 < u[0] < year)


# ---- identity folds (tail-plural, ional-fold) ------------------------------------------------------------------

# Generic tails variant_key drops only in the singular ("genetic algorithm" -> "genetic"): their plurals are folded
# to these singular spellings on the name's last word and kept ("genetic algorithms" -> "geneticalgorithm").
PLURAL_TAILS = ("algorithm", "approach", "technique", "framework", "suite", "leaderboard")
MIN_STEM = 6  # "geneticalgorithm" -> "genetic"; "smplalgorithm" (an acronym's, "SMPL algorithms") keeps its spelling
_IONAL = re.compile(r"ional(?=[a-z]{3})")
IONAL_MIN_PAPERS = 3


def identity_spellings28(words, papers: int = IONAL_MIN_PAPERS) -> list[str]:
    """A key's word spellings (variant keys) plus the spellings they equal for identity: a generic tail the
    plural left on ("geneticalgorithm" -> "genetic", part ``tail-plural``) and an -ional adjective inside the name
    ("convolutionalneuralnetwork" -> "convolutionneuralnetwork", part ``ional-fold``, for a key of ``papers`` >=
    IONAL_MIN_PAPERS local entities). A function of the key's spellings and member count, which the set of papers
    decides, so the output is the same for any worker count and in parts."""
    off = _senses_off28()
    if "tail-plural" in off and "ional-fold" in off:
        return list(words)
    out = list(words)
    for w in words:
        v = w
        if "tail-plural" not in off:
            for tail in PLURAL_TAILS:
                if v.endswith(tail) and len(v) - len(tail) >= MIN_STEM:
                    v = v[:-len(tail)]
                    break
        if "ional-fold" not in off and "ional" in v and papers >= IONAL_MIN_PAPERS:
            v = _IONAL.sub("ion", v)
        if v != w:
            out.append(v)
    return out


# ---- task-data --------------------------------------------------------------------------------------------------


def _named_resource(keys, members) -> bool:
    """Does a data-class key hold a named resource: a list entry or a definition of its own? (A bare short form
    typed data, "RC" of "reading comprehension (RC)" read as a dataset, is the task's.)"""
    return any(k.startswith("entry:") or any(e.entry is not None or e.long_form for e in members[k]) for k in keys)


def join_task_data28(form: str, by_class: dict, weights: dict, members, senses) -> None:
    """Part ``task-data``: move the data-class keys of a written-out name into the task class (so they are one
    node) when the task's papers outnumber them and no data key is a named resource. ``senses``: the short forms
    with corpus senses (a spelling that is one is an acronym, never joined)."""
    if "task-data" in _senses_off28() or not by_class.get("task") or not by_class.get("data") or form in senses:
        return
    from .corpus import is_short_form
    from .text import variant_key

    data = by_class["data"]
    if weights.get("task", 0) <= weights.get("data", 0) or _named_resource(data, members):
        return
    if not any(variant_key(e.name) == form and not is_short_form(e.name) and " " in e.name.strip()
               for k in by_class["task"] + data for e in members[k]):
        return
    by_class["task"] += by_class.pop("data")
