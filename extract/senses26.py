"""Session 26 (issue 10 item 2: a paper's own definition decides what its acronym means there).

Switched off with ``PAPERKG_SENSES26`` ("off" or a comma list of these part names), for ablations only. A scan of
the 73k build (docs/history/corpus-graph.md, "Acronym senses (issue 10, session 26)") found nodes that hold papers
using a short form bare while their own words spell another meaning: "Scale Aggregation Network (SANet)" inside
Self-Attention Network, "Entities as Experts (EaE)" inside Event Argument Extraction, "Binary Neighbor Compression
(BNC)" inside the British National Corpus, image-quality papers' "IQA" inside Interactive Question Answering. The
corpus pass sent each bare use to the short form's only or dominant sense; the paper's own words were read only for
senses of one or two papers (canonical.own_other_definition). Parts:

- ``own-bracket``: a bare short form sent to a sense or a list entry, in a paper whose own "words (SF)" bracket
  spells the short form with words that are no spelling of that sense, is the paper's own thing. The words are
  the shortest run before the bracket whose initials are the short form's letters (capitals, and a lower-case
  letter alone between capitals: "Entities as Experts (EaE)", not "pose problem (PnP)"); a run holding an
  acronym ("deep CNNs (DCNNs)") or ending on a phrase word is no such spelling.
- ``spelt-other``: a bare short form of three or more capitals sent to a sense the paper never spells and no
  hand list holds, in a paper whose title or abstract spells the letters with consecutive capitalised words
  ("Image Quality Assessment" for IQA), is the paper's own thing too.
- ``prefix-word``: in comparing long forms, a word that is a prefix of its own ("off", "non", "pre", "self" ...)
  is no clipped spelling of a longer word: "off-policy optimization" is not "offline policy optimization".
- ``own-name`` (round two): a moved use's key carries the paper's words ("own:Fast Local Area Independent
  Representation"), which name its node; before, the node was named by the bare short form and its id joined
  another paper's node of that spelling (FLAIR, INS, DAML on the 73k build).
- ``own-definition`` (round two): a definition grouped into a listed sense whose spellings it does not spell is
  its own sense ("contrastive temporal coding (CTC)" is not Connectionist Temporal Classification).
- ``listed-coiners``: a list entry that is only its name ("PAWS", "ScaleNet", "LUNA": most come from Papers with
  Code, which says nothing of what the name means) may be coined anew by papers, as an unlisted name may
  (canonical._part_coined_names, sessions 13-22): papers that each introduce the name, with unrelated subjects,
  are apart, the earliest keeps the entry's node. An established name (many bare uses) keeps its coiners.

A use moved off a sense takes the key of the paper's own spelling (the list entry its bracket names, else the sense
of those words: "own:Image Quality Assessment" since round two), so papers spelling the same thing meet. The bare parts only move a
use away from a sense, never onto one; they read the paper's text and the sense's most frequent spellings and entry
only (what a stored part's index keeps, corpus._one_sense_view), so the output is the same for any worker count and
in parts.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .corpus import SPELLINGS_LOOKED_FOR, loosely_same_long_form
from .recall_rules import _parts_off
from .speed45 import bracketed45

SENSES26 = ("own-bracket", "spelt-other", "prefix-word", "listed-coiners", "own-name", "own-definition")
# Round two: the key of a moved use that carries the paper's own words, which name its node (``own-name``).
OWN_KEY26 = "own:"

# Words that are prefixes in their own right, not clipped spellings ("nets" of "networks").
PREFIX_WORDS26 = frozenset("off out non pre post over anti semi self sub down up meta".split())
# Words a description starts or is glued with, never a spelling's word ("such as", "we call").
PHRASE_WORDS26 = frozenset("a an the this our we such as called named dubbed termed is are of which that".split())
MAX_RUN26 = 8
MIN_LETTERS26 = 3
_BRACKET26 = "(?<=[\\w\\-])\\s*\\(\\s*{}s?\\s*[),;]"
_CLAUSE_BREAK26 = re.compile(r"[.;:!?()\[\]]")
_WORDS_BEFORE26 = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_INNER_ACRONYM26 = re.compile(r"[A-Z][A-Za-z]*[A-Z]")
_WORD_OR_BREAK26 = re.compile(r"[A-Za-z][A-Za-z']*|[^\sA-Za-z]+")


def _senses_off26() -> frozenset[str]:
    return _parts_off("PAPERKG_SENSES26", SENSES26)


def prefix_word26(word: str) -> bool:
    """Is this (folded) word a prefix of its own, which a longer word does not abbreviate?"""
    return word in PREFIX_WORDS26 and "prefix-word" not in _senses_off26()


def one_name_entry26(forms) -> bool:
    """A list entry that is one name and nothing else: no form of two words (no long form, no description)."""
    return "listed-coiners" not in _senses_off26() and bool(forms) and not any(" " in f.strip() for f in forms)


def own_key26(words: str, folded: str) -> str:
    """The key of a use moved off a sense to the paper's own words. ``own-name``: the words as written, so the
    node is named by them and no other paper's node of the short form's spelling takes it (it was
    "sense:<folded words>", named by the bare short form, and so joined "FLAIR" the NLP framework)."""
    return OWN_KEY26 + words if "own-name" not in _senses_off26() else "sense:" + folded


def own_definition26(long_form: str, spellings) -> bool:
    """``own-definition``: a paper's definition whose long form spells none of the listed sense it was grouped
    into (that sense's most frequent long forms and its list entry's): its own meaning. The corpus groups every
    definition of a short form with a list entry that holds the bare short form ("CTC" aligns with any words
    spelling C, T, C), so "contrastive temporal coding (CTC)" sat in Connectionist Temporal Classification."""
    if "own-definition" in _senses_off26():
        return False
    others = [s for s in spellings if s.lower() != long_form.lower()]
    return bool(others) and not _is_spelling(long_form, others)


def sense_spellings26(sense, entry_forms=()) -> list[str]:
    """The spellings a bare use is checked against: the sense's most frequent long forms, a list entry's forms."""
    out = [lf for lf, _ in sense.long_forms.most_common(SPELLINGS_LOOKED_FOR)] if sense is not None else []
    return out + [f for f in entry_forms if " " in f]


def _is_spelling(phrase: str, spellings) -> bool:
    low = phrase.lower()
    return any(loosely_same_long_form(phrase, s) or low in s.lower() or s.lower() in low for s in spellings)


def spelt_letters26(short: str) -> str:
    """The letters a spelling's word initials give: the capitals, and a lower-case letter standing alone between
    capitals ("EaE": e, a, e; "SANet": s, a, n; "PnP": p, n, p)."""
    out = []
    for i, c in enumerate(short):
        alone = c.islower() and 0 < i < len(short) - 1 and short[i - 1].isupper() and short[i + 1].isupper()
        if c.isupper() or alone or (i == 0 and c.isalpha()):
            out.append(c.lower())
    return "".join(out)


def _initials26(words: list[str]) -> str:
    return "".join(part[0].lower() for w in words for part in w.split("-") if part)


def own_bracket_words26(short: str, abstract: str) -> list[str]:
    """The runs of words before the paper's own "(SHORT)" brackets whose initials are the short form's letters
    ("Scale Aggregation Network (SANet)", "off-policy optimization (OPO)"; not "pose problem (PnP)")."""
    want = spelt_letters26(short)
    out: list[str] = []
    if not bracketed45(abstract, short):
        return out  # speed45: no "(" before any "SHORT": the pattern (compiled per short form) cannot match
    for m in re.finditer(_BRACKET26.format(re.escape(short)), abstract):
        before = _CLAUSE_BREAK26.split(abstract[max(0, m.start() - 160):m.start()])[-1]
        words = _WORDS_BEFORE26.findall(before)
        for k in range(2, min(MAX_RUN26, len(words)) + 1):
            run = words[-k:]
            if _initials26(run) == want and not _phrase_ends26(run) and not any(
                    _INNER_ACRONYM26.search(w) for w in run):
                out.append(" ".join(run))
                break
    return out


def letters_spelt26(letters: str, text: str) -> list[str]:
    """Consecutive capitalised words (hyphens split words; no stop word, no acronym) whose initials are these
    letters ("Image Quality Assessment" for IQA; not "provide a computationally" for PAC)."""
    words = _WORD_OR_BREAK26.findall(text.replace("-", " "))  # punctuation breaks a run
    n, low = len(letters), letters.lower()
    return [" ".join(run) for run in (words[i:i + n] for i in range(len(words) - n + 1))
            if "".join(w[0].lower() for w in run) == low
            and all(w[0].isupper() and not w.isupper() and w.lower() not in STOP_WORDS for w in run)]


def _phrase_ends26(words: list[str]) -> bool:
    """A run that starts or ends on a phrase word is a piece of a sentence, not a spelling."""
    return words[0].lower() in PHRASE_WORDS26 or words[-1].lower() in PHRASE_WORDS26


def bare_otherwise26(texts: set[str], spellings: list[str], title: str | None, abstract: str,
                     hand_listed: bool = False) -> str | None:
    """The paper's own spelling of a bare short form (written as ``texts``) sent to a sense with these spellings,
    when it is another thing, or None. A sense a hand list holds (GAN, PCA, SVM) is what most bare uses mean:
    capitalised words that happen to spell it ("Geometry Aware Neural ...") do not move a use off it; only the
    paper's own bracket does."""
    if not spellings:
        return None
    off = _senses_off26()
    full = f"{title or ''} . {abstract}"
    if "own-bracket" not in off:
        runs = [r for t in sorted(texts) for r in own_bracket_words26(_singular26(t), abstract)]
        if runs and not any(_is_spelling(r, spellings) for r in runs):
            return runs[0]
    if "spelt-other" not in off and not hand_listed:
        low = full.lower()
        if any(s.lower() in low for s in spellings):
            return None
        for t in sorted(texts):
            letters = _singular26(t)
            if len(letters) >= MIN_LETTERS26 and letters.isalpha() and letters.isupper():
                other = [p for p in letters_spelt26(letters, full) if not _is_spelling(p, spellings)]
                if other:
                    return other[0]
    return None


def _singular26(text: str) -> str:
    return text[:-1] if len(text) > 2 and text.endswith("s") and text[-2].isupper() else text
