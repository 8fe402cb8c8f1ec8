"""Session 44 (issue 10, recall): a paper's coined name that only its title writes, behind ``PAPERKG_RECALL55``.

Read from the study pool's missed methods at fd24c496: after the tools (Moses, KenLM, GIZA++: list rows, see
docs/history/recall55.md) the biggest kind a shape can find is the title-only coined name. A title names the
paper's technique before a colon and says what it is after it ("Time-Warping Network: A Hybrid Framework for
Speech Recognition", "Learn to Grow: A Continual Structure Learning Framework for ..."), and the abstract then
writes "we propose a hybrid framework ..." without the name. recall48's ``title-name`` needs the abstract to write
the name again, so nothing typed it.

- ``title-kind``: the title opens "X: A(n) ... HEAD ..." where X is one to four capitalised or coined tokens
  (recall48's name test: no question, section or class word, "Learn to Grow" has a function word and stays out)
  and HEAD, the last word of the phrase after the colon before its first preposition, is a technique noun
  (framework, method, approach, algorithm, architecture, network, model, ...: TECH_HEADS55). X is then the paper's
  own technique: a proposed method, its title mention (and its abstract mentions, if any the extraction left free).
  Not when the phrase after the colon names software (recall48's veto: "X: A Toolkit for ...", "an Open-Source
  Library"), nor a survey, study, dataset or benchmark (their heads are not technique nouns), nor when the paper
  already has an entity of that name (recall48 or the lists typed it).

- ``called-phrase``: a naming verb ("called", "named", "dubbed", "termed", "we call", "refer to ... as") followed by
  a name of several words that recall48's one-token ``called-name`` leaves: a quoted phrase of one to six words
  ("a variant of policy gradient, called 'negative-critical sequence training'", "which we call ``camera-multiplex''")
  or a long form whose bracketed short form spells its initials ("a relaxation, called the Lovasz extended scan
  statistic (LESS)", "We called our method as task-level curriculum learning for NAT (TCL-NAT)"). A proposed
  method, unless the noun before the verb or the name's own last word says data, task, metric or measure ("a new
  corpus called ...", "a measure called ...", "... Detection (XD)"), nor after "so-called" (an existing term, often a
  phenomenon: "the so-called 'posterior collapse'"), or the extraction already has an entity at
  that span or of that name.

Hook: one call in ``pipeline._paper_result`` right after recall48's (before the tagger). ``PAPERKG_RECALL55``:
"off", a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Mention
from .sentences import sentence_index

RECALL_RULES55 = ("title-kind", "called-phrase")
DEFAULT_OFF55: frozenset[str] = frozenset()
RULE55 = "rule:title-kind55"

# Heads of the phrase after the title's colon that say the name is a technique.
TECH_HEADS55 = frozenset("""framework frameworks method methods algorithm algorithms architecture
    architectures network networks model models technique techniques procedure scheme mechanism strategy estimator
    estimators learner classifier optimizer optimiser regularizer regulariser objective paradigm solver sampler
    encoder decoder autoencoder transformer""".split())
def _heads55() -> frozenset[str]:
    from .recall54 import TECH_HEADS54

    return TECH_HEADS55 | TECH_HEADS54


_NAME_HEADS55 = _heads55()
_PREP55 = frozenset("for of in on with via using to from by towards toward and that which based through beyond".split())
_TITLE55 = re.compile(r"^\s*(?:The\s+)?([^:]{2,60}?)\s*:\s*((?:An?|The)\s+\S.*)$")


def _off55() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL55", RECALL_RULES55, DEFAULT_OFF55)


def title_head55(phrase: str) -> str:
    """The head of the phrase after the colon: its last word before the first preposition ("A Hybrid Framework for
    Speech Recognition" -> "framework"); none for a network of things ("An Open Network of Repositories") or an
    annotation or coding scheme ("A Coding Scheme for Pragmatic Annotation")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w\-]*", phrase)]
    cut = next((i for i, w in enumerate(words) if i and w in _PREP55), len(words))
    if not cut:
        return ""
    head = words[cut - 1]
    if head in ("network", "networks") and cut < len(words) and words[cut] == "of":
        return ""
    if head in ("scheme", "schemes") and cut >= 2 and words[cut - 2] in _ANNOTATION55:
        return ""
    return head


# Words of a headline, not a name: pronouns, verbs of a clause ("I See-Through You", "Secure Your Model").
HEADLINE55 = frozenset("""i you your we our us my me it its they their is are was were be been meets meet matters
    matter makes make helps help need needs do does can cannot not no what why how when who which where revisited
    reconsidered""".split())


def _task_words55() -> frozenset[str]:
    from .precision34 import TASK_HEADS34

    return (TASK_HEADS34 - {"learning", "inference", "track"}) | frozenset(
        "reconstruction completion synthesis localization localisation forecasting discovery".split())


TASK_WORDS55 = _task_words55()
_ANNOTATION55 = frozenset("coding annotation tagging labeling labelling transcription markup".split())


def _name_ok55(name: str) -> bool:
    """recall48's name test, with class words allowed after the first ("Time-Warping Network"), not alone or with
    class modifiers only ("Graph Neural Networks", "Deep Learning")."""
    from .recall26 import CLASS_MODIFIERS
    from .recall48 import STOP48, _coined48

    words = name.split()
    if not 1 <= len(words) <= 4 or len(name) < 3 or name.isdigit() or words[0].lower() in STOP48:
        return False
    if "," in name or not all(w[:1].isupper() or _coined48(w) for w in words):
        return False
    if len(words) > 1 and not any(_coined48(w) for w in words) and words[-1].lower() not in _NAME_HEADS55:
        return False  # plain words that end in no technique noun: a headline ("Good Vibrations", "Language Matters")
    if any(w.lower() in HEADLINE55 for w in words) or words[-1].lower() in TASK_WORDS55:
        return False  # a headline ("Secure Your Model", "Non-Local Meets Global"), a task ("... 3D Reconstruction")
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]{2,}ing", words[0]):
        return False  # a gerund clause ("Combining 3D Morphable Models", "Revisiting Training-Free NAS Metrics")
    return not all(w.lower() in STOP48 or w.lower() in CLASS_MODIFIERS for w in words[1:]) or len(words) == 1 or any(
        _coined48(w) for w in words)


def title_name55(title: str | None) -> str | None:
    """The coined name a title "X: A(n) ... <technique noun> ..." opens with, or None."""
    from .recall48 import _name_ok48, _software48

    if not title:
        return None
    m = _TITLE55.match(title)
    if not m:
        return None
    name, phrase = m.group(1).strip(), m.group(2)
    if not _name_ok55(name):
        return None
    if title_head55(phrase) not in TECH_HEADS55 or _software48(phrase) or re.search(r"\b[Ee]valuat", phrase):
        return None  # an evaluation framework is a benchmark ("Iqmt: A Framework for ... Translation Evaluation")
    return name


def recall_entities55(title: str | None, abstract: str, entities: list, sentences: Sequence[tuple[int, int]]) -> list:
    """Both parts: the title's coined name, then the names a naming verb introduces."""
    found = title_entities55(title, abstract, entities, sentences)
    return found + called_entities55(abstract, entities + found, sentences)


def title_entities55(title: str | None, abstract: str, entities: list, sentences: Sequence[tuple[int, int]]) -> list:
    """A proposed method for the coined name the title opens with, where the paper has no entity of that name."""
    from .recall48 import _finds48, _said_software48
    from .resolve import LocalEntity

    if "title-kind" in _off55():
        return []
    name = title_name55(title)
    if not name:
        return []
    have = {n.lower() for e in entities for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
    if name.lower() in have or _said_software48(abstract or "", name):
        return []
    start = (title or "").index(name)  # a title name: title is no None here
    mentions = [Mention(name, start, start + len(name), 0, RULE55, "title")]
    taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    mentions += [Mention(name, s, e, sentence_index(sentences, s), RULE55, "abstract")
                 for s, e in _finds48(abstract or "", name) if not any(s < te and ts < e for ts, te in taken)]
    return [LocalEntity(name, "method", "proposes", [], None, mentions)]


# A naming verb, then (the) a quoted phrase or a long form with its bracketed short form.
_NAMING55 = (r"\b(?:(?<!so-)(?<!so )called|named|dubbed|termed|coined|(?:[Ww]e|[Tt]hey)\s+call(?:ed)?(?:\s+(?:it|this|them|these|(?:our|this|the)\s+(?P<obj2>[\w\-]+)))?|"
             r"[Rr]efer(?:red)?\s+to\s+(?:it|this|them|(?:this|our|the)\s+(?P<obj>[\w\-]+))\s+as|(?:is|are)\s+referred\s+to\s+as)"
             r"\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?")
# speed48: a literal every alternative of _NAMING55 holds ("called", "We call", "named", "dubbed", "termed", "coined",
# "refer(red) to ... as", "is referred to as"): an abstract with none of them gives _QUOTED55 / _DEFINED55 no match
NAMING_WORDS55 = ("call", "named", "dubbed", "termed", "coined", "efer")
_QUOTED55 = re.compile(_NAMING55 + r"(?:``|[\"\u201c\u2018'])(?P<name>[^\"\u201d\u2019'`]{3,70}?)(?:''|[\"\u201d\u2019'])")
_DEFINED55 = re.compile(_NAMING55 + r"(?P<name>(?:[\w\\'{}\-]+\s+){1,7}[\w\\'{}\-]+)\s*\((?P<sf>[A-Za-z][\w\-]*[A-Z][\w\-]*)\)")
# Nouns before the verb, or last words of the name, that say it is no technique.
NOT_TECH55 = frozenset("""dataset datasets corpus corpora benchmark benchmarks collection database treebank lexicon
    resource task tasks problem problems challenge measure measures metric metrics score scores index criterion
    phenomenon effect effects property properties condition conditions quantity distance divergence game games
    language languages tool toolkit library software platform""".split())


# Technique nouns the naming verb must name: "a new framework, dubbed X", "an algorithm, which we call X (SF)".
# Without one, quoted terms were mostly phenomena, properties and concepts on the 73k ("a mismatch termed
# 'distribution shift'", "a structure called 'identity mapping'", "a new concept called ... (MF-MBED)").
CUES55 = frozenset("""method methods algorithm algorithms framework frameworks model models approach approaches
    technique techniques system systems objective objectives loss strategy strategies procedure scheme variant
    variants decoder encoder architecture architectures network networks module mechanism estimator regularizer
    regularization learner policy solver sampler optimizer heuristic paradigm pipeline probe extension relaxation
    formulation layer layers operator attention classifier""".split())


def _before55(abstract: str, start: int) -> str:
    """The word before the naming verb, past a comma ("a relaxation, called" -> "relaxation")."""
    words = re.findall(r"[A-Za-z][\w\-]*", abstract[max(0, start - 40):start])
    words = [w for w in words if w.lower() not in ("which", "that", "we", "is", "are", "here", "hereafter")]
    return words[-1].lower() if words else ""


def called_phrases55(abstract: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each several-word name a naming verb introduces, quoted or with its short form."""
    from .recall54 import spelt54

    out: list[tuple[str, int, int, str]] = []  # (name, start, end, cue)
    for m in _QUOTED55.finditer(abstract):
        name = m.group("name").strip()
        words = name.split()
        if not 1 <= len(words) <= 6 or not re.search(r"[A-Za-z]", name) or name[-1] in ",.;:":
            continue
        if len(words) == 1 and not re.search(r"[A-Z\-]", name[1:]):
            continue  # one plain word ("called 'attention'"): no coinage
        out.append((name, m.start("name"), m.start("name") + len(name), _cue55(abstract, m)))
    for m in _DEFINED55.finditer(abstract):
        name = m.group("name").strip()
        after = re.match(r"\s*([A-Za-z][\w\-]*)", abstract[m.end():m.end() + 30])
        if after and after.group(1).lower() in _NAME_HEADS55:
            continue  # the name goes on past its short form: "Perception Embedded (PE) clustering"
        if spelt54(name, m.group("sf")):
            out.append((name, m.start("name"), m.start("name") + len(name), _cue55(abstract, m)))
    keep: list[tuple[str, int, int]] = []
    for name, s, e, cue in out:
        last = re.sub(r"[^a-z]", "", name.split()[-1].lower())
        if last in NOT_TECH55 or last in TASK_WORDS55 or cue not in CUES55:
            continue
        keep.append((name, s, e))
    return keep


def _cue55(abstract: str, m: re.Match) -> str:
    """The noun the naming verb names: "our method" in "we refer to our method as", else the word before the
    verb ("an accelerated Sinkhorn algorithm (coined ...", "a new framework, dubbed ...")."""
    obj = m.group("obj") or m.group("obj2")
    return obj.lower() if obj else _before55(abstract, m.start())


def called_entities55(abstract: str, entities: list, sentences: Sequence[tuple[int, int]]) -> list:
    """Proposed methods for the several-word names a naming verb introduces, where the extraction has nothing."""
    from .resolve import LocalEntity

    if "called-phrase" in _off55() or not abstract:
        return []
    if not any(w in abstract for w in NAMING_WORDS55):
        return []  # speed48: _QUOTED55 and _DEFINED55 both need a naming verb (exact pre-check, same output)
    have = {n.lower() for e in entities for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
    taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    out: list = []
    seen: set[str] = set()
    for name, s, e in called_phrases55(abstract):
        if name.lower() in have or name.lower() in seen or any(s < te and ts < e for ts, te in taken):
            continue
        seen.add(name.lower())
        out.append(LocalEntity(name, "method", "proposes", [], None,
                               [Mention(name, s, e, sentence_index(sentences, s), RULE55C, "abstract")]))
    return out


RULE55C = "rule:called-phrase55"
