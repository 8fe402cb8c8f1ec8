"""Issue 10, session 26 (node precision), on invented sentences: names a paper defines as software or a project,
names headed by a software noun, names used only as a project, satellites (PAPERKG_PRECISION28,
extract/precision28.py)."""

from __future__ import annotations

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.precision28 import (
    PRECISION_RULES28, cut_definitions28, cut_entities28, cut_hit28, project_only28, software_before28, software_definition28,
    software_head28, team_name28,
)
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _entity(text: str, words: list[str], rule: str = "rule:repeated-name", typ: str = "method",
            field: str = "abstract") -> LocalEntity:
    mentions, at = [], 0
    for w in words:
        i = text.index(w, at)
        mentions.append(Mention(w, i, i + len(w), 0, rule, field))
        at = i + len(w)
    return LocalEntity(words[0], typ, "uses", [], None, mentions)


def _defined(text: str, name: str, typ: str = "method", field: str = "abstract") -> bool:
    i = text.index(name)
    return software_definition28(text, i, i + len(name), typ, field)


def _before(text: str, name: str, typ: str = "method") -> bool:
    i = text.index(name)
    return software_before28(text, i, i + len(name), typ)


# -- software-definition ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We present Zorbix, a web-based system that lets users browse claims.",
    "Zorbix is an API for reading stand-off annotation in Python.",
    "This article presents Zorbix, a freely accessible Web service that filters a lexical network.",
    "We introduce Zorbix (ZB), a Java API for extracting citation contexts.",
    "We propose Zorbix, a declarative protocol language based on two constructs.",
    "Zorbix was a 3 M euro programme that was financed by two governments.",
    "We describe Zorbix, an adaptation of the Quillo realisation library for Galician.",
    "We release Zorbix, a toolkit for aligning large models.",
])
def test_a_name_defined_as_software_or_a_project(text):
    assert _defined(text, "Zorbix")


@pytest.mark.parametrize("text", [
    "We present Zorbix, a web service recommendation model for mashups.",  # the head does not end the phrase
    "We present Zorbix, a publicly available dataset and an open-source Python package.",  # also data
    "We present Zorbix, a new Python library and models for biomedical text.",  # also models
    "Zorbix is a causal inference tool used to estimate effects.",  # a method
    "Zorbix is a powerful tool for dimensionality reduction.",  # a bare "tool"
    "Zorbix, a multi-task benchmark and analysis platform for language understanding.",
    "Zorbix, an intermediate between text and formal query languages.",
    "A sister project to Zorbix, the Quillo project, also annotates verbs.",  # the apposition is the project's
    "We present Zorbix, a growing number of translation platforms.",
])
def test_a_name_not_defined_as_software(text):
    assert not _defined(text, "Zorbix")


def test_a_bare_tool_needs_a_software_word_or_a_title():
    assert _defined("We present Zorbix, a web-based annotation tool for tweets.", "Zorbix")
    title = "Zorbix: A Tool for Evaluating Generated Text"
    assert _defined(title, "Zorbix", field="title")
    assert not _defined(title, "Zorbix", field="abstract")


def test_a_project_head_is_no_definition_of_data():
    text = "Zorbix: the Translation Initiative for Covid-19"
    assert _defined(text, "Zorbix", "method")
    assert not _defined(text, "Zorbix", "dataset")


@pytest.mark.parametrize("text", [
    "In this paper we propose a platform, Zorbix, that extracts knowledge from corpora.",
    "We re-use an ontology-driven metamodel, named Zorbix, as a bridge between models.",
    "We open-source our toolkit, Zorbix, that implements the evaluation framework.",
])
def test_a_software_noun_right_before_the_name(text):
    assert _before(text, "Zorbix")


@pytest.mark.parametrize("text", [
    "After being deployed on a platform, Zorbix allows the model to be quantized.",  # a clause after a preposition
    "We use the Quillo library, Zorbix, and the Yarrow question datasets.",  # a list
    "We release the Quillo library, Zorbix dataset, and all traces.",  # data
    "On data of the 1000 Genomes Project, Zorbix finds segments.",  # the end of another name
    "In this project, Zorbix has been applied to named entities.",
])
def test_no_software_noun_right_before_the_name(text):
    assert not _before(text, "Zorbix")


def test_a_software_entity_leaves_the_paper_and_the_part_can_be_switched_off(monkeypatch):
    text = "We present Zorbix, a web-based system that lets users query claims. Zorbix is fast."
    assert cut_entities28(None, text, [_entity(text, ["Zorbix", "Zorbix"])]) == []
    monkeypatch.setenv("PAPERKG_PRECISION28", "software-definition")
    assert len(cut_entities28(None, text, [_entity(text, ["Zorbix", "Zorbix"])])) == 1
    monkeypatch.setenv("PAPERKG_PRECISION28", "off")
    assert len(cut_entities28(None, text, [_entity(text, ["Zorbix", "Zorbix"])])) == 1


def test_a_listed_name_stays():
    text = "We translate with Zorbix, a web-based system that many teams use."
    e = _entity(text, ["Zorbix"])
    e.entry = "method:zorbix"
    assert len(cut_entities28(None, text, [e])) == 1
    assert len(cut_entities28(None, text, [_entity(text, ["Zorbix"], "gazetteer:curated")])) == 1


# -- software-head ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,typ", [
    ("Zorbix Toolkit", "method"), ("REST API", "method"), ("Zorbix-Measure-API", "method"), ("Zorbix Platform", "method"),
    ("MetaModel", "method"), ("Zorbix project", "method"), ("Zorbix Library", "benchmark"), ("Zorbix Initiative", "task"),
])
def test_a_name_headed_by_a_software_noun(name, typ):
    assert software_head28(name, typ)


@pytest.mark.parametrize("name,typ", [
    ("Neural Zorbix Editor", "method"), ("linear program", "method"), ("Zorbix Suite", "benchmark"),
    ("Zorbix Framework", "method"), ("Zorbix Initiative", "dataset"), ("Zorbix Project", "benchmark"),
    ("Zorbixapi", "method"), ("Zorbix Engine", "method"),
])
def test_a_name_not_headed_by_a_software_noun(name, typ):
    assert not software_head28(name, typ)


# -- project-cue ------------------------------------------------------------------------------------------------------

def _project_only(text: str, words: list[str], name: str | None = None) -> bool:
    e = _entity(text, words)
    return project_only28([name or words[0]] + [m.text for m in e.mentions], e.mentions, {"abstract": text})


def test_a_name_used_only_as_a_project():
    assert _project_only("This work was done within the European funded project Zorbix. Zorbix has three streams.",
                         ["Zorbix", "Zorbix"])
    assert _project_only("The aim of the Zorbix (IST 0335) project is to test dialogue systems.", ["Zorbix"])
    assert _project_only("This paper describes the Zorbix Consortium translation systems.", ["Zorbix"])


def test_a_project_name_also_used_as_data_or_a_system_stays():
    assert not _project_only("Results of the Zorbix project are given. The Zorbix corpora hold two text types.",
                             ["Zorbix", "Zorbix"])
    assert not _project_only("We evaluate the Zorbix system built in the Zorbix project.", ["Zorbix", "Zorbix"])
    assert not _project_only("We present the Zorbix project, a corpus of 5,000 explanations.", ["Zorbix"])
    assert not _project_only("Data come from the Zorbix project.", ["Zorbix"], "ZorbNet")  # headed like data
    assert not _project_only("On data of the 1000 Genomes Project, Zorbix finds segments.", ["Zorbix"])


def test_a_project_only_entity_leaves_the_paper(monkeypatch):
    text = "We report on the Zorbix programme. Zorbix funded ten groups."
    assert cut_entities28(None, text, [_entity(text, ["Zorbix", "Zorbix"])]) == []
    monkeypatch.setenv("PAPERKG_PRECISION28", "project-cue")
    assert len(cut_entities28(None, text, [_entity(text, ["Zorbix", "Zorbix"])])) == 1


# -- satellite --------------------------------------------------------------------------------------------------------

def test_a_satellite_typed_method_leaves_but_imagery_data_stays():
    text = "We map crops from Zorbix-2 imagery with a large dataset of Zorbix-2 images."
    assert cut_entities28(None, text, [_entity(text, ["Zorbix-2", "Zorbix-2"])]) == []
    assert len(cut_entities28(None, text, [_entity(text, ["Zorbix-2", "Zorbix-2"], typ="dataset")])) == 1


# -- the second look and the pipeline ---------------------------------------------------------------------------------

def test_the_second_look_skips_the_same_spots(monkeypatch):
    text = "We present Zorbix, a web-based system that lets users query claims. Quillo is a model."
    i = text.index("Zorbix")
    assert cut_hit28(text, i, i + 6, "method", "Zorbix")
    j = text.index("Quillo")
    assert not cut_hit28(text, j, j + 6, "method", "Quillo")
    text = "This was funded by the Zorbix project."
    i = text.index("Zorbix")
    assert cut_hit28(text, i, i + 6, "method", "Zorbix")
    assert not cut_hit28(text, i, i + 6, "metric", "Zorbix")
    monkeypatch.setenv("PAPERKG_PRECISION28", ",".join(PRECISION_RULES28))
    assert not cut_hit28(text, i, i + 6, "method", "Zorbix")


def test_the_pipeline_drops_a_web_service_and_keeps_the_method(monkeypatch):
    abstract = ("We present Zorblex, a freely accessible Web service that filters a lexical network. "
                "Zorblex uses QuorbNet, a graph neural network, to score relations.")
    [paper] = extract_papers([Paper("p", None, abstract)])
    names = {e.name for e in paper.entities}
    assert "Zorblex" not in names and "QuorbNet" in names
    monkeypatch.setenv("PAPERKG_PRECISION28", "off")
    [paper] = extract_papers([Paper("p", None, abstract)])
    assert "Zorblex" in {e.name for e in paper.entities}


def test_a_project_typed_data_stays_and_a_research_project_with_its_long_form_goes():
    text = "The Zorbix project built a treebank. Zorbix has 10,000 sentences."
    assert len(cut_entities28(None, text, [_entity(text, ["Zorbix", "Zorbix"], typ="dataset")])) == 1
    text = "This is an overview of the ZMOOC (Zorbix for Open Courses) research and innovation project."
    e = _entity(text, ["Zorbix for Open Courses"])
    assert cut_entities28(None, text, [e]) == []


def test_imagery_needs_a_numbered_name():
    text = "We show the variability of QUORB imagery across classes."
    assert len(cut_entities28(None, text, [_entity(text, ["QUORB"])])) == 1
    text = "The recent launch of the Zorbsat satellites helps."
    assert cut_entities28(None, text, [_entity(text, ["Zorbsat"])]) == []


def test_a_project_name_the_paper_defines_as_a_network_stays():
    assert not _project_only("The Zorbix project trains nets in real time. Zorbix ,is a back-propagation network.",
                             ["Zorbix", "Zorbix"])


def test_a_dropped_entity_takes_its_definition_along():
    text = "This is part of the ZORB (Zorbix for Open Research and Books) project."
    e = _entity(text, ["Zorbix for Open Research and Books"])
    e.long_form = "Zorbix for Open Research and Books"
    definitions = [("ZORB", "Zorbix for Open Research and Books"), ("QX", "Quillo Xylo")]
    kept = cut_entities28(None, text, [e])
    assert kept == []
    assert cut_definitions28(definitions, [e], kept) == [("QX", "Quillo Xylo")]
    assert cut_definitions28(definitions, [e], [e]) == definitions


# -- team-name (session 26, round two) ----------------------------------------------------------------------------

def _team(title: str, abstract: str, name: str) -> bool:
    texts = {"title": title, "abstract": abstract}
    mentions = [Mention(name, t.index(name), t.index(name) + len(name), 0, "rule:name-shape", f)
                for f, t in texts.items() if name in t]
    return team_name28(name, mentions, texts)


@pytest.mark.parametrize("title, abstract, name", [
    ("Qorv-Tulsa Submission to the WMT2031 Zulu-Xhosa Translation Shared Task", "We train a Transformer.", "Qorv-Tulsa"),
    ("Zorbix Participation in the WMT31 Quality Estimation Shared Task", "We fine-tune an encoder.", "Zorbix"),
    ("Propaganda detection", "This paper presents the ZORB submission for the NLPX4 2031 shared-task on spans.", "ZORB"),
    ("Hindi-Zulu translation", "This paper describes the participation of team Q7toQ9 (LTRC, Zorb-Tulsa) for the WMT "
     "2031 task.", "Zorb-Tulsa"),
    ("Dialect identification", "With these scores, our team (ZorbKernel) ranked first of 12 teams in the shared task.",
     "ZorbKernel"),
    ("Translating Zulu", "We describe our joint submission (QV-Tulsa) from Qorv University and Tulsa University in the "
     "WMT 2031 news translation shared task.", "QV-Tulsa"),
])
def test_a_team_or_its_institution(title, abstract, name):
    assert _team(title, abstract, name)


@pytest.mark.parametrize("title, abstract, name", [
    # the paper's own system, defined as such
    ("A Zulu translator", "Our system, Zorbix, was submitted to the WMT 2031 shared task.", "Zorbix"),
    ("Zorbix: A Frequentist Approach to Typology", "This paper describes the Zorbix submission to the SIGX 2031 shared "
     "task.", "Zorbix"),
    # a submission to no campaign, a parenthesis outside a shared task, an acronym after a capitalised "Team"
    ("Zorbix", "We compare the Zorbix submission to the journal with others.", "Zorbix"),
    ("Grouping", "We model each team (ZorbNet) as a graph of players.", "ZorbNet"),
    ("Clinical care", "Inspired by the Multidisciplinary Team (MDT) approach, Quillo votes. Results on the WMT 2031 "
     "shared task.", "MDT"),
    # a joined name whose parts the paper does not name as institutions
    ("Zorb-Tulsa at work", "We use Zorb-Tulsa for the WMT 2031 shared task.", "Zorb-Tulsa"),
])
def test_not_a_team(title, abstract, name):
    assert not _team(title, abstract, name)


def test_a_team_leaves_the_paper_and_the_part_can_be_switched_off(monkeypatch):
    title, abstract = "Qorv-Tulsa Submission to the WMT2031 News Shared Task", "Qorv-Tulsa trains a Transformer."

    def entity(typ: str = "method", rule: str = "rule:name-shape"):
        i = abstract.index("Qorv-Tulsa")
        return LocalEntity("Qorv-Tulsa", typ, "uses", [], None, [
            Mention("Qorv-Tulsa", 0, 10, 0, rule, "title"), Mention("Qorv-Tulsa", i, i + 10, 0, rule, "abstract")])
    assert cut_entities28(title, abstract, [entity()]) == []
    assert len(cut_entities28(title, abstract, [entity("task")])) == 1  # teams are typed method, model or data
    assert len(cut_entities28(title, abstract, [entity(rule="gazetteer")])) == 1  # a listed name stays
    monkeypatch.setenv("PAPERKG_PRECISION28", "team-name")
    assert len(cut_entities28(title, abstract, [entity()])) == 1


def test_the_second_look_skips_a_team_in_parentheses(monkeypatch):
    text = "We describe our joint submission (Zorbix) to the WMT 2031 shared task."
    i = text.index("Zorbix")
    assert cut_hit28(text, i, i + 6, "method", "Zorbix")
    assert not cut_hit28(text, i, i + 6, "task", "Zorbix")
    monkeypatch.setenv("PAPERKG_PRECISION28", "team-name")
    assert not cut_hit28(text, i, i + 6, "method", "Zorbix")


def test_the_pipeline_drops_a_team_named_by_its_submission(monkeypatch):
    title = "QV-Tulsa Submission to the WMT2031 Zulu-Xhosa Translation Shared Task"
    abstract = ("In this paper we describe our joint submission (QV-Tulsa) from Qorv University and Tulsa University in "
                "the WMT 2031 news translation shared task. Our primary submissions use a recurrent neural network.")
    [paper] = extract_papers([Paper("p", title, abstract)])
    assert "QV-Tulsa" not in {e.name for e in paper.entities}
    monkeypatch.setenv("PAPERKG_PRECISION28", "team-name")
    [paper] = extract_papers([Paper("p", title, abstract)])
    assert ("QV-Tulsa", "method") in {(e.name, e.type) for e in paper.entities}
