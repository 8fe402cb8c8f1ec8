"""Recall rules of issue 10, session 9: names on random abstracts that no list or earlier rule reached.

Each function takes a text and returns rule matches, (start, end, type or "unknown", rule), as the context
rules do; ``extra_rule_spans`` is the one hook ``rules.ContextRules`` calls. Found by reading the misses of
60 random abstracts of the 73k corpus (none of a gold set):

- a list of name-shaped items after "approaches/methods/baselines ... such as / like / e.g." that the
  comma-split list rule (``rules.LIST_INTRO``) missed: "NAS approaches (e.g. SPOS, FairNAS and PDARTS)",
  "methods like SDPPs or DivMBest work by ..." (two items then a clause);
- items before "data sets" and "benchmark datasets": "on SUN and Beach benchmark datasets";
- a capitalised data noun after a capitalised run: "on the NYU Depth Dataset";
- a title's lead name ("3D Diffuser Actor: Policy Diffusion ...") that the abstract repeats word for word;
- a name after a technique noun and a comma: "our method, Diverse Multiple Choice Learning, learns";
- a capitalised hyphen compound with a connector before an appositive type: "Draw-and-Tell, a dataset of".

And one decision of the resolver (``reused_definition_type``, its hook in ``resolve.PaperResolver._entity``):
a lower-case long form with a generic head ("network", "model") that the paper goes on naming by its short
form ("super-resolution feedback network (SRFBN)", SRFBN twice more) is a method.

``PAPERKG_RECALL9`` ("off", or a comma list of rule names to switch off) is for ablations only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import APPOSITIVE_TYPE, GENERIC_ACRONYMS, GENERIC_HEADS, GENERIC_WORDS, LANGUAGE_NAMES, VENUES, data_rows, non_entity_kind
from .memo import caps_words, env, spells_acronym
from .scan import alternation, word_start_scan
from .rules import (
    ADJECTIVE_END, _names_language, _series_year, caps_name_start, COMMON_CAPS, TITLE_KIND, TITLE_NAME, _occurrences, _title_phrase, caps_lead, list_items_before, looks_named,
)

RULES = ("intro-list", "data-sets-list", "capital-data-noun", "title-repeat", "type-comma-name", "hyphen-appositive")
DECISIONS = ("reused-definition",)  # resolver decisions (resolve.PaperResolver._entity), switched off the same way

# A plural type noun, a few words at most, then a list opener. "models" is typed by the resolver: "models such
# as LDA" are methods, "models such as BERT" models (the list says so).
INTRO_TYPE = {"approaches": "method", "methods": "method", "algorithms": "method", "techniques": "method",
              "baselines": "method", "architectures": "method", "frameworks": "method", "models": "unknown",
              "datasets": "dataset", "corpora": "dataset", "benchmarks": "benchmark"}
INTRO = re.compile(
    rf"\b({'|'.join(INTRO_TYPE)})\s*(?:\(\s*|,\s*)?(?:such as|like|including|e\.g\.|i\.e\.|namely)[,:]?\s+"
)
ITEM = re.compile(r"[A-Za-z0-9][\w\-+.]*[\w+]|[A-Z]")
PLURAL_CAPS = re.compile(r"[A-Z]{2,}s")
ITEM_SEP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|,?\s+(?:and|or)\s+")


def _item_ok(item: str) -> bool:
    """One word shaped like a name: "FairNAS", "DivMBest", "PDARTS" (all capitals, three letters or more)."""
    if item in GENERIC_ACRONYMS or item in COMMON_CAPS:
        return False
    if looks_named(item):
        return True
    return item.isalpha() and item.isupper() and len(item) >= 3


# INTRO read from its opener back (str.find on the opener, then the type noun before it): a regex scan of the
# whole text for INTRO cost 3 % of extraction.
INTRO_OPENERS = ("such as", "like", "including", "e.g.", "i.e.", "namely")
INTRO_BEFORE = re.compile(rf"\b({'|'.join(INTRO_TYPE)})\s*(?:\(\s*|,\s*)?$")
INTRO_AFTER = re.compile(r"[,:]?\s+")
INTRO_NOUNS = tuple(INTRO_TYPE)


def _noun_ends_at(text: str, i: int) -> bool:
    """Can INTRO_BEFORE match up to i? Its type noun ends there, past white space and one "(" or "," (session 12:
    the window search, tried at each of its 40 characters, only then; "like" and "including" are common)."""
    j = i
    while j and text[j - 1].isspace():
        j -= 1
    if j and text[j - 1] in "(,":
        j -= 1
        while j and text[j - 1].isspace():
            j -= 1
    return text.endswith(INTRO_NOUNS, max(0, i - 40), j)


def _intro_ends(text: str):
    """(type noun, end of the opener and its spacing) of each INTRO match, in text order."""
    found = []
    for opener in INTRO_OPENERS:
        for i in _occurrences(text, opener):
            if i and (text[i - 1].isalnum() or text[i - 1] == "_"):
                continue
            before = INTRO_BEFORE.search(text, max(0, i - 40), i) if _noun_ends_at(text, i) else None
            after = INTRO_AFTER.match(text, i + len(opener))
            if before and after:
                found.append((i, before.group(1), after.end()))
    return [(noun, end) for _, noun, end in sorted(found)]


def intro_list_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Single-word name-shaped items of a list a plural type noun introduces; the list ends at the first other item."""
    out = []
    for noun, pos in _intro_ends(text):
        typ = INTRO_TYPE[noun]
        while True:
            item = ITEM.match(text, pos)
            word = item.group().rstrip(".") if item else ""
            plural = bool(PLURAL_CAPS.fullmatch(word))  # "SDPPs": a class or a name, passed over either way
            if not item or not (plural or _item_ok(word)):
                break
            end = item.start() + len(word)
            if end < len(text) and (text[end].isalnum() or text[end] in " " and text[end + 1 : end + 2].isupper()):
                break  # "Faster R-CNN": a longer name than one word; the other rules read those
            if not plural:
                out.append((item.start(), end, typ, "rule:intro-list"))
            sep = ITEM_SEP.match(text, end)
            if not sep:
                break
            pos = sep.end()
    return out


# Plural data nouns the list rule (rules.LIST_NOUNS) does not anchor on.
DATA_SETS_NOUNS = {" data sets": "dataset", " benchmark datasets": "dataset", " benchmark data sets": "dataset"}


def data_sets_list_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Each item of "A, B and C data sets" / "A and B benchmark datasets" (as rules.listed_before_noun)."""
    return list_items_before(text, DATA_SETS_NOUNS, "rule:data-sets-list")


CAPITAL_DATA_NOUNS = (" Dataset", " Corpus", " Database", " Treebank")


def capital_data_noun_spans(text: str) -> list[tuple[int, int, str, str]]:
    """ "on the NYU Depth Dataset": a capitalised run and a capitalised data noun, not at a sentence start.

    Name-shaped last words ("ROADS-AD Dataset") are the followed-by-type rule's; titles are not read (every
    word is capitalised there).
    """
    out = []
    for noun in CAPITAL_DATA_NOUNS:
        for i in _occurrences(text, noun):
            end = i + len(noun)
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue  # "Datasets", "Corpus-based"
            lead = caps_lead(text, max(0, i - 80), i)  # "the The X Dataset": without "The"
            if not lead:
                continue
            start, words, before = lead
            if not words or not before or before[-1] in ".!?:\"“" or looks_named(words[-1]):
                continue
            if re.match(r"\s+(?:[A-Z][\w\-]*|of\b)", text[end : end + 20]):
                continue  # "the Sublanguage Corpus Analysis Toolkit", "Reference Corpus of ...": a longer name
            if all(w in LANGUAGE_NAMES for w in words):
                continue  # "the English Corpus"
            out.append((start, end, "dataset", "rule:capital-data-noun"))
    return out


TITLE_LEAD_WORD = re.compile(r"(?:[A-Z]|\d+[A-Za-z])[\w\-]*$")


def title_repeat_spans(text: str, title: str | None) -> list[tuple[int, int, str, str]]:
    """A title's lead of two to four capitalised words before its colon, repeated word for word in the
    abstract ("3D Diffuser Actor: Policy Diffusion ..." and "... present 3D Diffuser Actor, a ..."): the
    paper's own name, also when no word of it is name-shaped (``rules.title_name`` needs one)."""
    m = TITLE_NAME.match(title or "")
    if not m:
        return []
    lead = m.group(1)
    words = lead.split()
    if not 2 <= len(words) <= 4 or words[0] in COMMON_CAPS or _title_phrase(words):
        return []
    if not all(TITLE_LEAD_WORD.match(w) for w in words) or any(looks_named(w) for w in words):
        return []  # lower-case words make a phrase; a name-shaped word is rules.title_name's
    # "German Today: a really extensive Corpus of Spoken ...": the subtitle says what it is.
    kind = TITLE_KIND.match(title[m.end(1) :])
    typ = APPOSITIVE_TYPE[kind.group(1).lower()] if kind else "unknown"
    out = []
    for i in _occurrences(text, lead):
        end = i + len(lead)
        if (i and (text[i - 1].isalnum() or text[i - 1] == "-")) or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
            continue
        out.append((i, end, typ, "rule:title-repeat"))
    return out


TYPE_WORDS = "|".join(sorted(APPOSITIVE_TYPE, key=len, reverse=True))
HYPHEN_APPOSITIVE = re.compile(
    rf"(?<![\w\-])([A-Z][a-z]+(?:-(?:and|or|of|the|to|in|on|for|a|n)-[A-Z][a-z]+)+),\s*(?:a|an|the)\s+"
    rf"(?:[\w\-]+\s+){{0,4}}?((?i:{TYPE_WORDS}))\b"
)
HYPHEN_JOIN = re.compile(r"-(?:and|or|of|the|to|in|on|for|a|n)-[A-Z]")  # in every match of HYPHEN_APPOSITIVE


def hyphen_appositive_spans(text: str) -> list[tuple[int, int, str, str]]:
    """ "Draw-and-Tell, a dataset of ...", "Wizard-of-Oz, a method ...": the compound is the name."""
    if not HYPHEN_JOIN.search(text):
        return []  # most texts; "-of-the-" of "state-of-the-art" alone passed 45 % of them (session 12)
    return [(m.start(1), m.end(1), APPOSITIVE_TYPE[m.group(2).lower()], "rule:hyphen-appositive")
            for m in HYPHEN_APPOSITIVE.finditer(text)]


# "our method, Diverse Multiple Choice Learning, learns ...", "we propose a new approach, GraphFlow, that ...": a
# technique noun after "our" or a proposal verb and its article ("Trained on a large dataset, X achieves": X is
# the subject, not the dataset), a comma, then a capitalised run (two words or more) or a name-shaped word, then a comma,
# a bracket or a verb-like lower-case word.
TYPE_COMMA_NAME = re.compile(
    r"(?:\b(?:propose|introduce|present|develop|design|devise|describe|construct|build|release|create|offer|"
    r"call|name|term)[sd]?\s+(?:[Aa]n?|[Tt]his|[Oo]ur|the)|\b[Oo]ur)\s+(?:[\w\-]+\s+){0,4}?(method|approach|algorithm|framework|model|"
    r"architecture|network|technique|system|estimator|procedure|scheme|strategy|benchmark|dataset|corpus),\s+"
    r"((?:[A-Z][\w\-]*|\d+[A-Za-z][\w\-]*)(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w\-]*){0,5})(?=\s*[,(]|\s+[a-z])"
)
TYPE_NOUN = {"benchmark": "benchmark", "dataset": "dataset", "corpus": "dataset", "model": "unknown"}


TYPE_COMMA_NOUNS = ("method", "approach", "algorithm", "framework", "model", "architecture", "network", "technique",
                    "system", "estimator", "procedure", "scheme", "strategy", "benchmark", "dataset", "corpus")


def type_comma_starts(text: str) -> list[int]:
    """``sorted(i for noun in TYPE_COMMA_NOUNS for i in _occurrences(text, noun + ","))``, read from the commas
    (session 28: one str.find pass and one endswith of all the nouns at each comma, not 16 passes). No noun ends
    another, so at most one ends at a comma, and an occurrence of "<noun>," holds no other comma."""
    out: list[int] = []
    c = text.find(",", 1)
    while c != -1:
        if text.endswith(TYPE_COMMA_NOUNS, 0, c):
            for noun in TYPE_COMMA_NOUNS:
                if text.endswith(noun, 0, c):
                    out.append(c - len(noun))
                    break
        c = text.find(",", c + 1)
    return out


def type_comma_name_spans(text: str) -> list[tuple[int, int, str, str]]:
    """ "our method, Diverse Multiple Choice Learning, learns": the name after a technique noun and a comma."""
    out = []
    # Anchored on "<noun>," (str.find): the pattern itself is tried only in a window ending there.
    starts = type_comma_starts(text)
    for i in starts:
        m = TYPE_COMMA_NAME.search(text, max(0, i - 160), i + 200)
        while m and m.start(1) < i:
            m = TYPE_COMMA_NAME.search(text, m.start() + 1, i + 200)
        if not m or m.start(1) != i:
            continue
        name = m.group(2)
        words = name.split()
        if words[0] in COMMON_CAPS or (len(words) == 1 and not looks_named(name)) or words[-1] in ("and", "of", "for"):
            continue  # "our model, Transformer-based ...": one plain word is no coinage; "We" starts a clause
        if all(w in LANGUAGE_NAMES for w in words):
            continue
        out.append((m.start(2), m.end(2), TYPE_NOUN.get(m.group(1), "method"), "rule:type-comma-name"))
    return out


# A lower-case long form is no name for the resolver when its head is generic ("... network", "... model"): most
# are classes ("convolutional neural network (CNN)"). One the paper keeps using by its own short form, with
# a word of its own before the head, is the paper's working name: "super-resolution feedback network (SRFBN)"
# then SRFBN twice more, "causal implicit generative models (CiGMs)".
# Plural "models" left out: "hierarchical compositional models (HCMs)", "binary generalized linear models (BGLMs)"
# name classes of models (3 of 4 such new 73k keys read).
REUSED_HEADS = frozenset("network networks model machine machines flow flows net nets".split())
CLASS_WORDS = frozenset("artificial deep large small pre-trained pretrained neural recurrent convolutional feed-forward "
                        "feedforward fully connected multi-layer multilayer graph generative language statistical "
                        "probabilistic linear nonlinear non-linear simple standard hidden latent based".split())
MIN_SHORT_USES = 3  # the definition's short form and two uses after it


def reused_definition_type(long_form: str, short_forms: list[str], short_uses: int) -> str | None:
    """ "method" for a lower-case long form with a generic head that the paper names by its short form at least
    MIN_SHORT_USES times, else None (the resolver's decision stands)."""
    if "reused-definition" in _switched_off() or short_uses < MIN_SHORT_USES or not long_form.islower():
        return None
    words = long_form.replace("-", " ").split()
    if not 2 <= len(long_form.split()) <= 6 or words[-1] not in REUSED_HEADS:
        return None
    if all(w in GENERIC_WORDS or w in CLASS_WORDS for w in words[:-1]):
        return None  # "deep neural networks (DNNs)", "graph convolutional network (GCN)": a class
    if not short_forms or any(s in GENERIC_ACRONYMS or s.rstrip("s") in GENERIC_ACRONYMS or len(s) < 3 for s in short_forms):
        return None
    return "method"


def _parts_off(variable: str, parts: tuple[str, ...]) -> frozenset[str]:
    """The parts an ablation switches off in ``variable``: "off" (all of ``parts``) or a comma list of names."""
    value = env(variable)  # memo.env: asked ~30 times a paper
    # Unset but in an ablation: no cache look-up (it hashed the tuple of part names on every call).
    return _parse_off(value, parts) if value else _NOTHING_OFF


_NOTHING_OFF: frozenset[str] = frozenset()


def parts_off_by_default(variable: str, parts: tuple[str, ...], default_off: frozenset[str]) -> frozenset[str]:
    """The parts off for a switch whose parts ``default_off`` ship off: "off" (all), a comma list of parts to switch
    off (the default-off ones stay off), or "on:" and a comma list of default-off parts to switch on."""
    value = env(variable)  # asked ~50 times a paper (speed45: read once here, not again in _parts_off)
    if not value:
        return default_off  # the shipped default: no second read, no union with nothing
    if value.startswith("on:"):
        return default_off - frozenset(v.strip() for v in value[3:].split(","))
    return _parse_off(value, parts) | default_off


@lru_cache(maxsize=64)
def _parse_off(value: str, parts: tuple[str, ...]) -> frozenset[str]:
    # "0" reads as "off": ablation scripts and the helpers' notes write either.
    return frozenset(parts) if value in ("off", "0") else frozenset(v.strip() for v in value.split(",") if v.strip())


def _switched_off() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL9", RULES + DECISIONS)


# -- session 10 (dev5's misses) ------------------------------------------------------------------------------
# Switched off with PAPERKG_RECALL10 ("off" or a comma list of these names), for ablations only.
RULES10 = ("caps-gerund",)
DECISIONS10 = ("reused-coinage", "proposed-once", "kind-acronym-head", "head-before-of")


def _off10() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL10", RULES10 + DECISIONS10)


# A capitalised word (and a connector) right before a mention: the word is the tail of a longer name, "Fact
# Extraction and VERification", not a name of its own.
CAPS_WORD_BEFORE = re.compile(r"[A-Z][\w\-]*\s+(?:(?:and|of|for|&)\s+)?$")


def reused_coinage(name: str, mentions, texts: dict[str, str]) -> bool:
    """A one-word name shaped like a spelt-out fragment ("REHession", "DIFFerential") that the paper names at two
    places or more, one of them not right after a capitalised word, is its coinage: a fragment of a long form spelt
    out for its acronym stands once, in the definition, or inside its capitalised long form. ``mentions``: (field,
    start, end) of the name's mentions in ``texts`` (junk.fragment_reason's hook)."""
    if "reused-coinage" in _off10() or " " in name or len({(m[0], m[1]) for m in mentions}) < 2:
        return False
    return any(not CAPS_WORD_BEFORE.search(texts.get(f, ""), max(0, start - 40), start) for f, start, _ in mentions)


def _recall36():
    from . import recall36  # recall36 imports this module: looked up at call time

    return recall36


def _recall49():
    from . import recall49  # session 40: recall49 imports this module (parts_off_by_default)

    return recall49


def _recall41():
    from . import recall41  # session 36: recall41 imports this module (parts_off_by_default)

    return recall41


def extra_rule_spans(text: str, title: str | None, is_title: bool) -> list[tuple[int, int, str, str]]:
    off = _switched_off()
    out: list[tuple[int, int, str, str]] = []
    if "intro-list" not in off:
        out += intro_list_spans(text)
    if "data-sets-list" not in off and (" data sets" in text or " benchmark datasets" in text):
        out += data_sets_list_spans(text)
    if "shared-task" not in _off11():  # titles too: "... for the NLI Shared Task 2017"
        out += shared_task_spans(text)
    out += extended_name_spans(text)  # session 22, titles too: "... for Black Box Variational Inference"
    out += _recall36().modified_name_spans36(text)  # session 32 (recall36), titles too: "structural SVM"
    out += language_resource_spans24(text)  # session 24, titles too: "Enrichment of Basque WordNet with ..."
    if is_title:
        return out
    out += _recall41().data_suffix_spans41(text)  # session 36 (recall41): "BioCreative V", "WIDER FACE"
    out += _recall49().list_sibling_spans49(text) + _recall49().shared_task_bracket_spans49(text)  # recall49
    if "capital-data-noun" not in off:
        out += capital_data_noun_spans(text)
    if "title-repeat" not in off:
        out += title_repeat_spans(text, title)
    if "type-comma-name" not in off and "," in text:
        out += type_comma_name_spans(text)
    if "hyphen-appositive" not in off:
        out += hyphen_appositive_spans(text)
    if "caps-gerund" not in _off10():
        out += caps_gerund_spans(text)
    if "possessive-eponym" not in _off11():
        out += possessive_eponym_spans(text)
    if "named-lower" not in _off14():
        out += named_lower_spans(text, title)  # session 14
    if "data-paren-list" not in _off14():
        out += data_paren_list_spans(text)  # session 14
    if "which-we-call" not in _recall_off24() and " we " in text and WHICH_WE_CALL_ANCHOR25.search(text):
        out += which_we_call_spans24(text)  # session 24
    if "proposed-lower" not in _recall_off24():
        out += proposed_lower_spans24(text)  # session 24
    out += extra_rule_spans17(text)  # session 17
    out += title_echo_spans(text, title) + resource_tail_spans(text)  # session 20
    return out


# Words after "(SHORT)" that end the definition's phrase; any other word there makes the long form a modifier:
# "a signed distance function (SDF) regression network", "a proposal-free one-stage (PFOS) model", "(DKG) based".
CLAUSE_WORDS = frozenset("to for that which with in on by as and or is are was where whose via using".split())


def proposed_once(short_forms: list[str], follower: str | None = None) -> bool:
    """ "We propose the label smoothing regularization for outliers (LSRO).": a lower-case long form that is the
    proposal verb's own object names the new thing also when its short form is not used again, if the short form
    is a made-up initialism (three letters or more, not a generic one such as CNN or NMT) and the phrase ends at
    it (``follower``: the word after "(SHORT)", lower case, or None). The caller
    (resolve.PaperResolver._proposed_definition) has checked the verb."""
    if "proposed-once" in _off10() or not short_forms or (follower is not None and follower not in CLAUSE_WORDS):
        return False
    return all(len(s) >= 3 and sum(ch.isupper() for ch in s) >= 2 and s not in GENERIC_ACRONYMS
               and s.rstrip("s") not in GENERIC_ACRONYMS for s in short_forms)


# Capitalised technique heads that rules.CAPS_HEADS leaves out, mostly gerunds and -ization nouns: "Federated
# Averaging", "Dynamic Time Warping", "Iterative Hard Thresholding", "Stochastic Weight Averaging". Task gerunds
# ("Question Answering", "Semantic Role Labeling") and "Learning" (a field more often than a name) stay out.
GERUND_HEADS = ("Averaging", "Warping", "Thresholding", "Encoding", "Coding", "Pruning", "Smoothing", "Pooling",
                "Boosting", "Bagging", "Annealing", "Stopping", "Weighting", "Normalization", "Normalisation",
                "Regularization", "Regularisation", "Augmentation", "Quantization", "Decoding", "Prompting",
                "Dropout", "Replay")
GERUND_HEAD = re.compile(r"\b(?:" + "|".join(GERUND_HEADS) + r")(?![\w\-])")


def caps_gerund_spans(text: str) -> list[tuple[int, int, str, str]]:
    """ "outperforms naive Federated Averaging": a capitalised run in mid-sentence ending in a technique gerund,
    read like rules.caps_head_spans (not at a sentence start, not in title case, not a class of models)."""
    out = []
    # (session 28: a WordStartScan, re skipping to the heads' capitals, in place of 23 substring tests and then re
    # trying the leading \b at every character; the same matches by its contract, every head starts with a letter)
    for h in word_start_scan(GERUND_HEAD).finditer(text):
        if h.start() < 2 or text[h.start() - 1] != " ":
            continue
        start = caps_name_start(text, h.start(), h.end())
        if start is not None:
            out.append((start, h.end(), "method", "rule:caps-gerund"))
    return out


# Acronyms of model kinds: "Clockwork RNN (CW-RNN)", "Wasserstein GAN (WGAN)" end in one. Alone they are classes
# (GENERIC_ACRONYMS), after a capitalised word of the paper's own they name one thing.
KIND_HEAD_ACRONYMS = frozenset("RNN CNN GAN LSTM VAE GNN GCN MLP DNN NN SVM CRF HMM".split())


def kind_acronym_head_type(long_form: str) -> str | None:
    """ "method" for a defined long form of capitalised words ending in a model-kind acronym ("the Clockwork RNN
    (CW-RNN)"), else None. Hook: resolve.PaperResolver._entity, where typing found nothing."""
    if "kind-acronym-head" in _off10():
        return None
    words = long_form.split()
    if len(words) < 2 or words[-1].rstrip("s") not in KIND_HEAD_ACRONYMS:
        return None
    lead = [w for w in words[:-1] if w[0].isalpha()]
    if not lead or not all(w[0].isupper() for w in lead):
        return None
    if all(w.lower() in GENERIC_WORDS or w.lower() in CLASS_WORDS for w in lead):
        return None  # "Deep CNN", "Recurrent NN": a class
    return "method"


# "combinatorial energy learning for image segmentation (CELIS)", "Instance-Level Difficulty Analysis of Evaluation
# data (ILDAE)": what comes after "for"/"of" is the task or the data the technique is for; the head is before it.
HEAD_SPLIT = re.compile(r"\s(?:for|of)\s")


def head_before_of_type(long_form: str, typ: str | None, method_like) -> str | None:
    """ "method" for a defined long form typed as a task or data by the words after its "for"/"of" whose part
    before them ends in a technique noun (``method_like``: resolve._method_like), else None (typ stands).
    Hook: resolve.PaperResolver._entity."""
    if "head-before-of" in _off10() or typ not in ("task", "dataset", "benchmark"):
        return None
    m = HEAD_SPLIT.search(long_form)
    if not m:
        return None
    lead = long_form[: m.start()].split()
    if len(lead) < 2 or not re.fullmatch(r"[A-Za-z][A-Za-z\-]*", lead[-1]):
        return None
    head = lead[-1].lower().split("-")[-1]
    return "method" if method_like(head) or method_like(head.removesuffix("s")) else None


# -- session 11 (dev6's misses, classes also seen on dev3/dev5) ------------------------------------------------
# Switched off with PAPERKG_RECALL11 ("off" or a comma list of these names), for ablations only.
RULES11 = ("spelling-variant", "shared-task", "possessive-eponym", "verb-type-word")


def _off11() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL11", RULES11)


# "Matterport3D", "PASCAL3D+", "HumanML3D": a listed data name glued to a dimension ("3D", "4D", "6D").
GLUED_DIMENSION = re.compile(r"([A-Z][A-Za-z]{2,})(\d[dD]\+?)")
# "BiLSTM", "BiGRU": a bidirectional kind glued to "Bi"; papers write "Bi-LSTM" as often.
GLUED_BI = re.compile(r"Bi([A-Z]{2,}[A-Za-z\-]*)")


def spelling_variants(form: str, typ: str) -> list[str]:
    """Other spellings of a one-word list name: "Matterport 3D" for the listed dataset "Matterport3D", "PASCAL 3D+"
    for "PASCAL3D+" (dev3's "Pascal 3D", dev5's "PASCAL 3D+", dev6's "Matterport 3D"; data names only, a method's
    "FFB6D" is no "FFB 6D"), "Bi-LSTM" for "BiLSTM" (dev6). Hook: gazetteer.Gazetteer, which adds them as patterns."""
    if "spelling-variant" in _off11():
        return []
    m = GLUED_DIMENSION.fullmatch(form)
    if m and typ in ("dataset", "benchmark"):
        return [f"{m.group(1)} {m.group(2)}"]
    m = GLUED_BI.fullmatch(form)
    if m and typ in ("method", "model"):
        return [f"Bi-{m.group(1)}"]
    return []


# "the NLI Shared Task 2017", "the CoNLL 2018 shared task", "the Workshop on Neural Generation and Translation 2020
# Efficiency Shared Task": an evaluation campaign named by the capitalised words (acronyms, years) before "shared
# task", with a year after it. Connectors join two capitalised words only.
SHARED_TASK = re.compile(r"\b(?:Shared Task|shared task|Shared task)\b")
SHARED_WORD = re.compile(r"[A-Z0-9][\w\-'’.]*|on|of|and|for")
YEAR_AFTER = re.compile(r"\s+((?:19|20)\d\d)\b")


def _shared_task_start(text: str, at: int) -> int | None:
    """Start of the name words before "shared task" at ``at``; None where none names it ("the 2019 shared task")."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text[max(0, at - 120) : at])]
    base = max(0, at - 120)
    taken: list[tuple[int, str]] = []
    for k in range(len(words) - 1, max(-1, len(words) - 11), -1):
        pos, w = words[k]
        if w.endswith(("’s", "'s")):
            return None  # "CoNLL 2018’s shared task": the campaign's name is the words before the possessive
        if not SHARED_WORD.fullmatch(w) or w.endswith((".", ",")):
            if w in ("in", "to", "from", "with") and k and words[k - 1][1][:1].isupper():
                return None  # "... Identification in Social Media shared task": a longer name, its start unknown
            break
        taken.append((base + pos, w))
    taken.reverse()
    # connectors and common capitals ("The", "In") cannot open the name
    while taken and (taken[0][1] in ("on", "of", "and", "for") or taken[0][1] in COMMON_CAPS):
        taken.pop(0)
    if not any(not w.isdigit() and w not in COMMON_CAPS for _, w in taken):
        return None
    if len(taken) == 1 and _series_year().fullmatch(taken[0][1]):
        return None  # "the WMT24 shared task": the campaign's own name, found as such (rules' shared-task rule)
    return taken[0][0]


def shared_task_spans(text: str) -> list[tuple[int, int, str, str]]:
    if "hared" not in text:
        return []
    out = []
    for m in SHARED_TASK.finditer(text):
        start = _shared_task_start(text, m.start())
        if start is None:
            continue
        year = YEAR_AFTER.match(text, m.end())
        out.append((start, year.end(1) if year else m.end(), "benchmark", "rule:shared-task-name"))
    return out


# "Rao's score test", "Fisher's method", "Winograd's minimal filtering algorithms", "Nesterov's momentum": a
# surname's possessive before a technique noun (up to three lower-case words between) names a technique; with
# "Tikhonov regularization" and "the Pitman-Yor process", heads rules.eponym_spans does not take.
POSSESSIVE_HEADS = ("method", "methods", "algorithm", "algorithms", "test", "estimator", "procedure", "sampler",
                    "momentum", "trick", "regularization", "regularisation", "criterion")
POSSESSIVE_EPONYM = re.compile(
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s|(?<=s)['’]))\s+((?:[a-z][a-z\-]*\s+){0,3}?)((?:[a-z]-)?(?:"
    + "|".join(POSSESSIVE_HEADS) + r"))\b"
)
EXTRA_HEADS = (" regularization", " regularisation", " process")
EPONYM_EXTRA_BEFORE = re.compile(r"(?:\b(?:the|a|an)|(?<![\w\-])[a-z][a-z\-]*,?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$")
WORD_BEFORE_APOSTROPHE = re.compile(r"(?<![\w\-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?s?$")
NOT_EPONYM = frozenset("Bayes Zipf Moore Murphy".split())  # laws and theorems more often than techniques
# Classes of stochastic processes, not named techniques ("a Markov process", "a Poisson process"); read on the
# 73k corpus' matches, where the Dirichlet, Pitman-Yor, Hawkes and Beta processes name priors and models.
GENERIC_PROCESSES = frozenset("Markov Poisson Bernoulli Levy Lévy Ito Itô Wiener Gamma Moran Brownian "
                              "Ornstein-Uhlenbeck".split())
# "Earley's well-known algorithm", "Watkins' original algorithm": praise, not part of a name
PRAISE = frozenset("well-known famous classic classical original standard celebrated seminal popular own new".split())


CO_EPONYM_BEFORE = re.compile(r"(?<![\w\-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:and|&)\s+$")


def possessive_eponym_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Anchored on the apostrophe and on the head word (str.find): a regex tried at every character of every
    abstract cost 7 % of extraction (bench/extract_cpu.py)."""
    out = []
    for quote in ("'", "’"):
        for i in _occurrences(text, quote):
            w = WORD_BEFORE_APOSTROPHE.search(text, max(0, i - 40), i)
            m = POSSESSIVE_EPONYM.match(text, w.start()) if w else None
            if not m:
                continue
            person = m.group(1).rstrip("'’s")
            if (person in COMMON_CAPS or person in NOT_EPONYM or _names_language(person) or non_entity_kind(person)
                    or PRAISE & set(m.group(2).split())):
                continue  # "Apple's method": an organisation's
            # session 16: "Chan and Wong's algorithm" is the two authors' algorithm, not Wong's
            co = CO_EPONYM_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
            out.append((co.start() if co else m.start(1), m.end(3), "method", "rule:possessive-eponym"))
    for head in EXTRA_HEADS:
        for i in _occurrences(text, head):
            end = i + len(head)
            if text[end : end + 1].isalnum():
                continue
            m = EPONYM_EXTRA_BEFORE.search(text, max(0, i - 60), i + 1)
            word = m.group(1) if m else ""
            if not word or word in COMMON_CAPS or ADJECTIVE_END.search(word) or _names_language(word) or (
                    head == " process" and word in GENERIC_PROCESSES):
                continue
            out.append((m.start(1), end, "method", "rule:possessive-eponym"))
    return sorted(out)


def names_campaign(surface: str) -> bool:
    """ "NLI Shared Task 2017": its first word names the task, not the campaign; the resolver does not join the two
    (hook: resolve.PaperResolver.resolve, where a name's first word alone is taken for the name)."""
    return "shared-task" not in _off11() and SHARED_TASK.search(surface) is not None


# "We benchmark COOVER against ...", "to model X": a type noun that is a verb here types nothing after it.
VERB_NOUNS = frozenset("benchmark benchmarks model models".split())
SUBJECT_BEFORE = re.compile(r"(?:\b(?:[Ww]e|[Tt]o|[Tt]hey|also|then|further|and|can|could|will|should|must)|\w+ly)\s+$")


def type_word_is_verb(text: str, at: int) -> bool:
    """True where the type noun at ``at`` ("benchmark" in "We benchmark COOVER") is a verb: a subject, "to", a modal
    or an adverb right before it (dev6). Hook: rules.find_rule_spans, the preceded-by-type rule."""
    word = text[at : at + 10].split(None, 1)[0].lower() if text[at:at + 1] else ""
    if "verb-type-word" in _off11() or word not in VERB_NOUNS:
        return False
    return SUBJECT_BEFORE.search(text, max(0, at - 20), at) is not None


def only_shared_task_rule(entity) -> bool:
    """True for an entity every mention of which the shared-task rule found (results.attach_results leaves it out)."""
    return bool(entity.mentions) and all(m.rule == "rule:shared-task-name" for m in entity.mentions)


# -- session 12 (the misses of three random sets, dev5, dev6 and dev7, pooled) -------------------------------------
# Switched off with PAPERKG_RECALL12 ("off" or a comma list of these names), for ablations only.
DECISIONS12 = ("generic-head-named", "evaluation-task", "spelt-acronym", "technique-after-focus", "title-led-short-form")


def _off12() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL12", DECISIONS12)


# Heads that only say "a model" (resolve.GENERIC_HEADS): a lower-case long form ending in one is no name by itself.
GENERIC_KIND_HEADS = frozenset("model models network networks system systems machine machines".split())


def generic_head_named_type(long_form: str, short_forms: list[str], evidence: bool) -> str | None:
    """ "We propose deep structured energy based models (DSEBMs)": a lower-case long form with a generic head is a
    method when the paper names it (``evidence``: the proposal verb's object, a naming cue) with a made-up short
    form of three capitals or more, and a word of its own beside the generic ones ("structured", "energy"); a
    class ("deep neural networks (DNNs)", "graph neural network (GNN)") stays none. Hook: resolve._entity, where
    typing gave no type."""
    if "generic-head-named" in _off12() or not evidence or not long_form.islower():
        return None
    words = long_form.replace("-", " ").split()
    if len(words) < 3 or words[-1] not in GENERIC_KIND_HEADS:
        return None
    if all(w in GENERIC_WORDS for w in words[:-1]):
        return None
    if not short_forms or not all(sum(ch.isupper() for ch in s) >= 3 and s.rstrip("s") not in GENERIC_ACRONYMS
                                  for s in short_forms):
        return None
    return "method"


# Heads of lower-case long forms that name an activity, not a collection: "off-policy evaluation (OPE)".
ACTIVITY_HEADS = frozenset("evaluation evaluations assessment eval".split())


def evaluation_task(long_form: str | None, typ: str | None) -> bool:
    """A lower-case long form ending in "evaluation" that typing made a benchmark is the task of evaluating
    ("off-policy evaluation (OPE)", "human evaluation (HE)"); a benchmark has a name ("the GEM evaluation").
    Hook: resolve._entity."""
    if "evaluation-task" in _off12() or typ != "benchmark" or not long_form or not long_form.islower():
        return False
    return long_form.replace("-", " ").split()[-1] in ACTIVITY_HEADS


# Inside a word, capitals that only spell an acronym: at its end after lower-case letters ("RefinEmenT",
# "estimaTOR"), or a second capital before a lower-case run at its start ("SElf").
SPELLING_CAPS = re.compile(r"[a-z][A-Z]+$|^[A-Z]{2}[a-z]")
WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def spelt_acronym_fragment(name: str, mentions, texts: dict[str, str]) -> bool:
    """ "a SElf-Consistent pseudo label RefinEmenT method, termed as SECRET": a name-shaped span with odd capitals
    whose capitals spell, with those of the words around it, an acronym the text names ("SECRET") is a piece of the
    spelt-out long form, not a name. No parentheses are needed ("termed", "dubbed", "called"). The whole long form
    ("SElf-Consistent pseudo label RefinEmenT") is left alone. Hook: junk.fragment_reason."""
    if "spelt-acronym" in _off12() or not any(SPELLING_CAPS.search(p) for w in name.split() for p in w.split("-")):
        return False
    size = len(WORD.findall(name))
    for field, start, end in mentions:
        text = texts.get(field, "")
        # the name in capitals ("UNIDEC" for "UniDEC") is the name itself, not an acronym it spells
        acronyms = caps_words(text) - {name.upper(), text[start:end].upper()}
        if not acronyms:
            continue
        words = [(m.start(), m.group()) for m in WORD.finditer(text, max(0, start - 80), min(len(text), end + 80))]
        first = next((k for k, (s, _) in enumerate(words) if s == start), None)
        if first is None:
            continue
        last = first + size - 1
        own = "".join(ch for _, w in words[first : last + 1] for ch in w if ch.isupper())
        # its own capitals are a whole long form, not a fragment of one (memo.py: the loop over runs of words)
        if spells_acronym([w for _, w in words], first, last, own, acronyms):
            return True
    return False


# "(DR) estimators", "estimators": a technique noun right after a name (or after its short form in parentheses).
TECHNIQUE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:estimators?|algorithms?|methods?|models?|networks?|frameworks?|architectures?"
    r"|techniques?|optimizers?|classifiers?|procedures?|schemes?|policies|policy|samplers?)\b")


def technique_follows(text: str, end: int) -> bool:
    """ "we focus on the doubly robust (DR) estimators": a name followed by a technique noun is the technique, not
    the task the paper focuses on. Hook: self_typing.stated_data_or_metric ("we focus on <phrase>" -> task)."""
    return "technique-after-focus" not in _off12() and TECHNIQUE_AFTER.match(text, end, end + 30) is not None


def title_led_short_form(mention_texts, title: str | None) -> bool:
    """ "FPNN: Field Probing Neural Networks for 3D Data": a short form the paper's title leads with is the paper's
    own name, not the sense another paper defines for the same letters ("filter pairing neural network (FPNN)").
    Hook: canonical.local_key, before a bare short form is given the corpus's sense (the caller keeps the sense
    when the title spells it out: "SO-Net: Self-Organizing Network")."""
    if "title-led-short-form" in _off12() or not title or ":" not in title:
        return False
    lead = title.split(":", 1)[0].strip()
    return lead in mention_texts


# -- session 13 (false negatives and positives of held-out 1 and dev3-dev7 pooled) ----------------------------
# Switched off with PAPERKG_RECALL13 ("off" or a comma list of these names), for ablations only.
DECISIONS13 = ("language-corpus", "satisfiability-task", "whole-kind-word")


def _off13() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL13", DECISIONS13)


# "Balanced Corpus of Contemporary Written Japanese", "National Corpus of Polish": a data noun, "of", and what the
# data holds, a language included. rules.data_head_first_spans finds these names; the glued-language filter
# (junk.glued_language_reason: "LSTM Russian") dropped every one that ends in a language name.
LANGUAGE_CORPUS = re.compile(r"(?:^|\s)(?:Corpus|Corpora|Treebank|Database)\s+[Oo]f\s+(?:the\s+)?[A-Z]")


# A lower-case word after the name that goes on describing the data: "a Treebank of Swedish medical texts".
DESCRIPTION_GOES_ON = re.compile(
    r"\s+(?!(?:and|or|as|of|with|in|is|was|are|were|which|that|to|for|from|by|on|at|into|has|have|contains?)\b)[a-z]")


def language_corpus(name: str, mentions=(), texts=None) -> bool:
    """True for a data resource named "... Corpus of <words> <Language>": the language is part of its name, unless
    lower-case words go on describing the data after a mention ("the Treebank of Swedish medical texts").
    ``mentions``: (field, start, end) in ``texts``. Hook: junk.junk_reason, before the glued-language filter."""
    if "language-corpus" in _off13() or LANGUAGE_CORPUS.search(name) is None:
        return False
    return not any(DESCRIPTION_GOES_ON.match((texts or {}).get(f, ""), end) for f, _, end in mentions)


def quoted_mid_sentence(before: str) -> bool:
    """ "the newspaper subcorpus of the “Balanced Corpus of ...”": an opening quote after a lower-case word or a
    comma is inside a sentence, not a heading (rules.data_head_first_spans reads a quote as a sentence start)."""
    return ("language-corpus" not in _off13() and before[-1:] in ("“", '"')
            and re.search(r"(?:\b[a-z]+|,)\s*$", before[:-1]) is not None)


# Satisfiability is a decision problem: "maximum satisfiability (MAXSAT) solver", "knowledge-base satisfiability
# (KBSat) checking", "SAT solvers". Typing took the solver or the checking for the name's kind (73k graph of main:
# "maximum satisfiability" a method in 22 papers, "Satisfiability" a dataset in 21, "SAT" a method in 10).
# A bare "SAT" is left alone: papers name their own things so ("SAT: Dynamic Spatial Aptitude Training").
SATISFIABILITY = re.compile(r"(?i)(?:\b(?:un)?satisfiability(?: modulo theories)?|^(?:max-?|k-|weighted |partial )sat)$")


def satisfiability_task(name: str, typ: str | None) -> bool:
    """True when a method/data/model name is the satisfiability problem or one of its variants (a task).
    Hook: resolve._entity, after typing."""
    return (typ in ("method", "dataset", "benchmark", "model") and "satisfiability-task" not in _off13()
            and SATISFIABILITY.search(name) is not None)


def whole_kind_word() -> bool:
    """ "UniSeg, an effective and model-agnostic approach": the appositive's kind noun must be a whole word, not the
    first part of a hyphen compound (which made such names models), and come before any clause or preposition.
    Hook: rules.py's appositive and copula patterns."""
    return "whole-kind-word" not in _off13()


# -- session 14 (dev8's misses pooled with the 39 left of held-out 1 and dev3-dev7) ---------------------------
# Switched off with PAPERKG_RECALL14 ("off" or a comma list of these names), for ablations only.
RULES14 = ("named-lower", "data-paren-list")
DECISIONS14 = ("own-generic-acronym",)


def _off14() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL14", RULES14 + DECISIONS14)


# "a novel architecture called adaptive multi-pass decoder", "a technique called graph fission", "which we call
# ``camera-multiplex''", "we refer to this approach as context-aware feature selection": the paper names its own
# technique with a naming cue, in lower case. rules.NAMING and NAMING_VERB take capitalised or name-shaped names only.
# A technique noun before the participle (not "a problem called overfitting"); after "we call"/"refer to ... as",
# a determiner and a technique noun, or quotes.
NAMED_TECH = ("method", "approach", "algorithm", "architecture", "framework", "technique", "strategy", "scheme",
              "procedure", "mechanism", "estimator", "network", "model", "module", "loss", "objective", "regularizer",
              "layer", "operator", "paradigm", "heuristic", "sampler", "decoder", "encoder", "attention", "policy")
_TECH = "|".join(NAMED_TECH)
NAMED_PARTICIPLE = re.compile(rf"\b(?:{_TECH})s?,?\s+(?:called|named|dubbed|termed)(?:\s+as)?\s+$")
# after "we call"/"we term"/"refer to": a determiner and a technique noun ("this approach as"), or nothing (quotes then)
NAMED_VERB_OBJECT = re.compile(
    rf"(?:it\s+|(?:this|our|the)(?:\s+(?:new|novel|proposed))?\s+(?P<tech>{_TECH})\s+)?(?:as\s+)?")
NAMED_PARTICIPLES = (" called ", " named ", " dubbed ", " termed ")
NAMED_VERBS = (" call ", " term ", " dub ", " name ", " refer to ")
WE_BEFORE = re.compile(r"\b[Ww]e\s+$")
NAMED_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# Words that end the name: a clause, a preposition other than "of", a conjunction, an article.
NAMED_STOP = frozenset(
    "which that who whose where when to for in on with by from into using based via and or but as is are was were be "
    "the a an this these its their our it we can will may to than over under between across through while because since "
    "although so if whereas such not only also then thus here there "
    # frequent verbs after a subject ("a method called feedback-alignment shows that ...")
    "shows show uses use has have had achieves outperforms could should would does allows enables provides requires "
    "performs works leads gives makes takes learns yields improves reduces".split())
OPEN_QUOTES, CLOSE_QUOTES = "\"“`'‘", "\"”'’"


def _lower_name_at(text: str, pos: int, quoted: bool) -> int | None:
    """End of a lower-case name of one to five words starting at pos (a one-word name only with a hyphen or
    inside quotes); None where no name ends cleanly: a definition's "(" follows (the abbreviation rule's), a
    coordinated second name ("called cross-view and cross-network contrastiveness"), more lower-case words, a word
    broken at a line end ("named ratio con- tour")."""
    end, words = pos, 0
    while True:
        m = NAMED_WORD.match(text, end)
        if not m or m.group() in NAMED_STOP:
            break
        if m.group() == "of" and (words == 0 or not NAMED_WORD.match(text, m.end() + 1)):
            break
        if words == 5:
            return None  # a longer lower-case run: a description, or a long form cut short
        end, words = m.end(), words + 1
        if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
            break
        end += 1
    end = len(text[:end].rstrip())
    if words == 0 or (words == 1 and "-" not in text[pos:end] and not quoted) or text[end - 3 : end] == " of":
        return None
    after = text[end : end + 6]
    if quoted:
        return end if after[:1] in CLOSE_QUOTES or after[:2] in ("''", ",'") else None
    if after.lstrip()[:1] == "(" or after[:1].isalnum() or after[:1] == "-" or re.match(r"\s+(?:(?:and|or)\s+[a-z]|[A-Z0-9])", after):
        return None
    return end


def named_lower_spans(text: str, title: str | None = None) -> list[tuple[int, int, str, str]]:
    """Lower-case names after a naming cue: "a novel method called prediction filtering", "we refer to this
    approach as context-aware feature selection". Typed method (a "model called ..." is one in most papers).
    ``title`` is not read: a title that spells the name ("Adaptive Multi-pass Decoder for ...") is more evidence,
    and the title rules miss most such names. "we call it X", "which we call “X”" name concepts as often as
    techniques (read on the 73k corpus): only with a technique noun."""
    starts = []
    for cue in NAMED_PARTICIPLES:
        for i in _occurrences(text, cue):
            if NAMED_PARTICIPLE.search(text, max(0, i - 40), i + len(cue)):
                starts.append((i + len(cue), False))
    for cue in NAMED_VERBS:
        for i in _occurrences(text, cue):
            if cue != " refer to " and not WE_BEFORE.search(text, max(0, i - 12), i + 1):
                continue
            obj = NAMED_VERB_OBJECT.match(text, i + len(cue))
            if obj.group("tech") is not None:
                starts.append((obj.end(), False))
    out, seen = [], set()
    for j, needs_quotes in sorted(starts):
        k = j
        while k < len(text) and text[k] in OPEN_QUOTES:
            k += 1
        quoted = k > j
        if k >= len(text) or not text[k].islower() or k in seen or (needs_quotes and not quoted):
            continue
        end = _lower_name_at(text, k, quoted)
        if end is not None:
            seen.add(k)
            out.append((k, end, "method", "rule:named-lower"))
    return out


# "We propose a Similarity Learning Module (SLM)", "a novel Position Module (PM)": a short form that usually names a
# class (GENERIC_ACRONYMS: SLM a small language model, PM, FM, AD) is the paper's own name where the paper defines it
# with a capitalised long form, spelt letter for letter by its initials, as the thing it proposes. Its type is the
# long form's, a method only (a "Statistical Language Model (SLM)" stays a class: its head is generic).
INITIAL_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# Generic short forms that name fields and hardware, never a paper's own technique ("Graphics Processing Units
# (GPUs)", "Machine Learning (ML)" after "we propose": 6 of 22 such definitions on 6,931 73k abstracts).
FIELD_OR_DEVICE = frozenset("AI AGI ML DL NLP NLU NLG CV IR GPU GPUs CPU CPUs TPU TPUs IoT API APIs UI UX".split())


def _spelt_by_initials(long_form: str, short: str) -> bool:
    letters = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    words = [w for w in INITIAL_WORDS.findall(long_form.replace("-", " ")) if w.lower() not in ("of", "for", "and", "the", "in", "on", "with", "to", "a")]
    return len(words) == len(letters) and all(w[0].lower() == ch.lower() for w, ch in zip(words, letters))


def own_generic_acronym_type(long_form: str, short_forms: list[str], proposed: bool, long_form_type, method_like) -> str | None:
    """The type of a proposed, capitalised definition of a generic short form, else None. ``long_form_type``: a
    callable giving the long form's type with evidence; ``method_like``: is a head noun a technique's ("module";
    not "Knowledge Graph (KG)", which later typing makes data). Hook: resolve.PaperResolver._entity, for a name with
    no type."""
    if "own-generic-acronym" in _off14() or not proposed or long_form.islower():
        return None
    if not any(s in GENERIC_ACRONYMS and s not in FIELD_OR_DEVICE and _spelt_by_initials(long_form, s) for s in short_forms):
        return None
    words = INITIAL_WORDS.findall(long_form)
    if not words or not all(w[0].isupper() for w in words if w.lower() not in ("of", "for", "and", "the", "in", "on", "with", "to", "a")):
        return None
    head = words[-1].lower()
    if head in GENERIC_HEADS or head.rstrip("s") in GENERIC_HEADS or not (method_like(head) or method_like(head.rstrip("s"))):
        return None
    return "method" if long_form_type() == "method" else None


# "two popular benchmark PPI corpora (BioInfer and HRPD50)", "German UD corpora (GSD and PUD)": a list of names in
# brackets right after a plural data noun that rules.LIST_INTRO does not anchor on (it takes "datasets (...)").
# A listed name keeps its list's type ("table corpora (TAPAS and TaBERT)"); the rule types the others (resolve._type
# prefers it to a name's shape). Every item must look like a name (capitalised, up to three words); a citation ("(Klein and Manning, 2004)"), a
# language ("(English, Persian)") or anything else in the list and the whole list is left alone.
PAREN_DATA_NOUNS = (" corpora (", " Corpora (", " treebanks (", " Treebanks (", " collections (", " data sets (")
PAREN_ITEM = re.compile(r"(?:[A-Z0-9][\w\-+.]*|[a-z]+[A-Z][\w\-+.]*)(?:\s[A-Z0-9][\w\-+.]*){0,2}")
PAREN_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def data_paren_list_spans(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for noun in PAREN_DATA_NOUNS:
        for i in _occurrences(text, noun):
            start = i + len(noun)
            close = text.find(")", start, start + 120)
            if close < 0:
                continue
            body = text[start:close]
            items = [x for x in PAREN_SPLIT.split(body) if x]
            if len(items) < 2 or " et al" in body or (len(items) == 2 and " or " in body) or re.search(r"\b(?:1[89]|20)\d\d\b", body) and "," in body and not all(
                    any(ch.isalpha() for ch in x.split()[0]) for x in items):
                continue
            if not all(PAREN_ITEM.fullmatch(x) and x.split()[0] not in COMMON_CAPS and not _names_language(x.split()[-1])
                       and x not in GENERIC_ACRONYMS and not re.fullmatch(r"(?:1[89]|20)\d\d", x) for x in items):
                continue
            pos = start
            for x in items:
                s = text.index(x, pos)
                pos = s + len(x)
                out.append((s, pos, "dataset", "rule:data-paren-list"))
    return out


# -- session 16 (study sets dev3-dev6 and held-out 1) ---------------------------------------------------------
# Switched off with PAPERKG_RECALL16 ("off" or a comma list of these names), for ablations only.
DECISIONS16 = ("class-use",)


def _off16() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL16", DECISIONS16)


# "data augmentation methods", "federated learning algorithms", "a visual attention mechanism": a listed technique
# written in plain lower case right before a plural class noun names a family of techniques, not one the paper uses
# (the gold leaves such families out or optional); also before "mechanism" (GUIDELINE.md: "attention mechanism" is
# generic). A singular head is left alone: "a simulated annealing scheme", "a label propagation method" name the
# technique used about as often as a family (read on the 73k build, docs/history/extraction-quality.md).
CLASS_HEADS = re.compile(
    r"(?:-based)?\s+(?:methods|algorithms|approaches|techniques|models|frameworks|mechanisms?|strategies|schemes|paradigms)\b")
PLAIN_LOWER = re.compile(r"[a-z]+(?:[\- ][a-z]+)*")


def class_use(spans: list[tuple[str, int, int]], sources: list[str], texts: dict[str, str]) -> bool:
    """True when a listed technique, found only by the lists, is written in the abstract only in plain lower case
    right before a class noun (``spans``: (field, start, end) of its mentions; titles are not read: they are in title
    case and "... for Federated Learning" says nothing). Hook: resolve.PaperResolver._entity, for a listed method
    or model with no definition of its own."""
    if "class-use" in _off16() or not all(s.startswith("gazetteer") for s in sources):
        return False
    abstract = [(start, end) for field, start, end in spans if field == "abstract"]
    text = texts.get("abstract", "")
    return bool(abstract) and all(PLAIN_LOWER.fullmatch(text[s:e]) and CLASS_HEADS.match(text, e) for s, e in abstract)


# -- session 17 (dev9's first-sight errors pooled with dev3-dev8) ---------------------------------------------
# Switched off with PAPERKG_RECALL17 ("off" or a comma list of these names), for ablations only.
RULES17 = ("kind-acronym-variant", "numbered-data-name", "kind-variant-descriptive")
DECISIONS17 = ("appositive-head",)


def _off17() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL17", RULES17 + DECISIONS17)


# ", an efficient Web-based LLM inference framework", ", a dataset distillation method": the kind an appositive
# gives is its head, the last type word of the noun phrase, not the first ("LLM", "dataset" modify it). A type
# word further on counts only across up to three plain words that go on the noun phrase: no preposition, article,
# conjunction, verb form or clause word between ("a dataset of model outputs", "a benchmark that models ...").
_NOT_IN_PHRASE = frozenset((
    "of", "for", "to", "in", "on", "with", "from", "by", "as", "at", "into", "over", "than", "and", "or", "that",
    "which", "who", "whose", "where", "a", "an", "the", "is", "are", "was", "were", "its", "their", "but"))
_PHRASE_WORD = re.compile(r"\s+([\w\-]+)")
_LAST_WORD = re.compile(r"([\w\-]+)$")
_DATA_KINDS = frozenset(("dataset", "benchmark"))
_EVALUATION = re.compile(r"(?i)(?<![\w\-])evaluation(?![\w\-])")


def appositive_head(text: str, end: int, type_words) -> str | None:
    """The type word that heads the noun phrase whose first type word ends at ``end`` (lower case), or None when
    that first one is the head. ``type_words``: rules.APPOSITIVE_TYPE. Hook: rules.find_rule_spans's appositive."""
    if "appositive-head" in _off17():
        return None
    last, pos = None, end
    for _ in range(4):
        m = _PHRASE_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1).lower()
        if word in _NOT_IN_PHRASE or word.endswith("ly"):
            break  # a clause, a preposition, an adverb: the phrase has ended
        if word.endswith(("ing", "ed")) and word not in type_words:
            after = _PHRASE_WORD.match(text, m.end(1))
            if not (after and after.group(1).lower() in type_words):
                break  # a verb form ("trained on"); "an LLM serving framework" goes on
        last, pos = word, m.end(1)
        if not text.startswith(" ", pos):
            break  # punctuation right after the word ends the phrase
    if last not in type_words or _EVALUATION.search(text, end - 10, pos):
        return None  # "an evaluation method/framework" scores models: a benchmark (GUIDELINE.md), as the first word says
    if type_words[last] == "model":
        return None  # "a graph neural network model": a proposed architecture stays a method, as the first word says
    first = _LAST_WORD.search(text, max(0, end - 40), end)
    if first and {type_words.get(first.group(1).lower()), type_words[last]} <= _DATA_KINDS:
        return None  # "a benchmark dataset": one class; the guideline calls what the abstract calls a benchmark one
    return last  # the head is the phrase's last word


# "an Exemplar SVM", "Transductive SVMs", "a Wasserstein GAN", "the Least Squares SVM": capitalised words right
# before a kind acronym in mid-sentence name one variant of the kind; the list finds only the acronym (a class).
# Not a definition missing its brackets ("Convolutional Neural Networks CNNs": the words spell the acronym), not a
# language, a sentence start, a common word ("The", "Deep"?) or a plural word ("Networks", "Neurons").
KIND_ACRONYMS = ("SVM", "GAN", "RNN", "LSTM", "CRF", "VAE", "HMM", "MLP", "CNN")
KIND_VARIANT = re.compile(
    r"(?<=[a-z0-9,;(] )((?:[A-Z][a-z]+(?:-[A-Za-z]+)*\s+){1,3})(" + "|".join(KIND_ACRONYMS) + r")s?(?![\w\-])")
# Modifiers that describe rather than name ("Linear SVM", "Bidirectional LSTM", "Conditional GANs"): words the 73k
# corpus writes in lower case right before a kind acronym at least three times, and three times as often as
# capitalised there (the count and the reading: docs/history/extraction-quality.md, session 17). "Exemplar" (10 lower-case,
# 4 capitalised), "Wasserstein", "Transductive", "Sobolev", "Clockwork" are not in it.
KIND_DESCRIPTIVE = frozenset((
    "accelerate adaptive additional adopt advanced apply applying art attention-based attentional "
    "autoregressive backbone backward base based baseline basic best bi-directional bidirectional bilinear "
    "binary cascade cascaded certain channel-mixing character character-based character-level classic "
    "classical classification classifier co-detection combine combines combining common compact complex "
    "compositional conditional connected construct contextual continuous conventional convolutional "
    "coordinate-based corresponding current decoder deep deeper dense depth des designed different dilated "
    "discrete discriminative dual effective efficient embedded encoder encoder-decoder end-to-end equivariant "
    "evaluate existing expensive explain extending extends factorial feature-based feature-rich final forward "
    "fully-connected future gated general generalizes generic given global graph hierarchical hybrid image "
    "improve improving including independent individual infinite integrates intermediate interpretable kernel "
    "large latent lattice learn learned learning les light-weight lightweight like linear linear-chain local "
    "mainstream makes matching minimax mobile model-based modern modified motion multi-class multi-layer "
    "multi-scale multi-stage multi-task multi-view multiclass multiple nested neural new non-linear normal "
    "normalized novel off-the-shelf one-class one-layer optimal optimizing order original outperform "
    "outperforms output patch-based plain popular powerful pre-trained pretrained previous primal prior "
    "proposed pure quantized rational real-valued recent recurrent regular regularized regularizing "
    "representative resulting robust second-order segmentation sentence separate sequential shallow silent "
    "simple single single-image single-layer small source sparse spatial spatiotemporal specifically sphere "
    "spherical stabilize stabilizes stable stack stacked standard state-of-the-art stepwise strong structural "
    "structure structure-driven structure-evolving structured student style-based successful supervised "
    "task-specific tiny token-mixing traditional train trained training tree-based tree-structured two-stage "
    "two-stream two-tiered typical unconditional underlying understanding unfolding unidirectional unified "
    "unitary unlike unsupervised use uses utilize vanilla variational volumetric well-known wide widely-used "
    "word-level "
).split())


# Always capitalised, so the lower-case count above cannot catch them: distributions and schools that make classes.
KIND_DISTRIBUTIONS = frozenset(("Gaussian", "Bayesian", "Bernoulli", "Poisson", "Markov", "Boolean", "Dirichlet"))


def kind_acronym_variant_spans(text: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    for m in KIND_VARIANT.finditer(text):
        words = m.group(1).split()
        if words[0] in COMMON_CAPS or words[0].lower() in KIND_DESCRIPTIVE or any(w in LANGUAGE_NAMES for w in words):
            continue
        if words[0] in KIND_DISTRIBUTIONS or words[-1].rsplit("-", 1)[-1].endswith("ed"):
            continue  # "Gaussian HMM", "Bayesian CNN": classes; "Transformer-based VAE", "Sintel-trained CNN": described
        if any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in words):
            continue  # "Neural Networks CNNs", "Long Short-Term Memory Neurons LSTM": a long form, not a variant
        if "".join(p[0] for w in words for p in w.split("-")).upper().endswith(m.group(2)):
            continue  # "Long Short-Term Memory LSTM", "Support Vector Machine SVM"
        if kind_described18(words):
            continue
        out.append((m.start(1), m.end(), "method", "rule:kind-variant"))
    return out


# Session 18 (issue 10): the rule above still made classes at 73k ("Residual RNN", "Siamese CNN", "Semantic GAN",
# "Pyramid CNN") and a misspelt one ("Guassian HMM"). A modifier the corpus writes in lower case before a kind
# acronym, its long form or "network(s)" (kind_descriptive_phrases.tsv: "residual networks", "siamese network") is a
# description; so is a word one letter off a descriptive word or a distribution ("Guassian", "Conditonal").
# "Tree LSTMs", "Exemplar SVM", "Ranking SVM", "Sobolev GAN" stay: the corpus writes them in lower case under 15 times.
@lru_cache(maxsize=1)
def kind_descriptive_phrases() -> frozenset[str]:
    return frozenset(row[0].strip() for row in data_rows("kind_descriptive_phrases.tsv"))


def _one_letter_off(a: str, b: str) -> bool:
    """One letter dropped, added, changed, or two neighbours swapped ("Guassian" / "Gaussian")."""
    if a == b or abs(len(a) - len(b)) > 1 or a.startswith(b) or b.startswith(a):
        return False  # an ending more or less is another word form ("Improved" / "improve"), not a slip
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                   and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_MISSPELT_FROM = 7  # only words this long: short words one letter apart are other words ("Note" / "Nets")


def kind_described18(words: list[str]) -> bool:
    """Capitalised words before a kind acronym that describe the kind rather than name a variant."""
    if "kind-variant-descriptive" in _off17():
        return False
    phrase = " ".join(" ".join(words).lower().replace("-", " ").split())
    if phrase in kind_descriptive_phrases():
        return True
    first = words[0]
    if len(first) < _MISSPELT_FROM:
        return False
    low = first.lower()
    return (any(_one_letter_off(first, d) for d in KIND_DISTRIBUTIONS)
            or any(_one_letter_off(low, d) for d in KIND_DESCRIPTIVE if len(d) >= _MISSPELT_FROM))


# "on the MIT Scene 67 benchmark", "the Caltech 256 dataset", "the Penn Discourse Treebank 2 corpus": a capitalised
# run that ends in a number right before a data noun is a data name (the followed-by-type rule takes name-shaped
# words only, and a bare number is none). Years are rules.year_named_spans'; "Table 2", "Task 1", "Phase 1" are not
# names.
NUMBERED_DATA = re.compile(
    r"(?<![\w\-])((?:[A-Z][\w\-]*\s+){1,3}\d{1,3})\s+(benchmark|dataset|database|corpus|benchmarks|datasets)(?![\w\-])")
_NOT_NUMBERED = frozenset(("Table", "Figure", "Fig", "Section", "Task", "Phase", "Level", "Stage", "Step", "Part",
                           "Version", "Round", "Experiment", "Chapter", "Appendix", "Track", "Subtask", "Setting", "Type"))


def numbered_data_spans(text: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    for m in NUMBERED_DATA.finditer(text):
        words = m.group(1).split()
        if words[0] in COMMON_CAPS or any(w in _NOT_NUMBERED for w in words[:-1]):
            continue
        if words[-2].endswith("-") or any(ch.isdigit() for ch in words[-2]):
            continue  # "CIFAR- 10" (a word broken at a line end), "NYUv2 303 images" (a count after a name)
        noun = m.group(2).rstrip("s")
        out.append((m.start(1), m.end(1), "benchmark" if noun == "benchmark" else "dataset", "rule:numbered-data"))
    return out


KIND_QUICK = re.compile(r"[A-Za-z] (?:" + "|".join(KIND_ACRONYMS) + ")")
NUMBERED_QUICK = re.compile(r"\d\s+(?:benchmark|dataset|database|corpus)")
# Session 28: both quick tests by str.find of their literal parts; re entered KIND_QUICK at every letter and
# NUMBERED_QUICK at every digit (~8 us an abstract each). The same answer: tests/unit/test_speed31.py.
SPACED_KIND_ACRONYMS = tuple(" " + a for a in KIND_ACRONYMS)
NUMBERED_NOUNS = ("benchmark", "dataset", "database", "corpus")


def kind_quick(text: str) -> bool:
    """``KIND_QUICK.search(text) is not None``: an ASCII letter, a space and one of KIND_ACRONYMS."""
    for spaced in SPACED_KIND_ACRONYMS:
        i = text.find(spaced, 1)
        while i != -1:
            if "a" <= text[i - 1] <= "z" or "A" <= text[i - 1] <= "Z":
                return True
            i = text.find(spaced, i + 1)
    return False


def numbered_quick(text: str) -> bool:
    """``NUMBERED_QUICK.search(text) is not None``: a digit, white space, then a data noun. re's \\d is
    str.isdecimal() and \\s str.isspace()."""
    for noun in NUMBERED_NOUNS:
        i = text.find(noun, 2)
        while i != -1:
            j = i
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j < i and j > 0 and text[j - 1].isdecimal():
                return True
            i = text.find(noun, i + 1)
    return False


def extra_rule_spans17(text: str) -> list[tuple[int, int, str, str]]:
    """Session 17's rule spans of an abstract (called from extra_rule_spans)."""
    off = _off17()
    out: list[tuple[int, int, str, str]] = []
    # Quick tests first (most abstracts have neither shape): the full patterns cost 3 % of extraction on their own.
    # A str test before the regex (its leading class gets none of re's search shortcuts); same texts pass.
    if "kind-acronym-variant" not in off and kind_quick(text):
        out += kind_acronym_variant_spans(text)
    if "numbered-data-name" not in off and numbered_quick(text):
        out += numbered_data_spans(text)
    return out


# -- session 18 (recall on unseen abstracts) -------------------------------------------------------------------
# Switched off with PAPERKG_RECALL18 ("off" or a comma list of these names), for ablations only.
# data-acronyms: the mined lexicon (lexicon_mined.py) also holds data acronyms the corpus confirms as datasets or
# benchmarks in three or more papers and never as anything else (SUNCG, YTF, IXMAS: data/mined_data_acronyms.tsv,
# scripts/mine_data_acronyms.py); the learned classifier keeps almost no acronym, so a paper naming one bare
# ("experiments on the SUNCG data") found nothing.
RULES18 = ("data-acronyms",)


def _off18() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL18", RULES18)


def data_acronyms_on() -> bool:
    return "data-acronyms" not in _off18()


# -- session 19 (dev10's misses: names the abstract itself calls data) ---------------------------------------
# Switched off with PAPERKG_RECALL19 ("off" or a comma list of these names), for ablations only.
# data-noun-fragment: "experiments on the NuScenes dataset": a one-word name shaped like a spelt-out fragment
#   (junk.SPELT_FRAGMENT: "NuScenes", "GoEmotions", "TuSimple") that a data noun follows names the data; a fragment
#   of a long form spelt out for its acronym stands inside the long form, not before "dataset".
# listed-data-noun: "evaluate it using the DARE dataset", "the EMEA corpus": a listed name the lists type a method
#   or model, written "the X dataset/corpus/database/benchmark/treebank", is that data in this paper (an ambiguous
#   acronym or a resource the lists took for a technique).
# data-head-of: "the NUS Corpus of Learner English (NUCLE)": a capitalised long form whose words before its first
#   "of" end in a data noun (Corpus, Dataset, Database, Treebank) is a dataset; its head word ("English") is no type.
# type-comma-definition: "our proposed algorithm, Divide and Conquer QUIC (DC-QUIC)": the type-comma-name rule's
#   technique noun types a defined long form whose own head ("QUIC") says nothing.
# augmentation-head: "Normalized Feature Mixup (NFM)", "Compositional Semantic Mix (CoSMix)": a capitalised long form
#   headed by a data-augmentation coinage (lexicon.METHOD_HEADS has "augmentation", not these) is a method.
RULES19 = ("data-noun-fragment",)
DECISIONS19 = ("listed-data-noun", "data-head-of", "type-comma-definition", "augmentation-head")
AUGMENTATION_HEADS = frozenset(("mixup", "mix", "cutmix", "cutout"))


def _off19() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL19", RULES19 + DECISIONS19)


DATA_NOUN_AFTER = re.compile(r" (dataset|corpus|database|benchmark|treebank)\b")
_THE_BEFORE = re.compile(r"(?:^|[^\w\-])[Tt]he $")


def data_noun_fragment(name: str, mentions, texts: dict[str, str]) -> bool:
    """True when a one-word name is followed by a data noun at one of its mentions and no capitalised word stands
    right before that mention ("the NuScenes dataset", not "Diverse Indoor SCenes dataset"). ``mentions``: (field,
    start, end) in ``texts``. Hook: junk.fragment_reason (the spelt-fragment shape)."""
    if "data-noun-fragment" in _off19() or " " in name:
        return False
    for field, start, end in mentions:
        text = texts.get(field, "")
        if (text[start:end] == name and DATA_NOUN_AFTER.match(text, end)
                and not CAPS_WORD_BEFORE.search(text, max(0, start - 40), start)):
            return True
    return False


def listed_data_noun_type(name: str, spans: list[tuple[str, int, int]], texts: dict[str, str]) -> str | None:
    """"dataset" or "benchmark" when the abstract writes the name itself as "the NAME <data noun>" (``spans``: the
    name's (field, start, end)); None otherwise. Hook: resolve.PaperResolver._entity, for a listed method or model
    with no definition of its own in the paper."""
    if "listed-data-noun" in _off19():
        return None
    text = texts.get("abstract", "")
    for field, start, end in spans:
        if field != "abstract" or text[start:end] != name or not _THE_BEFORE.search(text, max(0, start - 5), start):
            continue
        m = DATA_NOUN_AFTER.match(text, end)
        if m:
            return "benchmark" if m.group(1) == "benchmark" else "dataset"
    return None


_DATA_HEAD_OF = re.compile(r"(?:^|\s)(Corpus|Corpora|Dataset|Database|Treebank)\s+of\s+[A-Z]")


def untyped_definition_type(long_form: str, short_forms: list[str], sources_types: list[tuple[str, str | None]]) -> str | None:
    """The type of a defined long form no head word typed (``sources_types``: (source, type) of the group's
    candidates), or None. Hook: resolve.PaperResolver._entity, before the "no-type" drop."""
    off = _off19()
    if "data-head-of" not in off and not long_form.islower():
        m = _DATA_HEAD_OF.search(long_form)
        if m and all(w[:1].isupper() for w in long_form[: m.start(1)].split()):
            return "dataset"
    # "In our approach, Convolutional Neural Network (CNN) and ...": a class's usual acronym is no coinage (73k read)
    if "type-comma-definition" not in off and not any(sf in GENERIC_ACRONYMS for sf in short_forms) and any(
            source == "rule:type-comma-name" and typ == "method" for source, typ in sources_types):
        return "method"
    if "augmentation-head" not in off and not long_form.islower() and (long_form.split() or [""])[-1].lower() in AUGMENTATION_HEADS:
        return "method"
    return None


# -- session 20 (misses pooled over every study set) ---------------------------------------------------------------
# Switched off with PAPERKG_RECALL20 ("off" or a comma list of these names), for ablations only.
# title-echo: "Learning Latent Variable Models by Pairwise Cluster Comparison" and "the concept of pairwise cluster
#   comparison PCC", "Partial Enumeration and Curvature Regularization" and "our partial enumeration technique": a
#   phrase the title capitalises, written in lower case in the abstract with a cue (the/this/our before it and a
#   technique noun after it, its initials after it, or a naming word before it) is the technique the title names. Lower-case
#   technique names were a third of the misses of the study sets, in most sets; the title is the paper's own typography.
RULES20 = ("title-echo", "resource-tail")


def _off20() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL20", RULES20)


STOP_WORDS_LOWER = frozenset(w for w in STOP_WORDS if w.isalpha())
TITLE_WORD = re.compile(r"[A-Za-z][\w'’]*(?:-[\w'’]+)*")
TITLE_CONNECTORS = frozenset("and of for with in on via".split())
# Heads that name classes and fields more than one technique ("Latent Variable Models", "Kernel Learning").
ECHO_GENERIC_HEADS = frozenset(
    "model models network networks learning system systems data problem problems task tasks analysis approach approaches "
    "method methods framework frameworks representation representations regularization optimization estimation inference "
    "classification detection recognition segmentation generation prediction translation".split())
# Only nouns that name a procedure: "the X method/framework/approach" is as often a description ("our atlas
# selection method", "the information bottleneck framework"), read on the 73k corpus.
ECHO_TECH_AFTER = re.compile(r"\s+(?:technique|algorithm)\b")
# A description ("a novel image cropping method", "introduce blockwise training") is no name: a technique noun
# counts only after a determiner that points at one thing ("the X algorithm", "our X technique").
ECHO_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Tt]hese|[Ii]ts)\s+$")
# Quotes are left out: they mark concepts as often ("this “blessing of dimensionality”").
ECHO_NAMING_BEFORE = re.compile(r"(?<!so-)(?<!so )(?<!non-)\b(?:called|named|termed|dubbed)\s+$")  # "the so-called semantic gap": a phenomenon
# "non-named location phrases": an adjective, no cue (session 21).
# "a problem called subspace recovery", "a novel notion called X", "a setting termed X": what is named is no technique.
ECHO_NOT_TECHNIQUE = re.compile(r"\b(?:problem|task|setting|notion|concept|phenomenon|effect|property|issue|challenge|"
                                r"condition|paradigm|scenario)s?\b[^.;]{0,40}$")
# Session 21 (issue 10): of the 118 title-echo nodes of the session-20 73k build about a quarter were no technique:
# phenomena and properties ("... is called covariate shift", "a process called intention reading", "a novel
# perspective called sensitivity consistency"), tasks ("termed semantic captioning") and the title's own "Named
# Entity ..." read as the cue "named". More nouns that name no technique, in the clause before the cue:
ECHO_NOT_TECHNIQUE21 = re.compile(r"\b(?:process|perspective|situation|sensor|device|"
                                  r"quantity|behaviou?r|variable(?!s? models?))s?\b[^.;]{0,40}$")
# "yielding what are termed stale gradients": "what is called X" names the state the clause before describes.
ECHO_WHAT_IS = re.compile(r"\bwhat\s+(?:is|are|was|were)\s+$")
# Heads that name a property, a quantity, a unit or a change of data, not a procedure ("average-case robustness",
# "concept drift", "maximum margin", "speech acts"),
# and task heads the lexicon's TASK_HEADS leave out ("cross-face age verification").
ECHO_NOTION_HEADS = frozenset("shift drift robustness consistency fairness invariance stability sparsity smoothness "
                              "margin act definition verification".split())
# "individually fair", "differentially private": an adverb and one word after it make a property, not a name.
ECHO_ADVERB_FIRST = re.compile(r"^[a-z]+(?:ally|ively|ously|ently)$")
# After the phrase: punctuation, a bracket, or a function word ("called sketch tokens, are", "named X to ..."); a
# content word goes on with the name ("called adaptive exponential filtering" of a title's "Adaptive Exponential Smoothing").
ECHO_ENDS = re.compile(r"\s*(?:[.,;:)(]|$)|\s+(?:" + "|".join(sorted(STOP_WORDS_LOWER)) + r")\b")


def _title_runs(title: str) -> list[list[str]]:
    """Runs of capitalised title words (connectors inside), each at least two capitalised words."""
    runs: list[list[str]] = []
    run: list[str] = []
    last = 0
    for m in TITLE_WORD.finditer(title):
        w = m.group()
        if run and title[last : m.start()] != " ":  # "Models: Consistency", "Sampling, and"
            runs.append(run)
            run = []
        last = m.end()
        if w[0].isupper() and not w.isupper():
            run.append(w)
        elif run and w in TITLE_CONNECTORS:
            run.append(w)
        else:
            runs.append(run)
            run = []
    runs.append(run)
    out = []
    for r in runs:
        while r and r[-1] in TITLE_CONNECTORS:
            r = r[:-1]
        if sum(w[0].isupper() for w in r) >= 2:
            out.append(r)
    return out


def _initials(words: list[str]) -> str:
    return "".join(p[0] for w in words if w not in TITLE_CONNECTORS for p in w.split("-") if p).upper()


def _echo_cued(text: str, start: int, end: int, words: list[str]) -> bool:
    if ECHO_TECH_AFTER.match(text, end) and ECHO_DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return True
    after = text[end : end + 16]
    short = re.match(r" ([A-Z][A-Za-z]{1,7})s?\b", after)  # "(PCC)" is the abbreviation rule's definition
    if short and short.group(1).upper() == _initials(words):
        return True
    cue = ECHO_NAMING_BEFORE.search(text, max(0, start - 30), start)
    return (bool(cue) and bool(ECHO_ENDS.match(text, end)) and not ECHO_NOT_TECHNIQUE.search(text, max(0, start - 60), start)
            and not _echo_names_notion(text, cue.start() if cue else start))


def _echo_names_notion(text: str, cue: int) -> bool:
    """ "a process called X", "what is termed X": the naming cue at ``cue`` names a notion (session 21)."""
    if "title-echo-guard" in _off20():
        return False
    return bool(ECHO_NOT_TECHNIQUE21.search(text, max(0, cue - 50), cue) or ECHO_WHAT_IS.search(text, max(0, cue - 12), cue))


def _echo_not_name(words: list[str], run: list[str], i0: int, text: str, start: int) -> bool:
    """A title phrase that is no technique's name (session 21): its head names no entity (a task, a notion, a
    property: resolve.type_from_head, ECHO_NOTION_HEADS), it starts with an adverb, or the title's word before it
    stands before it in the abstract too ("named entity types" of "Named Entity Types": a cut name, and "named" is
    then no naming cue)."""
    from . import resolve  # here, not at the top: resolve imports this module
    phrase = " ".join(words)
    if resolve.type_from_head(phrase) is None or resolve.head_noun(words[-1]) in ECHO_NOTION_HEADS:
        return True
    if len(words) == 2 and ECHO_ADVERB_FIRST.match(words[0].lower()):
        return True  # not "spatially ordered and weighted patch", "differentially private data-free distillation"
    if i0 == 0:
        return False
    before = re.search(r"([A-Za-z][\w'’]*)[\s-]+$", text[max(0, start - 30) : start])
    return bool(before) and before.group(1).lower() == run[i0 - 1].lower()


def title_echo_spans(text: str, title: str | None) -> list[tuple[int, int, str, str]]:
    """Lower-case phrases of the abstract the title writes capitalised, with a cue (see RULES20); typed method."""
    if not title or "title-echo" in _off20():
        return []
    found: list[tuple[int, int, str, str]] = []
    for run in _title_runs(title):
        # A phrase is in the text only if each two neighbouring words of it are: one test per pair of the run,
        # not one scan of the text per phrase (same finds). reach[i]: the phrases from word i end by reach[i].
        reach = [len(run)] * len(run)
        for k in range(len(run) - 2, -1, -1):
            reach[k] = reach[k + 1] if f"{run[k]} {run[k + 1]}".lower() in text else k + 1
        grams = [(i, j) for i in range(len(run)) for j in range(min(len(run), reach[i]), i + 1, -1)
                 if run[i] not in TITLE_CONNECTORS and run[j - 1] not in TITLE_CONNECTORS and j - i <= 6]
        for i0, j0 in sorted(grams, key=lambda g: g[0] - g[1]):
            words = run[i0:j0]
            if words[-1].lower() in ECHO_GENERIC_HEADS or sum(w[0].isupper() for w in words) < 2:
                continue
            if words[0].lower() in ("a", "an", "the") or ADJECTIVE_END.search(words[-1]):
                continue  # "the sparse manifold transform" is the rule's span without "the"; "differentially private"
            phrase = " ".join(words).lower()
            # the abstract goes on with the title's next word(s): a cut name ("... selection" of "... selection and classification")
            rest = " " + " ".join(run[j0 : j0 + (2 if run[j0 : j0 + 1] and run[j0] in TITLE_CONNECTORS else 1)]).lower()
            for i in _occurrences(text, phrase):
                end = i + len(phrase)
                if (i and (text[i - 1].isalnum() or text[i - 1] == "-")) or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                    continue
                if j0 < len(run) and text.startswith(rest, end):
                    continue
                if any(s <= i < e or s < end <= e for s, e, _, _ in found) or not _echo_cued(text, i, end, words):
                    continue
                if "title-echo-guard" not in _off20() and _echo_not_name(words, run, i0, text, i):
                    continue
                found.append((i, end, "method", "rule:title-echo"))
    return found


# resource-tail: "the UCR archive", "the UCI repository", "Yelp reviews": a data name is
#   written with a lower-case resource noun the name's fullest form keeps (GUIDELINE.md: "the fullest surface form");
#   "the X dataset/corpus" are left to the data-noun rules (the bare name is the gold's there). Misses of this shape
#   were in four study sets (held-out 1, dev6, dev9, dev10); no gold set marks the bare name before these nouns.
# Not "shared task": "the WMT24 shared task" names the series WMT24 (session 11, shared_task_spans).
RESOURCE_TAIL = re.compile(r"(?<![\w\-./])([A-Z][\w\-]*) (archive|repository|reviews)(?![\w\-])")
# Code and file hosts: "our GitHub repository", "the Zenodo archive" hold code, not a data resource of one name.
CODE_HOSTS = frozenset("GitHub Github GitLab Gitlab Bitbucket Zenodo Figshare HuggingFace Hugging Docker PyPI CRAN Git "
                       "Dataverse OSF Kaggle".split())
# "datasets from the UCI repository", "all datasets from the UCR archive": an archive used as a source of data. Other
# archives and repositories in the 73k corpus are mostly infrastructures (GAMS, Meta-Share, the MPI archive).
FROM_THE_BEFORE = re.compile(r"\bfrom the\s+$")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\(\s*)$")
# "Affect in Tweets shared task": a connector before the word, the name begins earlier.
CONNECTOR_BEFORE = re.compile(r"\b(?:in|of|and|for|between)\s+$")  # not "on": "results on Yelp reviews"
# "will be released via the ELRA repository", "archived in the CLARIN repository": a place data is kept, no data set.
DISTRIBUTION_BEFORE = re.compile(r"\b(?:available|released?|archived|deposited|distributed|download(?:ed)?|shared?|"
                                 r"published|inserted|hosted|stored|submitted)\b[^.;]{0,30}$")


def resource_tail_spans(text: str) -> list[tuple[int, int, str, str]]:
    """A capitalised name and a lower-case resource noun after it (see RULES20), typed by the noun."""
    # Every match holds one of the nouns after a space: a str test first (the pattern's look-behind leads, so re
    # tries it at every character; ~0.05 ms an abstract); same finds.
    if "resource-tail" in _off20() or not (" archive" in text or " repository" in text or " reviews" in text):
        return []
    out = []
    for m in RESOURCE_TAIL.finditer(text):
        name = m.group(1)
        if name in CODE_HOSTS or SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            continue  # "Product reviews were ...": a sentence's first word is capitalised anyway
        if CAPS_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) or re.search(r"\d\s+$", text[max(0, m.start() - 6) : m.start()]):
            continue  # the name goes on before: "News Translation shared task", "UCI ML repository", "Common Crawl archive"
        if (CONNECTOR_BEFORE.search(text, max(0, m.start() - 10), m.start())
                or DISTRIBUTION_BEFORE.search(text, max(0, m.start() - 50), m.start())):
            continue
        if m.group(2) != "reviews" and not FROM_THE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "the GAMS repository and accessibility", "with the MPI archive": a place, not a data source
        if name in COMMON_CAPS or name in GENERIC_ACRONYMS or name in FIELD_OR_DEVICE or name in VENUES or _names_language(name):
            continue  # "The archive", "English reviews"
        out.append((m.start(), m.end(), "dataset", "rule:resource-tail"))
    return out


# -- session 21 (misses of every study set pooled, held-out 11 and dev10 first) -----------------------------------
# Switched off with PAPERKG_RECALL21 ("off" or a comma list of these names), for ablations only.
# proposed-definition: a defined long form that no head word types was dropped with no type in five of the ten study
#   sets (held-out 11: "by introducing In-Context Cross-lingual Transfer (IC-XLT)"; dev8: "we propose a Spatial
#   Similarity Distribution (SSD) ..."; held-out 1, dev3, dev6, dev9). A capitalised long form that is the proposal
#   verb's own object ("we propose Rank Mimicking (RM)", "by introducing X (Y)") names the paper's technique; its short
#   form is no generic acronym, its head no problem, notion or condition ("introducing the Tsybakov Noise Condition").
#   A second cue, a singular technique noun after the short form ("the ... (LSTD) learning algorithm"), lifted only
#   held-out 11 on the study sets and was dropped (docs/history/extraction-quality.md, session 21).
RULES21 = ("proposed-definition",)


def _off21() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL21", RULES21)


# Heads of a proposal's object that are no technique ("we introduce the ... problem (TDKS)", "a ... notion").
NOT_TECHNIQUE_NOUNS = ("problem problems task tasks setting settings notion notions concept concepts phenomenon effect "
                       "property issue challenge condition conditions paradigm scenario equilibrium dataset datasets "
                       "corpus corpora benchmark benchmarks suite language metric metrics score scores measure measures "
                       "index ratio equation equations game games bound bounds quantity quantities criterion criteria "
                       "information expression expressions theory dimension campaign").split()
NOT_TECHNIQUE_HEADS = frozenset(NOT_TECHNIQUE_NOUNS)
# Read on the 73k build: "the ... (OCIM) problem", "(CLAMS ...), a syntactic evaluation suite", "(AAA), which is a
# summary measure", "a new dataset “X (Y)”", "a new concept called X (Y)": the definition names no technique.
_NOT_TECHNIQUE = "|".join(sorted(set(NOT_TECHNIQUE_NOUNS), key=len, reverse=True))
NOT_TECHNIQUE_AFTER = re.compile(rf"[)”\"]*\s*(?:,\s*(?:which is |that is )?(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?)?(?i:{_NOT_TECHNIQUE})\b")
# After the definition: punctuation, a bracket or a clause word. A noun there makes the long form a modifier of a
# longer name ("(RKHS) formulation", "(MILk) attention", "(ET) ticket", "(TAG) parser": 73k build read).
DEFINITION_END = re.compile(r"(?:[.,;:(\[\]–—]|$|(?:" + "|".join(sorted(CLAUSE_WORDS)) + r")\b)")
_CLOSING = ")”\"’' \t\n"
PROPOSAL_GAP = re.compile(r"\b(?:propos|introduc|present|develop|design|devis|creat|build|construct|release|curat|formali[sz])\w*"
                          r"\s+((?:\S+\s+){0,5})[“\"]?$")
# "by introducing X (Y)", "proposing the X (Y)": the gerund of a proposal verb right before (resolve's "verb"
# target reads "we ... propose" only).
PROPOSING_BEFORE = re.compile(r"\b(?:introducing|proposing|presenting)\s+(?:(?:a|an|the|our|novel|new)\s+){0,2}$")


def defined_technique_type(long_form: str, short_forms: list[str], proposed_object: bool, before_long: list[str],
                           after_definition: list[str] = ()) -> str | None:
    """ "method" for a capitalised defined long form no head typed that the paper introduces, else None.
    ``proposed_object``: a mention of the group is the proposal verb's own object (resolve's "verb" target);
    ``before_long``: the text before each mention of the long form; ``after_definition``: the text after the
    definition's bracketed mention (")" first). Hook: resolve.PaperResolver._entity, before the "no-type" drop."""
    if "proposed-definition" in _off21() or long_form.islower():
        return None
    if not short_forms or any(s in GENERIC_ACRONYMS or s.rstrip("s") in GENERIC_ACRONYMS for s in short_forms):
        return None
    words = long_form.split()
    if not words or words[-1].lower() in NOT_TECHNIQUE_HEADS:
        return None
    if any(NOT_TECHNIQUE_AFTER.match(a) or not DEFINITION_END.match(a.lstrip(_CLOSING)) for a in after_definition):
        return None
    for b in before_long:
        gap = PROPOSAL_GAP.search(b)
        if gap and any(w.strip("“\",").lower() in NOT_TECHNIQUE_HEADS for w in gap.group(1).split()):
            return None  # "we present a new dataset “X (Y)”", "we introduce a new concept called X (Y)"
    if proposed_object or any(PROPOSING_BEFORE.search(b) for b in before_long):
        return "method"
    return None


# -- session 22 (misses of every study set pooled, held-out 12 and 11 first) -----------------------------------
# Switched off with PAPERKG_RECALL22 ("off" or a comma list of these names), for ablations only.
# extended-name: a listed name with a word or two in front that make another, defined name was cut to the listed
#   part in most study sets ("natural policy gradient" found as "policy gradient", "stochastic gradient MCMC" as
#   MCMC, "Black Box Variational Inference" as "Variational Inference"). The evidence is the corpus: the longer
#   name is the long form of an abbreviation in two or more papers of the 73k build, gold papers left out
#   (data/extended_names.tsv, scripts/mine_extended_names.py). Where the text writes it whole, the whole is the name.
# article-name: a listed name of "The" and one plain capitalised word ("The Stack", "The Pile") matched in any case
#   was "the stack" of a parser (held-out 12; 20 of the 21 papers of the START 73k build naming The Stack): such a
#   name matches only with its word capitalised ("from The Stack", "on the Pile"). Hook: gazetteer.Gazetteer.
RULES22 = ("extended-name", "article-name")
EXTENDED_WORD = re.compile(r"[A-Za-z0-9]+")


def _off22() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL22", RULES22)


# -- session 23 (issue 10, node precision; the study sample node-precision-study-session23.tsv) ------------------
# Switched off with PAPERKG_PRECISION23 ("off" or a comma list of these names), for ablations only.
# code-pair (junk.language_pair_reason): a language pair in two-letter ISO 639-1 codes, one of them English
#   ("EN-FI", "De-En", "EN/PT"), is no method or data set: "WMT'15 DE-EN and CS-EN" names the language directions of one campaign, and a node
#   "De-En" joined the directions of every campaign. Pairs without English ("NL-PS", a data set) are left alone.
# repeated-name: a data name in which one coined word (a digit, or two capitals) comes twice is two names that
#   lost their comma ("Occluded Human3.6M Human3.6M", "AVEC 2013 AVEC 2014 DAIC"); junk.glued_data_reason.
# shared-task: a name ending in "Shared Task(s)" that the rules typed method or model ("We present the Social Media
#   Mining for Health Shared Tasks") is a benchmark, as the curated campaigns are (junk.retype).
# hyphen-subject: "to", "of", "on" inside a hyphenated compound ("Piano audio-to-score transcription (A2S) is an
#   important yet underexplored task") do not stop the name from being the sentence's subject
#   (self_typing._is_subject), so the sentence's "is a ... task" types it.
# lexical-resource: a name ending in WordNet, VerbNet, FrameNet, Treebank, PropBank or NomBank that the rules typed
#   method or model ("EuroWordNet" in 26 papers of the START 73k graph, "VerbNet" in 39, "SentiWordNet" in 12) is a
#   lexical resource, data like WordNet and FrameNet themselves (junk.retype).
# spelt-word (junk.fragment_reason): a one-word name of a lower-case letter, a capital and lower case ("pArtition" of
#   "LearnIng-based queRy-aware pArtition", "fIring") whose paper also writes the word in another case ("probing
#   partitions") is an ordinary word capitalised to spell an acronym, not a name ("iNaturalist", "iPhone" are never
#   written otherwise).
PRECISION_RULES23 = ("code-pair", "repeated-name", "shared-task", "hyphen-subject", "lexical-resource", "spelt-word")


def _precision_off23() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION23", PRECISION_RULES23)


@lru_cache(maxsize=1)
def _extended_names() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Last word (lower case) -> (words, type) of each mined name ending in it, longest first."""
    by_last: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    text = resources.files("paperkg.extract").joinpath("data/extended_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0]:
            words = tuple(w.lower() for w in EXTENDED_WORD.findall(cells[0]))
            by_last.setdefault(words[-1], []).append((words, cells[1]))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in by_last.items()}


@lru_cache(maxsize=1)
def _extended_last_scan25() -> re.Pattern:
    """A whole lower-case word (a run of [a-z0-9]) that ends a mined name, the names as a prefix tree."""
    return re.compile(r"(?<![a-z0-9])(?:" + alternation(sorted(_extended_names(), key=lambda w: (-len(w), w)))
                      + r")(?![a-z0-9])")


EXTENDED_WORD_CHARS25 = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def extended_name_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Mined extended names written whole (words apart by one space or hyphen), typed as the corpus types them.

    A text (all but those with the Kelvin sign or a dotted capital I) is lower-cased (the same offsets) and only the words that end a mined name are looked at,
    each name's earlier words read backwards from there: the same spans in the same order as the walk over every
    word (``_extended_name_walk25``), 2x cheaper (session 24, round two; tests/unit/test_speed25.py compares them).
    """
    if "extended-name" in _off22():
        return []
    # str.lower keeps every other character's length and maps no other non-ASCII character to ASCII (checked over
    # all code points, session 27): in any text without these two, low[i] is in [a-z0-9] exactly where text[i] is in
    # [A-Za-z0-9], as in an ASCII text, and the same offsets hold.
    if not text.isascii() and ("\u212a" in text or "\u0130" in text):
        return _extended_name_walk25(text)
    names = _extended_names()
    low = text.lower()
    out: list[tuple[int, int, str, str]] = []
    for last in _extended_last_scan25().finditer(low):
        end = last.end()
        for ws, typ in names[last.group()]:
            start = last.start()
            for x in ws[-2::-1]:  # the earlier words, nearest first: one space or hyphen before each, then the word
                b_start = start - 1 - len(x)
                if (b_start < 0 or low[start - 1] not in " -" or low[b_start : start - 1] != x
                        or (b_start and low[b_start - 1] in EXTENDED_WORD_CHARS25)):
                    start = -1
                    break
                start = b_start
            if start < 0:
                continue
            if (start and text[start - 1] in "-/") or text[end : end + 1] == "-":
                continue  # a part of a longer hyphenated word
            out.append((start, end, typ, "rule:extended-name"))
            break
    return out


def _extended_name_walk25(text: str) -> list[tuple[int, int, str, str]]:
    """extended_name_spans by a walk over every word (EXTENDED_WORD) of the text: for texts not all ASCII."""
    names = _extended_names()
    words = list(EXTENDED_WORD.finditer(text))
    out: list[tuple[int, int, str, str]] = []
    for i, last in enumerate(words):
        for ws, typ in names.get(last.group().lower(), ()):
            n = len(ws)
            if n > i + 1:
                continue
            seq = words[i - n + 1 : i + 1]
            if any(w.group().lower() != x for w, x in zip(seq, ws)):
                continue
            if any(text[a.end() : b.start()] not in (" ", "-") for a, b in zip(seq, seq[1:])):
                continue
            start, end = seq[0].start(), last.end()
            if (start and text[start - 1] in "-/") or text[end : end + 1] == "-":
                continue  # a part of a longer hyphenated word
            out.append((start, end, typ, "rule:extended-name"))
            break
    return out


def article_name(form: str) -> bool:
    """ "The Stack", "the Pile": an article and one plain capitalised word, a common phrase in lower case (the
    gazetteer matches these as written, with "The" or "the")."""
    words = form.split()
    if len(words) != 2 or words[0] not in ("The", "the") or "article-name" in _off22():
        return False
    w = words[1]
    return w.isalpha() and w[:1].isupper() and w[1:].islower()


# -- session 23 (issue 10: recall on unseen abstracts) -----------------------------------------------------------
# Switched off with PAPERKG_RECALL23 ("off" or a comma list of these names), for ablations only.
# list-modifier: names listed before a data noun ("on the A and B datasets": rules.list_items_before) were missed
#   when one or two modifiers stand between the list and the noun ("the Meituan and AOL real-world datasets",
#   "the SCAPE and TOSCA 3D shape datasets") or when the last item starts lower-case before a capital ("the HDD and
#   nuScenes datasets"): held-out 11, held-out 12, dev9. A modifier is a hyphenated lower-case word, a dimension
#   ("3D") or one of MODIFIER_WORDS; never a function word, so "A and B on benchmark datasets" stays out. Read on
#   1,179 corpus abstracts of that shape: a list none of whose items is data is left whole when one item names a
#   language ("Uyghur, Kazakh, and Kyrgyz classification datasets"), a language pair ("En-De and En-Fr speech
#   translation benchmarks"), a dimension or a shot count ("2D and 3D medical image datasets", "5-shot and 1-shot"):
#   such a list keeps only its name-shaped items ("English, Chinese and Spanish CoNLL-2009 datasets", "IWSLT16 En-De
#   and En-Vi datasets" keep the CoNLL and IWSLT items), not one plain capitalised word ("Kyrgyz").
RECALL_RULES23 = ("list-modifier",)
MODIFIER_WORDS = frozenset("public publicly available benchmark standard popular challenging large small real "
                           "synthetic shape image video text speech audio medical clinical biomedical face scene "
                           "object action graph knowledge parallel annotated labeled labelled classification "
                           "detection segmentation recognition retrieval tracking translation".split())
MODIFIER = r"(?:[a-z]+(?:-[a-z]+)+|[1-9][dD]|[a-z]+)"
LOWER_CAP_WORD = re.compile(r"[a-z]+[A-Z][\w\-+]*$")
MODIFIERS_AT_END = re.compile(rf"(?:\s+{MODIFIER}){{1,2}}$")  # one or two modifiers right before the data noun


def _recall_off23() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL23", RECALL_RULES23)


def modifier_list_match(text: str, i: int, list_before_noun: re.Pattern):
    """The list of names that ends one or two modifiers before a data noun at ``i`` (``list_before_noun`` matched on
    the text before the modifiers), or None."""
    if "list-modifier" in _recall_off23():
        return None
    m = MODIFIERS_AT_END.search(text[max(0, i - 40) : i])
    if not m:
        return None
    mods = m.group(0).split()
    if not all("-" in w or w[0].isdigit() or w in MODIFIER_WORDS for w in mods):
        return None
    end = i - len(m.group(0))
    return list_before_noun.search(text, max(0, end - 200), end)


def lower_cap_last_item(text: str, i: int) -> bool:
    """The word before position ``i`` starts lower-case before a capital ("nuScenes", "miniImageNet")."""
    return "list-modifier" not in _recall_off23() and bool(LOWER_CAP_WORD.search(text, max(0, i - 40), i))


NOT_DATA_ITEM = re.compile(r"[1-9][dD]|\d+-(?:shot|way|fold)|[A-Za-z]{2}[-\u2013][A-Za-z]{2}")


def list_names_no_data(items: list[str], names_language) -> bool:
    """A list before a data noun that names languages, language pairs, dimensions or shot counts, not data."""
    if "list-modifier" in _recall_off23():
        return False
    # an item that is one language word ("Kazakh"), not one a language qualifies ("CoNLL-2009 Chinese")
    return any(NOT_DATA_ITEM.fullmatch(it.strip()) or (len(it.split()) == 1 and names_language(it.strip()))
               for it in items if it.strip())


PLAIN_WORD = re.compile(r"[A-Z][a-z]+")


def plain_or_no_data_item(item: str, names_language) -> bool:
    """In a list that names languages or shapes: an item that is one of those, or one plain capitalised word."""
    it = item.strip()
    return bool(NOT_DATA_ITEM.fullmatch(it) or PLAIN_WORD.fullmatch(it) or (len(it.split()) == 1 and names_language(it)))


# -- session 24 (issue 10: recall on unseen abstracts; held-out 14 released as a study set) --------------------------
# Switched off with PAPERKG_RECALL24 ("off" or a comma list of these names), for ablations only.
# language-resource: a language word before a lexical resource's name ("the Basque WordNet", "Korean FrameNet 1.1",
#   "the Turkish PropBank", "Croatian Dependency Treebank") names that language's own resource, another data set than
#   the English original: the gold marks the whole ("African Wordnet", "Dutch WordNet", "Estonian Wordnet", "Arabic
#   Treebank", "Basque WordNet", "Korean FrameNet"), and the list entry of the bare resource (WordNet, FrameNet) took
#   the span (held-out 12, dev10). Not "English" (the English WordNet is WordNet itself), and not when a capitalised
#   word stands before the language ("Penn Arabic Treebank", "Prague Czech-English Dependency Treebank": the name
#   starts earlier, the other rules find it), and not after "a"/"an" ("Developing an Egyptian Arabic Treebank", "DanNet,
#   which is a Danish WordNet": a description, not the resource's name; read on the corpus slice).
# eval-on: a coined name no list knows, typed method only by its shape ("ToTTo", "HiTab"), that the paper names
#   only as the place of a result ("better performance on ToTTo and HiTab", "state-of-the-art results on FooQA, BarQA
#   and BazQA", "evaluated on the Zorb benchmark ...") is data the paper evaluates on: a benchmark. Every mention must
#   stand after such a phrase (a list of names between is allowed); a proposed name, a defined long form and a name
#   a context rule typed keep their type (resolve.LocalResolver._entity calls evaluated_on_type24), and so does a
#   network's name ("a 4% improvement in accuracy on MobileNet": the model a result is measured with; corpus read).
# which-we-call: "This approach, which we term object conditioning, ...", "a technique that we call cluster
#   embedding": a technique noun, "which/that we call/term/name/dub/refer to as", then a lower-case name: the paper's own
#   technique, as after "a technique called X" (named_lower_spans; its "we call" cue needed a determiner before the
#   noun, "this approach as", or quotes). The name is read as there (_lower_name_at: one to five words, one word only
#   with a hyphen), not an adjective in -able ("a family of networks that we call quartet-learnable"). Held-out 14
#   ("object conditioning"); read on the 229 abstracts of the 70k with the cue (47 new keys, 4 wrong).
# proposed-lower: "we propose vocabulary adaptation, a simple method for ...", "We present disambiguated skip-gram: a
#   neural-probabilistic model for ...": a lower-case name right after the proposal verb, then an appositive whose
#   head is a technique noun (NAMED_TECH; up to six words between, no preposition or clause word): the paper's own
#   technique. The name is read as in named_lower_spans (one to five words, one word only with a hyphen); a
#   measure, notion or principle ("we propose return parity, a fairness notion") has no technique head, and a count
#   leads no name ("We propose two approaches: an unsupervised approach and ..."; NOT_NAME_LEAD24). Held-out 14;
#   read on the 572 abstracts of the 70k with the shape.
RECALL_RULES24 = ("language-resource", "eval-on", "which-we-call", "proposed-lower")
# "We propose two approaches: an unsupervised approach and ...": a count or a plain adjective leads no name
NOT_NAME_LEAD24 = frozenset("one two three four five six seven eight nine ten several multiple various different some "
                            "many both novel new our these concept notion idea problem task".split())
PROPOSED_LOWER_CUE24 = re.compile(r"\b[Ww]e\s+(?:propose|present|introduce|develop|describe)\s+(?:the\s+)?(?=[a-z])")
# The same pattern with "We|we" for "[Ww]e": scan.word_start_scan searches it past its \b with re's first-character
# shortcut (3x faster; session 24, round two).
PROPOSED_LOWER_SCAN25 = re.compile(r"\b(?:We|we)\s+(?:propose|present|introduce|develop|describe)\s+(?:the\s+)?(?=[a-z])")
TECH_APPOSITIVE24 = re.compile(
    r"\s*[,:]\s+(?:a|an)\s+(?:(?!(?:of|for|that|which|to|in|on|with|by|from|and|or|as|is)\b)[\w\-]+\s+){0,6}?"
    rf"(?:{_TECH})s?(?![\w\-])"
)
WHICH_WE_CALL24 = re.compile(
    rf"\b(?:{_TECH})s?,?\s+(?:which|that)\s+we\s+(?:call|term|name|dub|refer\s+to\s+as)\s+(?:as\s+)?(?:the\s+)?"
)
# Every match of WHICH_WE_CALL24 holds this: a search led by a literal, ~40x cheaper than the pattern's own search
# (which tries the technique words at every character); it holds in ~1 % of the abstracts (session 24, round two).
WHICH_WE_CALL_ANCHOR25 = re.compile(r"we\s+(?:call|term|name|dub|refer)")
LANGUAGE_RESOURCE_HEADS24 = ("WordNet", "Wordnet", "FrameNet", "PropBank", "VerbNet", "Treebank", "TreeBank",
                             "Dependency Treebank")
LANGUAGE_RESOURCE24 = re.compile(
    r"(?<![\w\-])([A-Z][a-z]+)\s+(" + "|".join(sorted(LANGUAGE_RESOURCE_HEADS24, key=len, reverse=True)) + r")(?![\w\-])"
)
WORD_BEFORE24 = re.compile(r"(?<![\w\-])([A-Z][\w\-]*)\s+$")
INDEFINITE_BEFORE24 = re.compile(r"(?<![\w\-])(?:[Aa]n?)\s+$")


def _recall_off24() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL24", RECALL_RULES24)


def language_resource_spans24(text: str) -> list[tuple[int, int, str, str]]:
    """ "the Basque WordNet": a language's own lexical resource, typed dataset (see RECALL_RULES24)."""
    if "language-resource" in _recall_off24() or not any(h in text for h in ("Net", "Bank", "bank")):
        return []
    out = []
    for m in LANGUAGE_RESOURCE24.finditer(text):
        if m.group(1) not in LANGUAGE_NAMES or m.group(1) == "English":
            continue
        start = m.start()
        prev = WORD_BEFORE24.search(text, max(0, start - 40), start)
        if prev and prev.group(1) in LANGUAGE_NAMES and prev.group(1) != "English":
            start = prev.start(1)  # "Brazilian Portuguese WordNet", "Ancient Greek WordNet"
        elif prev and prev.group(1) not in COMMON_CAPS and not prev.group(1).endswith("ing"):
            continue  # "Penn Arabic Treebank", "Quranic Arabic Dependency Treebank": the name starts earlier
        if INDEFINITE_BEFORE24.search(text, max(0, start - 4), start):
            continue  # "Developing an Egyptian Arabic Treebank", "a Danish WordNet containing ...": a description
        out.append((start, m.end(), "dataset", "rule:language-resource"))
    return out


# "performance on", "results on", "evaluated on the": a result's place, then up to four listed names before the mention
EVAL_ON24 = re.compile(
    r"\b(?:performances?|results?|accuracy|accuracies|experiments?|evaluated|evaluate|evaluation|tested|test|"
    r"state[- ]of[- ]the[- ]art|SOTA|scores?|improvements?|gains?|outperforms?|improves?)"
    r"(?:\s+[a-z][\w\-]*){0,3}?\s+on\s+(?:the\s+)?(?:(?:[A-Z][\w\-.+]*\s*,\s*){0,4}[A-Z][\w\-.+]*,?\s+(?:and|or)\s+)?$"
    # "on a harder version of ToTTo": a part of the same data
    r"|\bon\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}(?:version|variant|subset|split|portion)\s+of\s+(?:the\s+)?$"
)
SHAPE_SOURCES24 = frozenset(("rule:name-shape", "rule:repeated-name", "rule:coordinated", "learned:tagger"))
# "a 4% improvement in accuracy on MobileNet": a network's name after "on" is the model a result is measured with
NETWORK_NAME24 = re.compile(r"[A-Za-z][a-z]*[Nn]et(?:s|-?v?\d+)?$")


def evaluated_on_type24(typ: str, sources: list[str], spans, texts: dict[str, str]) -> str | None:
    """ "better performance on ToTTo and HiTab": benchmark for a shape-typed method named only as a result's place."""
    if typ != "method" or "eval-on" in _recall_off24() or not sources or not set(sources) <= SHAPE_SOURCES24:
        return None
    for field, start, end in spans:
        text = texts[field]
        if NETWORK_NAME24.search(text[start:end]) or not EVAL_ON24.search(text, max(0, start - 120), start):
            return None
    return "benchmark"


def which_we_call_spans24(text: str) -> list[tuple[int, int, str, str]]:
    """ "a technique that we call cluster embedding": the lower-case name after the cue, typed method (RECALL_RULES24)."""
    out = []
    for m in WHICH_WE_CALL24.finditer(text):
        k = m.end()
        while k < len(text) and text[k] in OPEN_QUOTES:
            k += 1
        if k >= len(text) or not text[k].islower():
            continue
        end = _lower_name_at(text, k, k > m.end())
        if end is not None and not text[k:end].endswith(("able", "ible")):  # "networks that we call quartet-learnable"
            out.append((k, end, "method", "rule:named-lower"))
    return out


def proposed_lower_spans24(text: str) -> list[tuple[int, int, str, str]]:
    """ "we propose vocabulary adaptation, a simple method": the lower-case proposed name, typed method (RECALL_RULES24)."""
    out = []
    for m in word_start_scan(PROPOSED_LOWER_SCAN25).finditer(text):  # = PROPOSED_LOWER_CUE24.finditer
        end = _lower_name_at(text, m.end(), False)
        if end is None or text[m.end() : end].split()[0] in NOT_NAME_LEAD24:
            continue
        if TECH_APPOSITIVE24.match(text, end) and not text[m.end() : end].endswith(("able", "ible")):
            out.append((m.end(), end, "method", "rule:named-lower"))
    return out
