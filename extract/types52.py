"""Session 44 (issue 10, node precision): evaluation environments / frameworks and named new data, typed method.

Switched with ``PAPERKG_TYPES52`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``retype_evaluation52`` in pipeline.py right after types51's ``retype_methods51``
(and in scripts/train_name_tagger.py's ``after_tag``), per paper, before the corpus type vote.

The "typed wrong" rows of the judged 73k draws (``node-precision-session3{6..9}, -4{0..3}[-merge].tsv``) still
typed method in the start graph hold two groups whose paper states the kind in so many words, in places
precision38 (appositive data / metric / software heads, "the dataset X"), types44 / types47 (metrics, games, "X,
which is the largest ... dataset") and types51 (benchmark -> method) do not read:

- ``eval-defined``: an evaluation environment or evaluation framework, a benchmark by the guideline ("evaluation
  environment or evaluation framework used to score systems"): "DoomArena, a security evaluation framework for AI
  agents", "we propose HIVE, a novel human evaluation framework", "a new learning environment, the Retro Learning
  Environment", "AgentQuest: A Modular Benchmark Framework to", "X is an interactive game environment for ...". The
  head is "evaluation / benchmark(ing) / testing framework (suite, platform, toolkit, protocol, harness,
  environment)", "benchmark suite", "testbed", "sandbox", or "environment" after a learning / game / simulation / RL
  / embodied / interactive / text-based / 3D word; up to six modifiers between the article and the head, none a
  clause word or technique noun. In apposition or as a copula after the name, or before it with an optional naming
  verb. A bare "environment" is no cue ("mwetoolkit, an environment for MWE identification" is software), nor
  "simulator" (a simulator is software more often than an evaluation environment in the judged rows), nor
  "assessment framework" (at 73k it names the paper's technique for an assessment task: "a neural quality
  assessment framework for Wikipedia", "a zero-shot ... argument sufficiency assessment framework"). -> benchmark.
- ``env-after``: the name right before "environment(s)", with an optional game / simulation / learning word: "on
  the synthetic VIZDoom environment", "a dataset of questions and answers in House3D environments". Not after "our /
  new / proposed", nor after "implemented in / modeled within" (a software environment: "implemented in FreeLing
  environment", "agents, modeled within the OntoAgent environment"), nor for a lower-case name ("standard dynamic
  range" of "HDR and SDR environments") or a transfer setting ("Sim2Sim environments"). -> benchmark.
- ``data-defined``: a new data resource the paper introduces under a name, the kind noun before it: "we also
  propose a new dataset X as an instance of", "A realistic indoor robotic dataset with a dense point cloud map for
  the entire room, X, is introduced", "we collect a large-scale corpus, named X, of". precision38's
  ``kind-before`` needs the name to end its phrase right after it ("a new dataset X as" is no cue there) and
  ``named-data`` a naming verb. Here the kind noun's phrase starts at a proposal verb and the name follows the noun
  (an optional comma and naming verb), or the sentence opens with "A ... dataset with / of ..." and the name in
  commas is followed by "is introduced / was collected". -> dataset ("benchmark" for a benchmark noun).

All refuse a name the paper writes as its technique elsewhere (types44's ``_technique_written44``: "our X", "X
model"), a name headed by a technique noun (precision38's ``TECHNIQUE_END38``: "the benchmark Stochastic Block
Model"), a model-typed name (a named model is a released system, never data in these rows), and a name the paper
never writes (a list's long form: "SVD" of "a large-scale short video dataset, called SVD" keyed "singular value
decomposition"). The list entry stays (no ``detach``): the entry's key is the node the name's other papers join, so
the paper votes its type there instead of splitting the resource into two nodes of two types.
"""

from __future__ import annotations

import re

from .precision38 import TECHNIQUE_END38
from .recall_rules import parts_off_by_default
from .types44 import _technique_written44

TYPES_RULES52 = ("eval-defined", "env-after", "data-defined")
DEFAULT_OFF52: frozenset[str] = frozenset()


def _types_off52() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES52", TYPES_RULES52, DEFAULT_OFF52)


# -- the heads -----------------------------------------------------------------------------------------------------
_EVAL_WORD52 = r"(?:evaluation|benchmark|benchmarking|testing)"
_ENV_WORD52 = (r"(?:learning|game|gaming|simulation|simulated|reinforcement[- ]learning|RL|multi-agent|embodied"
               r"|interactive|text-based|3D|3-D|grid-?world|household|evaluation|benchmark(?:ing)?|test(?:ing)?"
               r"|training|research)")
EVAL_HEAD52 = (rf"(?P<head>{_EVAL_WORD52}\s+(?:frameworks?|suites?|platforms?|toolkits?|protocols?|harness(?:es)?"
               rf"|environments?|arenas?)|{_ENV_WORD52}\s+environments?|benchmark\s+suites?|test-?beds?|test\s+beds?"
               r"|sandbox(?:es)?)")
DATA_HEAD52 = r"(?P<head>(?P<data>dataset|data\s+set|corpus|treebank)|(?P<bench>benchmark))"

# Words a modifier run may not hold: clause words, prepositions, articles, verbs, technique nouns.
_NOT_MOD52 = (r"(?:of|for|on|in|to|with|from|by|at|over|that|which|who|whose|where|when|than|as|using|via|into|is|are"
              r"|was|were|be|been|does|do|can|will|has|have|a|an|the|this|these|we|our|it|its|and|or|not"
              r"|methods?|approach(?:es)?|models?|systems?|networks?|algorithms?|techniques?|architectures?"
              r"|schemes?|modules?|pipelines?|strateg(?:y|ies)|mechanisms?|procedures?|metrics?|measures?|tasks?"
              r"|problems?|tools?|librar(?:y|ies)|software|solvers?|agents?)")
_MOD52 = rf"(?:(?!{_NOT_MOD52}(?![\w\-]))[\w\-'\u2019/+.]+,?\s+)"
# The head ends its phrase.
_END52 = (r"(?=\s*[,.;:)!?]|\s*$|\s+(?:that|which|for|to|of|with|where|whose|designed|built|using|and|on|in"
          r"|where|aimed|allowing|enabling|providing|supporting|based|targeting|featuring|built|developed)\b)")
_NAMING52 = r"(?:called|named|dubbed|termed|coined|namely)"

# "X, a security evaluation framework for", "X: an interactive game environment", "X is a new testbed"
APPOSED52 = re.compile(
    rf"[\"\u201d'\u2019]?\s*(?:\([^()]{{1,60}}\)\s*)?(?:,|:|\s+[\u2013\u2014\-]{{1,2}}|\s+is)\s+(?:a|an|the|our)\s+"
    rf"{_MOD52}{{0,6}}?{EVAL_HEAD52}{_END52}", re.I)
# "a new learning environment, the Retro Learning Environment", "a novel evaluation framework called X"
BEFORE52 = re.compile(
    rf"(?<![\w\-])(?:a|an|the|our|new)\s+{_MOD52}{{0,6}}?{EVAL_HEAD52}\s*(?:,\s*|\s+)(?:{_NAMING52}\s+)?(?:the\s+)?"
    r"[\"\u201c'\u2018]?$", re.I)
# A sentence or clause start a proposal phrase may open: the kind noun's phrase must not belong to another clause.
_PROPOSE52 = (r"(?:propose|present|introduce|release|construct|build|create|curate|collect|contribute|develop"
              r"|design|provide)[sd]?")
# "we also propose a new dataset X as an instance", "we collect a large-scale corpus, named X,"
DATA_BEFORE52 = re.compile(
    rf"(?<![\w\-]){_PROPOSE52}\s+(?:also\s+)?(?:a|an)\s+{_MOD52}{{0,6}}?{DATA_HEAD52}"
    rf"\s*(?:,\s*|\s+)(?:{_NAMING52}\s+)?[\"\u201c'\u2018]?$", re.I)
# "A realistic indoor robotic dataset with a dense point cloud map for the entire room, X, is introduced"
DATA_LEADS52 = re.compile(
    rf"(?:^|[.!?]\s+)(?:A|An)\s+{_MOD52}{{0,6}}?{DATA_HEAD52}\s+(?:with|of|for|containing|comprising)\s+"
    r"[^.;:,()]{1,100},\s*$")
# ... and the name's clause goes on with a passive proposal verb
_INTRODUCED52 = re.compile(
    rf"\s*,\s*(?:is|was|has\s+been)\s+(?:also\s+)?(?:newly\s+)?(?:{_PROPOSE52}d?|presented|introduced|proposed"
    r"|released|constructed|built|created|collected|developed|designed|provided)\b", re.I)
# the name ends its phrase, a clause or a preposition follows
_NAME_ENDS52 = re.compile(r"[\"\u201d'\u2019?!]*(?:\s*\([^()]{1,60}\))?(?:\s*(?:[,.;:)]|$)|\s+[\u2013\u2014\-]{1,2}\s|\s+(?:that|which|is|was|and"
                          r"|to|for|in|on|with|as|of|from|consisting|containing|comprising|covering|we|has|have"
                          r"|includes?|consists?|contains?)\b)")


# "in House3D environments", "the MazeBase game environment": the name names the environment.
AFTER52 = re.compile(
    r"[\"\u201d'\u2019]?\s+(?:(?:game|gaming|simulation|simulated|learning|RL|3D|3-D|grid-?world|virtual|interactive"
    r"|text-based|multi-agent|embodied|benchmark|evaluation)\s+)?environments?(?=\s*[,.;:()]|\s*$|\s+(?:of|in|on|with"
    r"|and|or|to|for|is|are|was|were|that|which|from|at|by|as|we|has|have|can|where|such)\b)")
# "implemented in FreeLing environment", "agents modeled within the OntoAgent environment": a software environment.
_BUILT_IN52 = re.compile(r"(?i)(?:\b(?:implemented|modell?ed|developed|built|written|programmed|coded|integrated"
                         r"|embedded|realized|realised)\s+(?:with)?in(?:to)?|\bwithin)\s+(?:the\s+|an?\s+)?$")
# "Sim2Sim environments", "sim-to-real environments": a transfer setting, not a named environment.
_SETTING52 = re.compile(r"(?i)sim-?(?:2|to)-?(?:sim|real)|\b(?:real|sim)2")
_OURS_BEFORE52 = re.compile(r"(?i)(?:\bour|\bproposed|\bnew|\bnovel|\bthis)\s+$")


def _eval_cue52(text: str, start: int, end: int, off: frozenset[str] = frozenset()) -> bool:
    if APPOSED52.match(text, end, end + 200):
        return True
    if ("env-after" not in off and AFTER52.match(text, end, end + 60)
            and not _OURS_BEFORE52.search(text, max(0, start - 12), start)
            and not _BUILT_IN52.search(text, max(0, start - 40), start)
            and re.search(r"[A-Z]", text[start:end]) and not _SETTING52.search(text[start:end])):
        return True
    return bool(BEFORE52.search(text, max(0, start - 120), start)) and bool(_NAME_ENDS52.match(text, end))


def _data_cue52(text: str, start: int, end: int) -> str | None:
    m = DATA_BEFORE52.search(text, max(0, start - 120), start)
    if m is not None and _NAME_ENDS52.match(text, end):
        return "benchmark" if m.group("bench") else "dataset"
    m = DATA_LEADS52.search(text, max(0, start - 260), start)
    if m is not None and _INTRODUCED52.match(text, end):
        return "benchmark" if m.group("bench") else "dataset"
    return None


def stated_kind52(e, texts: dict[str, str], off: frozenset[str]) -> str | None:
    """The kind (benchmark / dataset) a mention's own phrase gives the method entity ``e``, or None."""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text or text[m.start:m.end] != m.text:
            continue
        if "eval-defined" not in off and _eval_cue52(text, m.start, m.end, off):
            return "benchmark"
        if "data-defined" not in off:
            kind = _data_cue52(text, m.start, m.end)
            if kind:
                return kind
    return None


def retype_evaluation52(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, method names it defines as an evaluation environment / framework (benchmark) or as a
    new named data resource (dataset / benchmark) retyped (in place)."""
    off = _types_off52()
    if all(p in off for p in TYPES_RULES52):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if e.type != "method" or not e.mentions:
            continue
        if TECHNIQUE_END38.search(e.name.strip()):
            continue
        if e.name.strip().lower() not in (texts["title"] + "\n" + texts["abstract"]).lower():
            continue  # the name came from a list ("SVD" -> "singular value decomposition"), not from this paper
        if not re.search(r"[A-Z]", e.name):
            off = off | {"env-after"}  # "HDR and SDR environments": a lower-case long form names no environment
        kind = stated_kind52(e, texts, off)
        if kind and not _technique_written44(e, texts):
            e.type = kind
            # the list entry stays: its key is the node the other papers' mentions of the name join, so a detached
            # entity would split one resource into two nodes of two types
    return entities
