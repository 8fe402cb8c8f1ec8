"""Surface keys of names (extract/text.variant_key): what makes two spellings one node, and what keeps two
things apart. Made-up and textbook names, not gold text."""

import pytest

from paperkg.extract.canonical import canonicalise
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper
from paperkg.extract.text import variant_key


def same(a: str, b: str) -> bool:
    return variant_key(a) == variant_key(b)


@pytest.mark.parametrize("a, b", [
    ("IWSLT 2017", "IWSLT17"),            # a campaign's year in four or two digits
    ("IWSLT-2017", "IWSLT'17"),
    ("ICDAR2013", "ICDAR 13"),
    ("SemEval-2012 Task 6", "SemEval12 Task 6"),
    ("BraTS 2018", "BraTS-18"),
])
def test_a_year_after_a_name_is_kept_in_two_digits(a, b):
    assert same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Kinetics-700", "Kinetics 2700"),    # a size is no year
    ("ResNet-34", "ResNet-2034"),
    ("IWSLT 2017", "IWSLT 2016"),         # two campaigns
    ("ICDAR 2013", "ICDAR 2015"),
    ("GPT-3", "GPT-3.5"),                 # versions stay apart
    ("Llama 2", "Llama 3"),
    ("Qwen2", "Qwen2.5"),
    ("VGG-11", "VGG-13"),
])
def test_versions_sizes_and_other_years_stay_apart(a, b):
    assert not same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Capsule Nets", "Capsule Net"),                          # a four-letter plural
    ("V-Nets", "V-Net"),
    ("Echo State Networks", "echo state network"),
    ("Restricted Boltzmann Nets", "Restricted Boltzmann Network"),  # "net" heading a three-word long form
    ("Hopfield Networks", "Hopfield network"),
])
def test_plurals_and_net_heads(a, b):
    assert same(a, b)


@pytest.mark.parametrize("a, b", [
    ("bias", "bia"),              # no plural in a vowel stem
    ("Image Net", "Image Network"),  # "X Net" after one word is a coined name (ImageNet, SpatialNet)
    ("Wide ResNet", "Wide ResNetwork"),
])
def test_no_plural_or_net_fold_where_the_word_is_no_plural(a, b):
    assert not same(a, b)


@pytest.mark.parametrize("a, b", [
    ("RMSProp optimizer", "RMSProp"),         # a coined name, then the kind of thing it is
    ("AdaGrad optimiser", "AdaGrad"),
    ("Nadam optimizer", "Nadam"),             # a capitalised word, then a lower-case kind word
    ("word2vec embeddings", "word2vec"),
    ("Poincare embeddings", "Poincare"),
    ("gradient boosted trees classifier", "gradient boosted trees"),
    ("k-medoids clustering", "k-medoids"),
    ("ArcFace loss", "ArcFace"),
    ("METEOR score", "METEOR"),
    ("top-5 accuracy", "top-5"),
    ("token level accuracy", "token level"),
    ("GRU networks", "GRU"),
    ("Vision Transformer network", "Vision Transformer"),
])
def test_a_kind_word_after_a_name_is_dropped(a, b):
    assert same(a, b)


@pytest.mark.parametrize("a, b", [
    ("hinge loss", "hinge"),                        # after a plain word the kind word makes the name
    ("Focal Loss", "Focal"),
    ("spectral clustering", "spectral"),
    ("graph clustering", "graph"),
    ("node embeddings", "node"),
    ("Sentence Embeddings", "Sentence"),
    ("Inception Score", "Inception"),
    ("Hopfield network", "Hopfield"),
    ("Bayesian network", "Bayesian model"),
    ("policy networks", "policy"),
    ("Self-Attention Networks", "Self-Attention"),  # title case across a hyphen is no coined name
])
def test_a_kind_word_that_makes_the_name_stays(a, b):
    assert not same(a, b)


def test_campaign_years_and_kind_words_join_nodes_across_papers_but_versions_do_not():
    papers = [Paper(f"p{i}", None, a) for i, a in enumerate([
        "We report results on the IWSLT 2017 German-English task and on the Flurbo-300 dataset.",
        "Our system is trained on IWSLT17 data and on the Flurbo-700 dataset.",
        "We train the network with the RMSProp optimizer on the Flurbo-300 dataset.",
        "RMSProp is compared with plain gradient descent on IWSLT'17.",
    ])]
    out = canonicalise(extract_local_all(papers))
    ids = {p.id: {e.id for e in p.entities} for p in out}
    iwslt = {i for s in ids.values() for i in s if "iwslt" in i}
    flurbo = {i for s in ids.values() for i in s if "flurbo" in i}
    rmsprop = {i for s in ids.values() for i in s if "rmsprop" in i}
    assert len(iwslt) == 1, ids
    assert len(flurbo) == 2, ids  # 300 and 700 are two datasets
    assert len(rmsprop) == 1, ids


# -- one long form counted as a method by some papers and as a task by others ------------------------------

from paperkg.extract.canonical import LocalResult  # noqa: E402
from paperkg.extract.records import Mention  # noqa: E402
from paperkg.extract.resolve import LocalEntity  # noqa: E402


def _local(pid: str, name: str, typ: str, short: str | None = None) -> LocalResult:
    """One paper naming ``name`` with a typing cue; with ``short``, defining it: "<name> (<short>)"."""
    text = f"We study {name} ({short}) here." if short else f"We study {name} here."
    m = Mention(name, 9, 9 + len(name), 0, "abbreviation" if short else "rule:followed-by-type")
    e = LocalEntity(name, typ, "uses", [short] if short else [], None, [m], long_form=name if short else None,
                    short_forms=[short] if short else [])
    return LocalResult(Paper(pid, None, text), [e], [], [(short, name)] if short else [], [(0, len(text))])


def test_a_long_form_typed_method_and_task_by_different_papers_is_one_node_of_the_majority_type():
    # three papers define it as a method, two name it as a task: two keys (a sense and a spelling), one thing
    results = [_local(f"m{i}", "Quibble Annealing", "method", "QBA") for i in range(3)]
    results += [_local(f"t{i}", "quibble annealing", "task") for i in range(2)]
    out = canonicalise(results)
    ids = {e.id for p in out for e in p.entities}
    assert ids == {"method:quibble-annealing"}, ids


def test_a_method_and_a_metric_of_one_spelling_stay_apart():
    results = [_local(f"m{i}", "Quibble Divergence", "method", "QBD") for i in range(3)]
    results += [_local(f"x{i}", "quibble divergence", "metric") for i in range(2)]
    out = canonicalise(results)
    types = {e.id.split(":")[0] for p in out for e in p.entities}
    assert types == {"method", "metric"}, types


# -- the shipped list keeps versions apart ------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Qwen2", "Qwen2.5"), ("Llama 3.1", "Llama 3.2"), ("WikiText-103", "WikiText-2"),
    ("ActivityNet", "ActivityNet Captions"), ("ROUGE", "ROUGE-L"), ("ROUGE-1", "ROUGE-2"), ("IoU", "mIoU"),
    ("RefCOCO", "RefCOCO+"), ("RefCOCO", "RefCOCOg"), ("MiniWoB", "MiniWoB++"),  # an extension is another dataset
    ("BIG-bench", "BBH"), ("ARC-Challenge", "ARC-Easy"), ("CC3M", "CC12M"), ("HelpSteer", "HelpSteer2"),
    ("Tacotron", "Tacotron 2"), ("DALL-E 3", "DALL-E 2"), ("o3", "o3-mini"), ("o1-preview", "o1"),
    ("wav2vec 2.0", "wav2vec"), ("LLaVA-NeXT", "LLaVA-1.5"), ("BLOOM", "BLOOMZ"), ("Flan-PaLM", "Med-PaLM"),
])
def test_list_entries_of_two_versions_are_two_entries(a, b):
    from paperkg.extract.gazetteer import load_entries
    from paperkg.extract.text import normalise_surface

    def owners(form):
        return {e.id for e in load_entries() if normalise_surface(form) in {normalise_surface(f) for f in e.forms}}

    assert owners(a) and owners(b) and not owners(a) & owners(b), (owners(a), owners(b))


# -- senses: long forms one list entry gives are one sense; a word is no acronym -----------------------------

def test_two_long_forms_of_one_list_entry_are_one_sense_so_a_bare_short_form_finds_it():
    from paperkg.extract.corpus import CorpusIndex

    # The shipped list's COCO entry gives both long forms; made-up sentences define the short form each way.
    results = [_local("a", "Microsoft COCO", "dataset", "MSCOCO"),
               _local("b", "Microsoft Common Objects in Context", "dataset", "MSCOCO")]
    index = CorpusIndex.build(results)
    assert len(index.senses["mscoco"]) == 1, index.senses["mscoco"]


def test_a_word_spelt_like_an_ambiguous_acronym_joins_its_list_entry():
    # "QBAM" is defined two ways (ambiguous); "Adam" (a word, the list's optimiser) and "Adam optimizer" stay one
    # thing, and neither joins a sense of the acronym.
    results = [_local("d1", "Adaptive Moment Estimation", "method", "ADAM"),
               _local("d2", "Attention Domain Alignment Module", "method", "ADAM"),
               _local("w1", "Adam optimizer", "method"), _local("w2", "Adam optimizer", "method")]
    text = "We train with Adam and a cosine schedule."
    adam = LocalEntity("Adam", "method", "uses", [], None, [Mention("Adam", 14, 18, 0, "gazetteer:curated")],
                       entry="method:adam")
    results.append(LocalResult(Paper("e1", None, text), [adam], [], [], [(0, len(text))]))
    out = canonicalise(results)
    by_paper = {p.id: {e.id for e in p.entities} for p in out}
    assert by_paper["w1"] == by_paper["e1"] == {"method:adam"}, by_paper
    assert not by_paper["d2"] & by_paper["e1"], by_paper


@pytest.mark.parametrize("a, b", [("k-Medoids Clustering", "k-medoids"), ("fastText classifier", "fastText")])
def test_a_coined_name_in_any_case_drops_its_kind_word(a, b):
    assert same(a, b)


@pytest.mark.parametrize("a, b", [("Fréchet distance", "Frechet distance"), ("Gödel machine", "Godel machine"),
                                  ("naïve Bayes classifiers", "Naive Bayes")])
def test_accents_are_spelling(a, b):
    assert same(a, b)


@pytest.mark.parametrize("a, b", [("QuuxNet’s", "QuuxNet"), ("Zorblax Sampler's", "Zorblax Sampler"),
                                  ("\\emph{zorblax belief sampling", "zorblax belief sampling"),
                                  ("\\textit{Quux Flow}", "Quux Flow")])
def test_a_possessive_and_latex_are_no_part_of_a_name(a, b):
    assert same(a, b)


def test_a_possessive_is_not_a_plural_of_another_name():
    # "QuuxNets" (a plural) and "QuuxNet's" both name QuuxNet; "Quux" stays another name
    assert same("QuuxNets", "QuuxNet's") and not same("Quux's", "QuuxNet")


def test_a_data_resource_kept_apart_under_its_bare_acronym_joins_the_listed_dataset_of_that_name():
    # "COCO" is defined as two made-up methods in the corpus, so a bare "COCO" stays apart from both; one paper
    # calls it a benchmark. The listed dataset is named COCO too: one data resource, one node.
    results = [_local(f"c{i}", "Cobbled Contexts", "method", "COCO") for i in range(3)]
    results += [_local(f"k{i}", "Kernel Codecs Of Order", "method", "COCO") for i in range(3)]
    text = "Results on COCO improve by two points."
    e = LocalEntity("COCO", "benchmark", "evaluates_on", [], None, [Mention("COCO", 11, 15, 0, "gazetteer:curated")])
    results.append(LocalResult(Paper("bare", None, text), [e], [], [], [(0, len(text))]))
    text = "We train on MS COCO."
    e = LocalEntity("MS COCO", "dataset", "uses", [], None, [Mention("MS COCO", 12, 19, 0, "gazetteer:curated")],
                    entry="dataset:coco")
    results.append(LocalResult(Paper("listed", None, text), [e], [], [], [(0, len(text))]))
    by_paper = {p.id: {x.id for x in p.entities} for p in canonicalise(results)}
    assert by_paper["bare"] == by_paper["listed"] and len(by_paper["bare"]) == 1, by_paper
    assert not by_paper["bare"] & by_paper["c0"] and not by_paper["bare"] & by_paper["k0"], by_paper


@pytest.mark.parametrize("a, b", [
    ("the SuperGLUE benchmark", "SuperGLUE"),   # an article as a word of its own is no part of the name
    ("A Trellis Network", "Trellis Network"),
    ("an ImageNet subset", "ImageNet subset"),
])
def test_an_article_written_as_a_word_is_dropped(a, b):
    assert same(a, b)


@pytest.mark.parametrize("a, b", [
    ("A-OKVQA", "OK-VQA"),                # glued by a hyphen, the letter is part of the name
    ("A-Fast-RCNN", "Fast-RCNN"),
    ("AN-GAN", "GAN"),
    ("The-X", "X-Net"),
    ("A-GEM", "GEM"),
])
def test_an_article_glued_by_a_hyphen_stays(a, b):
    assert not same(a, b)


@pytest.mark.parametrize("name, family", [("Tacotron 2", "Tacotron"), ("o3-mini", "GPT"), ("LLaVA-1.5", "LLaVA"),
                                          ("Med-PaLM", "PaLM"), ("BLOOMZ", "BLOOM")])
def test_a_model_version_of_its_own_stays_in_its_family(name, family):
    from paperkg.extract.gazetteer import load_entries
    from paperkg.extract.text import normalise_surface

    owners = [e for e in load_entries() if normalise_surface(name) in {normalise_surface(f) for f in e.forms}]
    assert len(owners) == 1 and owners[0].name == name and owners[0].family == family, owners


def test_protonets_is_the_listed_prototypical_networks_and_its_variants_stay_apart():
    from paperkg.extract.gazetteer import load_entries
    from paperkg.extract.text import normalise_surface

    def owners(form):
        return {e.id for e in load_entries() if normalise_surface(form) in {normalise_surface(f) for f in e.forms}}

    assert owners("ProtoNets") == owners("Prototypical Networks") == {"method:prototypical-networks"}
    assert not owners("Gaussian Prototypical Networks")
