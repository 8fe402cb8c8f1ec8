"""Session 39 round 2 (issue 10, node precision): a principled tie-break in a group's type vote.

Switched with ``PAPERKG_TYPES45`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``break_tie45`` in canonical.py's ``_canonical`` right after the weighted type vote.

``_canonical`` types a group by a weighted vote of its members (3 for a typed member, 1 for a bare method); a tie
went to the alphabetically first type, so "dataset" beat "method" and "task" for no reason (Textual Entailment, 35
papers, method -> dataset once precision44 typed one member task). Part ``tie-break``: on a tie among the top types,

0. a tie between dataset and benchmark only stays benchmark (one scored class; the guideline calls a collection a
   paper reports results on a benchmark, so the papers' use, not a list's "dataset", decides, and one tied member
   used it so);
1. the type of the group's list entries, when exactly one tied type is listed (a hand or mined list names the thing);
2. else the tied type the most typed members give (papers with evidence: a list entry, a definition, a typing rule,
   or a type other than the default method; a bare default-typed use is no evidence, so six bare "PubMed" uses do
   not outvote two papers that type it a dataset);
3. else the first in ``TIE_ORDER45``: method, the type a name gets when nothing says otherwise (``_type_vote``), then
   task and model; data types and metrics last, since a data type also cuts the name's data tail and draws
   evaluation links, and a tie is no evidence for that.

Part ``data-guard`` (session 40, types46; default-off with ``tie-break``): step 3's method-first sent data names
to method at 73k ("Read Speech Corpus", "Coin dataset", BUCC 2017, TermEval 2020, KTH-TIPS-2b). A tied group with
data evidence, when a data type is among the tied, goes to that data type (benchmark before dataset, as step 0),
right after step 0, before the list:

0b. (not when a task is among the tied: "X dataset" / "X corpus" names a task's data as often as a dataset called
    X -- "a pseudo MWS dataset", "a CQA corpus" -- and Textual Entailment's dataset/method/task tie must not go to
    data) data evidence (``data_evidence46``): a data kind word in a member's form (its name, long form, aliases or
    mention texts: dataset, data set, corpus, benchmark, treebank, challenge, shared task, or a year after a
    capitalised venue/track name, "BUCC 2017", "SemEval-2017"), or a data-typed member that a data-context typing
    rule typed ("X dataset", "the X corpus", "experiments on X, Y and Z datasets", "datasets such as X", "X and
    SST" beside a data name, a shared task's name), or a member used as data in its sentence (``data_use46``,
    set by the resolver: "Text2SQL datasets", "the ... (AmbER) sets", "better performance on HateCheck").
The order: the papers' own "X dataset" / "on X, Y and Z datasets" is evidence about this group's use, which a list
entry (what a name usually names: Alpaca the listed model is also Alpaca the 52k instruction set, named "the Alpaca
dataset" in the 73k papers) is not, so the guard comes before step 1; games and environments are listed as data
(Atari, ProcGen, MuJoCo, VizDoom, TextWorld), so a listed game keeps its list type either way. A count of typed
members (step 2) and the default order (step 3) are weaker still. When the guard fires it gives the alphabetical
choice (benchmark and dataset sort before the other types): it only takes back changes the tie-break would make.

``PAPERKG_TYPES45_TRACE`` (a file path; no output change) appends one JSON line per tied vote: the name, the votes,
the alphabetical choice and this part's choice, so a run counts the ties whether the part is on or off.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter

from .recall_rules import parts_off_by_default

TYPES_RULES45 = ("tie-break", "data-guard")
DEFAULT_OFF45T: frozenset[str] = frozenset()  # session 40 (types46): on, with precision44/45 (docs/history)
TIE_ORDER45 = ("method", "task", "model", "benchmark", "dataset", "metric")
DATA45 = frozenset(("dataset", "benchmark"))
# a data kind word in a form, or a year after a capitalised venue/track name ("BUCC 2017", "SemEval-2017")
DATA_WORD46 = re.compile(r"(?i:\b(?:data ?sets?|corpus|corpora|benchmarks?|treebanks?|challenges?|shared tasks?)\b)"
                         r"|^[A-Z][A-Za-z]*[A-Z][A-Za-z]*[- ]?(?:19|20)\d\d$")
# typing rules that type a name data from its context ("X dataset", "the X corpus", "experiments on X and Y datasets")
DATA_RULES46 = frozenset((
    "rule:data-noun", "rule:followed-by-type", "rule:preceded-by-type", "rule:name-year", "rule:shared-task",
    "rule:shared-task-name", "rule:benchmark-shape", "rule:data-paren-list", "rule:data-sets-list",
    "rule:data-version", "rule:data-variant", "rule:data-suffix41", "rule:corpus-name42", "rule:capital-data-noun",
    "rule:numbered-data", "rule:resource-tail", "rule:language-resource",
    "rule:listed", "rule:intro-list", "rule:coord-data", "rule:coord-plain",  # "on X, Y and Z datasets", "X and SST"
))


def _types_off45() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES45", TYPES_RULES45, DEFAULT_OFF45T)


# a mention used as data in its sentence: a data noun right after it ("Text2SQL datasets", "the Ambiguous Entity
# Retrieval (AmbER) sets"), or an evaluation or training frame right before it ("better performance on HateCheck")
DATA_AFTER46 = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?i:data ?sets?|corpus|corpora|benchmarks?|treebanks?|"
                          r"test ?sets?|test suites?|sets)\b")
DATA_BEFORE46 = re.compile(r"(?i:\b(?:evaluat\w*|experiments?|results|performance|accuracy|tested|trained|"
                           r"fine-?tuned)\s+(?:[\w-]+\s+){0,2}?on\s+(?:the\s+)?)$")


def data_use46(mentions, texts) -> bool:
    """A mention of the entity is used as data in its sentence (``DATA_AFTER46`` / ``DATA_BEFORE46``)."""
    for m in mentions:
        text = texts.get(m.field) if isinstance(texts, dict) else None
        if not text:
            continue
        if DATA_AFTER46.match(text, m.end, m.end + 30):
            return True
        before = text[max(0, m.start - 60):m.start].rsplit(". ", 1)[-1]  # this sentence only
        if DATA_BEFORE46.search(before):
            return True
    return False


def data_evidence46(es) -> bool:
    """A member form with a data kind word, or a data-typed member typed by a data-context rule (module text)."""
    for e in es:
        forms = [e.name, e.long_form or "", *e.aliases, *(m.text for m in e.mentions)]
        if any(DATA_WORD46.search(f) for f in forms if f):
            return True
        if e.type in DATA45 and any(m.rule in DATA_RULES46 for m in e.mentions):
            return True
        if getattr(e, "data_use46", False):  # a mention used as data in its sentence (set in resolve)
            return True
    return False


def tie_choice45(votes: Counter, members: Counter, listed: set[str], data: bool = False) -> str:
    """The type a tied vote goes to (see the module text); ``members`` counts typed members by type, ``listed`` holds
    the types of the group's list entries."""
    top = max(votes.values())
    tied = sorted(t for t, w in votes.items() if w == top)
    if len(tied) == 1:
        return tied[0]
    if set(tied) <= DATA45:  # one scored class; a paper's use, not the list, tells a benchmark (GUIDELINE)
        return min(tied, key=TIE_ORDER45.index)
    data_tied = [t for t in tied if t in DATA45]
    if data and data_tied and "task" not in tied:  # 0b. the data guard: a data kind word or a data use wins for data, before the list
        return min(data_tied, key=TIE_ORDER45.index)
    from_list = [t for t in tied if t in listed]
    if len(from_list) == 1:
        return from_list[0]
    most = max(members.get(t, 0) for t in tied)
    tied = [t for t in tied if members.get(t, 0) == most]
    if len(tied) == 1:
        return tied[0]
    rank = {t: i for i, t in enumerate(TIE_ORDER45)}
    return min(tied, key=lambda t: (rank.get(t, len(rank)), t))


def break_tie45(typ: str, votes: Counter, es, listed_of, weight, name: str = "") -> str:
    """``typ`` (the alphabetical choice) or, with the part on and the vote tied, ``tie_choice45``'s
    (``listed_of()``: the types of the group's list entries, asked only on a tie; ``weight``: a member's vote, more
    than 1 when the member carries typing evidence)."""
    top = votes[typ]
    if sum(1 for w in votes.values() if w == top) < 2:
        return typ
    members = Counter(e.type for e in es if weight(e) > 1)
    listed = listed_of()
    off = _types_off45()
    data = data_evidence46(es)
    choice = tie_choice45(votes, members, listed, data and "data-guard" not in off)
    trace = os.environ.get("PAPERKG_TYPES45_TRACE")
    if trace:
        with open(trace, "a", encoding="utf-8") as f:
            f.write(json.dumps({"name": name, "votes": dict(votes), "members": dict(members),
                                "listed": sorted(listed), "alpha": typ, "tie45": choice, "data46": data,
                                "forms": sorted({m.text for e in es for m in e.mentions})[:12]}) + "\n")
    if "tie-break" in off:
        return typ
    return choice
