"""Session 28 (issue 10, speed25): the faster paths of the context rules, the tagger's features and the sentence
splitter give what the former code gave, on invented texts built to hit the edges of each."""

from __future__ import annotations

import random

import pytest

from paperkg.extract import candidates as C
from paperkg.extract import recall_rules as R
from paperkg.extract import rules
from paperkg.extract.scan import word_start_scan

PIECES = [
    "19", "20", "2019", "1999", "2020s", "200", "-", " ", "  ", "\t", "\n", "\u00a0", "\u2009", ",", ", ", ".", "(", ")",
    "a", "Z", "x", "_", "٣", "²", "7", "SVM", "GAN", "LSTM", "CNN", " SVM", " GAN", "dataset", "datasets", "corpus",
    "benchmark", "database", "method", "model", "system", "ecosystem", "network", "framework", "strategy", "approach",
    "Bench", "bench", "BENCH", "QA", "Eval", "EVAL", "ench", "Averaging", "Pruning", "Dropout", "Replay", "Encoding",
    "Coding", "Smoothing", "Federated", "naive", "the", "We", "WMT", "SemEval", "é", "Ω", "İ", "K",
]


def _texts(seed: int, n: int = 4000, k: int = 18) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, k))) for _ in range(n)]


def test_year_matches_are_the_year_patterns_matches():
    for text in _texts(1):
        assert [m.span() for m in rules.year_matches(text)] == [m.span() for m in rules.YEAR.finditer(text)], text
    # the rule over them: the same spans as a finditer of YEAR gives, read through the rule's own loop
    assert rules.year_matches("WMT 2019 and SemEval-2020, 1999-2000") != []


def test_kind_and_numbered_quick_tests_answer_as_their_patterns():
    seen = {True: 0, False: 0}
    for text in _texts(2):
        kind = R.KIND_QUICK.search(text) is not None
        assert R.kind_quick(text) == kind, text
        numbered = R.NUMBERED_QUICK.search(text) is not None
        assert R.numbered_quick(text) == numbered, text
        seen[numbered] += 1
    assert seen[True] and seen[False]  # both answers were tried
    assert R.numbered_quick("with ٣\u00a0datasets")  # a non-ASCII decimal digit and white space, as re reads them
    assert not R.numbered_quick("with ²\tdatasets")  # "²" is a digit to str.isdigit, not to re's \d
    assert not R.kind_quick("é SVM") and R.kind_quick("a SVM")  # [A-Za-z] is ASCII


def test_the_gerund_heads_scan_finds_what_the_pattern_finds():
    scan = word_start_scan(R.GERUND_HEAD)
    for text in _texts(3):
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in R.GERUND_HEAD.finditer(text)], text


def _former_type_comma_starts(text: str) -> list[int]:
    return sorted(i for noun in R.TYPE_COMMA_NOUNS for i in rules._occurrences(text, noun + ","))


def test_type_comma_starts_as_before():
    # the reading from the commas relies on no noun ending another
    assert not [(a, b) for a in R.TYPE_COMMA_NOUNS for b in R.TYPE_COMMA_NOUNS if a != b and a.endswith(b)]
    for text in _texts(4):
        assert R.type_comma_starts(text) == _former_type_comma_starts(text), text
    assert R.type_comma_starts("an ecosystem, a model,, and dataset,") == [6, 16, 28]  # "system" inside "ecosystem" too, as str.find found it


def test_bench_part_test_answers_as_the_pattern():
    for text in _texts(5):
        assert rules.has_bench_part(text) == (rules.BENCH_PART.search(text) is not None), text


def _former_words_before(text: str, pos: int, n: int) -> list[str]:
    return [w.lower() for w in C.WORD_OR_MARK.findall(text[max(0, pos - 60) : pos])][-n:]


def _former_word_after(text: str, pos: int) -> str:
    m = C.NEXT_WORD.match(text[pos : pos + 30])
    return m.group(1).lower() if m else ""


def test_context_windows_read_the_same_words():
    rng = random.Random(6)
    for text in _texts(6, n=1500, k=40):
        for _ in range(5):
            pos = rng.randint(0, len(text) + 3)
            for n in (0, 1, 4):
                assert C.words_before(text, pos, n) == _former_words_before(text, pos, n), (text, pos, n)
            assert C.word_after(text, pos) == _former_word_after(text, pos), (text, pos)


def _former_shape_flags(s: str) -> tuple[bool, bool, bool]:
    toks = C.TOKEN.findall(s)
    return (any(sum(ch.isupper() for ch in t) >= 2 and not C.CAMEL.search(t) for t in toks),
            any(bool(C.CAMEL.search(t)) for t in toks), any(ch.isdigit() for ch in s))


@pytest.mark.parametrize("surface", ["BERT", "ResNet-50", "GPT-4o mini", "deepWalk", "Model²", "X٣", "ÉTÉ Net",
                                     "a-B-C", "Some Words Here", "ΩmegaNet", "ImageNet 2012"])
def test_shape_flags_as_the_former_expressions(surface):
    assert C._shape_flags(surface) == _former_shape_flags(surface)


def test_shape_flags_on_invented_surfaces():
    for text in _texts(7, n=2000, k=6):
        if text.strip():
            assert C._shape_flags(text) == _former_shape_flags(text), text


def test_paper_candidates_read_entities_and_their_dicts_alike():
    from paperkg.extract.records import Mention
    from paperkg.extract.resolve import LocalEntity

    text = ("We train DeepFoo on the Alpha Corpus and compare it with BarNet. The Gamma Benchmark and HydraQA "
            "show that DeepFoo beats Zeta Trees.")
    ents = [
        LocalEntity("DeepFoo", "method", "proposes", ["DF"], None,
                    [Mention("DeepFoo", 9, 16, 0, "rule:x"), Mention("DeepFoo", 115, 122, 1, "rule:x")]),
        LocalEntity("Alpha Corpus", "dataset", "uses", [], None, [Mention("Alpha Corpus", 24, 36, 0, "rule:y")]),
    ]
    dicts = [{"name": e.name, "type": e.type, "aliases": list(e.aliases),
              "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions]} for e in ents]
    cands_a, spans_a = C.paper_candidates("T", text, ents)
    cands_b, spans_b = C.paper_candidates("T", text, dicts)
    assert spans_a == spans_b and spans_a
    assert [(c.surface, c.spans) for c in cands_a] == [(c.surface, c.spans) for c in cands_b]
    assert "BarNet" in {c.surface for c in cands_a} and "DeepFoo" not in {c.surface for c in cands_a}


def test_a_bounds_only_doc_gets_the_same_bounds_without_the_token_flags():
    from paperkg.extract.pipeline import build_nlp
    from paperkg.extract.sentences import BOUNDS_ONLY, sentence_bounds

    nlp = build_nlp()
    splitter = nlp.get_pipe("paperkg_sentences")
    texts = ["One sentence only", "First one. Second one (it ends here.) Third? Yes!", "", "A title: with a colon",
             "Ends with a quote.\" Then more. ", "x"]
    for text in texts:
        plain = splitter(nlp.make_doc(text))
        marked = nlp.make_doc(text)
        marked.user_data[BOUNDS_ONLY] = True
        marked = splitter(marked)
        assert sentence_bounds(marked) == sentence_bounds(plain), text
        if len(plain) > 1:
            assert all(t.is_sent_start is not None for t in plain)
            assert all(t.is_sent_start is None for t in marked[1:])  # the flags are not written
    # unmarked docs (nlp(text), as before) still give doc.sents
    assert [s.text for s in nlp("First one. Second one.").sents] == ["First one.", "Second one."]
