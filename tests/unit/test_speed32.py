"""Session 29 (issue 10, speed26): a title's doc leaves out the context rules whose every match on a title was
dropped (caps-head, the data-head-first spans) and rule_spans29 (nothing on titles). The rule matches a doc gets
are the ones the former path gave, on invented titles and abstracts built to hit those rules."""

from __future__ import annotations

import random

import pytest

from paperkg.extract import recall28, recall29, recall30, recall_rules, rules

TITLES = [
    "The Corpus of Contemporary American English: A Study",
    "Creating a Corpus of Gestures and Speech for Dialogue",
    "A Treebank for Old Norse and the Database of Ancient Texts",
    "Corpora of Spoken Welsh",
    "ZIP-FIT: Embedding-Free Data Selection via Compression",
    "Federated Averaging with Dynamic Time Warping for Speech",
    "Squeeze-and-Excitation Networks",
    "Dual Attention Matching Network for Person Re-Identification",
    "MVHM: A Large-Scale Multi-View Hand Mesh Benchmark",
    "DUT-BIM at MEDIQA 2019: Question Answering with BERT",
    "The DIRHA simulated corpus",
    "Graph Convolutional Networks on the Penn Treebank of English",
    "A Database for the Hong Kong Cantonese MapTask Corpus of Children",
    "Learning with the Corpus (of Everything) and Treebank; Database, Corpora",
    "",
    "X",
    "Visit www.example.org/Corpus of Texts",
    "Large Language Models Such As GPT-4 and Llama-2-7B on ImageNet-1k",
    # titles other rules fire on (each must keep its matches): eponym, data noun, lists, naming, appositive
    "Revisiting the Kaczmarz method for sparse recovery",
    "On the convergence of the Varga algorithm with greedy updates",
    "FooBench: a new Dialogue Planning dataset for household robots",
    "Results on MNIST, CIFAR-10 and SVHN datasets with QuxNet",
    "A Graph Model We Call ZetaNet, and Benchmarks such as BarQA, FooQA and BazQA",
    "ZapNet, a neural network for tabular data, and the WMT20 shared task",
]
ABSTRACTS = [
    "We train it on the Corpus of Spontaneous Japanese and the Penn Treebank. Results on naive Federated Averaging "
    "improve over Dynamic Time Warping. We compare it with the Gated Graph Sequence Networks on two tasks. We call "
    "our model FooNet-7B.",
    "Experiments on MNIST, CIFAR-10 and SVHN datasets show that the Balanced Corpus of Contemporary Written Japanese "
    "helps. A new dataset, Refer360, is released.",
]


@pytest.fixture(scope="module")
def nlp():
    from paperkg.extract.pipeline import build_nlp

    return build_nlp()


def _former_matches(nlp, text: str, title: str | None, is_title: bool) -> list[tuple[int, int, str, str]]:
    """ContextRules.__call__ before session 29, from the same public functions."""
    doc = nlp.make_doc(text)
    doc.user_data["paperkg_text"] = text
    for name, proc in nlp.pipeline[:-1]:
        doc = proc(doc)
    model_regex = nlp.get_pipe("paperkg_context_rules").model_regex
    words = rules.name_shaped_words(text)
    found = rules.find_rule_spans(text, words, model_regex) + rules.repeated_names(text, title, words)
    found += recall_rules.extra_rule_spans(text, title, is_title)
    found += recall29.rule_spans29(text, title, is_title)
    found += recall30.rule_spans30(text, doc, is_title)
    if is_title:
        found += recall28.title_resource_spans28(text)
        found = [f for f in found if f[3] != "rule:caps-head"]
        head_first = set(rules.data_head_first_spans(text))
        found = [f for f in found if f not in head_first]
        whole = rules.title_whole_name(text) or rules.title_lead_name(text)
        if whole:
            found.append((whole[0], whole[1], "method", "rule:title-whole"))
        lead = rules.title_name(text)
        if lead:
            kind = rules.TITLE_KIND.match(text[lead[1]:])
            typ = rules.APPOSITIVE_TYPE[kind.group(1).lower()] if kind else "unknown"
            found.extend(rules.title_name_at_task(text, lead, typ))
    return found


def _new_matches(nlp, text: str, title: str | None, is_title: bool) -> list[tuple[int, int, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["paperkg_text"] = text
    if is_title:
        doc.user_data["paperkg_is_title"] = True
    else:
        doc.user_data["paperkg_title"] = title
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return list(doc._.rule_matches)


def _shuffled_titles(seed: int, n: int = 300) -> list[str]:
    rng = random.Random(seed)
    words = " ".join(TITLES).split() + ["Corpus", "of", "Treebank", "for", "Database", "Network", "the", ":", "Averaging"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_a_titles_rule_matches_are_the_former_ones(nlp):
    for text in TITLES + _shuffled_titles(29):
        assert _new_matches(nlp, text, None, True) == _former_matches(nlp, text, None, True), text


def test_an_abstracts_rule_matches_are_the_former_ones(nlp):
    for text in ABSTRACTS:
        new = _new_matches(nlp, text, TITLES[0], False)
        assert new == _former_matches(nlp, text, TITLES[0], False), text
    # the two rules left out of titles still run on abstracts
    rules_found = {f[3] for t in ABSTRACTS for f in _new_matches(nlp, t, None, False)}
    assert {"rule:caps-head", "rule:data-noun"} <= rules_found


def test_the_rules_skipped_on_titles_find_only_what_the_title_filter_drops():
    """Fails if a skipped rule could add a match a title keeps: every caps-head span is named rule:caps-head (the
    filter drops that name), and every data-head-first span passes find_rule_spans' trim unchanged (so the filter,
    which drops the untrimmed tuples, dropped it), on titles that hold them."""
    hits = {"caps": 0, "head": 0}
    for text in TITLES + _shuffled_titles(30):
        for s, e, typ, rule in rules.caps_head_spans(text):
            assert rule == "rule:caps-head", text
            hits["caps"] += 1
        for s, e, typ, rule in rules.data_head_first_spans(text):
            assert rules._trim(text, s, e) == (s, e), text
            hits["head"] += 1
        full = rules.find_rule_spans(text)
        cut = rules.find_rule_spans(text, is_title=True)
        head_first = set(rules.data_head_first_spans(text))
        assert [f for f in full if f[3] != "rule:caps-head" and f not in head_first] == [
            f for f in cut if f not in head_first], text
        assert recall29.rule_spans29(text, None, True) == []
    assert hits["caps"] and hits["head"]  # the cases reach both rules
    kept = {f[3] for t in TITLES for f in rules.find_rule_spans(t, is_title=True)}
    assert {"rule:eponym", "rule:data-noun", "rule:name-shape"} <= kept  # the rules that do fire on titles still run


def test_the_head_first_gate_is_exact():
    """data_head_first_spans finds nothing in a text without one of its four nouns (case and all)."""
    rng = random.Random(31)
    pieces = ["corpus", "CORPUS", "Corpu", "treebank", "database", "DataBase", "Corpor", " of ", " Of ", " for ", "the ",
              "English", "Penn", "Spoken", "Welsh", ", ", ". ", "in the ", "Corpus", "Treebank", "Database", "Corpora"]
    seen = {True: 0, False: 0}
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        gate = rules.has_head_first_noun(text)
        if not gate:
            assert rules.data_head_first_spans(text) == [], text
        seen[gate] += 1
    assert seen[True] and seen[False]
    assert rules.data_head_first_spans("results on the Corpus of Spontaneous Japanese")
