"""precision44 (session 38): a method/model its paper writes as a task ("the X task", "a novel task, X", "current X
models", "X refers to") is typed task, unless the paper writes it as its own named system."""

import pytest

from extract import precision44 as P
from extract.records import Mention
from extract.resolve import LocalEntity


@pytest.fixture(autouse=True)
def _parts_on(monkeypatch):
    # both parts ship off (DEFAULT_OFF44); these tests read them switched on
    monkeypatch.setenv("PAPERKG_PRECISION44", "on:task-noun,task-head")


def _entity(text, name, typ="method", role="uses", rule="abbreviation"):
    mentions = []
    start = text.find(name)
    while start >= 0:
        mentions.append(Mention(name, start, start + len(name), 0, rule, "abstract"))
        start = text.find(name, start + len(name))
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=mentions)


def _typed(text, name, **kw):
    return P.retype_tasks44(None, text, [_entity(text, name, **kw)])[0].type


def test_task_noun_cues():
    assert _typed("In this article, we address the Multimodal Entity Linking (MEL) task, and more.",
                  "Multimodal Entity Linking") == "task"
    assert _typed("We introduce a new task, Contextual Text Style Transfer - translating a sentence.",
                  "Contextual Text Style Transfer", role="proposes") == "task"
    assert _typed("We evaluate our method on two tasks: VarNaming, in which a network predicts names.",
                  "VarNaming") == "task"
    assert _typed("Recognizing Textual Entailment (RTE) is a fundamentally important task in NLP.",
                  "Textual Entailment") == "task"


def test_task_head_cues():
    assert _typed("Automatic image matting (AIM) refers to estimating the soft foreground.",
                  "Automatic image matting") == "task"
    assert _typed("DCLF enhances current Multimodal Emotion Recognition in Conversations models.",
                  "Multimodal Emotion Recognition in Conversations") == "task"
    assert _typed("We give a practical algorithm for mixture matrix completion with good performance.",
                  "mixture matrix completion") == "task"


def test_plural_class():
    assert _typed("We study off-the-shelf commercial and academic Named entity linking systems.",
                  "Named entity linking") == "task"
    assert _typed("We use three variants of the Local Causal Discovery algorithms.", "Local Causal Discovery") == "method"


def test_not_a_task():
    # a list item after a prepositional "tasks," is the technique evaluated on them
    assert _typed("On 7 out of 8 in-domain tasks, TableLlama achieves comparable results.", "TableLlama") == "method"
    assert _typed("We propose an end-to-end model for this task, FSS-Net, that detects fingerspelling.",
                  "FSS-Net") == "method"
    # a training objective called a task
    assert _typed("We present a simple pretraining task called contrastive context prediction (CCP) to learn.",
                  "contrastive context prediction") == "method"
    assert _typed("We propose a second-stage pre-training task, same speaker prediction (SSP), for context.",
                  "same speaker prediction") == "method"
    # the paper's own system
    assert _typed("We propose Iterative Text Summarization, a novel model for text summarization tasks. "
                  "Iterative Text Summarization tasks are hard.", "Iterative Text Summarization") == "method"
    # an optimisation formulation is a "problem", not a task
    assert _typed("We solve the Integer Linear Programming problem exactly.", "Integer Linear Programming") == "method"
    # the subject is another phrase
    assert _typed("Generating text from graph-based data, such as Abstract Meaning Representation, is a challenging "
                  "task.", "Abstract Meaning Representation") == "method"
    # a listed name keeps its list's type
    assert _typed("The principal component analysis task is solved.", "principal component analysis",
                  rule="gazetteer:classical") == "method"


def test_switch_off(monkeypatch):
    text = "Automatic image matting (AIM) refers to estimating the soft foreground. We address the AIM task."
    monkeypatch.setenv("PAPERKG_PRECISION44", "off")
    assert _typed(text, "Automatic image matting") == "method"
    monkeypatch.delenv("PAPERKG_PRECISION44")  # the default (session 40): both parts on
    assert _typed(text, "Automatic image matting") == "task"
    monkeypatch.setenv("PAPERKG_PRECISION44", "task-noun")  # the head cue alone still reads "refers to"
    assert _typed(text, "Automatic image matting") == "task"
    monkeypatch.setenv("PAPERKG_PRECISION44", "task-head")  # the noun cue alone
    assert _typed("Automatic image matting (AIM) refers to estimating the soft foreground.",
                  "Automatic image matting") == "method"


def test_task_headed():
    assert P.task_headed44("Named entity linking")
    assert P.task_headed44("DNN-Verification")
    assert P.task_headed44("Multimodal Emotion Recognition in Conversations")
    for name in ("principal component analysis", "Hierarchical LSTMs for Contextual Emotion Detection",
                 "maximum likelihood estimation", "Feedback Alignment", "Detection"):
        assert not P.task_headed44(name), name
