"""From candidate mentions in one paper to typed entities with roles and evidence.

Inputs are what the spaCy components left on the title and abstract docs: abbreviation definitions and
uses, gazetteer matches and rule matches. Overlaps are settled (longest first, then by how trustworthy
the source is), mentions of one thing are grouped (an acronym with its long form, a list entry with
its aliases), and each group gets a type, a role and a name. Corpus-wide merging is in canonical.py.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from spacy.language import Language

from .corpus import is_short_form, loosely_same_long_form
from .gazetteer import GazetteerEntry, load_entries
from .junk import glued_data_reason, junk_reason, project_reason, retype, title_modifier_reason
from .self_typing import (affiliation_reason, stated_data_or_metric, joined_names_reason, listed_data_type, loose_definition, modifier_reason,
                          stated_type, umbrella_series_reason)
from .lexicon import (
    APPOSITIVE_TYPE, BENCHMARK_HEADS, COMPARE_CUES, DATASET_HEADS, EVAL_CUES, FOLLOWER_TYPE, GENERIC_ACRONYMS, GENERIC_HEADS,
    GENERIC_WORDS, LANGUAGE_NAMES, METHOD_HEADS, METRIC_HEADS, MODEL_HEADS, NON_ENTITY_HEADS, TASK_HEADS, VENUES,
    WORKSHOPS, non_entity_kind,
)
from . import recall_rules, recall26, recall28
from . import recall34  # session 31: defined lower-case names typed from evidence
from . import recall35  # session 32: a defined name with a citation after it
from . import recall37  # session 33: a defined name that is the subject of a technique verb
from . import recall46  # session 39: a capitalised defined name after a technique cue
from . import recall54  # session 43: a lower-case defined name whose acronym recurs
from .types45 import data_use46  # session 40 (types46)
from .records import Mention
from .sentences import doc_text, sentence_bounds, sentence_index, span_text
from .rules import PROPOSAL_GAP_STOP, SIZED_MODEL, TYPE_BEFORE, model_family_regex, proposal_spans
from .scan import word_start_scan
from .speed35 import gazetteer_chars  # session 32: the gazetteer's matches read once a doc
from .text import normalise_surface, singular, variant_key
from .precision60 import bare_head60  # session 45 (precision60)

# "WASSA-2017" alone (the workshop's year glued by a dash, no campaign word): a venue (session 20)
WORKSHOP_YEAR = re.compile(r"[\s\-]'?(?:19|20)?\d\d$")


@lru_cache(maxsize=1)
def ambiguous_short_forms() -> dict[str, frozenset[str]]:
    """Short form -> ids of list entries it is ambiguous for (data/ambiguous_short_forms.tsv)."""
    text = resources.files("paperkg.extract").joinpath("data/ambiguous_short_forms.tsv").read_text(encoding="utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            short, ids = line.split("\t")[:2]
            out[short] = out.get(short, frozenset()) | frozenset(ids.split(";"))
    return out

SCORED_TYPES = ("method", "dataset", "benchmark", "model")
# Kinds of non_entities.tsv that are no task or metric either (session 21): the Papers with Code task table lists
# notions ("Inductive Bias", "Generalization Bounds") and bare labels ("Task 2", joining every campaign's Task 2).
NOT_TASK_KINDS = ("notion", "label")
DATA_WORDS = frozenset("dataset datasets corpus corpora data collection benchmark benchmarks".split())
# Rules whose match is evidence that a defined long form names a technique (not "rule:repeated-name":
# every defined acronym is used again).
EVIDENCE_RULES = frozenset(("rule:named", "rule:appositive", "rule:title-name", "rule:listed", "rule:followed-by-type",
                            "rule:preceded-by-type"))
NAMING_CUE = re.compile(
    r"\b(?:called|named|dubbed|termed|coined|We\s+(?:call|name|term|dub|coin)(?:\s+(?:it|them|this|these|our)(?:\s+[a-z]+)?)?"
    r"|we\s+(?:call|name|term|dub|coin)(?:\s+(?:it|them|this|these|our)(?:\s+[a-z]+)?)?)"  # literal first: see scan.py
    r"\s+(?:as\s+)?[\"“']?"
)
OUR_BEFORE = re.compile(r"\b(?:[Oo]ur|novel|new)\s+$")
NOVEL_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:a|an)\s+(?:novel|new)\b")
# "Chain of Utterances-based (CoU) prompting": the word after a "-based" suffix and a short form follows the name.
FOLLOWER_WORD = re.compile(r"(?:-(?:based|like|style|driven|guided|inspired)\b)?\s*(?:\([^()]{1,20}\)\s*)?([A-Za-z]+)")
LATEX_COMMAND = re.compile(r"\\[A-Za-z]+\s*\{?|[{}]")
KIND_NOUN_AFTER = re.compile(
    r"\s+(?:neural\s+)?(?:network|model|framework|architecture|encoder|decoder|backbone|layer|block|module|variant)s?\b"
)
MODIFIER_AFTER = re.compile(r"-[a-z]{3,}\b|\s+(?:based|style|like|inspired|driven|powered|guided)\b")
# "we propose a novel data augmentation method", "we develop two LSTM models", "the first parallel stochastic
# gradient descent algorithm": a listed name after an article, a number or "new" is the kind of the new thing.
NEW_GAP = re.compile(r"\b(?:one|two|three|four|five|several|some|novel|new|first|our)\b", re.IGNORECASE)
ARTICLE_GAP = re.compile(r"\b(?:an?)\b", re.IGNORECASE)
# "we introduce a Region Proposal Network (RPN)": a capitalised name that the sentence defines is introduced here.
DEFINED_AFTER = re.compile(r"\s*\([A-Z]")
PAREN_NEXT = re.compile(r"\s*\(\s*$")


# A year, a dotted version or "v2" after a name's first word: "MultiLing 2017", "EmpiriST Corpus 2.0", "Foo v2".
VERSION_WORD = re.compile(r"(?:19|20)\d{2}|[vV]?\d+(?:\.\d+)+|[vV]\d+")


def bare_of_version(alias: str, name: str) -> bool:
    """ "MultiLing" of "MultiLing 2017": the bare first word of a release or an edition names the series or the
    original, so it is no alias of this one (the mention stays the entity's: the paper speaks of its release)."""
    return " " not in alias and name.startswith(alias + " ") and any(
        VERSION_WORD.fullmatch(w) for w in name.split()[1:])


@dataclass
class Candidate:
    start: int
    end: int
    field: str  # "abstract" | "title"
    source: str  # "abbreviation", "gazetteer:<list>", "rule:<name>"
    type: str | None
    group: int
    priority: int
    shadow: bool = False  # same span as a chosen mention: evidence for grouping and type, not a mention


@dataclass
class LocalEntity:
    """An entity as seen inside one paper, before corpus-wide canonicalisation."""

    name: str
    type: str
    role: str
    aliases: list[str]
    family: str | None
    mentions: list[Mention]
    entry: str | None = None  # gazetteer entry id ("<type>:<slug>"), see gazetteer.entry_by_id
    long_form: str | None = None  # defined long form, when an abbreviation was defined
    short_forms: list[str] = field(default_factory=list)
    data_use46: bool = False  # session 40 (types46): a mention used as data ("X datasets", "performance on X")


def _priority(source: str, entry: GazetteerEntry | None) -> int:
    if source == "abbreviation":
        return 0
    if source in ("rule:model-variant", "rule:model-size"):
        return 1
    if entry is not None and entry.source == "curated":
        return 2
    if source.startswith("rule:"):
        return 3
    return 4


# Heads that are a method's in "principal component analysis" and a task's in "sentiment analysis": a listed task
# ending the long form decides.
TASK_OR_METHOD_HEADS = frozenset(("analysis", "localization", "localisation"))


@lru_cache(maxsize=1)
def listed_task_names() -> frozenset[str]:
    return frozenset(" ".join(f.lower().split()) for e in load_entries() if e.type == "task" for f in (e.name, *e.forms))


def _listed_task_tail(words: list[str]) -> bool:
    """The long form's last words, but not all of them, are a listed task's name ("... sentiment analysis")."""
    tasks = listed_task_names()
    return any(" ".join(words[k:]).lower() in tasks for k in range(1, len(words) - 1))


def type_from_long_form(long_form: str, follower: str | None, evidence: bool = False) -> str | None:
    """Type of an abbreviation from its long form's head word; None for generic phrases (LLMs, RMs).

    A long form is a method only with a method-like head noun ("... Optimization", "... Network") or
    other evidence (the paper proposes it, a rule typed it); a capitalised phrase alone is no evidence:
    "Conditional Independence (CI)", "Named Entity (NE)", "Diffusion Weighted Imaging (DWI)".
    """
    if follower in ("issue", "problem", "phenomenon", "effect"):
        return None  # "knowledge noise (KN) issue" names a problem, not a method
    # "the coarse matching (CM) stage": a step of the paper's pipeline, no task ("gated depth fusion (GDF) stage" is
    # still a method by its head); "(SGA) steps" are a method's
    stage = long_form.islower() and follower in ("stage", "stages", "phase", "phases")
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", long_form)
    if not words:
        return None
    if long_form.islower() and (follower in ("task", "tasks") or (
            head_noun(words[-1]) in TASK_HEADS | UNNAMED_TASK_HEADS and FOLLOWER_TYPE.get(follower) == "method")):
        return "task"  # "video actor-action segmentation (VAAS) framework": a framework for the task
    if " " not in long_form and "-" in long_form and long_form.islower() and not _method_like(head_noun(words[-1])):
        return None  # "fixed-point (FP) update", "single-task (ST) model": a modifier, not a name
    if follower in FOLLOWER_TYPE and FOLLOWER_TYPE[follower] != "model":
        return FOLLOWER_TYPE[follower]
    # "Decoding-time Alignment of LLMs": a generic phrase after "of/for/in" is not the head.
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower() in ("of", "for", "in", "on", "with") and all(
            w.lower() in GENERIC_WORDS or w in GENERIC_ACRONYMS or singular(w) in GENERIC_ACRONYMS for w in words[k + 1 :]
        ):
            words = words[:k]
            break
    head = head_noun(words[-1])
    lowered = [w.lower() for w in words]
    all_generic = all(w in GENERIC_WORDS or w.split("-")[0] in GENERIC_WORDS for w in lowered)
    if all_generic and evidence and not long_form.islower() and _method_like(head):
        return "method"  # "we propose Multimodal Transformer Networks (MTN)": generic words, but a name here
    if head in GENERIC_HEADS and (all_generic or long_form.islower()):
        return None
    if all_generic:
        return None
    if head in METRIC_HEADS:
        return "metric"
    if head in TASK_HEADS and not long_form.islower() and follower == "model":  # "DEE models": models of a task
        return "method"  # "a Hierarchical Event Argument Extraction (HEAE) model": the paper's model for the task
    if stage and (head in TASK_HEADS or head.endswith("ing")):
        return None
    if head in TASK_HEADS or (long_form.islower() and len(words) <= 2 and head.endswith("ing") and not evidence and not words[-1].endswith("ings") and head not in ("learning", "tuning", "finetuning", "pretraining", "training", "sampling", "decoding", "prompting", "merging", "steering")):
        return "task"
    if head in TASK_OR_METHOD_HEADS and _listed_task_tail(words):
        return "task"  # session 15: "cross-domain sentiment analysis (CDSA)", not "Rich Component Analysis (RCA)"
    if head in BENCHMARK_HEADS:
        return "benchmark"
    if head in DATASET_HEADS:
        return "dataset"
    if head in MODEL_HEADS:
        return "model"
    if head in NON_ENTITY_HEADS:
        return None  # "Diffusion Weighted Imaging", "Conditional Independence", "Named Entity"
    if evidence or (_method_like(head) and not (long_form.islower() and head in STRUCTURAL_HEADS)):
        return "method"
    return None  # "differentially private (DP)", "Time-frequency (TF)": not a named method


# Method heads only in a capitalised name ("Gated Recurrent Unit", "Decision Tree"); lower case they are
# parts of things ("lexical units", "permutation tree").
STRUCTURAL_HEADS = frozenset("unit tree field process layer memory net machine filter kernel transform mixture critic".split())


def _method_like(head: str) -> bool:
    """A head noun that names a technique: "optimization", "network", "regularisation"."""
    return head in METHOD_HEADS or head.endswith(("ization", "isation"))


def _coined(short: str) -> bool:
    """A short form shaped like a coined name, not an initialism: "StableGM", "diffConv", "FE-Net", "Q2A".

    Initialisms of concepts ("CI", "TV", "DWI", "NE") are all capitals; a short form that mixes cases
    after its first letter or carries a digit was made up as a name for a method.
    """
    letters = [c for c in short if c.isalpha()]
    if len(letters) < 2 or (short.endswith("s") and short[:-1].isupper()):
        return False  # "LLMs": a plural initialism
    # A run of lower-case letters is part of a word ("Stable", "diff"); a single one is mostly a minor
    # word of an initialism ("ToM", "CoT", "BoW").
    return (bool(LOWER_RUN.search(short[1:])) and any(c.isupper() for c in short)) or any(c.isdigit() for c in short)


LOWER_RUN = re.compile(r"[a-z]{2,}")


def head_noun(word: str) -> str:
    """Last part of the last word, lower case, singular; "corpus", "analysis", "Bayes" stay as they are."""
    w = word.lower().split("-")[-1]
    return w if w.endswith(("us", "is", "ss", "yes")) else singular(w)


# Session 21 (issue 10): a capitalised long form with a task head that the paper proposes ("we present a
# Frame-aware Event Argument Extraction (FEAE) learning framework", "we propose Lexicon-Enhanced Dense Retrieval
# (LEDR) as a simple ... way") is the paper's technique, named after its task; typed task it made one-paper task
# nodes in every judged sample. A task is what the sentence calls a task, problem or setting, or data.
PROPOSAL_BEFORE = re.compile(r"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|develop(?:s|ed)?|design(?:s|ed)?|"
                             r"devise[sd]?)\b[^.;]*$")
TASK_SENTENCE_WORDS = re.compile(r"\b(?:tasks?|subtasks?|problems?|challenges?|settings?|benchmarks?|datasets?|corpus|"
                                 r"corpora|competitions?|survey|field|area)\b")


# "an approach for few-shot X", "to tackle X": the task a technique is for ("learning to X", "refer to as X" are names).
TASK_PREPOSITION_BEFORE = re.compile(r"\b(?:for|towards?|tackles?|address(?:es)?|solves?)\s+(?:[\w\-]+\s+){0,2}$")


def proposed_under_task_head(long_form: str, prefixes: list[str], abstract: str) -> bool:
    """``prefixes``: the abstract up to the end of each mention of the capitalised ``long_form``; true when a
    proposal verb stands before the first in its sentence, no preposition just before it ("an approach for X"), and
    that sentence names no task, problem or data. (The next sentence is not read: "... on three tasks" follows many
    proposed techniques; reading it lost 9 right methods of 62 on the 73k corpus.)"""
    if long_form.islower() or sum(w[:1].isupper() for w in long_form.split()) < 2 or not prefixes:
        return False
    before = min(prefixes, key=len)
    start = before.rfind(". ") + 1
    end = abstract.find(". ", len(before))
    sentence = abstract[start : len(abstract) if end < 0 else end]
    lead = before[max(start, len(before) - len(long_form) - 40) : len(before) - len(long_form)]
    if TASK_PREPOSITION_BEFORE.search(lead):
        return False  # "an approach for few-shot Common Object Localization (COL)": the task the approach is for
    return bool(PROPOSAL_BEFORE.search(before, start, len(before) - len(long_form))) and not TASK_SENTENCE_WORDS.search(sentence)


def type_from_head(name: str) -> str | None:
    """Type of a name no list or rule typed, from its last word: "Dispute Mediation Corpus" is a dataset,
    "Indian Languages" and "Action State Tracking" are no entity; anything else defaults to method."""
    words = name.split()
    if len(words) < 2:
        return "method"
    head = head_noun(words[-1])
    if head in DATASET_HEADS or head in ("database", "lexicon", "dictionary", "wordnet", "archive"):
        return "dataset"
    if head in BENCHMARK_HEADS or head == "competition":
        return "benchmark"
    if head in NON_ENTITY_HEADS or head in TASK_HEADS or head in METRIC_HEADS or head in UNNAMED_TASK_HEADS:
        return None
    return "method"


# Task-like heads beyond TASK_HEADS for names no list knows ("Action State Tracking").
UNNAMED_TASK_HEADS = frozenset("tracking linking completion prediction forecasting localization localisation".split())


POSSESSIVE = re.compile(r"(?<=[A-Za-z0-9])['\u2019]s$")


def without_possessive(surface: str) -> str:
    """ "LSTM’s" -> "LSTM": a possessive is no part of a name (a curly or straight apostrophe)."""
    # every match ends in "s" or in "s" and a last line break (re's "$"): any other surface is returned as it is
    return POSSESSIVE.sub("", surface) if len(surface) > 3 and "s" in surface[-2:] else surface


def _long_form_lost(abbr_surfaces: list[str]) -> bool:
    """Only the short form is left of a definition: a longer listed name took its long form's words ("Data-Free
    Knowledge Distillation (KD)": the list's "Data-Free Knowledge Distillation" won the span, or "person
    re-identification (ReID)" the listed task). The short form is then no long form of its own ("KD" defined as
    "KD"): alone it names nothing the paper does not name already; with other mentions it is a bare use."""
    forms = {s.removesuffix("s") for s in abbr_surfaces}
    return len(forms) == 1 and is_short_form(next(iter(forms)))


class PaperResolver:
    """Turns the components' output for one paper into LocalEntity records.

    Built from the pipeline it resolves for: the gazetteer entries are those of its
    ``paperkg_gazetteer`` component, never a second copy of the list.
    """

    def __init__(self, nlp: Language):
        gazetteer = nlp.get_pipe("paperkg_gazetteer")
        self.entries: dict[str, GazetteerEntry] = gazetteer.by_id
        self.model_regex = model_family_regex(gazetteer.entries)
        self.family_of_form = {f.lower(): e.family for e in gazetteer.entries if e.type == "model" for f in e.forms}
        # Spellings of listed data resources: "Clothing-1M" is the listed Clothing1M, not a model of family "Clothing".
        self.data_forms = {variant_key(f): e for e in gazetteer.entries if e.type in ("dataset", "benchmark") for f in e.forms}
        # Long forms defined in an abstract ("proximal policy optimization (PPO)") that a list knows.
        self.entry_by_form: dict[str, str] = {}
        for e in gazetteer.entries:
            for f in e.forms:
                self.entry_by_form.setdefault(normalise_surface(f), e.id)
        self._entry_forms: dict[str, frozenset[str]] = {}
        self._entry_norm_forms: dict[str, list[str]] = {}  # entry id -> its forms normalised (_entry_norms)
        self._entry_source: dict[str, tuple[str, str, int]] = {}  # entry id -> (source, type, priority)
        self.ambiguous = ambiguous_short_forms()
        # one-word list forms ("BERT", "ResNet"): a free phrase before one of them is no definition
        self.listed_words = frozenset(f for e in gazetteer.entries for f in e.forms if " " not in f)
        # Error analysis only (scripts/trace_misses.py): every candidate and every dropped group of the last paper.
        self.trace = bool(os.environ.get("PAPERKG_TRACE_DROPS"))
        self.dropped: list[tuple[str, list[str]]] = []
        self.candidates: list[tuple[str, int, int, str, bool]] = []

    # -- candidates -------------------------------------------------------------------------------
    def _candidates(
        self, doc: Doc, field_name: str, groups: dict, cands: list[Candidate], defined: dict[str, tuple[int, str, str]]
    ) -> None:
        def group_id(key) -> int:
            if key not in groups:
                groups[key] = len(groups)
            return groups[key]

        short_group: dict[str, int] = {}
        for long_span, short_span in self.definition_spans(doc):
            short_text = span_text(short_span)
            g: int | None = group_id(("abbr", field_name, long_span.start_char))  # None below: annotated for mypyc
            short_group.setdefault(short_text, g)
            # LaTeX around a long form ("\\emph{stochastic gradient descent}") is markup, not the name.
            long_text = LATEX_COMMAND.sub("", span_text(long_span))
            defined.setdefault(short_text, (g, normalise_surface(long_text), long_text))
            for span in (long_span, short_span):
                cands.append(Candidate(span.start_char, span.end_char, field_name, "abbreviation", None, g, 0))
        for span in doc.spans["abbrev_use"]:
            text = span_text(span)
            g = short_group.get(text, short_group.get(text[:-1], short_group.get(text + "s")))
            if g is not None:
                cands.append(Candidate(span.start_char, span.end_char, field_name, "abbreviation", None, g, 0))
        for g_start, g_end, _, idx in gazetteer_chars(doc):  # session 32: read once a doc (speed35.py)
            g = group_id(("entry", idx))
            src, typ, priority = self._gazetteer_source(idx)
            cands.append(Candidate(g_start, g_end, field_name, src, typ, g, priority))
        text = doc_text(doc)
        for start, end, typ, rule in doc._.rule_matches or ():
            surface = text[start:end]
            g = group_id(("surface", normalise_surface(surface)))
            cands.append(Candidate(start, end, field_name, rule, None if typ == "unknown" else typ, g, _priority(rule, None)))

    def definition_spans(self, doc: Doc) -> list[tuple[Span, Span]]:
        """(long, short) spans of the doc's definitions, without a free phrase before a listed name ("best model
        utilizes pretraining (BERT)": BERT is the listed name, used bare).

        Kept in the doc's user_data: resolve and the pipeline both ask for the abstract's (one list, made once)."""
        got = doc.user_data.get("paperkg_definitions")
        if got is None:
            got = doc.user_data["paperkg_definitions"] = [
                (l, s) for l, s in zip(doc.spans["abbrev_long"], doc.spans["abbrev_short"])
                if not self.loose_listed_definition(span_text(s), span_text(l))]
        return got

    def loose_listed_definition(self, short: str, long: str) -> bool:
        """A listed one-word name after a lower-case phrase its letters merely fit (self_typing.py)."""
        listed = short in self.listed_words or (short.endswith("s") and short[:-1] in self.listed_words)
        return listed and normalise_surface(long) not in self.entry_by_form and loose_definition(short, long)

    def _own_senses(self, cands, texts, defined, entry_of_group) -> list[Candidate]:
        """A paper's own definition decides what its acronym means; ambiguous list acronyms need support.

        A list hit on a short form the paper defines joins the definition unless the entry's forms include
        the local long form ("patient-reported outcomes (PRO)" is not Preference Ranking Optimization). A
        bare hit on a short form of the sense table (ambiguous_short_forms.tsv) stays only when the entry's
        long form is in the paper too or a type word follows that agrees with the entry's type.
        """
        entry_surfaces: dict[int, set[str]] = {}
        for c in cands:
            if c.group in entry_of_group:
                entry_surfaces.setdefault(c.group, set()).add(normalise_surface(texts[c.field][c.start : c.end]))
        out = []
        for c in cands:
            if c.group not in entry_of_group or c.source == "abbreviation":
                out.append(c)
                continue
            surface = texts[c.field][c.start : c.end]
            entry = self.entries[entry_of_group[c.group]]
            # "DCNN" in a paper that defines "Deep Convolutional Neural Networks (DCNNs)": plural either way.
            local = defined.get(surface) or defined.get(surface + "s") or (
                defined.get(surface[:-1]) if surface.endswith("s") else None)
            if local is not None:
                if self._other_sense(entry, local[1], local[2]):
                    c.group, c.priority = local[0], 0  # the paper's sense, not the list's
                out.append(c)
                continue
            if entry.id in self.ambiguous.get(surface, ()):
                short = normalise_surface(surface)
                follower = self._follower(texts[c.field], c)
                agrees = follower in FOLLOWER_TYPE and (
                    FOLLOWER_TYPE[follower] == entry.type
                    or {FOLLOWER_TYPE[follower], entry.type} <= {"method", "model"}
                    or {FOLLOWER_TYPE[follower], entry.type} <= {"dataset", "benchmark"}
                )
                if not agrees and not (entry_surfaces.get(c.group, set()) - {short}):
                    continue  # a bare "PRO" or "SAC" with nothing to say which sense
            out.append(c)
        return out

    def _other_sense(self, entry: GazetteerEntry, long_norm: str, long_form: str) -> bool:
        """Does the paper's long form name something else than the entry it shares a short form with?

        Against an entry with a long form of its own, any other long form is another sense; an entry that
        is only the acronym ("FEVER") is contradicted only by a long form of an incompatible type.
        """
        forms = self._forms_of(entry)
        if long_norm.removesuffix("s") in forms:
            return False
        # Spellings of the entry ("Graph Convolution Network", "generative adversarial net", "Monte Carlo
        # Markov Chain"); sharing most words after another first word is not: "Gated Neural Networks" is not
        # "Graph Neural Network".
        if any(loosely_same_long_form(long_form, f) for f in entry.forms if " " in f):
            return False
        short_words = {f for f in entry.forms if " " not in f}
        if any(len(f.split()) >= 2 and not short_words & set(f.split()) for f in entry.forms):
            return True  # "Preference Ranking Optimization", not "SQuAD 1.1"
        local_type = type_from_long_form(long_form, None)
        compatible = ({"method", "model"}, {"dataset", "benchmark"})
        return local_type is not None and local_type != entry.type and not any(
            {local_type, entry.type} <= pair for pair in compatible)

    def _entry_norms(self, idx: str) -> list[str]:
        """``normalise_surface`` of each form of a list entry, in order, made once a process (session 29: the entries
        do not change while a resolver lives; a new list was made for each of the entry's mentions in each paper)."""
        norms = self._entry_norm_forms.get(idx)
        if norms is None:
            norms = self._entry_norm_forms[idx] = [normalise_surface(f) for f in self.entries[idx].forms]
        return norms

    def _gazetteer_source(self, idx: str) -> tuple[str, str, int]:
        """(source, type, priority) of a list entry's candidates, made once a process (session 29)."""
        got = self._entry_source.get(idx)
        if got is None:
            entry = self.entries[idx]
            src = f"gazetteer:{entry.source}"
            got = self._entry_source[idx] = (src, entry.type, _priority(src, entry))
        return got

    def _forms_of(self, entry: GazetteerEntry) -> frozenset[str]:
        forms = self._entry_forms.get(entry.id)
        if forms is None:
            # Compared without a final "s": "Graph Convolutional Networks" is the list's "... Network".
            forms = self._entry_forms[entry.id] = frozenset(normalise_surface(f).removesuffix("s") for f in entry.forms)
        return forms

    @staticmethod
    def _select(cands: list[Candidate]) -> list[Candidate]:
        """Non-overlapping mentions: longest first, then the more trusted source.

        The spans taken so far in a field never overlap, so kept sorted their ends are sorted too: a new span
        can only overlap its two neighbours, found by bisection (a scan of every taken span was quadratic: a
        50k-character title took 13.8M overlap tests).
        """
        chosen: list[Candidate] = []
        taken: dict[str, list[tuple[int, int]]] = {}
        exact: set[tuple[str, int, int]] = set()
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
            if (c.field, c.start, c.end) in exact:
                c.shadow = True
                chosen.append(c)
                continue
            spans = taken.setdefault(c.field, [])
            i = bisect.bisect_left(spans, (c.start, c.end))
            if any(c.start < e and s < c.end for s, e in spans[max(i - 1, 0) : i + 1]):
                continue
            spans.insert(i, (c.start, c.end))
            exact.add((c.field, c.start, c.end))
            chosen.append(c)
        return sorted(chosen, key=lambda c: (c.field != "title", c.start))

    # -- the paper ----------------------------------------------------------------------------------
    def resolve(self, abstract_doc: Doc, title_doc: Doc | None) -> list[LocalEntity]:
        groups: dict = {}
        cands: list[Candidate] = []
        docs = {"abstract": abstract_doc}
        if title_doc is not None:
            docs["title"] = title_doc
        defined: dict[str, tuple[int, str, str]] = {}  # short form -> (its group, normalised long form, long form)
        for field_name, doc in docs.items():
            self._candidates(doc, field_name, groups, cands, defined)
        entry_of_group = {g: key[1] for key, g in groups.items() if key[0] == "entry"}
        texts = {f: doc_text(d) for f, d in docs.items()}
        cands = self._own_senses(cands, texts, defined, entry_of_group)
        chosen = self._select(cands)
        if self.trace:
            self.dropped = []
            kept = {id(c) for c in chosen}
            self.candidates = [(c.field, c.start, c.end, c.source, id(c) in kept) for c in cands]

        # Union groups that share a surface form (an acronym list entry and its definition here).
        parent = list(range(len(groups)))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        by_form: dict[str, int] = {}
        for c in chosen:
            forms = [normalise_surface(texts[c.field][c.start : c.end])]
            if c.group in entry_of_group:
                forms += self._entry_norms(entry_of_group[c.group])
            for form in forms:
                if not form:
                    continue
                if form in by_form:
                    a, b = find(by_form[form]), find(c.group)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
                else:
                    by_form[form] = c.group
        # "SparQ" after "SparQ Attention": a name-shaped first word alone is the same thing, unless a
        # list knows either as something else ("ImageNet" is not "ImageNet Top-1 Accuracy").
        surfaces_by_group: dict[int, set[str]] = {}
        listed: set[int] = set()
        for c in chosen:
            surfaces_by_group.setdefault(find(c.group), set()).add(texts[c.field][c.start : c.end])
            if c.group in entry_of_group:
                listed.add(find(c.group))
        firsts = {s.split()[0]: g for g, ss in surfaces_by_group.items() for s in ss
                  if " " in s and not recall_rules.names_campaign(s)}  # "NLI Shared Task 2017" is not "NLI"
        for g, ss in list(surfaces_by_group.items()):
            if g in listed:
                continue
            for surface in ss:
                target = firsts.get(surface)
                if (target is not None and target not in listed and " " not in surface
                        and any(ch.isupper() for ch in surface[1:])):
                    a, b = find(target), find(g)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
        members: dict[int, list[Candidate]] = {}
        for c in chosen:
            members.setdefault(find(c.group), []).append(c)
        # Mentions first (shadows only inform the type), in text order.
        for root in members:
            members[root].sort(key=lambda c: (c.shadow, c.field != "title", c.start))

        sentences = {f: self._sentence_bounds(d) for f, d in docs.items()}
        proposal_starts = self._proposal_targets(texts, chosen, sentences)
        entities = []
        for root, mentions in members.items():
            entity = self._entity(root, mentions, texts, sentences, entry_of_group, find, proposal_starts)
            if entity is not None:
                entities.append(entity)
        return entities

    @staticmethod
    def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
        return sentence_bounds(doc)

    @staticmethod
    def _sentence_of(bounds: list[tuple[int, int]], pos: int) -> int:
        return sentence_index(bounds, pos)

    def _proposal_targets(self, texts, chosen, sentences) -> set[tuple[str, int]]:
        """Mentions the paper introduces: the first one after "we propose" in its sentence, the title's lead name."""
        targets: set[tuple[str, int]] = set()
        text = texts["abstract"]
        # "a Transformer-based framework", "a BERT style encoder": a name used as a modifier is what the new
        # thing builds on, not the thing proposed.
        modifier = {(c.field, c.start) for c in chosen if MODIFIER_AFTER.match(texts[c.field], c.end)
                    # "a recursive Transformer model": a listed name before a type noun says what kind
                    or (c.source.startswith("gazetteer:") and KIND_NOUN_AFTER.match(texts[c.field], c.end))}
        starts = sorted({c.start for c in chosen if c.field == "abstract"})
        listed = {(c.field, c.start): c for c in chosen if c.source.startswith(("gazetteer:", "lexicon:"))}
        bounds = sentences["abstract"]
        for p_start, p_end in proposal_spans(text):
            sent_end = bounds[self._sentence_of(bounds, p_start)][1]
            i = bisect.bisect_left(starts, p_end)
            if i < len(starts) and starts[i] < min(sent_end, p_end + 120):
                gap = " " + text[p_end : starts[i]].lower() + " "
                kind = listed.get(("abstract", starts[i]))
                if kind is not None and not PROPOSAL_GAP_STOP.search(gap) and self._listed_kind(kind, texts, gap):
                    # "a new generative adversarial network (MvInvert)": the name in brackets is the new thing
                    # (a listed name there is the kind's own short form: "deep reinforcement learning (RL)")
                    if (i + 1 < len(starts) and PAREN_NEXT.match(text[kind.end : starts[i + 1]])
                            and ("abstract", starts[i + 1]) not in listed
                            and not self._initials_of(text[kind.start:kind.end], text[starts[i + 1]:])):
                        targets.add(("abstract", starts[i + 1]))
                    continue
                # "we present a study of how LSTM ..." names no new thing; "we propose a novel X" does.
                if not PROPOSAL_GAP_STOP.search(gap) and ("abstract", starts[i]) not in modifier:
                    targets.add(("abstract", starts[i]))
                    if len(gap.split()) <= 4:
                        targets.add(("verb", starts[i]))  # the verb's own object: "we present a novel X"
        for m in word_start_scan(NAMING_CUE).finditer(text):
            i = bisect.bisect_left(starts, m.end())
            if i < len(starts) and starts[i] <= m.end() + 1:
                targets.add(("abstract", starts[i]))
                targets.add(("named", starts[i]))  # the stronger cue: "which we term X", "called X"
                kind = TYPE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                if kind:  # "a novel algorithm called ...": the paper says what its new thing is
                    targets.add(("named:" + APPOSITIVE_TYPE[kind.group(1).lower()], starts[i]))
        for c in chosen:
            # "our GAN", "a novel LSTM": a listed name after "our"/"new" is the kind of the new thing
            if c.field == "abstract" and OUR_BEFORE.search(text, max(0, c.start - 7), c.start) and (
                    ("abstract", c.start) not in modifier and (c.field, c.start) not in listed):
                targets.add(("abstract", c.start))
            if c.field == "abstract" and NOVEL_AFTER.match(text, c.end, c.end + 40) and (
                    (c.field, c.start) not in listed or self._coined(text[c.start:c.end])):
                targets.add(("abstract", c.start))
        if "title" in texts:
            title = texts["title"]
            colon = title.find(":")
            for c in chosen:
                if (c.field == "title" and colon > 0 and c.end <= colon and not title[:c.start].strip()
                        and ("title", c.start) not in modifier
                        # "Simulated Annealing: Rigorous guarantees" studies a listed method; "MSR-VTT: A Large
                        # Video Description Dataset" introduces a coined name
                        and (("title", c.start) not in listed or self._coined(title[c.start:c.end]))):
                    targets.add(("title", c.start))
                elif c.field == "title" and c.source == "rule:title-whole":
                    targets.add(("title", c.start))  # the whole title is the name of the paper's own thing
        return targets

    @staticmethod
    def _coined(surface: str) -> bool:
        """A coined name (MSR-VTT, XSTest, BERT, GPT-3), not a descriptive phrase (simulated annealing)."""
        return any(ch.isdigit() for ch in surface) or any(
            any(ch.isupper() for ch in w[1:]) for w in surface.replace("-", " ").split())

    @staticmethod
    def _initials_of(long_form: str, after: str) -> bool:
        """The bracketed word after a name is the name's own short form: "deep reinforcement learning (RL)"."""
        short = re.match(r"[\w\-]+", after)
        if not short:
            return False
        initials = iter(w[0].lower() for w in re.split(r"[\s\-]+", long_form) if w)
        return all(ch in initials for ch in short.group(0).lower() if ch.isalpha())

    def _listed_kind(self, c, texts, gap) -> bool:
        """A listed name after "we propose" that says what kind of thing the new one is, not the new thing."""
        text = texts[c.field]
        surface = text[c.start:c.end]
        if NEW_GAP.search(gap):
            return True
        if self._coined(surface):
            return bool(ARTICLE_GAP.search(gap))  # "we present MSR-VTT" introduces it; "a BERT encoder" uses it
        words = surface.split()
        return not (len(words) > 1 and all(w[0].isupper() for w in words) and DEFINED_AFTER.match(text, c.end))

    def _entity(self, root, mentions, texts, sentences, entry_of_group, find, proposal_starts) -> LocalEntity | None:
        entry_idx = next((entry_of_group[c.group] for c in mentions if c.group in entry_of_group), None)
        entry = self.entries[entry_idx] if entry_idx is not None else None
        surfaces = [without_possessive(texts[c.field][c.start : c.end]) for c in mentions]
        abbr = [c for c in mentions if c.source == "abbreviation"]
        long_form = short_forms = None
        lost = bool(abbr) and _long_form_lost(abbr_surfaces := [texts[c.field][c.start : c.end] for c in abbr])
        if lost and len(abbr) == len(mentions):
            return self._drop("long-form-lost", mentions, texts)  # only the short form of a definition whose long form another name took: no name of its own
        if abbr and not lost:
            long_form = max(abbr_surfaces, key=len)
            short_forms = sorted({s for s in abbr_surfaces if s != long_form and not (s.endswith("s") and s[:-1] in abbr_surfaces)})
        if entry is None and long_form is not None:
            entry_idx = self.entry_by_form.get(normalise_surface(long_form))
            entry = self.entries[entry_idx] if entry_idx is not None else None
        first = mentions[0]
        follower = self._follower(texts[first.field], max(mentions, key=lambda c: c.end - c.start))
        evidence = False
        if long_form is not None:
            # Naming cues, the title's lead name and typing rules are strong evidence; "we propose ..." and
            # "our X" are weaker and do not make a lower-case phrase a name ("our OSA multimodal database").
            evidence = (
                any(_coined(sf) for sf in short_forms or [])
                or any(("named", c.start) in proposal_starts for c in mentions if c.field == "abstract")
                or self._title_leads_with(texts.get("title"), long_form)
                or self._typed_by_rule(mentions)
                or (not long_form.islower() and any((c.field, c.start) in proposal_starts for c in mentions))
                or self._proposed_definition(mentions, surfaces, long_form, short_forms, proposal_starts, follower)
            )
        abstract_starts = {c.start for c in mentions if c.field == "abstract"}
        named_as = next((f[6:] for f, s in proposal_starts if s in abstract_starts and f.startswith("named:")), None)
        # Declared: mypyc infers a local's type from its uses and, after the `typ is None` narrowing of recall35's
        # hook below, inferred None and refused to compile this module (session 32's first CI clone).
        typ: str | None
        # "a model called ..." says little: a method in most papers ("Bradley-Terry model"), as in the rules.
        if long_form is not None and named_as and named_as != "model" and entry is None and not any(
                s in GENERIC_ACRONYMS for s in short_forms or []):
            typ = named_as  # "an algorithm called linear pseudo-reward upper confidence bound (LinPRUCB)"
        else:
            typ = self._type(entry, mentions, long_form, short_forms, follower, surfaces, evidence)
        if typ is None and long_form is not None and entry is None:
            # session 9: a lower-case long form the paper keeps naming by its short form (recall_rules.py)
            typ = recall_rules.reused_definition_type(
                long_form, short_forms or [], len({(c.field, c.start) for c, s in zip(mentions, surfaces) if s in (short_forms or [])}))
        if long_form is not None and entry is None and short_forms:
            # session 10: "Clockwork RNN (CW-RNN)", "... learning for image segmentation (CELIS)" (recall_rules.py)
            typ = (recall_rules.head_before_of_type(long_form, typ, _method_like)
                   or (recall_rules.kind_acronym_head_type(long_form) if typ is None else None) or typ)
        if typ is None and long_form is not None and entry is None:
            # session 12: "we propose deep structured energy based models (DSEBMs)" (recall_rules.py)
            typ = recall_rules.generic_head_named_type(long_form, short_forms or [], evidence)
        if typ is None and long_form is not None and entry is None and short_forms:
            # session 14: "we propose a Similarity Learning Module (SLM)": the paper's own sense of a generic acronym
            typ = recall_rules.own_generic_acronym_type(
                long_form, short_forms, any(("verb", c.start) in proposal_starts or ("named", c.start) in proposal_starts
                                            for c in mentions if c.field == "abstract"),
                lambda: type_from_long_form(long_form, follower, True), _method_like)
        if recall_rules.evaluation_task(long_form if entry is None else None, typ):
            typ = "task"  # session 12: "off-policy evaluation (OPE)"
        if typ == "task" and entry is None and long_form is not None and evidence and proposed_under_task_head(
                long_form, [texts["abstract"][: c.end] for c in mentions if c.field == "abstract"
                            and texts["abstract"][c.start : c.end] == long_form], texts.get("abstract", "")):
            typ = "method"  # session 21: "we propose Frame-aware Event Argument Extraction (FEAE)", a framework
        if typ is None and long_form is not None and entry is None:
            # session 19: "the NUS Corpus of Learner English (NUCLE)", "our algorithm, Divide and Conquer QUIC (DC-QUIC)"
            typ = recall_rules.untyped_definition_type(long_form, short_forms or [], [(c.source, c.type) for c in mentions])
        if typ is None and long_form is not None and entry is None and short_forms:
            # session 21: "by introducing In-Context Cross-lingual Transfer (IC-XLT)" (recall_rules.py)
            typ = recall_rules.defined_technique_type(
                long_form, short_forms,
                any(("verb", c.start) in proposal_starts for c in mentions if c.field == "abstract"),
                [texts[c.field][max(0, c.start - 60) : c.start] for c in abbr if texts[c.field][c.start : c.end] == long_form],
                [texts[c.field][c.end : c.end + 60] for c in abbr if texts[c.field][max(0, c.start - 1) : c.start] == "("])
        if typ is None and long_form is not None and entry is None and short_forms:
            typ = recall26.defined_head_type(long_form, short_forms)  # session 25: "a kernel prediction network (KPN)"
        if typ is None and entry is None:
            # session 26: "Tharwa: A Large Scale ... Lexicon": the title says what its lead name is (recall28.py)
            typ = recall28.title_data_type28(None, long_form or max(surfaces, key=lambda s: (len(s), s)), texts)
        if long_form is not None and entry is None and typ in (None, "task"):
            # session 31 (recall34): a defined lower-case name typed from the evidence around it
            typ = recall34.defined_type34(long_form, short_forms, typ, texts.get("abstract", ""),
                                          [(c.start, c.end) for c in abbr if c.field == "abstract"])
        if long_form is not None and entry is None and typ is None:
            # session 32 (recall35): a defined name with a citation right after its short form
            typ = recall35.defined_cited35(long_form, short_forms, typ, texts.get("abstract", ""),
                                           [(c.start, c.end) for c in abbr if c.field == "abstract"])
        if long_form is not None and entry is None and typ is None:
            # session 33 (recall37): "Conformal Data Cleaning (CDC) improves ...": the subject of a technique verb
            typ = recall37.subject_verb37(long_form, short_forms, typ, texts.get("abstract", ""))
        if long_form is not None and entry is None and typ is None:
            # session 39 (recall46): "extend AFA with Scale-Space Rendering (SSR)": a defined name after a technique cue
            typ = recall46.cue_defined46(long_form, short_forms, typ, texts.get("abstract", ""))
        if long_form is not None and entry is None and typ is None:
            # session 43 (recall54): "by applying a state graph neural network (SGNN)": a lower-case defined name
            typ = recall54.lower_defined54(long_form, short_forms, typ, texts.get("abstract", ""))
        if typ is None:
            return self._drop("no-type", mentions, texts)
        main_surface = (entry.name if entry else None) or long_form or max(surfaces, key=lambda s: (len(s), s))
        if recall_rules.satisfiability_task(main_surface, typ):
            typ = "task"  # session 13: "maximum satisfiability (MAXSAT) solver" names the problem
        if long_form is not None and main_surface == long_form and "\\" in long_form:
            # "\textbf{L}earning w\textbf{I}th ...": the markup spells out the acronym; the name is the words.
            main_surface = long_form = " ".join(LATEX_COMMAND.sub("", long_form).split())
        if not long_form and not entry and self._generic(main_surface):
            return self._drop("generic", mentions, texts)
        if typ in SCORED_TYPES and self._non_entity(main_surface, surfaces, follower):
            return self._drop("non-entity", mentions, texts)
        if typ in ("task", "metric") and non_entity_kind(main_surface) in NOT_TASK_KINDS:
            return self._drop("non-entity", mentions, texts)  # session 21: "Generalization Bounds", "Task 2"
        if sum(ch.isalnum() for ch in main_surface) < 2:
            return self._drop("one-letter", mentions, texts)  # "O", "$C$": a letter names nothing
        spans = [(c.field, c.start, c.end) for c in mentions]
        if typ in SCORED_TYPES and junk_reason(main_surface, spans, texts, long_form=long_form, listed=entry is not None):
            return self._drop("junk", mentions, texts)  # software, teams, citation keys, markup, spelt-out fragments (junk.py)
        if (typ in ("method", "model") and entry is not None and long_form is None
                and recall_rules.class_use(spans, [c.source for c in mentions], texts)):
            return self._drop("class-use", mentions, texts)  # session 16: "data augmentation methods", a family
        if entry is None and title_modifier_reason(main_surface, spans, texts, [c.source for c in mentions]):
            return self._drop("title-modifier", mentions, texts)  # "for N-Label Cross-Modal Retrieval": title case, no name
        if entry is None and ((not long_form and modifier_reason(main_surface)) or joined_names_reason(main_surface)
                              or affiliation_reason(spans, texts) or umbrella_series_reason(surfaces)):
            return self._drop("modifier/joined/affiliation/umbrella", mentions, texts)  # "Recent HGR", "AfriMTE and AfriCOMET", a lab in an affiliation line (self_typing.py)
        if entry is None:
            typ = stated_type(retype(typ, main_surface, spans, texts), spans, texts)
            typ = stated_data_or_metric(typ, spans, texts)  # "a new ... dataset, which we call X"
            typ = recall28.title_data_type28(typ, main_surface, texts) or typ  # session 26: "X - ... Image Recognition Dataset"
            if typ in ("method", "model"):
                typ = listed_data_type(spans, texts) or typ  # "datasets Interhuman and Chi3D", "metrics such as X"
            if long_form is None and not any((c.field, c.start) in proposal_starts for c in mentions):
                # session 24: "better performance on ToTTo and HiTab": a result's place (recall_rules.py)
                typ = recall_rules.evaluated_on_type24(typ, [c.source for c in mentions], spans, texts) or typ
            if typ in ("dataset", "benchmark") and glued_data_reason(main_surface):
                return self._drop("glued-data", mentions, texts)  # "ModelNet40 ShapeNet": a list that lost its comma (junk.py)
            if typ in ("method", "model") and project_reason(main_surface, spans, texts):
                return self._drop("project", mentions, texts)  # "the SciBorg project"
        if typ in ("method", "model") and entry is not None and long_form is None:
            # session 19: "the DARE dataset": the paper calls a name the lists type a technique data (recall_rules.py)
            typ = recall_rules.listed_data_noun_type(main_surface, spans, texts) or typ
        if typ in ("dataset", "benchmark"):
            typ = self._dataset_or_benchmark(typ, follower)
        role = self._role(typ, mentions, texts, sentences, proposal_starts)
        family = self._family(typ, entry, surfaces, main_surface)
        out_mentions = []
        for c, surface in zip(mentions, surfaces):
            if c.shadow:
                continue
            sent = self._sentence_of(sentences[c.field], c.start) if c.field == "abstract" else 0
            out_mentions.append(Mention(surface, c.start, c.start + len(surface), sent, c.source, c.field))
        out_mentions.sort(key=lambda m: (m.field != "title", m.start))
        aliases = sorted({s for s in surfaces if s != main_surface and not (s.endswith("s") and s[:-1] in surfaces)
                          and not bare_of_version(s, main_surface) and not bare_head60(s, main_surface)})
        return LocalEntity(
            name=main_surface, type=typ, role=role, aliases=aliases, family=family, mentions=out_mentions,
            entry=entry_idx, long_form=long_form, short_forms=short_forms or [],
            data_use46=data_use46(out_mentions, texts),  # session 40 (types46): read only by the data guard
        )

    def _drop(self, reason: str, mentions, texts) -> None:
        """No entity; with PAPERKG_TRACE_DROPS set, the surfaces and the reason are kept in ``self.dropped``
        (scripts/trace_misses.py reads them: which filter drops true names most often)."""
        if self.trace:
            self.dropped.append((reason, sorted({texts[c.field][c.start : c.end] for c in mentions})))
        return None

    @staticmethod
    def _proposed_definition(mentions, surfaces, long_form, short_forms, proposal_starts, follower=None) -> bool:
        """ "we present semantically equivalent adversaries (SEAs) ... SEAs find ...": a lower-case long form
        that is the proposal verb's own object and whose short form the abstract goes on using is a name.

        "our OSA multimodal database" (no verb) and a definition used once stay as they were.
        """
        if not long_form.islower() or not short_forms:
            return False
        at_verb = any(c.field == "abstract" and ("verb", c.start) in proposal_starts
                      and surfaces[k] == long_form for k, c in enumerate(mentions))
        # session 10: also a made-up short form used only in the definition (recall_rules.proposed_once)
        return at_verb and (sum(s in short_forms for s in surfaces) >= 2 or recall_rules.proposed_once(short_forms, follower))

    @staticmethod
    def _follower(text: str, c: Candidate) -> str | None:
        m = FOLLOWER_WORD.match(text, c.end, c.end + 40)
        return m.group(1).lower() if m else None

    @staticmethod
    def _non_entity(name: str, surfaces: list[str], follower: str | None) -> bool:
        """A sensor, library, platform, organisation, language or work of fiction (non_entities.tsv).

        A work of fiction names data only with a data noun ("the Friends dataset"); a platform never does: "the
        Twitter dataset" of one paper is not another's.
        """
        # each spelling once (session 28): a surface's answer depends on it and the follower alone
        for surface in dict.fromkeys((name, *surfaces)):
            words = surface.split()
            data_noun = len(words) > 1 and words[-1].lower() in DATA_WORDS
            kind = non_entity_kind(" ".join(words[:-1]) if data_noun else surface)
            if kind is None:
                if all(w in LANGUAGE_NAMES for w in words):
                    return True  # "Mandarin Chinese", "Brazilian Portuguese"
                continue
            # "the Twitter dataset" is each paper's own crawl: one node would join them all (issue 10, session 9)
            return not (kind in ("platform", "fiction-source", "platform-dataset") and (data_noun or follower in DATA_WORDS))
        return False

    @staticmethod
    def _generic(surface: str) -> bool:
        words = surface.split()
        if surface in GENERIC_ACRONYMS or (surface.endswith("s") and surface[:-1] in GENERIC_ACRONYMS):
            return True
        if all(w in LANGUAGE_NAMES or w.lower() in ("language", "languages") for w in words):
            return True  # "French", "Indian Languages"
        if surface in VENUES or surface in WORKSHOPS or WORKSHOP_YEAR.sub("", surface) in WORKSHOPS:
            return True  # "STOC", "NeurIPS", "WASSA", "WASSA-2017": a venue, not a method
        return all(w.lower() in GENERIC_WORDS for w in words)

    def _type(self, entry, mentions, long_form, short_forms, follower, surfaces, evidence=False) -> str | None:
        rule_types = [c.type for c in mentions if c.source.startswith("rule:") and c.type]
        sized = [c for c in mentions if c.source in ("rule:model-variant", "rule:model-size")]
        if sized:
            if all(c.source == "rule:model-size" for c in sized):
                # "Sports-1M", "Clothing-1M": a listed dataset's size in examples (in any spelling), not a model
                listed = [self.data_forms[k] for k in map(variant_key, surfaces) if k in self.data_forms]
                if listed:
                    return listed[0].type
            return "model"
        listed = [c.type for c in mentions if c.source == "rule:listed" and c.type in ("benchmark", "dataset")]
        if listed:
            return listed[0]  # "five benchmarks (A, B, Koala)": the context beats a list's general type
        if entry is not None:
            return entry.type
        if long_form is not None:
            if any(s in GENERIC_ACRONYMS for s in short_forms or []):
                return None
            if " " not in long_form and long_form.islower() and any(sum(ch.isupper() for ch in s) >= 3 for s in short_forms or []):
                return None  # "stochastic Boolean satisfiability (SSAT)": letters matched inside one word
            return type_from_long_form(long_form, follower, evidence)
        if rule_types:
            # The most specific evidence: a type word after the name, an appositive, a shape.
            for preferred in ("rule:shared-task", "rule:title-name", "rule:name-year", "rule:data-noun", "rule:followed-by-type", "rule:appositive", "rule:named", "rule:preceded-by-type",
                              "rule:listed", "rule:data-paren-list", "rule:benchmark-shape"):
                for c in mentions:
                    if c.source == preferred and c.type:
                        return c.type
            return rule_types[0]
        if follower in FOLLOWER_TYPE and (FOLLOWER_TYPE[follower] != "model" or any(ch.isdigit() for ch in surfaces[0])):
            return FOLLOWER_TYPE[follower]
        return type_from_head(max(surfaces, key=len))

    @staticmethod
    def _title_leads_with(title: str | None, long_form: str) -> bool:
        """ "Emulated Disalignment: Safety Alignment ... May Backfire!" leads with the paper's own name."""
        if not title or ":" not in title:
            return False
        return normalise_surface(title.split(":", 1)[0]) == normalise_surface(long_form)

    @staticmethod
    def _typed_by_rule(mentions) -> bool:
        """A context rule saw the name as a method ("X, a framework for", "baselines such as X")."""
        return any(c.source in EVIDENCE_RULES and c.type in (None, "method") for c in mentions)

    @staticmethod
    def _dataset_or_benchmark(typ, follower) -> str:
        if follower in ("benchmark", "benchmarks", "leaderboard", "suite"):
            return "benchmark"
        if follower in ("dataset", "datasets", "corpus", "corpora", "collection"):
            return "dataset"
        return typ

    def _role(self, typ, mentions, texts, sentences, proposal_starts) -> str:
        if typ in SCORED_TYPES and any((c.field, c.start) in proposal_starts for c in mentions):
            return "proposes"
        if typ == "benchmark":
            return "evaluates_on"
        if typ not in ("dataset", "method", "model"):
            return "uses"
        # The sentences the entity is named in, each once: a lowered copy per mention was quadratic in an
        # abstract naming one entity in every clause of a long sentence.
        where = {(c.field, self._sentence_of(sentences[c.field], c.start) if sentences[c.field] else -1)
                 for c in mentions}
        cue = 0 if typ == "dataset" else 1
        if any(self._cue(texts, sentences, f, i, cue) for f, i in sorted(where)):
            return "evaluates_on" if typ == "dataset" else "compares_with"
        return "uses"

    def _cue(self, texts, sentences, field, i, cue: int) -> bool:
        """An evaluation cue (``cue`` 0) or a comparison cue (1) in sentence i of a field (-1: the whole field), read
        once per paper; each kind only when asked (session 28: a dataset asks for the first, a technique the second)."""
        if getattr(self, "_cue_texts", None) is not texts:  # a new paper (texts is made per paper)
            self._cue_texts, self._cue_memo = texts, {}
        flag = self._cue_memo.get((field, i, cue))
        if flag is None:
            s, e = sentences[field][i] if i >= 0 else (0, len(texts[field]))
            low = texts[field][s:e].lower()
            flag = self._cue_memo[(field, i, cue)] = any(c in low for c in (COMPARE_CUES if cue else EVAL_CUES))
        return flag

    def _family(self, typ, entry, surfaces, name) -> str | None:
        if typ != "model":
            return None
        if entry is not None and entry.family:
            return entry.family
        for s in [name, *surfaces]:
            m = self.model_regex.match(s)
            if m:
                fam = self.family_of_form.get(m.group(1).lower())
                if fam:
                    return fam
            m = SIZED_MODEL.match(s)
            if m:
                return m.group(1)
        return None
