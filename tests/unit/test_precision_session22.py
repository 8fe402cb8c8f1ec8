"""Issue 10, session 22: a bare short form whose own paper spells it with other words, on invented sentences."""

from __future__ import annotations

from paperkg.extract.canonical import spelt_by_other_words
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _papers(*papers: tuple[str | None, str, int]):
    return extract_papers([Paper(f"p{i}", t, a, year=y) for i, (t, a, y) in enumerate(papers)])


def _ids(paper, text: str) -> set[str]:
    return {e.id for e in paper.entities if any(text in m.text.split() for m in e.mentions)}


_DEFINER = (None, "We present Shuffled Query Routing (SQR), a router that sends each query to one of many small "
                  "retrievers. SQR halves the latency of dense retrieval on three benchmarks.", 2019)


def test_a_bare_short_form_spelt_by_the_papers_own_other_words_is_another_node():
    a, b = _papers(
        _DEFINER,
        ("Sparse Quantile Regression with Group Penalties",
         "We study sparse quantile regression in high dimension. We prove that the SQR algorithm with a group "
         "penalty recovers the support with fewer samples than the lasso.", 2021),
    )
    assert _ids(b, "SQR") and not _ids(b, "SQR") & _ids(a, "SQR")


def test_a_bare_short_form_without_other_words_joins_the_definition():
    a, b = _papers(
        _DEFINER,
        (None, "We route queries with the SQR algorithm and compare it with a single dense retriever on open "
                "domain questions.", 2021),
    )
    assert _ids(b, "SQR") and _ids(b, "SQR") == _ids(a, "SQR")


def test_other_words_are_no_other_spelling_of_the_same_long_form():
    paper = Paper("p", "Deep Belief Nets for Speech", "We train a DBN on spectrograms.")
    assert not spelt_by_other_words(paper, {"DBN"}, {"Deep Belief Network"})
    paper = Paper("p", "Hidden Marlcov Models Revisited", "An HMM is trained.")
    assert not spelt_by_other_words(paper, {"HMM"}, {"hidden Markov model"})


def test_other_words_spelling_the_letters_are_another_thing():
    paper = Paper("p", "A Generalized Natural Actor-Critic Algorithm", "The NAC algorithm estimates the gradient.")
    assert spelt_by_other_words(paper, {"NAC"}, {"Normalized Actor-Critic"})
    assert not spelt_by_other_words(paper, {"NAC"}, set())  # no founder long form: nothing to differ from


def test_two_letters_and_digits_are_left_alone():
    paper = Paper("p", "Perspective Causal Graphs", "We run PC on the data.")
    assert not spelt_by_other_words(paper, {"PC"}, {"Principal Components"})
    paper = Paper("p", "Image Inpainting at Scale", "We compare with I2I on the data.")
    assert not spelt_by_other_words(paper, {"I2I"}, {"Image to Image"})


def test_two_title_coinages_spelt_out_differently_are_two_nodes():
    a, b = _papers(
        ("QPT: Quantised Prompt Tuning for Small Language Models",
         "We quantise the soft prompts of prompt tuning to four bits and keep the accuracy of prompt tuning "
         "for small pre-trained language models on few-shot classification.", 2022),
        ("QPT: Quiet Prompt Trojans, Backdoor Attacks on Language Models",
         "We show that prompt tuning of small pre-trained language models can hide a backdoor in the soft "
         "prompts for few-shot classification.", 2022),
    )
    assert _ids(a, "QPT") and _ids(b, "QPT") and not _ids(a, "QPT") & _ids(b, "QPT")


def test_hyphenated_words_spell_a_short_form_whole_or_split():
    paper = Paper("p", "Pre-trained Prompt Tuning for Few-shot Learning", "We propose PPT.")
    assert spelt_by_other_words(paper, {"PPT"}, {"Poisoned Prompt Tuning"})
    assert not spelt_by_other_words(paper, {"PPT"}, {"pre-trained prompt tuning"})


def test_the_camel_case_subtask_word_is_no_method():
    out = extract_papers([Paper("p0", None, "Our system ranked third in the English SubTask B of the shared task "
                                            "on offensive language with a fine-tuned BERT.")])
    assert not _ids(out[0], "SubTask")
