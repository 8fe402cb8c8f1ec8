"""Issue 10 (session 7): a name typed by what its paper says it is, affiliation lines, modifiers and joined names.
Sentences written for these tests (invented names), not taken from gold or the corpus."""

from __future__ import annotations

import pytest

from paperkg.extract import self_typing
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _stated(typ: str, name: str, text: str, field: str = "abstract") -> str:
    start = text.index(name)
    return self_typing.stated_type(typ, [(field, start, start + len(name))], {field: text})


@pytest.mark.parametrize("text,name", [
    ("Lute chord tagging (LCT) is an important yet rarely studied task for music archives.", "LCT"),
    ("LCT remains a hard problem.", "LCT"),
    ("Harp Query Rewriting, the task of turning a hummed tune into text, is new.", "Harp Query Rewriting"),
    ("Oboe span linking (OSL) is the problem of pairing spans.", "OSL"),
])
def test_a_name_said_to_be_a_task_is_a_task(text, name):
    assert _stated("method", name, text) == "task"
    assert _stated("model", name, text) == "task"


@pytest.mark.parametrize("text,name", [
    ("We propose tuba-guided decoding (TGD) as a simple approach to faithful output.", "TGD"),
    ("Cello Prompt Generation (CPG) is a lightweight method for prompting.", "CPG"),
    ("Cello Prompt Generation is a new framework that writes prompts.", "Cello Prompt Generation"),
])
def test_a_name_said_to_be_a_method_is_a_method(text, name):
    assert _stated("task", name, text) == "method"


def test_a_title_that_calls_its_lead_name_a_method():
    title = "CPG: A Cello-Dependent Prompt Generation Method for Few-Shot Tasks"
    assert _stated("task", "CPG", title, "title") == "method"
    # not the lead name, or not a method noun: unchanged
    assert _stated("task", "CPG", "Tuning with CPG: A Study", "title") == "task"
    assert _stated("task", "CPG", "CPG: A Benchmark for Methods", "title") == "task"


@pytest.mark.parametrize("text,name,typ", [
    ("LCT is a method for the task of chord tagging.", "LCT", "method"),  # the task is another thing
    ("OSL is a benchmark for span linking models.", "OSL", "benchmark"),
    ("OSL is an approach to the problem of linking.", "OSL", "method"),
    ("LCT is hard and DrumNet is a network.", "LCT", "method"),  # said of another name
])
def test_what_is_said_of_another_thing_does_not_retype(text, name, typ):
    assert _stated(typ, name, text) == typ


def test_pipeline_retypes_a_proposed_task_shaped_name():
    abstract = ("We propose viola pattern generation (VPG) as a simple approach for scoring melodies. "
                "VPG outperforms baselines.")
    types = {e.name: e.type for e in extract_papers([Paper("p", None, abstract)])[0].entities}
    assert types.get("viola pattern generation") == "method"


def test_an_affiliation_line_names_organisations():
    text = "Jan Novak (1) Universite de Lyon, LIRQA & CNRS, Campus de la Doua, 69100 Villeurbanne, France"
    start = text.index("LIRQA")
    assert self_typing.affiliation_reason([("abstract", start, start + 5)], {"abstract": text})
    text = "We compare LIRQA with two baselines from the University of Lyon."
    start = text.index("LIRQA")
    assert self_typing.affiliation_reason([("abstract", start, start + 5)], {"abstract": text}) is None


@pytest.mark.parametrize("name,junk", [
    ("Recent HGR", True), ("Existing MOT", True), ("Conventional SLAM", True), ("Modern Hopfield Networks", False),
    ("Early Stopping", False), ("Most Probable Explanation", False), ("Novel View Synthesis", False),
])
def test_a_modifier_before_a_name_is_no_name(name, junk):
    assert bool(self_typing.modifier_reason(name)) is junk


@pytest.mark.parametrize("name,junk", [
    ("WrenMT and WrenCOMET", True), ("SkuaBERT & GullBERT", True), ("Tern5 or Tern7", True),
    ("Question and Answer", False), ("Search and Rescue", False), ("R and D", False), ("Sense and Sensibility", False),
])
def test_two_coined_names_joined_are_no_name(name, junk):
    assert bool(self_typing.joined_names_reason(name)) is junk


@pytest.mark.parametrize("surfaces,junk", [
    (["SemEval"], True), (["Semantic Evaluation", "SemEval"], True), (["CLEF"], True),
    (["SemEval-2014"], False), (["SemEval 2016 Task 5"], False), (["TREC"], False), (["WMT"], False),
    (["Semantic Evaluation", "SemEval", "SemEval-2017"], False),
])
def test_an_umbrella_campaign_alone_is_no_data(surfaces, junk):
    assert bool(self_typing.umbrella_series_reason(surfaces)) is junk


def _listed(name: str, text: str) -> str | None:
    start = text.index(name)
    return self_typing.listed_data_type([("abstract", start, start + len(name))], {"abstract": text})


@pytest.mark.parametrize("text,name,typ", [
    ("We test on the pose datasets WrenPose and Tern3D in real time.", "Tern3D", "dataset"),
    ("We test on the pose datasets WrenPose and Tern3D in real time.", "WrenPose", "dataset"),
    ("Results on benchmarks such as GullQA, SkuaQA and AukQA improve.", "AukQA", "benchmark"),
    ("Results on benchmarks such as GullQA, SkuaQA and AukQA improve.", "GullQA", "benchmark"),
    ("On both datasets, OwlNet beats the baselines.", "OwlNet", None),
    ("On both datasets OwlNet beats the baselines.", "OwlNet", None),
    ("We train OwlNet on three datasets.", "OwlNet", None),
])
def test_a_name_listed_after_a_plural_data_noun_is_data(text, name, typ):
    assert _listed(name, text) == typ


@pytest.mark.parametrize("short,long,loose", [
    ("GULLNET", "good prompts make strong text embeddings", True),
    ("TAPE", "resToration of digitized Analog videotaPEs", False),
    ("SkuaNets", "selected graph variants", True),
    ("WordNet", "word images and concepts mined from a lexical database", True),
    ("BLEU", "bilingual evaluation understudy", False),
    ("AUC", "area under the ROC curve", False),
    ("mBERT", "multi-lingual BERT", False),
    ("BiLSTM", "bi-directional long short-term memory", False),
    ("Grad-CAM", "gradient-weighted CAM", False),
    ("VAEs", "variational autoencoders", False),
    ("ViTs", "vision transformers", False),
    ("ResNets", "residual neural networks", False),
    ("LSTM", "long-short term memory recurrent neural network", False),
    ("SPIDER", "stochastic path-integrated differential estimator", False),
    ("AukNet", "image generation on AUK2012", True),
    ("TRPO", "strategies for improving the performance of trust region policy optimization", True),
    ("SVRG", "stochastic variance-reduced gradient", False),
    ("ConvNet", "convolutional neural network", False),
    ("BiLSTM", "bidirectional LSTM", False),
    ("DCNNs", "deep convolutional neural networks", False),
    ("BoW", "bag of words", False),
    ("kNN", "k-nearest neighbours", False),
    ("PtrNet", "Pointer Network", False),  # capitalised: a name the paper gives, judged elsewhere
])
def test_a_free_phrase_before_a_listed_short_form_is_no_definition(short, long, loose):
    assert self_typing.loose_definition(short, long) is loose


def test_pipeline_a_listed_name_after_a_free_phrase_stays_the_listed_name():
    # before: BERT carried the alias "best model utilizes pretraining", WordNet "word senses mined from a
    # lexical database"
    def entities(abstract):
        return {e.name: e.aliases for e in extract_papers([Paper("p", None, abstract)])[0].entities}

    assert entities("Our best model utilizes pretraining (BERT) and beats every baseline.") == {"BERT": []}
    assert entities("Results on word senses mined from a lexical database (WordNet) confirm it.") == {"WordNet": []}


@pytest.mark.parametrize("text,name,typ", [
    ("Generating from Sparrow Meaning Graphs (SMG) is an underspecified problem.", "SMG", "method"),
    ("MAP inference over discrete Finch Fields is a central task.", "Finch Fields", "method"),
    ("Monitoring birds in WrenCam is a costly task.", "WrenCam", "method"),
    ("WrenWOZ is a well-known task-oriented dialogue corpus.", "WrenWOZ", "method"),
    ("Face Wren-Resolution (WR) is a domain-specific problem.", "WR", "task"),
])
def test_only_the_subject_of_the_sentence_is_said_to_be_a_task(text, name, typ):
    assert _stated("method", name, text) == typ


def test_data_said_to_be_a_task_stays_data():
    assert _stated("dataset", "KiteQA", "KiteQA is a challenging reading comprehension task.") == "dataset"


@pytest.mark.parametrize("text,name", [
    ("Experiments on the CodeGull and HumanWren benchmarks: PERCH consistently wins.", "PERCH"),
    ("On benchmarks such as Tern100 and Tern1K, SD achieves gains.", "SD"),
    ("We report AP@0.5 and AP@0.7 on two public datasets (Wren-Sim and Tern-V2X). Code: https://github.com/x", "Tern-V2X"),
])
def test_what_is_no_list_item_or_affiliation(text, name):
    start = text.index(name)
    spans, texts = [("abstract", start, start + len(name))], {"abstract": text}
    if "Wren-Sim" not in text:
        assert self_typing.listed_data_type(spans, texts) is None
    assert self_typing.affiliation_reason(spans, texts) is None


def test_a_task_noun_inside_a_longer_noun_is_no_task():
    assert _stated("method", "Owl Set Programming", "Owl Set Programming is a popular problem solving formalism.") == "method"


def test_pipeline_a_defined_name_starting_with_a_modifier_word_stays():
    abstract = "We introduce Many Owl Learning (MaOL), a special case of multi-task learning. MaOL scales well."
    names = {e.name for e in extract_papers([Paper("p", None, abstract)])[0].entities}
    assert "Many Owl Learning" in names


def test_another_long_form_of_a_listed_model_acronym_is_its_own_thing():
    # OPT was an acronym-only entry: with no rival sense left in the corpus it took "Optimal Partial Transport"
    abstract = "We present a matching scheme based on the Optimal Partial Transport (OPT). OPT keeps words apart."
    [paper] = extract_papers([Paper("p", None, abstract)])
    assert all(e.entry is None for e in paper.entities if e.long_form == "Optimal Partial Transport")
