"""The faster regex forms in extract/scan.py match exactly what the plain forms match."""

import functools
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from paperkg.extract.rules import model_family_regex
from paperkg.extract.scan import WORD_START, alternation, word_start_scan

# A small alphabet makes shared prefixes, word boundaries and near misses common.
words = st.lists(st.text(alphabet="ab-1 ", min_size=1, max_size=5), min_size=1, max_size=12, unique=True)
texts = st.text(alphabet="ab-1 .x", max_size=60)


def longest_first(ws):
    return sorted(ws, key=len, reverse=True)


def spans(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(words, texts, st.sampled_from(["", r"(x?)", r"(?![\w\-])", r"((?:-1|1)*)(?![\w\-])"]))
def test_prefix_tree_matches_what_the_plain_alternation_matches(ws, text, after):
    ws = longest_first(ws)
    plain = re.compile(f"({'|'.join(map(re.escape, ws))}){after}")
    tree = re.compile(f"({alternation(ws)}){after}")
    assert spans(tree, text) == spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(words, texts)
def test_word_start_scan_finds_what_finditer_finds(ws, text):
    pattern = re.compile(f"{WORD_START}({alternation(longest_first(ws))})((?:-1| 1)*)(?![\\w\\-])")
    assert [(m.span(), m.groups()) for m in word_start_scan(pattern).finditer(text)] == spans(pattern, text)


def test_a_prefix_listed_before_its_extension_is_refused():
    # "GPT" first would shadow "GPT-4" in a prefix tree where the plain alternation backtracks to it.
    with pytest.raises(ValueError, match="longer words first"):
        alternation(["GPT", "GPT-4"])
    assert re.fullmatch(alternation(["GPT-4", "GPT"]), "GPT-4")


def test_pattern_without_a_leading_assertion_is_refused():
    with pytest.raises(ValueError):
        word_start_scan(re.compile(r"GPT"))


@settings(max_examples=300, deadline=None)
@given(words.map(lambda ws: [w.strip(" -") for w in ws if w.strip(" -")]).filter(bool), texts)
def test_word_start_scan_of_a_leading_word_boundary(ws, text):
    # \b before words that start with a word character; the shortcut needs literal first characters.
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, longest_first(ws)))})\s*(a?)")
    assert [(m.span(), m.groups()) for m in word_start_scan(pattern).finditer(text)] == spans(pattern, text)


def test_context_rule_cues_found_as_before():
    from paperkg.extract.resolve import NAMING_CUE
    from paperkg.extract.rules import LIST_INTRO, NAMING, PROPOSAL

    text = ("We propose X. this paper presents Y; Our work introduces Z, swe propose no, _we propose no. "
            "We call it FooNet, termed as BarNet, a method we name as Qux; models such as A, B and C; "
            "Benchmarks: D, E. xmethods (F) are no list. Called Baz.")
    for pattern in (NAMING_CUE, LIST_INTRO, NAMING, PROPOSAL):
        found = [(m.span(), m.groups()) for m in word_start_scan(pattern).finditer(text)]
        assert found == spans(pattern, text) and found, pattern.pattern[:30]


def test_model_names_found_as_before_on_tricky_text():
    regex = model_family_regex()
    text = ("xGPT-4 and GPT-4o-mini, Llama-2-7B-chat; (Qwen2.5-VL 7B) -GPT-4 _GPT-4 Mistral 7B Instruct v0.2 "
            "DALL·E 3, o1-preview and o1 mini; wav2vec 2.0 Large. InternLM-XComposer2 GPT")
    assert [(m.span(), m.groups()) for m in word_start_scan(regex).finditer(text)] == spans(regex, text)
    found = [m.group(0) for m in word_start_scan(regex).finditer(text)]
    assert "GPT-4o-mini" in found and "Mistral 7B Instruct v0.2" in found and "wav2vec 2.0 Large" in found
    assert not any(f.startswith("GPT-4") and f != "GPT-4o-mini" for f in found)  # xGPT-4, -GPT-4, _GPT-4



@functools.lru_cache(maxsize=1)
def _blank_with_splitter():
    import spacy

    from paperkg.extract.sentences import SentenceSplitter

    nlp = spacy.blank("en")
    return nlp, SentenceSplitter(nlp)


def _starts_token_by_token(doc, ends, closers):
    """The splitter's rule, one token at a time: after an end, the first token that is no end or closer."""
    starts, seen_end = [0], False
    for i, token in enumerate(doc):
        if seen_end and token.text not in ends and token.text not in closers:
            starts.append(i)
            seen_end = False
        elif token.text in ends:
            seen_end = True
    return starts


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["We", "ran", "it", ".", "!", "?", "...", ")", '"', "”", "(", "e.g.", "3.5", "  ",
                                 "\n", "。"]), max_size=40).map(" ".join))
def test_sentence_splitter_rule_and_its_stored_bounds(text):
    from paperkg.extract.sentences import CLOSERS, SENTENCE_ENDS, sentence_bounds

    nlp, splitter = _blank_with_splitter()
    doc = splitter(nlp.make_doc(text))
    if not len(doc):
        return
    assert [t.i for t in doc if t.is_sent_start] == _starts_token_by_token(doc, SENTENCE_ENDS, CLOSERS)
    stored = doc.user_data.pop("paperkg_sentences")
    assert stored == sentence_bounds(doc)  # what the splitter stored == read afresh from the doc



@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=6, unique=True).map(sorted), st.integers(-2, 40))
def test_sentence_index_is_the_sentence_holding_the_offset(starts, pos):
    """The one sentence-index helper of the modules that place a mention in a sentence."""
    from paperkg.extract.sentences import sentence_index

    bounds = [(s, s + 1) for s in starts]  # only the starts count
    holding = [k for k, s in enumerate(starts) if s <= pos]
    assert sentence_index(bounds, pos) == (holding[-1] if holding else 0)
    assert sentence_index(tuple(bounds), pos) == sentence_index(bounds, pos)
    assert sentence_index([], pos) == sentence_index(None, pos) == 0  # no sentences: the first

# Metric-like names: letters in both cases, digits, and parts joined by an optional space or hyphen.
name_parts = st.lists(st.text(alphabet="aAbB1.", min_size=1, max_size=3), min_size=1, max_size=3)
separated = st.lists(name_parts, min_size=1, max_size=10)
metric_texts = st.text(alphabet="aAbB1. -@x", max_size=60)


def _separated(parts):
    return r"[\s\-]?".join(re.escape(p) for p in parts)


@settings(max_examples=400, deadline=None)
@given(separated, metric_texts, st.booleans())
def test_grouped_alternatives_match_what_the_plain_alternation_matches(names, text, ignorecase):
    from paperkg.extract.scan import grouped_alternatives

    patterns = [_separated(parts) for parts in names]  # any order, duplicates and prefixes included
    flags = "(?i:" if ignorecase else "(?:"
    wrap = r"(?<![\w@&])(?:{}{})|AB)(?![\w@&]|-\w)"
    plain = re.compile(wrap.format(flags, "|".join(patterns)))
    grouped = re.compile(wrap.format(flags, grouped_alternatives(patterns, ignorecase=ignorecase)))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_grouped_alternatives_group_first_letters_and_leave_other_patterns_alone():
    from paperkg.extract.scan import grouped_alternatives

    assert grouped_alternatives(["abc", "Abd", "ab", "x"], ignorecase=True) == "a(?:b(?:c|d|))|x"
    assert grouped_alternatives(["abc", "Abd", "x"]) == "abc|Abd|x"  # case matters: "a" and "A" differ
    assert grouped_alternatives(["a?b", "ac"]) == "a?b|ac"  # a quantifier: not a plain sequence
    assert grouped_alternatives([r"a[\s\-]?b", "a1"]) == r"a(?:[\s\-]?b|1)"


def test_metric_regex_finds_what_the_plain_alternation_finds():
    from paperkg.extract import results

    _, regex = results.metric_lexicon()
    folded = regex.pattern.split("(?i:", 1)[1]
    assert "(?:" in folded  # grouped
    text = ("Top-1 accuracy of 81.2 % and F1-score 0.9 (F1 score, f1), mean average precision, MAP, mAP@0.5, "
            "BLEU-4, exact-match EM 71, word error rate WER, Mean Per Joint Position Error, perplexity PPL, "
            "accuracy-based, @accuracy, top-5 Accuracy; ROUGE-L R-L R-1, IoU mIoU, the PSNR/SSIM")
    hits = [m.group(0) for m in regex.finditer(text)]
    assert len(hits) > 20 and all(results.canonical_metric(h) is not None for h in hits)
    # the same matches as the alternation without groups, built from the same lexicon file
    _, plain = results.built_metric_lexicon(grouped=False)
    assert results.built_metric_lexicon()[1].pattern == regex.pattern
    assert "(?:" not in plain.pattern.split("(?i:", 1)[1].split(")|")[0]
    assert [m.span() for m in regex.finditer(text)] == [m.span() for m in plain.finditer(text)]


caps_texts = st.lists(st.sampled_from(["Net", "Network", "Networks", "Model", "Tree", "a", "Z", "1", " ", "  ", "-",
                                       "é", "_", ".", "\n"]), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(caps_texts)
def test_caps_head_search_finds_what_its_look_behind_form_finds(text):
    from paperkg.extract import rules

    plain = re.compile(rf"(?<=[A-Za-z0-9] )(?:{'|'.join(rules.CAPS_HEADS)})(?![\w\-])")
    expected = [(m.start(), m.end()) for m in plain.finditer(text)]
    assert [(m.start(), m.end()) for m in rules.caps_heads(text)] == expected


@settings(max_examples=300, deadline=None)
@given(words.map(lambda ws: [w.strip() for w in ws if w.strip()]).filter(bool), st.text(alphabet="ab-1 .x/@'", max_size=60))
def test_word_start_scan_of_a_class_look_behind(ws, text):
    # Any leading look-behind of one class (the mined lexicon's name start), a negated class included.
    for behind in (r"(?<![\w\-+/@.#'])", r"(?<![^ ])", r"(?<![\]a])"):
        pattern = re.compile(rf"{behind}(?:{'|'.join(map(re.escape, longest_first(ws)))})[\w\-.+]*")
        assert [(m.span(), m.groups()) for m in word_start_scan(pattern).finditer(text)] == spans(pattern, text)


def test_mined_lexicon_name_start_is_scanned_without_its_look_behind():
    from paperkg.extract.lexicon_mined import NAME_START

    text = "aBC x-Foo Foo/Bar @Baz 'Qux BERT-2 (GPT) .Net 3D"
    assert [m.group() for m in word_start_scan(NAME_START).finditer(text)] == ["Foo", "BERT-2", "GPT", "3D"]
    assert [m.group() for m in word_start_scan(NAME_START).finditer(text)] == NAME_START.findall(text)


def test_size_and_benchmark_shapes_need_their_anchor_words():
    from paperkg.extract import rules

    # Every match of the two shapes holds what the quick searches look for, so skipping a text without it is safe.
    for text in ("Llama-2-7B and Foo-1.5M-chat", "MMLU-Bench, SciQA and HELM-Eval-v2 on XBENCH", "Mistral-7B-Instruct"):
        for m in rules.SIZED_MODEL.finditer(text):
            assert rules.SIZE_PART.search(m.group())
        for m in rules.BENCH_SHAPE.finditer(text):
            assert rules.BENCH_PART.search(m.group())
    spans_ = rules.find_rule_spans("We test Llama-2-7B on SciQA-Bench and FooEval.")
    assert ("rule:model-size" in {s[3] for s in spans_}) and ("rule:benchmark-shape" in {s[3] for s in spans_})


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab_-1 \t\n\u00a0é(),ABs", max_size=60), st.integers(1, 4))
@example("a\u00a0b\u2009(AB)", 2)  # Unicode white space, as re's \s
@example("é-1_ x y z (ABs) w v u t (AB)", 3)  # one word too many: the match starts a word later
@example("a b)(AB) (AB)(AB) c (A)", 4)
def test_words_before_scan_finds_what_the_words_pattern_finds(text, n):
    from paperkg.extract.scan import WordsBeforeScan

    tail = r"\(\s*(?P<acr>[A-Z]{2,5})s?\s*\)"
    plain = re.compile(rf"(?P<words>(?:[\w\-]+\s+){{1,{n}}}){tail}")
    scan = WordsBeforeScan(re.compile(tail), n)
    found = [(s, text[s : m.start()], m.group("acr"), m.end()) for s, m in scan.finditer(text)]
    assert found == [(m.start(), m.group("words"), m.group("acr"), m.end()) for m in plain.finditer(text)]


def test_results_acronym_definitions_found_as_before():
    from paperkg.extract.results import _ACRONYM_DEFINED, _ACRONYM_DEFINED_SCAN

    text = ("We report word error rate (WER) and the masked auto-encoder\t(MAE ) of a_b one two three four five six "
            "seven (BLEUs), then (ASR) alone, x (AB)(CD) and e.g. (F1) here (TOOLONG) done.")
    plain = [(m.start(), m.group("words"), m.group("acr")) for m in _ACRONYM_DEFINED.finditer(text)]
    assert len(plain) == 5  # "(CD)" follows no space, "(F1)" and "(TOOLONG)" are no acronyms
    assert [(s, text[s : m.start()], m.group("acr")) for s, m in _ACRONYM_DEFINED_SCAN.finditer(text)] == plain


name_run_texts = st.lists(st.sampled_from(["Net", "net", "GPT", "a", "Z", "7", "B", "+", "++", ".", "..", "-", "/",
                                           " ", "_", "é", "É", "٣", ",", "(", "\n"]), max_size=16).map("".join)


@settings(max_examples=600, deadline=None)
@given(name_run_texts)
@example("foo..Bar x-GPT2 _Net éNet Net_ 3D+/v2. a-B")
def test_name_word_spans_are_the_name_word_matches(text):
    # session 17: the runs holding a capital or a digit are scanned alone (rules.name_word_spans)
    from paperkg.extract import rules

    expected = tuple(m.span() for m in rules.NAME_WORD.finditer(text))
    assert rules.name_word_spans(text) == expected


def test_name_word_spans_on_a_made_up_sentence():
    from paperkg.extract import rules

    text = "We train Foo-7B and xGLUE+ on data..Set (see web.org/Bar) with αNet, net_2 and v2.1."
    got = [text[s:e] for s, e in rules.name_word_spans(text)]
    assert got == [text[m.start():m.end()] for m in rules.NAME_WORD.finditer(text)]
    # "data" of "data..Set": its run holds a capital; "αNet" and "net_2" start after a word character
    assert got == ["We", "Foo-7B", "xGLUE+", "data", "Set", "web.org/Bar", "v2.1"]
