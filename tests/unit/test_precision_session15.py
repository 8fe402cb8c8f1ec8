"""Issue 10, session 15: homonyms of coined short forms, on invented sentences."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _papers(*papers: tuple[str | None, str, int]):
    return extract_papers([Paper(f"p{i}", t, a, year=y) for i, (t, a, y) in enumerate(papers)])


def _ids(paper, text: str) -> set[str]:
    return {e.id for e in paper.entities if any(m.text == text for m in e.mentions)}


# A third paper defines the short form, so the title-led names below are kept apart from its sense.
_DEFINER = (None, "We solve variational inclusion problems (VIPs) with a projected extragradient scheme.", 2012)


def test_two_title_led_coinages_of_a_known_short_form_are_two_nodes():
    _, a, b = _papers(
        _DEFINER,
        ("VIP: Finding Salient Persons in Group Photographs",
         "We rank the persons of a group photograph by how much a viewer notices them, from face size, "
         "position and gaze.", 2015),
        ("VIP: Certified Recovery from Adversarial Patches in Vision Transformers",
         "We detect and remove adversarial patches on images with a provable guarantee for vision transformers.", 2022),
    )
    assert _ids(a, "VIP") and _ids(b, "VIP") and not _ids(a, "VIP") & _ids(b, "VIP")


def test_a_one_paper_coinage_keeps_a_bare_use_written_in_another_case_apart():
    a, b = _papers(
        (None, "We propose Mean Teacher with Object Relations (MTOR), a framework that adapts object detectors "
               "across domains by aligning region features of the source and target images.", 2019),
        (None, "We extract gene and protein relations from biomedical abstracts about the mTOR signalling "
               "pathway. Events of the mTOR pathway are curated by hand.", 2017),
    )
    assert _ids(a, "MTOR") and _ids(b, "mTOR") and not _ids(a, "MTOR") & _ids(b, "mTOR")


def test_the_same_case_bare_use_still_joins_a_one_paper_coinage():
    a, b = _papers(
        (None, "We propose Mean Teacher with Object Relations (MTOR), a framework that adapts object detectors "
               "across domains by aligning region features of the source and target images.", 2019),
        (None, "Our cross-domain detector outperforms MTOR and other teacher-student detectors on Cityscapes. "
               "Unlike MTOR, it needs no relational graph.", 2021),
    )
    assert _ids(a, "MTOR") and _ids(a, "MTOR") == _ids(b, "MTOR")


def test_another_paper_naming_a_one_off_short_form_for_another_thing_is_apart():
    lidar = ("3D object detectors across lidar sensors by aggregating stationary objects over frames into "
             "pseudo-labels for the target sensor")
    notes = ("clinical summaries that physicians write after each patient visit, with subjective, objective, "
             "assessment and plan sections")
    a, b, c = _papers(
        ("SOAP: Cross-Sensor Adaptation for Lidar Detection",
         f"We adapt {lidar} with Stationary Object Aggregation Pseudo-labelling (SOAP).", 2024),
        (None, f"Physicians draft {notes}, called SOAP notes. We generate SOAP notes from conversations.", 2021),
        (None, f"We evaluate generated SOAP notes, the {notes}, with a language model as judge. SOAP notes "
               "written by the model are shorter.", 2023),
    )
    assert _ids(a, "SOAP") and _ids(b, "SOAP")
    assert not _ids(a, "SOAP") & _ids(b, "SOAP")
    assert _ids(c, "SOAP") == _ids(b, "SOAP")  # the bare use goes with the coinage its words fit


# --- teams and task long forms ------------------------------------------------------------------------------------

def _types(*abstracts: tuple[str | None, str]) -> list[dict[str, str]]:
    out = extract_papers([Paper(f"p{i}", t, a) for i, (t, a) in enumerate(abstracts)])
    return [{m.text: e.type for e in p.entities for m in e.mentions} for p in out]


def test_a_title_led_name_at_a_campaign_is_a_team_whatever_the_campaign():
    teams = _types(
        ("QWOPL at DRUGTWEET: A Linear Classifier for Adverse Effects in Tweets",
         "We describe the QWOPL system that detects adverse drug effects in tweets with a linear classifier."),
        ("ZRK at SLAVNER2021: A Multilingual Named Entity Tagger", "ZRK tags Slavic named entities with a neural tagger."),
        ("BRIMO at FOODIE-2022 Task 3: Recipes as Graphs", "We present BRIMO, our system for recipe graph parsing."),
    )
    assert not any({"QWOPL", "ZRK", "BRIMO"} & set(t) for t in teams), teams
    kept = _types(("GraphQuill at Scale: Training Flows on Molecule Graphs",
                   "We propose GraphQuill, a flow model for molecular graphs, and train it on 20M molecules."))
    assert "GraphQuill" in kept[0], kept  # "Scale" is no campaign


def test_a_long_form_ending_in_a_listed_task_is_that_task():
    found = _types(
        (None, "Cross-domain sentiment analysis (CDSA) transfers labels from a source domain to a target domain."),
        (None, "Targeted aspect-based sentiment analysis (TABSA) remains difficult for neural networks."),
        (None, "We present Rich Component Analysis (RCA), which separates the latent components of two views."),
    )
    assert found[0]["CDSA"] == "task" and found[1]["TABSA"] == "task", found
    assert found[2]["RCA"] == "method", found  # "component analysis" is no listed task


def test_a_title_case_spelling_is_typography_not_another_case():
    from paperkg.extract.canonical import _spelt_otherwise

    # at 73k one paper's "You Only Look Once (Yolo)" split another paper's "YOLO" off the detector's node
    assert not _spelt_otherwise({"QUIX"}, {"Quix"}) and not _spelt_otherwise({"QUIXs"}, {"QUIX"})
    assert _spelt_otherwise({"qUIX"}, {"QUIX"}) and _spelt_otherwise({"QUIX"}, {"QuIx"})


def test_a_case_the_defining_paper_writes_too_is_the_same_thing():
    # The defining paper spells its name in capitals and in mixed case; other papers write the mixed case.
    a, b = _papers(
        ("TALKGEN: Large-Scale Pre-training for Chat Replies",
         "We release TALKGEN (talk generative network), a chat reply generator trained on forum threads. "
         "TalkGen replies are preferred by raters.", 2019),
        (None, "We fine-tune TalkGen on customer-service logs and measure how often its replies stay polite.", 2021),
    )
    assert _ids(b, "TalkGen") and _ids(b, "TalkGen") <= _ids(a, "TALKGEN") | _ids(a, "TalkGen")
