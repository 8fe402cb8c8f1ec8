"""Session 40 (issue 10): a paper's own coined name the extraction misses, behind ``PAPERKG_RECALL48``.

Read from the study pool's capitalised misses at d50eecb (docs/history/recall48.md): the name the paper coins is
written in a shape that says so, but no rule typed it ("SpeDo: 6 DOF Ego-Motion Sensor ..." + "a novel ego-motion
sensor called SpeDo"; "we introduce an efficient node predictor, Shazoo, which ...").

- ``title-name``: the title opens "X: ..." where X is one to three capitalised or coined tokens (not a list word),
  and the abstract writes X again (same case, word-bounded): X is the paper's own name. Typed by the title's kind
  noun after the colon (lexicon/corpus/dataset -> dataset, benchmark -> benchmark), else a method.
- ``called-name``: "called / named / dubbed / termed (the) X" where X is one coined token (an inner capital, a
  digit or a hyphen: "SpeDo", "MS-distance"; not a plain word "Memory").
- ``appos-name``: "(we) introduce / present / propose a(n) ... NOUN, X," where X is one capitalised token the paper
  writes again ("an efficient node predictor, Shazoo, which"). Typed by NOUN as above.
- ``software`` (a veto, lead, session 40): none of the three takes a name the paper calls software, a platform or
  hardware (a software noun in the title's phrase after the colon, the appositive, or the phrase next to a mention:
  "SANTO, an ... annotation tool", "the CLAMP device"); the 73k check read such names as most of the wrong additions.
Each adds the name as a proposed entity ("proposes") where the extraction found nothing at that span and the paper
has no entity of that name. Hook: one call in ``pipeline._paper_result`` after recall45's (before the tagger).
``PAPERKG_RECALL48``: "off" or a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Mention
from .sentences import sentence_index

RECALL_RULES48 = ("title-name", "called-name", "appos-name", "software")
DEFAULT_OFF48: frozenset[str] = frozenset()
RULE48 = "rule:coined48"


def _off48() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL48", RECALL_RULES48, DEFAULT_OFF48)


# A coined token: starts with a capital or has an inner capital ("iPLAN"), letters, digits, hyphens.
_TOKEN48 = r"[A-Za-z][A-Za-z0-9]*(?:[\-][A-Za-z0-9]+)*"
_TITLE48 = re.compile(rf"^\s*(?:The\s+)?((?:{_TOKEN48})(?:\s+{_TOKEN48}){{0,2}})\s*:\s*(\S.*)$")
# The token ends the name: punctuation, a bracket, or a function word follows ("called SpeDo that", not
# "called Memory-based Reasoning", "called Between-Class learning").
_CALLED48 = re.compile(rf"\b(?:called|named|dubbed|termed|coined)\s+(?:the\s+|as\s+)?({_TOKEN48})"
                       rf"(?=\s*[,.;:)(]|\s+(?:that|which|to|for|is|are|was|in|on|with|by|as|from|of)\b|\s*$)")
_APPOS48 = re.compile(
    rf"\b(?:introduce|present|propose|describe|develop|design)s?\s+(?:an?|the)\s+"
    rf"((?:[\w\-]+\s+){{0,5}}?([a-z][a-z\-]+)),\s+({_TOKEN48})(?=\s*[,.;:(]|\s+(?:which|that|to|for|and|as|is|with)\b)")
# Title openings that are no name: question words, section words, plain words of a headline.
STOP48 = frozenset("""a an the this that these what why how when where which who is are do does can should will
    towards toward beyond on in of for from with without to into via using learning deep neural network networks
    model models method methods approach approaches data dataset datasets benchmark benchmarks introduction overview
    survey review tutorial position note abstract keynote invited proceedings workshop chapter part appendix case
    study editorial preface erratum corrigendum comment reply response lessons revisited rethinking""".split())
DATA_NOUNS48 = frozenset("""lexicon lexicons corpus corpora dataset datasets database treebank resource resources
    collection wordnet thesaurus dictionary""".split())
BENCH_NOUNS48 = frozenset("benchmark benchmarks testbed suite challenge leaderboard".split())


def _coined48(token: str) -> bool:
    """One token the paper coins: an inner capital ("SpeDo", "iPLAN", "MS-distance"), a digit, or a capital after
    a hyphen ("Geo-Nav"); not a capitalised word ("Memory", "Memory-enhanced")."""
    return bool(re.search(r"[a-z][A-Z]|[A-Z][A-Z]|\d|-[A-Z]", token))


def _name_ok48(name: str) -> bool:
    words = name.split()
    if not words or any(w.lower() in STOP48 for w in words):
        return False
    if not all(w[:1].isupper() or _coined48(w) for w in words):
        return False
    return len(name) >= 3 and not name.isdigit()


def _kind48(phrase: str, name: str = "") -> str:
    """The kind of a name by the head of the phrase that says what it is (its last word before a preposition:
    "A Large Scale Arabic Lexicon", not "Dataset Distillation Method for ...") or by the name's own last word."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w\-]*", phrase)]
    cut = next((i for i, w in enumerate(words) if i and w in _PREP48), len(words))
    heads = {words[cut - 1]} if cut else set()
    heads |= {w.lower() for w in name.split()[-1:]}
    if heads & DATA_NOUNS48:
        return "dataset"
    if heads & BENCH_NOUNS48:
        return "benchmark"
    return "method"


_PREP48 = frozenset("for of in on with via using to from by towards toward and that which based".split())
# Software, platforms and hardware are no entity nodes (tests/data/corpus-checks/README.md): a coined name the paper
# calls one of these is left to the other rules ("SANTO, an ... annotation tool", "LAT Bridge: a software module",
# "the CLAMP device"). Not "system" or "framework": "a lexical normalization system (MoNoise)" is a released system
# (a model), "Harmonic-NAS, a framework for ..." a method; not "environment" (an RL environment is data) or "library"
# ("a library of 3D shapes").
SOFTWARE_NOUNS48 = frozenset("""tool tools toolkit toolbox toolset application applications app apps platform
    interface interfaces software module plugin plug-in editor package device devices hardware chip processor
    website web-based gui api workbench browser""".split())
_DESCRIBED48 = re.compile(r"\)?\s*(?:[,:(]|\s-+)\s*([^.;()]{0,80})")  # the phrase after "X, " / "X: " / "X ("


# A formal language is no entity node either ("a web specification language", "the ... Markup Language (MAML)").
FORMAL_LANGUAGE48 = frozenset("""markup specification query scripting programming modeling modelling planning
    description ontology""".split())


def _formal_language48(words: list[str]) -> bool:
    return any(w in ("language", "languages") and i and words[i - 1] in FORMAL_LANGUAGE48 for i, w in enumerate(words))


def _software48(phrase: str) -> bool:
    """A describing phrase ("an easy-to-use annotation tool", "A Web Application for ...") that names software,
    hardware or a formal language: a software noun, or "specification language", among its words before a
    preposition."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w\-]*", phrase)]
    cut = next((i for i, w in enumerate(words) if i and w in _PREP48 and w != "based"), len(words))  # "NLP based app"
    return (any(w in SOFTWARE_NOUNS48 or w == "open-source" for w in words[:cut])  # "An Open-Source Analyzer"
            or _formal_language48(words[:cut]))


def _said_software48(text: str, name: str, extra: str = "") -> bool:
    """The paper calls ``name`` software: ``extra`` (a title's phrase after the colon, an appositive's noun phrase)
    or the phrase right after one of its mentions ("X, an application environment that ...", "X (a web tool)")
    or right before it ("the software module X") does."""
    if extra and _software48(extra):
        return True
    for s, e in _finds48(text, name):
        rest = re.sub(r"^\s*\([^()]{0,100}\)", "", text[e:e + 240])  # past "(its long form)"
        m = _DESCRIBED48.match(rest)
        if m and _software48(m.group(1)):
            return True
        pre = re.split(r"[.!?;]\s", text[max(0, s - 40):s])[-1]  # within the mention's own sentence
        before = re.findall(r"[A-Za-z][\w\-]*", pre)[-2:]
        after = re.match(r"\s+([A-Za-z][\w\-]*)", text[e:e + 40])  # "the CLAMP device"
        if (any(w.lower() in SOFTWARE_NOUNS48 for w in before) or _formal_language48([w.lower() for w in before])
                or (after and after.group(1).lower() in SOFTWARE_NOUNS48)):
            return True
    return False


def _in_url48(text: str, start: int, end: int) -> bool:
    """The match is part of a URL or path ("https://github.com/jh-yi/Video-Panda")."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = len(text) if (r := re.compile(r"\s").search(text, end)) is None else r.start()
    word = text[left:right]
    return "://" in word or "www." in word or "/" in word


def _finds48(text: str, name: str) -> list[tuple[int, int]]:
    r"""The mentions of ``name`` in ``text`` between no word character or "-", outside URLs.

    speed43: the former ``re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text)`` compiled one
    pattern per name (~0.4 ms each, ~1 % of the per-paper step); ``str.find`` finds the same matches: a literal's
    leftmost occurrence whose neighbours pass (re's ``\w`` on str is ``isalnum()`` or "_"), the next search from its
    end; a failed occurrence, from one character on."""
    if not name:  # an empty name matches everywhere: the former pattern's way
        return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w\-])(?![\w\-])", text)
                if not _in_url48(text, m.start(), m.end())]
    out: list[tuple[int, int]] = []
    n, size = len(name), len(text)
    i = text.find(name)
    while i >= 0:
        j = i + n
        if i and (text[i - 1].isalnum() or text[i - 1] in "_-"):
            i = text.find(name, i + 1)
            continue
        if j < size and (text[j].isalnum() or text[j] in "_-"):
            i = text.find(name, i + 1)
            continue
        if not _in_url48(text, i, j):
            out.append((i, j))
        i = text.find(name, j)
    return out


def coined_entities48(title: str | None, abstract: str, entities: list, sentences: Sequence[tuple[int, int]]) -> list:
    """Proposed entities for the paper's own coined name, where its extraction found nothing there."""
    from .resolve import LocalEntity

    off = _off48()
    if not abstract or off >= {"title-name", "called-name", "appos-name"}:
        return []
    have = {n.lower() for e in entities for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
    taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    found: dict[str, tuple[str, str]] = {}  # name -> (type, part)
    if "title-name" not in off and title:
        m = _TITLE48.match(title)
        if (m and _name_ok48(m.group(1)) and _finds48(abstract, m.group(1))
                and not ("software" not in off and _said_software48(abstract, m.group(1), m.group(2)))):
            found.setdefault(m.group(1), (_kind48(m.group(2), m.group(1)), "title-name"))
    if "called-name" not in off:
        for m in _CALLED48.finditer(abstract):
            if (_coined48(m.group(1)) and _name_ok48(m.group(1))
                    and not ("software" not in off and _said_software48(abstract, m.group(1),
                                                                         abstract[max(0, m.start() - 60):m.start()]))):
                found.setdefault(m.group(1), ("method", "called-name"))
    if "appos-name" not in off:
        for m in _APPOS48.finditer(abstract):
            name = m.group(3)
            if (_name_ok48(name) and len(_finds48(abstract, name)) >= 2
                    and not ("software" not in off and _said_software48(abstract, name, m.group(1)))):
                found.setdefault(name, (_kind48(m.group(2), name), "appos-name"))
    out = []
    for name, (typ, part) in found.items():
        if name.lower() in have:
            continue
        spans = [(s, e) for s, e in _finds48(abstract, name) if not any(s < te and ts < e for ts, te in taken)]
        if not spans:
            continue
        mentions = [Mention(name, s, e, sentence_index(sentences, s), RULE48, "abstract") for s, e in spans]
        out.append(LocalEntity(name, typ, "proposes", [], None, mentions))
    return out
