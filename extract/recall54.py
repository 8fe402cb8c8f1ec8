"""Session 43 (issue 10, recall): a lower-case long form with its acronym, behind ``PAPERKG_RECALL54``.

Read from the study pool's misses written "lower-case long form (SF)" that no rule types (docs/history/recall53.md's
tally: 13 misses; the resolver drops them "no-type"): "we model the task representations by applying a state graph
neural network (SGNN)", "We adopt knowledge-based neural ordinary differential equations (KNODE)", "we introduce
variational Schr\\"odinger momentum diffusion (VSMD)". recall46 types the capitalised ones after a technique cue and
ships off (68 % right on the 73k); this is a narrower lower-case version.

- ``lower-defined``: a defined, unlisted, untyped long form of two to six words, its first and last words lower
  case and at most one capitalised word ("Schr\\"odinger"), whose short form is spelt by its words' initials (or
  their hyphen parts'; an all-capitals word counts its letters, a digit repeats the letter before it: "E2MC"), is a
  method when the short form recurs later in the abstract AND either its last word is a technique noun (TECH_HEADS54:
  "learning", "optimization", "coding", "sampling", "diffusion", ...; "model(s)", "network(s)", "machine(s)" only
  with two words of its own: "social networks (SNs)", "self-attention networks (SANs)" are classes) or a
  proposal/use cue stands right before the long form ("we propose", "we adopt", "by applying", "using", "called").
  Never for a generic short form (lexicon.GENERIC_ACRONYMS), a class phrase (every word but the head a class word,
  CLASS54 or recall26.CLASS_MODIFIERS: "convolutional neural networks (CNNs)", "large language models (LLMs)", "undirected
  graphical models (UGMs)", the guideline's no-list), a long form ending in a task, data, metric, property, problem
  or system word (recall35's and recall37's lists, TASK_HEADS, NOT_HEADS54: "monocular depth estimation (MDE)",
  "knowledge noise (KN)", "kernel Stein discrepancies (KSD)"; mathematical objects and quantities: "conjunctive
  normal form (CNF)", "convection-diffusion equation (CDE)", "auxiliary variables (AVs)", "functional connectivity
  (FC)"), a statement ("the law of the iterated logarithm (LIL)"), a role ("a classification network (CNet)"), one
  right after a problem or measure cue ("to solve multi-robot motion planning (MRMP)", "a method for ...", "a new
  measure of association called ..."), nor one followed by a data, measure or problem word or a head that continues
  the name ("(SF) data", "(SF) issue", "the elliptical gamma (EG) distribution", "the path integral (PI) control
  approach", "the cross-spectral mixture (CSM) kernel", "spatio-temporal memory (STM) networks": the name is longer).

Hook: ``resolve.PaperResolver._entity`` right after recall46's, before the "no-type" drop. ``PAPERKG_RECALL54``:
"off", a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re

RECALL_RULES54 = ("lower-defined",)
DEFAULT_OFF54: frozenset[str] = frozenset()

MINOR54 = frozenset("of for and in on with to by the a an via from through over as at".split())
# Last words that name a technique: "multi-view contrastive coding", "proximal policy optimization".
TECH_HEADS54 = frozenset("""learning optimization optimisation network networks net nets coding regression attention
    sampling sampler search descent algorithm algorithms diffusion propagation inference estimator decoding
    encoding embedding embeddings training tuning fine-tuning finetuning distillation pruning quantization augmentation
    clustering factorization factorisation decomposition transform transformation filtering boosting normalization
    normalisation regularization regularisation pooling convolution autoencoder autoencoders auto-encoder prompting
    planning descent programming relaxation minimization minimisation maximization maximisation annealing
    aggregation hashing mechanism machine machines model models""".split())
MODEL_HEADS54 = frozenset(("model", "models", "machine", "machines", "mechanism", "network", "networks", "net", "nets"))
# Heads that say task, data, metric or thing rather than technique, besides recall35's/recall37's lists.
NOT_HEADS54 = frozenset("""loss losses objective function functions value values rate rates curve norm gap bias
    cost reward rewards signal signals feature features vector vectors matrix matrices distribution distributions
    set sets unit units component components module modules layer layers framework frameworks approach approaches
    method methods technique techniques strategy strategies scheme schemes paradigm setting settings scenario
    scenarios control estimation comprehension completion synthesis editing forecasting bandit bandits prior priors
    process processes game games rank precision recall perplexity likelihood gain gains noise discrepancy discrepancies
    equation equations form forms equilibrium equilibria oracle oracles posterior posteriors dependence dependency
    dependencies interdependency interdependence independence invariance symmetry anisotropy isotropy curvature
    entropy energy density densities manifold manifolds variable variables connectivity association""".split())
# Words that make the whole long form a statement, not a technique: "the law of the iterated logarithm (LIL)".
STATEMENT_WORDS54 = frozenset("law laws theorem lemma principle hypothesis conjecture paradox".split())
# Right before the long form: it names the problem or the measured thing ("to solve multi-robot motion planning
# (MRMP)", "a method for ...", "a new measure of association called ...").
_TASK_BEFORE54 = re.compile(r"(?:\b(?:solve|solves|solving|tackle|tackles|tackling|address|addresses|addressing|for)"
                            r"(?:\s+(?:the|a|an))?\s+$|\b(?:measure|measures|metric|metrics|score|distance|index|"
                            r"statistic)\b[^.;]{0,40}$)")
# Class words the guideline does not annotate alone: "deep reinforcement learning (DRL)", "graph neural networks (GNNs)".
CLASS54 = frozenset("""deep neural network networks net nets machine learning model models language large small
    convolutional recurrent graph reinforcement supervised unsupervised self-supervised semi-supervised federated
    generative discriminative pre-trained pretrained transformer transformers vision visual multimodal multi-modal
    artificial intelligence statistical probabilistic bayesian linear nonlinear non-linear based attention feed-forward
    feedforward fully connected multi-layer multilayer perceptron online offline active transfer meta multi-task
    multitask contrastive representation few-shot zero-shot continual incremental distributed space state-space""".split())
_CUE54 = re.compile(
    r"(?:\b(?:using|via|employing|applying|adopting|leveraging|utilizing|utilising|called|named|termed|dubbed|"
    r"(?:based|relies|relying|built)\s+on|(?:[Ww]e|[Tt]his\s+paper|[Tt]his\s+work)\s+(?:\w+\s+){0,2}?"
    r"(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|designs|devise|use|employ|"
    r"apply|adopt|adopts|leverage|utilize|utilise)|"
    r"(?:combined|coupled|extended|augmented|equipped|trained|integrated)\s+with|"
    r"(?:variant|version|extension)\s+of)"
    r"(?:\s+(?:the|a|an|novel|new))*\s*[,:]?\s+)$")
_AFTER54 = re.compile(r"\s*(?:data|dataset|datasets|corpus|analysis|score|scores|metric|metrics|task|tasks|"
                      r"problem|problems|issue|issues|phenomenon|benchmark|benchmarks|patients|users|distribution|distributions|"
                      r"kernel|kernels|control|coefficient|coefficients|measure|measures|function|functions|network|networks)\b")


def _off54() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL54", RECALL_RULES54, DEFAULT_OFF54)


def _caps54(short_form: str) -> str:
    out = []
    for ch in short_form:
        if ch.isupper():
            out.append(ch)
        elif ch.isdigit() and out and ch in "23":
            out.extend(out[-1] * (int(ch) - 1))
    return "".join(out).lower()


def spelt54(long_form: str, short_form: str) -> bool:
    """The short form's capitals are the initials of the long form's words (or hyphen parts; an all-capitals word
    gives all its letters): SGNN, KNODE, SpAM, E2MC, TCL-NAT."""
    sf = short_form[:-1] if short_form.endswith("s") and len(short_form) > 2 and short_form[-2].isupper() else short_form
    caps = _caps54(sf)
    if len(caps) < 2:
        return False
    words = [w for w in re.split(r"\s+", long_form) if w and w.lower() not in MINOR54]

    def initials(split_hyphen: bool) -> str:
        out = ""
        for w in words:
            for p in (w.split("-") if split_hyphen else [w]):
                p = re.sub(r"[^\w]", "", p)
                if not p:
                    continue
                out += p.lower() if p.isupper() and len(p) > 1 else p[0].lower()
        return out

    return caps in (initials(False), initials(True))


def lower_defined54(long_form: str | None, short_forms: list[str] | None, typ: str | None, text: str) -> str | None:
    """``lower-defined``: "method" for an untyped lower-case "LF (SF)" whose SF recurs and whose head is a technique
    noun or which follows a proposal/use cue; ``typ`` unchanged otherwise."""
    if typ is not None or long_form is None or not short_forms or "lower-defined" in _off54():
        return typ
    words = long_form.split()
    if (not 2 <= len(words) <= 6 or not words[0][:1].islower() or not words[-1][:1].islower()
            or words[0] in MINOR54):
        return typ
    if sum(1 for w in words if any(c.isupper() for c in w)) > 1:
        return typ
    from . import recall35, recall37
    from .lexicon import GENERIC_ACRONYMS, TASK_HEADS

    if any(s in GENERIC_ACRONYMS or s.rstrip("s") in GENERIC_ACRONYMS for s in short_forms):
        return typ
    if not any(spelt54(long_form, s) for s in short_forms):
        return typ
    low = [w.lower() for w in words]
    head = low[-1]
    if (head in recall35._NOT_TECHNIQUE_HEADS35 or head in recall37._NOT_HEADS37 or head in NOT_HEADS54
            or head in TASK_HEADS or head.rstrip("s") in TASK_HEADS):
        return typ
    from .recall26 import CLASS_MODIFIERS

    if any(w in STATEMENT_WORDS54 for w in low):
        return typ
    own = [w for w in low[:-1] if w not in MINOR54 and w not in CLASS54 and w not in CLASS_MODIFIERS
           and not all(p in CLASS54 for p in w.split("-") if p)]
    if not own:
        return typ  # "convolutional neural networks (CNNs)", "deep reinforcement learning (DRL)": a class
    if len(own) == 1 and (own[0] in TASK_HEADS or own[0].endswith(("tion", "sion"))) and head in MODEL_HEADS54:
        return typ  # "a classification network (CNet)": a role, not a name
    technique_head = head in TECH_HEADS54 and (head not in MODEL_HEADS54 or len(own) >= 2)
    for sf in short_forms:
        defs = list(re.finditer(r"(?<![\w\-])" + re.escape(long_form) + r"\s*\(\s*" + re.escape(sf) + r"\s*\)", text))
        if not defs:
            continue
        later = re.compile(r"(?<![\w\-])" + re.escape(sf) + r"(?![\w])")
        for m in defs:
            if _AFTER54.match(text, m.end()) or _TASK_BEFORE54.search(text, max(0, m.start() - 60), m.start()):
                continue
            if not later.search(text, m.end()):
                continue  # the short form must recur after the definition
            if technique_head or _CUE54.search(text, max(0, m.start() - 60), m.start()):
                return "method"
    return typ
