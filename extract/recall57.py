"""Session 45 (issue 10, recall): a title's capitalised name that the abstract proposes in its own words, behind
``PAPERKG_RECALL57``.

Read from the study pool's misses sorted by kind (169 misses; 32 first written in the title): a name the title
writes in Title Case ("Local Expectation Gradients for ...", "Variational Message Passing with Structured Inference
Networks", "Cross-Scale Cost Aggregation for Stereo Matching") and the abstract repeats in lower case in the sentence
that proposes it ("We introduce local expectation gradients which ...", "we propose structured inference networks
that ...", "a generic cross-scale cost aggregation framework is proposed"). No rule fires: the shape rules need
capitals or an acronym, and the title alone is Title Case throughout.

- ``title``: a run of two to seven capitalised title words (a leading "The"/"A"/"An" left out), or its longest
  suffix of two words or more, that the abstract repeats (any case, whole words) right after a proposing verb
  ("we propose X", "this paper introduces X"; no determiner or adjective between: "we propose a novel X" and "called
  X" were right about half the time at 73k), ending its noun phrase (then a bracket, punctuation, a clause word or a preposition; not
  a head noun: "a novel groupwise registration algorithm" describes and names nothing), becomes a method named as the abstract writes it, with the title and abstract mentions.
  Not when an entity of the paper overlaps the abstract occurrence other than strictly inside it (a method or task
  cut from it: "[Gaussian] belief propagation"; those inner mentions are dropped), nor when the phrase starts with a
  verb-like title word ("Learning ...", "Towards ...", "Improving ..."), ends in a task, metric, data or generic head
  ("... Detection", "... Dataset", "... Framework", "... Model"), is made only of generic words ("Deep Neural
  Networks", "Large Language Models") or is a listed non-entity, a language or a number.

Default OFF (session 45): right for 42 of 59 changes read at 73k (71 %; wrong: generic plurals "variational
approximations", "sentence encoders", notions "dynamic safe interruptibility", "entropic inequality constraints",
task phrases "reference-based speech enhancement", cut long forms "versaTile multi-modAl learning"); study pool
tp/fp/fn 1068/128/169 -> 1071/128/166 with it on.

Hook: ``pipeline._paper_result`` after recall56 (and ``scripts/train_name_tagger.after_tag``). ``PAPERKG_RECALL57``:
"off", a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .recall_rules import parts_off_by_default

RECALL_RULES57 = ("title",)
# Ships off: at 73k (a fresh prefiltered sample, switch on and off) 42 of 59 changes were right (71 %), below the
# 80 % bar; on the study pool it gains 3 names and no spurious one. "PAPERKG_RECALL57=on:title" switches it on.
DEFAULT_OFF57: frozenset[str] = frozenset(("title",))

_TITLE_TOKEN57 = re.compile(r"[^\s]+")
_CAP57 = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
LEAD_DROP57 = frozenset(("The", "A", "An"))
# Title words that open a verb phrase or a preposition phrase, not a name ("Learning Deep Features ...").
NOT_FIRST57 = frozenset("""learning improving exploring using training understanding revisiting rethinking towards
    toward making beyond on in of for with from to via by and or is are do does can how why what when where which
    when through scaling boosting enhancing leveraging bridging unifying generating modeling modelling predicting
    detecting estimating evaluating measuring analyzing analysing mitigating reducing solving optimizing optimising
    efficiently automatically fast faster new novel our this data-efficient first second two three four several
    multiple""".split())
# Last words that make the phrase a task, a metric, data, an evaluation or a generic kind, not a method's name.
BAD_LAST57 = frozenset("""generation recognition classification translation detection answering summarization
    summarisation segmentation driving understanding parsing tagging labeling labelling captioning retrieval extraction
    discovery tracking reconstruction synthesis estimation prediction reasoning analysis analyses matching completion
    localization localisation forecasting recommendation search planning navigation control inference editing
    alignment verification identification resolution transfer adaptation
    accuracy error errors rate rates score scores metric metrics distance divergence loss bound bounds complexity
    dataset datasets corpus corpora benchmark benchmarks data database collection treebank lexicon evaluation
    challenge task tasks problem problems
    framework frameworks approach approaches method methods model models system systems study studies perspective
    perspectives view survey overview tool toolkit library platform architecture architectures paradigm setting
    settings case cases results guarantees theory applications application environment environments
    resource resources guideline guidelines suite scheme schemes measure measures heuristic heuristics game games
    equilibrium equilibria algorithms processing programming augmentation cosegmentation fitting stereo denoising
    obfuscation detector detectors regression odometry hypergraph hypergraphs product law laws cue cues motion
    clustering bias biases attack attacks threat threats uncertainty tools solutions processes templates experiments
    strategies estimators solvers points parity fairness privacy calculi calculus inequality inequalities frames
    ai""".split())
# Words that alone never make a name: a phrase of only these is a generic class ("Deep Neural Networks").
GENERIC57 = frozenset("""deep neural network networks learning machine model models language large small graph graphs
    convolutional recurrent reinforcement efficient robust fast scalable simple novel new generative adversarial
    supervised unsupervised semi-supervised self-supervised multi-task multitask transfer representation
    representations feature features training data image images video text visual vision multimodal multi-modal
    online offline federated distributed stochastic optimal optimization optimisation bayesian probabilistic
    statistical linear nonlinear non-linear sparse dense attention transformer transformers pretrained pre-trained
    foundation contrastive few-shot zero-shot end-to-end general improved better accurate adaptive dynamic
    hierarchical structured unified joint interactive interpretable explainable neural-network policy policies
    value function functions gradient gradients descent method methods algorithm algorithms multi-agent multi-label
    multi-class cross-lingual cross-domain multilingual distillation""".split())
# The proposing verb right before the name, with no determiner or adjective between: "we introduce local
# expectation gradients which", "we propose structured inference networks that". Read at 73k, "we propose a (novel)
# X" and "called X" name a description, a task, a concept or software about as often as a method.
_PROPOSE_BEFORE57 = re.compile(r"\b(?:propose|proposes|introduce|introduces|present|presents|develop|develops)\s+$",
                               re.I)
# What may follow the name: a bracketed acronym, a clause, a preposition or the end. Not a head noun: "a novel
# groupwise registration algorithm" describes the method and names none.
_AFTER57 = re.compile(r"^(?:\s*[(,.;:]|\s+(?:which|that|to|for|with|in|on|is|are|by|via|using)\b|$)")
# A bracket after the name that is a described thing's own name or is followed by a head noun: "a self-ensembling
# network (SemiGNN-PPI)" when SemiGNN-PPI is found, "a deep layer cascade (LC) method".
_BRACKET_HEAD57 = re.compile(r"^\s*\(([^()]{1,30})\)\s*-?\s*(?:method|algorithm|approach|framework|model)\b")
# A name the text calls a problem, task, concept or class ("the adversary task, called X", "a subclass of these games,
# named X", "X, which is a dense prediction task").
_NOT_METHOD57 = re.compile(r"\b(?:task|tasks|problem|problems|concept|game|games|setting|phenomenon|trap|bias|effect|"
                           r"property|condition|class|subclass|threat)\b", re.I)


def _off57() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RECALL57", RECALL_RULES57, DEFAULT_OFF57)


def _title_runs57(title: str) -> list[list[tuple[str, int, int]]]:
    """Runs of capitalised title words, each word as (text, start, end) without its trailing punctuation."""
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    for m in _TITLE_TOKEN57.finditer(title):
        raw = m.group()
        word = raw.rstrip(":,;.?!")
        ends = word != raw
        if _CAP57.match(word) and not (raw[0] in "([{\"'"):
            cur.append((word, m.start(), m.start() + len(word)))
            if ends:
                runs.append(cur)
                cur = []
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out: list[list[tuple[str, int, int]]] = []
    for run in runs:
        while run and run[0][0] in LEAD_DROP57:
            run = run[1:]
        if len(run) >= 2:
            out.append(run)
    return out


def _phrase_ok57(words: list[str]) -> bool:
    from .lexicon import LANGUAGE_NAMES, non_entity_kind
    from .precision51 import task_area51

    low = [w.lower() for w in words]
    if low[0] in NOT_FIRST57 or low[-1] in BAD_LAST57 or low[-1].rsplit("-", 1)[-1] in BAD_LAST57:
        return False  # "... Detection", "Video Co-Summarization"
    if re.fullmatch(r"[a-z]+(?:izing|ising)", low[0]):
        return False  # a verb phrase: "Regularizing Neural Networks by ..."
    if all(w in GENERIC57 for w in low):
        return False
    if any(w in LANGUAGE_NAMES for w in words) or any(re.fullmatch(r"[\d.,]+", w) for w in words):
        return False
    if not all(w.isascii() for w in words):
        return False
    if len(low) == 2 and low[0].endswith("-based"):
        return False  # "Correlation-Based Algorithm"
    phrase = " ".join(words)
    if non_entity_kind(phrase) or task_area51(phrase) or phrase.lower() in _task_forms57():
        return False
    return True


@lru_cache(maxsize=1)
def _task_forms57() -> frozenset[str]:
    """The listed task names, lower case ("visual odometry", "salient object detection")."""
    from .gazetteer import load_entries

    return frozenset(f.lower() for e in load_entries() if e.type == "task" for f in e.forms)


def _proposed57(text: str, s: int, t: int) -> bool:
    """The name comes right after a proposing verb (and a determiner or adjective) and ends its noun phrase."""
    before = _PROPOSE_BEFORE57.search(text[max(0, s - 80):s])
    if not before or not _AFTER57.match(text[t:t + 40]):
        return False
    if _NOT_METHOD57.search(text[max(0, s - 60):s]) or _NOT_METHOD57.search(text[t:t + 50]):
        return False
    if _BRACKET_HEAD57.match(text[t:t + 60]):
        return False
    if re.match(r",?\s*(?:named|called|dubbed|termed)\b", text[t:t + 20]):
        return False  # "a new recurrent residual networks, named MICRON": a description of the name that follows
    return True


def _find57(abstract: str, phrase: str) -> re.Match | None:
    pat = r"(?<![\w\-])" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?![\w\-])"
    for m in re.finditer(pat, abstract, re.I):
        if _proposed57(abstract, m.start(), m.end()):
            return m
    return None


def add_title_names57(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with a title name the abstract proposes in its own words added as a method."""
    off = _off57()
    if "title" in off or not title or not abstract:
        return entities
    runs = _title_runs57(title)
    if not runs:
        return entities
    from .records import Mention
    from .resolve import LocalEntity  # late: resolve imports much

    names = {e.name.lower() for e in entities}
    for run in runs:
        for i in range(0, len(run) - 1):  # the whole run first, then shorter suffixes
            sub = run[i:]
            if len(sub) > 7:
                continue
            words = [w for w, _, _ in sub]
            if not _phrase_ok57(words):
                continue
            phrase = " ".join(words)
            m = _find57(abstract, phrase)
            if m is None:
                continue
            s, t = m.start(), m.end()
            name = re.sub(r"\s+", " ", m.group())
            if all(w[0].isupper() or w[0].isdigit() for w in name.split()):
                break  # capitalised in the abstract too: the shape rules' name, kept or dropped there (software)
            if name.lower() in names:
                break
            inside = re.match(r"\s*\(([^()]{1,30})\)", abstract[t:t + 40])
            if inside and inside.group(1).strip().lower() in names:
                break  # the bracket holds a name already found: the phrase describes it
            overlapping = [(e, x) for e in entities for x in e.mentions
                           if x.field == "abstract" and x.start < t and x.end > s]
            if any(not (x.start >= s and x.end <= t and (x.start, x.end) != (s, t)) or e.type not in ("method", "task")
                   for e, x in overlapping):
                break
            inner = {id(x) for _, x in overlapping}
            if inner:
                entities = [replace(e, mentions=[x for x in e.mentions if id(x) not in inner]) if any(
                    id(x) in inner for x in e.mentions) else e for e in entities]
                entities = [e for e in entities if e.mentions]
            sent = abstract.count(". ", 0, s)
            ts, te = sub[0][1], sub[-1][2]
            mentions = [Mention(title[ts:te], ts, te, 0, "rule:recall57-title", "title"),
                        Mention(abstract[s:t], s, t, sent, "rule:recall57-title")]
            entities = entities + [LocalEntity(name, "method", "proposes", [], None, mentions)]
            names.add(name.lower())
            break
    return entities
