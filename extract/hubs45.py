"""Session 44 (issue 10, hubs of the 73k graph): a coined name spelt like a list entry only in another case.

Switched with ``PAPERKG_HUBS45`` ("off" or "0" switches it off, or a comma list of part names to switch off). Read
by canonical.py's ``_key_spellings`` (the spellings by which the corpus step joins keys into one node).

- ``case-coinage``: the corpus step joins keys that share a spelling, and the spelling folds case and a plural
  "s". So a paper's own coinage spelt like a listed name in other letters joined the list's node and its long
  form became that node's alias: "we present CoDEx, a set of knowledge graph completion datasets" joined the
  model Codex; "FALCON (Fair Adaptation Through Local Optimal Normalization)" joined the model Falcon; "we propose
  TReCS" joined TREC (folded to "trec" as a plural). A coined name keeps its exact letters: a spelling is no
  identity with a list entry when the paper writes it with other capitals than every form of every list entry
  that folds to it (hyphens, spaces and a final plural "s" aside). Two cases: a short form the paper defines
  ("X (Long Form)" / "Long Form (X)": the definition's own sense, which joins the entry anyway when the entry
  holds its long form), and a name every paper of its key proposes (a bare coinage, "form:" key). Not a name
  papers only use: "Resnet" or "Wordnet" written by a paper that uses them still joins ResNet and WordNet.
- ``latex-alias`` (read by canonical.py where a paper's entity gets its aliases, beside senses30's alias-tidy): an
  alias that starts with LaTeX font markup ("\\emph{stochastic gradient descent", "\\textit{Federated Learning": a
  definition's long form read from an abstract that keeps the source's markup, the closing brace cut off by the
  bracket; or markup around each initial: "\\textbf{B}ias-Tolerant \\textbf{FA}ir ...") is the clean name: every
  such markup and closing brace is taken off, and the alias goes when the clean
  spelling is the entity's name or another alias already.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .gazetteer import load_entries
from .memo import env
from .recall_rules import parts_off_by_default
from .text import variant_key

HUBS_RULES45 = ("case-coinage", "latex-alias")
DEFAULT_OFF45: frozenset[str] = frozenset()

_SEP45 = re.compile(r"[\s\-_.]+")


def _off45() -> frozenset[str]:
    if env("PAPERKG_HUBS45").strip().lower() in ("0", "false", "no"):
        return frozenset(HUBS_RULES45)
    return parts_off_by_default("PAPERKG_HUBS45", HUBS_RULES45, DEFAULT_OFF45)


def case_coinage_on45() -> bool:
    return "case-coinage" not in _off45()


def _shape45(text: str) -> str:
    """The letters as written (case kept), separators out, a final plural "s" off."""
    s = _SEP45.sub("", text)
    return s[:-1] if len(s) > 3 and s.endswith("s") and s[-2:-1] not in ("s", "S") else s


@lru_cache(maxsize=1)
def _listed_shapes45() -> dict[str, frozenset[str]]:
    """variant_key of every list entry's form -> the shapes of those forms."""
    out: dict[str, set[str]] = defaultdict(set)
    for entry in load_entries():
        for f in entry.forms:
            out[variant_key(f)].add(_shape45(f))
    return {k: frozenset(v) for k, v in out.items()}


def other_case45(spelling: str) -> bool:
    """Is ``spelling`` a list entry's name in other capitals ("CoDEx" / "Codex", "TReCS" / "TREC")?"""
    if spelling.islower():
        return False  # a name written all in lower case is a use of the listed one ("a method called normalizing flow")
    shapes = _listed_shapes45().get(variant_key(spelling))
    if not shapes:
        return False
    mine = _shape45(spelling)
    if mine in shapes:
        return False
    return any(s.lower() == mine.lower() for s in shapes)


_LATEX_LEAD45 = re.compile(r"^(?:\\(?:emph|textit|textbf|textsc|texttt|textsf|textrm|mathrm|mathbf|mathit|mathcal|underline)"
                           r"\s*\{|\{\\(?:em|it|bf|sc)\s+)\s*")

_LATEX_ANY45 = re.compile(r"\\(?:emph|textit|textbf|textsc|texttt|textsf|textrm|mathrm|mathbf|mathit|mathcal|underline)"
                          r"\s*\{|\{\\(?:em|it|bf|sc)\s+")


def clean_latex_aliases45(aliases, name: str) -> list:
    """Aliases with leading LaTeX font markup cleaned (part ``latex-alias``)."""
    if "latex-alias" in _off45() or not any(a[:1] in ("\\", "{") for a in aliases):
        return aliases
    plain = [a for a in aliases if not _LATEX_LEAD45.match(a)]
    out = list(plain)
    for a in aliases:
        m = _LATEX_LEAD45.match(a)
        if not m:
            continue
        clean = " ".join(_LATEX_ANY45.sub("", a).replace("}", "").split())  # "\\textbf{B}ias-Tolerant \\textbf{FA}ir"
        if clean and clean != name and clean not in out:
            out.append(clean)
    return out
