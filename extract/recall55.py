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

Hook: one call in ``pipeline._paper_result`` right after recall48's (before the tagger). ``PAPERKG_RECALL55``:
"off", a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Mention
from .sentences import sentence_index

RECALL_RULES55 = ("title-kind",)
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
    matter makes make helps help need needs do does can cannot not no what why how when who which where""".split())


def _task_words55() -> frozenset[str]:
    from .precision34 import TASK_HEADS34

    return (TASK_HEADS34 - {"learning", "inference", "track"}) | frozenset(
        "reconstruction completion synthesis localization localisation forecasting".split())


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
    if title_head55(phrase) not in TECH_HEADS55 or _software48(phrase):
        return None
    return name


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
    start = title.index(name)
    mentions = [Mention(name, start, start + len(name), 0, RULE55, "title")]
    taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    mentions += [Mention(name, s, e, sentence_index(sentences, s), RULE55, "abstract")
                 for s, e in _finds48(abstract or "", name) if not any(s < te and ts < e for ts, te in taken)]
    return [LocalEntity(name, "method", "proposes", [], None, mentions)]
