"""Issue 10, session 13: node precision rules (coined-name homonyms, title-led list names), on invented sentences."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _papers(*papers: tuple[str, str, int]):
    return extract_papers([Paper(f"p{i}", t, a, year=y) for i, (t, a, y) in enumerate(papers)])


def _ids(paper, name: str) -> set[str]:
    return {e.id for e in paper.entities if e.name.lower() == name.lower()}


def test_two_papers_coining_one_name_for_different_things_are_two_nodes():
    a, b = _papers(
        ("QUILLON: Sparse Routing for Mixture-of-Experts Transformers",
         "We propose QUILLON, a routing method that sends each token to two experts and balances the load "
         "of every expert during pre-training of large transformers.", 2021),
        ("QUILLON: A Corpus of Medieval Latin Charters",
         "We release QUILLON, a corpus of 12,000 medieval charters transcribed by palaeographers, with "
         "annotations of persons, places and dates.", 2023),
    )
    ids_a, ids_b = _ids(a, "QUILLON"), _ids(b, "QUILLON")
    assert ids_a and ids_b and not ids_a & ids_b
    assert ids_a == {next(iter(ids_a)).split(":")[0] + ":quillon"}  # the earlier paper keeps the plain id


def test_a_follow_up_that_coins_the_same_name_again_stays_one_node():
    text = ("annotation interface for translators that records keystrokes, pauses and gaze while post-editing "
            "machine translation output, and exports logs for translation process research")
    a, b = _papers(
        ("VELLUM: An Annotation Interface for Post-Editing", f"We present VELLUM, an {text}.", 2020),
        ("VELLUM: Gaze and Keystroke Logging for Post-Editing",
         f"We introduce VELLUM 2, an {text}, now with speech input.", 2021),
    )
    assert _ids(a, "VELLUM") and _ids(a, "VELLUM") == _ids(b, "VELLUM")


def test_a_paper_using_a_coined_name_bare_joins_the_earliest_coiner():
    a, b, c = _papers(
        ("PatchStorm: Adversarial Patches for Lidar Detectors",
         "We propose PatchStorm, an attack that prints adversarial patches on road signs to fool lidar detectors.", 2019),
        ("PatchStorm: Tracking Animals in Night-time Infrared Footage",
         "We introduce PatchStorm, a tracker for nocturnal animals in thermal camera traps of the Kalahari.", 2022),
        ("Robust lidar detection", "We compare our defence with PatchStorm, PointGuard and ShieldNet on three lidar detectors.", 2023),
    )
    assert _ids(c, "PatchStorm") and _ids(c, "PatchStorm") == _ids(a, "PatchStorm") != _ids(b, "PatchStorm")



def test_bare_uses_found_by_the_corpus_pass_stay_with_the_earliest_coiner():
    # at 73k the split-off coinages claimed the spelling too, so the second look dropped 41 bare uses of Sinkhorn
    routing = ("a routing method that sends each token to two experts and balances the load of every expert "
               "during pre-training of large transformers")
    charters = "a corpus of 12,000 medieval charters transcribed by palaeographers, with persons and places"
    a, _, c, _, d = _papers(
        ("Quillon: Sparse Routing for Mixture-of-Experts Transformers", f"We propose Quillon, {routing}.", 2019),
        ("Quillon: Faster Sparse Routing for Mixture-of-Experts Transformers", f"We present Quillon, {routing}.", 2020),
        ("Quillon: A Corpus of Medieval Latin Charters", f"We release Quillon, {charters}.", 2023),
        ("Quillon: Dates for Medieval Latin Charters", f"We present Quillon, {charters} and dates.", 2024),
        ("Load balancing in sparse transformers",
         "Routing tokens as in Quillon lowers the load imbalance of experts in our transformers.", 2025),
    )
    assert _ids(d, "Quillon") and _ids(d, "Quillon") == _ids(a, "Quillon") != _ids(c, "Quillon")

# --- a title-led short form that is the corpus's known thing -----------------------------------------------------

def _by_text(papers):
    out = extract_papers([Paper(f"p{i}", title, abstract) for i, (title, abstract) in enumerate(papers)])
    return [{m.text: e.id for e in p.entities for m in e.mentions} for p in out]


def test_a_title_led_listed_dataset_that_the_title_calls_data_joins_its_entry():
    first, second = _by_text([
        (None, "We caption clips of the MSR Video to Text (MSR-VTT) benchmark and of YouCook2."),
        ("MSR-VTT: A Video Captioning Dataset with Twenty Categories",
         "We release MSR-VTT, with 10k web clips and 200k captions written by crowd workers."),
    ])
    assert second["MSR-VTT"] == first["MSR-VTT"]
    assert first["MSR-VTT"].endswith(":msrvtt")  # the list entry's node


def test_a_title_led_short_form_stays_apart_from_a_listed_method_whatever_its_abstract_reads_like():
    # guard: at 73k, reading the abstract's context joined "SGD: Street View Synthesis ..." to stochastic gradient
    # descent; only a listed data resource that the title calls data joins its entry
    first, second = _by_text([
        (None, "We train the network with stochastic gradient descent (SGD) and a cosine learning-rate schedule."),
        ("SGD: Street Geometry Diffusion for Novel Views",
         "We propose SGD, which renders street views with a diffusion prior; SGD is trained with a small learning rate "
         "and converges in few iterations."),
    ])
    assert second["SGD"] != first["SGD"]


def test_a_title_led_short_form_stays_apart_when_the_title_calls_it_data_but_the_list_does_not():
    first, third = (_by_text([
        (None, "We compute a truncated singular value decomposition (SVD) of the kernel matrix."),
        ("SVD: A Short Video Dataset for Near-Duplicate Retrieval",
         "We release SVD, with 500k short videos and near-duplicate labels, and benchmark retrieval models on it."),
    ]))
    assert third["SVD"] != first["SVD"]


# --- not entities: a policy agenda, a service model, boards ---------------------------------------------------------

def test_a_policy_agenda_a_service_model_and_a_board_are_no_entities():
    from paperkg.extract.lexicon import non_entity_kind

    assert non_entity_kind("Sustainable Development Goals") == "topic"
    assert non_entity_kind("machine learning as a service") == "platform"
    assert non_entity_kind("TX2") == "hardware"
    [paper] = extract_papers([Paper("p0", None, (
        "Clinics struggle to meet the Sustainable Development Goal (SDG) on maternal health. Models sold as "
        "machine learning as a service (MLaaS) are opaque, so we run a small detector on a TX2 board."))])
    names = {e.name for e in paper.entities}
    assert not names & {"Sustainable Development Goal", "SDG", "machine learning as a service", "MLaaS", "TX2"}
