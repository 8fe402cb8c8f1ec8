"""Session 48 (issue 10, recall): a capitalised run in mid-sentence ending in an agent-noun technique head, behind
``PAPERKG_RECALL60``.

Read from the study pool's misses (start 60479574, typed 1077/125/160): "(i) a Bi-level State Tracker which tracks
dialogue states ..., and (ii) ...", "we use ... the Simpler Simple Recurrent Unit, and introduce head pruning". The
capitalised run names the technique, but its head ("Tracker", "Unit") is none of rules.CAPS_HEADS, so the caps-head
rule never reads the run, and no list or definition has the name.

- ``agent-head``: a run of capitalised words in mid-sentence (rules.caps_name_start's test: not a sentence's first
  words, not title case, not a longer name's tail, not class words only) ending in an agent-noun head that names a
  component or algorithm (Tracker, Learner, Solver, Planner, Predictor, Regressor, Aggregator, Selector, Extractor,
  Localizer; Unit/Units only after "Recurrent", "Gated" or "Linear") becomes a method, when no entity of the paper
  overlaps it and junk.junk_reason finds nothing (software, organisations, citations, ...). Not when the run goes on
  into a possessive or a data/software noun ("Cambridge Advanced Learner's Dictionary", "the Discussion Tracker
  corpus", "Wordnet Tracker and JavaScript Graph ... modules"), when its words before the head are all generic
  ("Feature Extractor", "Online Learner", "Convolutional Feature Extractor"), a product or company word opens it
  ("Bing Translator"), a capitalised word caps_name_start left out stands before it ("Never Ending Language
  Learner"), or its words with the head's activity are a listed task ("the Dialogue State Tracker (DST) is a core
  component": dialogue state tracking; a task's generic component).

Hook: ``pipeline._paper_result`` after recall59 (and ``scripts/train_name_tagger.after_tag``). ``PAPERKG_RECALL60``:
"off"/"0", or a comma list of parts to switch off.
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RECALL_RULES60 = ("agent-head",)
DEFAULT_OFF60: frozenset[str] = frozenset()

HEADS60 = ("Tracker", "Trackers", "Learner", "Learners", "Solver", "Solvers", "Planner", "Planners", "Predictor",
           "Predictors", "Regressor", "Regressors", "Aggregator", "Aggregators", "Selector", "Selectors", "Extractor",
           "Extractors", "Localizer", "Localizers", "Unit", "Units", "Reasoner", "Reasoners", "Retriever",
           "Retrievers", "Adapter", "Adapters", "Recognizer", "Ranker", "Rankers", "Mixer",
           # technique nouns of an operation ("Gated Pyramid Pooling", "Posterior Regularization")
           "Pooling", "Normalization", "Normalisation", "Regularization", "Regularisation", "Augmentation",
           "Fusion", "Refinement", "Quantization", "Quantisation", "Calibration")
_HEAD60 = re.compile(r"(?<=[A-Za-z0-9] )(?:" + "|".join(sorted(HEADS60, key=len, reverse=True)) + r")(?![\w\-])")
_UNIT_BEFORE60 = frozenset(("Recurrent", "Gated", "Linear"))
# The run goes on: a possessive, a data or software noun, "and" + another capitalised word (a list of modules of a
# tool: "Wordnet Tracker and JavaScript Graph").
_AFTER60 = re.compile(r"(?:['’]s\b|\s+(?:corpus|corpora|dataset|datasets|data|database|benchmark|challenge|"
                      r"competition|toolkit|toolbox|tool|tools|software|library|package|editor|app|application|"
                      r"website|platform|service|server|project|team|system|submission|submissions)\b)", re.IGNORECASE)
# Words before the head that say nothing of their own: "Feature Extractor", "Online Learner", "Base Learner".
_GENERIC60 = frozenset("""feature features online base weak meta deep neural simple linear global local final main
    new novel single multiple joint general generic universal learned trainable adaptive dynamic static efficient
    robust state-of-the-art baseline standard classical neural-network network model data text image visual
    semantic contextual context attention attentive hybrid lightweight light-weight convolutional recurrent""".split())
# The head's own activity: a run whose words before the head plus it name a listed task is that task's generic
# component ("the Dialogue State Tracker (DST) is a core component": dialogue state tracking).
_ACTIVITY60 = {"Tracker": "tracking", "Learner": "learning", "Solver": "solving", "Planner": "planning",
               "Predictor": "prediction", "Regressor": "regression", "Aggregator": "aggregation",
               "Selector": "selection", "Extractor": "extraction", "Localizer": "localization",
               "Recognizer": "recognition", "Retriever": "retrieval", "Ranker": "ranking", "Reasoner": "reasoning"}
_PRODUCT60 = frozenset(("Microsoft", "Google", "Bing", "Yandex", "Baidu", "DeepL", "Amazon", "Apple", "IBM", "Meta",
                        "Facebook", "OpenAI", "Systran", "SYSTRAN", "Personal", "Cambridge", "Oxford"))
_PROPOSE60 = re.compile(r"\b(?:we|We)\s+(?:propose|present|introduce|design|devise|develop|build|describe)\b|"
                        r"\b(?:proposed|novel|new|our)\b")


def _off60() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RECALL60", RECALL_RULES60, DEFAULT_OFF60)


def _task60(phrase: str) -> bool:
    from .resolve import listed_task_names  # late: resolve imports much

    tasks = listed_task_names()
    phrase = phrase.lower()
    return phrase in tasks or re.sub(r"\bdialog\b", "dialogue", phrase) in tasks


def agent_head_spans60(text: str) -> list[tuple[int, int]]:
    """(start, end) of each capitalised run ending in an agent-noun head that may name a technique."""
    from .rules import caps_name_start  # late: rules imports much

    out = []
    for h in _HEAD60.finditer(text):
        start = caps_name_start(text, h.start(), h.end())
        if start is None:
            continue
        words = text[start:h.start()].split()
        if not words or words[0] in _PRODUCT60:
            continue
        if re.search(r"[^\s.!?:\"“(]\s+[A-Z][A-Za-z]*\s+$", text[max(0, start - 30):start]):
            continue  # a word caps_name_start left out opens the name in mid-sentence: "Never Ending Language Learner"
        if _task60(" ".join(words + [h.group(0)])):
            continue  # the run is a listed task ("Entity Normalization")
        activity = _ACTIVITY60.get(h.group(0).rstrip("s"))
        if activity and _task60(" ".join(words + [activity])):
            continue
        if h.group(0).startswith("Unit") and words[-1] not in _UNIT_BEFORE60:
            continue  # "Action Units", "Elementary Discourse Units", "Inter-Pausal Units": no technique
        if all(p.lower() in _GENERIC60 for w in words for p in w.split("-")):
            continue
        if _AFTER60.match(text, h.end()) or re.match(r"\s+and\s+[A-Z]", text[h.end():h.end() + 8]):
            continue
        out.append((start, h.end()))
    return out


def add_agent_heads60(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with each unfound agent-head run of the abstract added as a method."""
    if "agent-head" in _off60() or not abstract:
        return entities
    spans_found = agent_head_spans60(abstract)
    if not spans_found:
        return entities
    from .junk import junk_reason
    from .records import Mention
    from .resolve import LocalEntity  # late: resolve imports much

    names = {e.name.lower() for e in entities} | {a.lower() for e in entities for a in e.aliases}
    taken = [(x.start, x.end) for e in entities for x in e.mentions if x.field == "abstract"]
    added: dict[str, object] = {}
    for s, t in spans_found:
        name = abstract[s:t]
        key = name.lower()
        if key in names or any(a < t and b > s for a, b in taken):
            continue  # found already (or a longer/shorter name overlaps)
        if key in added:
            added[key].mentions.append(Mention(name, s, t, abstract.count(". ", 0, s), "rule:recall60-agent-head"))
            continue
        texts = {"abstract": abstract, "title": title or ""}
        spans = [("abstract", m.start(), m.end()) for m in re.finditer(re.escape(name), abstract)]
        if junk_reason(name, spans, texts):
            continue
        sent_start = max(abstract.rfind(". ", 0, s) + 1, 0)
        role = "proposes" if _PROPOSE60.search(abstract, sent_start, s) else "uses"
        mentions = [Mention(name, s, t, abstract.count(". ", 0, s), "rule:recall60-agent-head")]
        if title:
            mentions += [Mention(name, m.start(), m.end(), 0, "rule:recall60-agent-head", "title")
                         for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", title)]
        added[key] = LocalEntity(name, "method", role, [], None, mentions)
    if not added:
        return entities
    return entities + list(added.values())
