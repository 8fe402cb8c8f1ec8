"""Corpus-wide resolution (extract/corpus.py, extract/canonical.py) on made-up papers, not gold text."""

import pytest

from paperkg.extract.canonical import canonicalise
from paperkg.extract.corpus import CorpusIndex, same_long_form, long_form_words
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper
from paperkg.extract.text import variant_key
from extract_cases import node_spellings as nodes  # tests/extract_cases.py


def papers_of(*abstracts: str) -> list[Paper]:
    return [Paper(f"p{i}", None, a) for i, a in enumerate(abstracts)]


def ids_by_paper(out) -> dict[str, set[str]]:
    return {p.id: {e.id for e in p.entities} for p in out}


# A made-up short form with two senses: a vision method and a recommender metric.
CPR_METHOD = [
    "We propose Contrastive Patch Reconstruction (CPR), a self-supervised pretraining method for vision "
    "transformers; CPR masks image patches and reconstructs them, improving image classification.",
    "Contrastive Patch Reconstruction (CPR) pretrains image encoders on unlabeled images; with CPR the "
    "vision transformer reaches higher accuracy on image classification and segmentation.",
    "We extend Contrastive Patch Reconstruction (CPR) to video: CPR reconstructs masked patches of frames "
    "and the pretrained encoder transfers to image and video classification.",
    "Contrastive Patch Reconstruction (CPR) learns image features without labels; vision transformers "
    "pretrained with CPR transfer to object detection and image segmentation.",
    "We study why Contrastive Patch Reconstruction (CPR) works: CPR pretraining of vision transformers "
    "makes image patch features more linearly separable for classification.",
]
CPR_METRIC = [
    "Our recommender system ranks items for users and raises the click prediction rate (CPR) of the "
    "advertising platform; CPR grows with user history length.",
    "We model user interest for online advertising and report the click prediction rate (CPR) of "
    "recommended items; CPR improves for cold-start users.",
    "A session-based recommender predicts the next item a user clicks; the click prediction rate (CPR) "
    "on the advertising logs rises by 4 percent, and CPR is stable across user groups.",
    "Online advertising platforms rank ads by predicted clicks; we raise the click prediction rate (CPR) "
    "of the recommender by modelling user interest, and CPR gains hold for new users.",
    "We study position bias in recommender systems: the click prediction rate (CPR) of items shown to "
    "users drops with rank, and debiasing raises CPR on advertising logs.",
]


@pytest.fixture(scope="module")
def cpr_corpus():
    bare_metric = "For cold-start users of the advertising recommender, our ranking model lifts CPR on clicked items."
    bare_method = "We pretrain the vision transformer with CPR on unlabeled images and fine-tune it for image segmentation."
    papers = papers_of(*CPR_METHOD, *CPR_METRIC, bare_metric, bare_method)
    return papers, extract_local_all(papers)


def test_a_bare_short_form_takes_the_sense_its_context_fits(cpr_corpus):
    papers, results = cpr_corpus
    out = canonicalise(results)
    metric_use = [e for e in out[10].entities if "CPR" in {e.name, *e.aliases}]
    method_use = [e for e in out[11].entities if "CPR" in {e.name, *e.aliases}]
    assert len(metric_use) == 1 and variant_key(metric_use[0].name) == "clickpredictionrate", metric_use
    assert len(method_use) == 1 and variant_key(method_use[0].name) == "contrastivepatchreconstruction", method_use
    for forms in nodes(out).values():  # never one node for both senses
        keys = {variant_key(f) for f in forms}
        assert not {"clickpredictionrate", "contrastivepatchreconstruction"} <= keys, forms


def test_senses_of_a_short_form_are_counted_from_every_definition(cpr_corpus):
    _, results = cpr_corpus
    index = CorpusIndex.build(results)
    assert sorted(len(s.papers) for s in index.senses["cpr"]) == [5, 5]
    assert index.ambiguous("cpr")


def test_an_undecided_bare_short_form_is_not_put_into_a_sense(cpr_corpus):
    _, results = cpr_corpus
    vague = extract_local_all([Paper("vague", None, "Table 3 lists CPR for all systems in the appendix.")])
    out = canonicalise(results + vague)
    assert not any("CPR" in {e.name, *e.aliases} and variant_key(e.name) != "cpr" for e in out[-1].entities)


def test_spelling_variants_are_one_node_and_versions_are_not():
    papers = papers_of(
        "We evaluate on the UCF-101 dataset and on Kinetics-400.",
        "Results on UCF101 and Kinetics-600 show gains.",
        "Our model is trained on Kinetics 400 and tested on the UCF 101 dataset.",
    )
    out = canonicalise(extract_local_all(papers))
    by_paper = ids_by_paper(out)
    ucf = {i for ids in by_paper.values() for i in ids if "ucf" in i}
    kinetics = {i for ids in by_paper.values() for i in ids if "kinetics" in i}
    assert len(ucf) == 1, by_paper
    assert len(kinetics) == 2, by_paper  # 400 and 600 are two datasets


def test_a_name_confirmed_elsewhere_is_found_without_a_cue_but_a_plain_word_is_not():
    cued = [f"We collect the Zorblax dataset of {n} scanned receipts for layout analysis." for n in (100, 200)]
    plain_word = [f"The Web corpus of {n} pages is used." for n in (1, 2)]
    web_uses = [f"Users of the Web share {n} links a day, and the Web grows." for n in range(30)]
    papers = papers_of(*cued, "Receipts from Zorblax are harder than invoices.", *plain_word, *web_uses)
    out = canonicalise(extract_local_all(papers))
    assert any(e.name == "Zorblax" for e in out[2].entities), [e.name for e in out[2].entities]
    assert not any(e.name == "Web" for p in out[5:] for e in p.entities)


def test_the_result_does_not_depend_on_the_order_of_papers(cpr_corpus):
    _, results = cpr_corpus
    forward = ids_by_paper(canonicalise(results))
    backward = ids_by_paper(canonicalise(list(reversed(results))))
    assert forward == backward


@pytest.mark.parametrize("a, b, same", [
    ("long short-term memory", "Long Short-Term Memory networks", True),
    ("Generative Adversarial Nets", "generative adversarial networks", True),
    ("Conditional Random Field", "Condiontal Random Field", True),
    ("deep neural network", "dense neural network", False),
    ("expectation maximization", "exact match", False),
])
def test_spellings_of_one_long_form(a, b, same):
    assert same_long_form(long_form_words(a), long_form_words(b)) is same


def test_a_typing_cue_outvotes_default_types_across_papers():
    # "Quibblebank" as a bare name-shaped word is a method by default; one paper says it is a dataset.
    abstracts = [
        "We train our tagger on QuibbleBank2 and report gains over a strong baseline.",
        "Results on QuibbleBank2 improve with our ensemble of taggers.",
        "We fine-tune a tagger on the QuibbleBank2 dataset of annotated forum posts.",
    ]
    out = canonicalise(extract_local_all(papers_of(*abstracts)))
    ids = {e.id for p in out for e in p.entities if e.name == "QuibbleBank2"}
    assert ids and all(i.split(":")[0] in ("dataset", "benchmark") for i in ids), ids


def test_an_acronym_inside_a_long_form_spells_the_same_sense():
    a, b = long_form_words("bidirectional GRU"), long_form_words("bi-directional gated recurrent unit")
    assert same_long_form(a, b)
    assert same_long_form(long_form_words("Quasi RNN"), long_form_words("quasi recurrent neural network"))
    assert not same_long_form(long_form_words("bidirectional GRU"), long_form_words("bidirectional graph routing"))


def test_definitions_spelling_a_list_entry_out_are_that_entry():
    # The list knows "Bidirectional LSTM" (BiLSTM); papers spell it out, or use it bare: one node.
    abstracts = [
        "We encode each tweet with a Bidirectional LSTM (BiLSTM) before a softmax layer.",
        *[f"Bidirectional long short-term memory (BiLSTM) networks read the {w} tokens in both directions."
          for w in ("news", "clinical", "legal", "forum", "chat", "patent")],
        "Character embeddings feed a BiLSTM tagger; the BiLSTM improves tagging of news.",
    ]
    out = canonicalise(extract_local_all(papers_of(*abstracts)))
    ids = {e.id for p in out for e in p.entities if "lstm" in e.id}
    assert ids == {"method:bidirectional-lstm"}, ids


def test_a_curated_sense_is_the_default_at_a_smaller_share():
    tune = [f"We apply supervised fine-tuning (SFT) to a {w} language model before preference optimisation."
            for w in ("small", "large", "multilingual", "chat", "code", "math", "medical", "legal", "tiny",
                      "base", "instruction", "open", "sparse", "dense", "distilled", "quantised")]
    other = [f"A spectral feature transform (SFT) maps {w} images to frequency bands for denoising."
             for w in ("satellite", "medical", "microscopy")]
    bare = "Our pipeline runs SFT and then DPO."
    out = canonicalise(extract_local_all(papers_of(*tune, *other, bare)))
    last = {e.id for e in out[-1].entities}
    assert "method:supervised-fine-tuning" in last, last


def test_groups_unchanged_by_a_join_keep_their_canonical_form_without_recomputing(monkeypatch):
    """canonical._groups reuses an unchanged group's canonical form after the data-name join: the same output
    as computing every group again, with fewer _canonical calls."""
    from paperkg.extract import canonical
    from paperkg.extract.readers import read_corpus, sample_corpus_paths

    local = extract_local_all(list(read_corpus(sample_corpus_paths()).papers))

    def join_two(canon, keys):  # a join that surely changes something: the first two groups become one
        a, b = sorted(canon)[:2]
        keys.union(a, b)
        return True

    monkeypatch.setattr(canonical.STEPS, "join_same_data_names", join_two)
    calls = []
    real = canonical._canonical
    monkeypatch.setattr(canonical.STEPS, "canonical", lambda *a: calls.append(1) or real(*a))
    reused = [p.to_dict() for p in canonicalise(local)]
    n_reused = len(calls)
    real_groups = canonical._groups
    monkeypatch.setattr(canonical.STEPS, "groups", lambda m, k, i, b, before=None: real_groups(m, k, i, b))
    calls.clear()
    assert [p.to_dict() for p in canonicalise(local)] == reused
    assert n_reused < len(calls), (n_reused, len(calls))
