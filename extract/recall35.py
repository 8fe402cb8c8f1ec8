"""Session 32 (issue 10): a lower-case technique name right before a citation, behind ``PAPERKG_RECALL35``.

Read from the "no candidate" misses of the study pool (held-out 1, 2, 11-17, dev3-dev10; docs/history/recall35.md):
"the recent development of score matching (Hyvarinen, 2005)", "extends the well-acclaimed deformable part-based
model[Felz.]". A lower-case phrase is found by no rule (no capital, no short form, no list entry); the citation right
after it says the paper names a published thing.

- ``cited-technique``: 2-4 lower-case words ending in a technique head ("matching", "regression", "estimator",
  "algorithm", "lasso", "descent", "networks", ... and "model" with two words of its own) right before a citation --
  "(Author, 2005)", "(Author et al., 2019; ...)", "(Author & Author 2021)", "[12]", "[3, 4]", "[Felz.]" -- is a method.
  The phrase's left edge is the first article, preposition, verb, adverb or evaluative adjective ("recently proposed",
  "well-known", "state-of-the-art", "our"). Not when a capitalised word or a digit-bearing word stands right before the
  phrase ("the Transformer translation model (Vaswani et al., 2017)": the tail of a listed name), when the phrase
  has no word of its own besides class words ("a pre-trained language model (Radford et al., 2018)",
  "the original algorithm"), or in a title.

The function returns rule matches (start, end, type, rule) as the context rules do; the hook is
``rules.ContextRules`` (after recall33's). ``PAPERKG_RECALL35``: "off" or a comma list of parts to switch off.
- ``cited-definition``: a defined name the resolver left untyped whose short form's bracket is followed right away by
  a citation -- "The Momentum Schrödinger Bridge (mSB) (Chen et al., 2023c) has emerged as", "Maximum Variance
  Unfolding (MVU) (Weinberger et al., 2004)", "the reweighted wake-sleep (RWS) [5] algorithm" -- is a method: a
  cited, named thing with no data, task or theory head. Not for a generic short form ("CNN", "AI", "LLMs"), a long
  form of class words only ("artificial neural network"), or a long form ending in a data, task, theory, hypothesis,
  metric or institution word ("the Arcade Learning Environment (ALE) (Bellemare et al., 2013)", "Lottery Ticket
  Hypothesis", "Rhetorical Structure Theory"). Hook: ``resolve.PaperResolver._entity`` after recall34's, before the
  "no-type" drop.
"""

from __future__ import annotations

import re

from functools import lru_cache

from .lexicon import GENERIC_WORDS

RECALL_RULES35 = ("cited-technique", "cited-definition")
# Off unless named after "on:" in PAPERKG_RECALL35 ("on:cited-technique,cited-definition"): their corpus readings
# before most guards were under 80 % right (cited-technique 36 of 50 new keys over every abstract of the 73k it fires
# in; cited-definition about 21 of 34), and no unread sample was left to check the guarded versions (85-86 % on the
# same abstracts; docs/history/recall35.md).
DEFAULT_OFF35 = frozenset(("cited-technique", "cited-definition"))


def _off35() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL35", RECALL_RULES35, DEFAULT_OFF35)


# A citation right after a phrase: "(Hyvarinen, 2005)", "(Shain & Schuler, 2021)", "(Blei and Lafferty, 2005)",
# "(Kamath et al., 2019; Karwa and Vadhan, 2018)", "(Valiant,1984)", "[12]", "[3, 4]", "[7-9]", "[Felz.]",
# "[Menze2015]".
_AUTHOR35 = r"[A-Z][\w'\-]+(?:\s+(?:et\s+al\.?|(?:and|&)\s+[A-Z][\w'\-]+))?"
CITATION35 = re.compile(
    r"\s?(?:\(" + _AUTHOR35 + r",?\s*(?:19|20)\d\d[a-z]?(?:\s*[;,][^)]{0,120})?\)"
    r"|\[(?:\d{1,3}(?:\s*[,\-–]\s*\d{1,3})*|[A-Z][A-Za-z]+\.?(?:\s*(?:et\s+al\.?)?\s*\d{0,4}[a-z]?)?)\])")

# Heads that make a cited lower-case phrase a technique. Not "learning", "analysis", "inference", "search",
# "optimization" (fields and tasks: "multi-task learning (Caruana, 1997)", "social network analysis"), nor
# "approach", "framework", "method" (said of anything), nor "scheme" ("the parameter sharing scheme [33]",
# "the signal identification and anchoring scheme": 0 of 3 right in the corpus reading).
TECHNIQUE_HEADS35 = frozenset("""matching regression estimator estimators sampler sampling descent lasso algorithm
    network networks machine machines filter filtering propagation boosting decomposition factorization
    factorisation smoothing regularization regularisation transform distillation dropout forest forests autoencoder
    autoencoders auto-encoder auto-encoders technique procedure iteration model models""".split())
MODEL_HEADS35 = frozenset(("model", "models"))
# Words that end the phrase on its left (they are not part of a name): function words, verbs and evaluative or
# temporal adjectives. Also any word ending in "ly" ("recently", "linguistically").
_LEFT_STOP35 = frozenset("""a an the of for and or nor with to in on by from into via as at than such like that this
    these those which who whose its their our his her it we they is are was were be been being has have had
    use uses used using apply applies applied applying extend extends extended extending adopt adopts adopted
    employ employs employed combine combines combined combining build builds built based upon over under
    follow follows following call called termed named known so-called well-known well-acclaimed acclaimed
    proposed developed introduced presented described suggested motivated inspired popular popularized recent
    previous prior existing original standard classical classic conventional traditional seminal celebrated
    famous influential powerful strong simple novel new our improved modified widely commonly state-of-the-art
    high-performing efficient effective successful another other similar same several many various both each
    variant variants version versions extension extensions generalization generalisation also e.g. i.e. see
    including include includes solve solves solving train trains trained training""".split())
# Own words that make the phrase a description: a task or activity ("a supervised parsing model", "the evaluation
# scheme", "grammar induction models"), a kind of algorithm ("a combinatorial algorithm", "a post-processing
# algorithm"), or networks that are data, not techniques ("social networks").
_DESCRIBING35 = frozenset("""parsing processing post-processing preprocessing pre-processing generation induction
    prediction evaluation retrieval recognition classification detection segmentation translation tagging labeling
    labelling filtering summarization answering extraction alignment tracking reasoning forecasting completion
    linking search planning control
    combinatorial greedy iterative exact approximate heuristic online offline parallel distributed efficient fast
    scalable supervised unsupervised semi-supervised self-supervised structured
    social complex biological road communication wireless sensor computer gene power citation""".split())
_WORD35 = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# Adverbs that are part of a name ("the doubly robust estimator"); any other "-ly" word ends the phrase.
_NAME_ADVERBS35 = frozenset("doubly fully partially locally globally".split())
# Modifiers that make a phrase a class, besides lexicon.GENERIC_WORDS, recall_rules.CLASS_WORDS and
# recall26.CLASS_MODIFIERS ("latent tree graphical models", "an attention based bi-directional recurrent neural
# network").
_CLASS_EXTRA35 = frozenset("bidirectional bi-directional attention-based log-linear".split())


@lru_cache(maxsize=1)
def _class35() -> frozenset[str]:
    from . import recall26, recall_rules  # here: recall_rules imports rules, which imports this module

    return GENERIC_WORDS | recall_rules.CLASS_WORDS | recall26.CLASS_MODIFIERS | _CLASS_EXTRA35


def _own(word: str) -> bool:
    """A word of the phrase's own: not a class word, whole or in every hyphen part ("pre-trained", "deep")."""
    words = _class35()
    return not (word in words or all(p in words for p in word.split("-") if p))


# Kind nouns after a name: "the advantage actor-critic algorithm (Mnih et al., 2016)" names "advantage actor-critic".
_KIND_HEADS35 = frozenset("algorithm technique procedure model models".split())


def cited_spans35(text: str, known: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """``cited-technique`` matches of an abstract: (start, end, "method", "rule:cited-technique"). ``known``: spans
    other rules and the lists found; a phrase that is a known name and a kind noun is left to that name."""
    out: list[tuple[int, int, str, str]] = []
    for cite in CITATION35.finditer(text):
        end = cite.start()
        if end == 0 or not text[end - 1].isalpha():
            continue
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[max(0, end - 200) : end])]
        offset = max(0, end - 200)
        words = [(s + offset, e + offset) for s, e in words]
        if not words or words[-1][1] != end:
            continue
        head = text[words[-1][0] : words[-1][1]]
        if head not in TECHNIQUE_HEADS35:
            continue
        taken = [words[-1]]
        blocked = False
        for s, e in reversed(words[:-1]):
            w = text[s:e]
            if _WORD35.match(w) and w not in _LEFT_STOP35 and (not w.endswith("ly") or w in _NAME_ADVERBS35) \
                    and not w.startswith("state-of-"):
                pass
            else:
                # A capitalised or digit-bearing word right before is the head of another name ("the IBM-1 model
                # (Brown et al., 1993)", "the Transformer translation model"); punctuation or a sentence's first
                # word is an edge.
                blocked = not (_WORD35.match(w) or w.endswith("ly") or w[-1] in ",.;:)\"'" or _sentence_start(text, s))
                break
            if len(taken) == 4:
                blocked = True  # longer than four words: a description, not a name
                break
            taken.insert(0, (s, e))
        if blocked or len(taken) < 2:
            continue
        if len(taken) > 2 and text[taken[0][0] : taken[0][1]].endswith("ing"):
            taken = taken[1:]  # a verb: "the framework of learning energy-based inference networks (Tu and Gimpel)"
        phrase = [text[s:e] for s, e in taken]
        if any(w in _DESCRIBING35 for w in phrase[:-1]):
            continue
        own = [w for w in phrase[:-1] if _own(w)]
        if any(not _own(w) for w in phrase[:-1]) and head in MODEL_HEADS35 or not own or (
                head in MODEL_HEADS35 and len(own) < 2):
            continue  # "a pre-trained language model", "a unigram language model", "syntax-based model": a class
        if head in _KIND_HEADS35 and any(taken[0][0] <= s and e == taken[-2][1] for s, e in known):
            continue
        out.append((taken[0][0], end, "method", "rule:cited-technique"))
    return out


def _sentence_start(text: str, pos: int) -> bool:
    """The word at ``pos`` opens a sentence (its capital says nothing)."""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:"


# Last words of a defined long form that make it something other than a technique.
_NOT_TECHNIQUE_HEADS35 = frozenset("""hypothesis hypotheses theory theories principle principles law laws conjecture
    effect effects paradox problem problems task tasks challenge challenges competition competitions contest
    shared environment environments benchmark benchmarks dataset datasets data corpus corpora treebank treebanks
    bank database databases dictionary dictionaries lexicon lexicons commentary collection archive repository
    ontology ontologies wordnet project consortium initiative program programme act regulation standard format
    language languages english intelligence metric metrics score scores measure measures index rate ratio error
    margin distance divergence accuracy criterion space spaces property condition conditions inequality
    inequalities recognition detection classification segmentation parsing translation generation summarization
    extraction retrieval tagging labeling labelling identification resolution answering understanding analysis
    prediction forecasting reasoning tracking localization localisation captioning diagnosis""".split())


def defined_cited35(long_form: str | None, short_forms: list[str] | None, typ: str | None, text: str,
                    spans: list[tuple[int, int]]) -> str | None:
    """``cited-definition``: "method" for a defined, unlisted name the resolver left untyped (``typ`` None) whose
    short form's bracket is followed by a citation; ``spans``: the abstract offsets of the definition's mentions.
    Returns ``typ`` unchanged when the part does not apply."""
    if typ is not None or long_form is None or not short_forms or "cited-definition" in _off35():
        return typ
    if not any(text[e : e + 1] == ")" and CITATION35.match(text, e + 1) for _, e in spans):
        return typ
    from . import recall26
    from .lexicon import GENERIC_ACRONYMS

    if any(s in GENERIC_ACRONYMS or s.rstrip("s") in GENERIC_ACRONYMS for s in short_forms):
        return typ  # "convolutional neural network (CNN)[23]", "Large Language Models (LLMs) (Leong et al., 2023)"
    words = [w.lower() for w in re.findall(r"[\w\-']+", long_form)]
    if len(words) < 2 or words[-1] in _NOT_TECHNIQUE_HEADS35:
        return typ
    if all(recall26._generic(w) or w in recall26.INITIAL_STOP for w in words[:-1]):
        return typ  # "artificial neural network (ANN) (Basheer, 2000)": a class
    return "method"


def rule_spans35(text: str, doc, is_title: bool,
                 found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Session 32's rule spans of an abstract (hook: rules.ContextRules, after recall33's)."""
    if is_title or "cited-technique" in _off35():
        return []
    if "(" not in text and "[" not in text:
        return []
    listed = [(sp.start_char, sp.end_char) for sp in doc.spans["gazetteer"]] if "gazetteer" in doc.spans else []
    return cited_spans35(text, listed + [(f[0], f[1]) for f in found])
