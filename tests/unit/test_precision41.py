"""precision41 (session 36): list names cut from an idiom's compound, a number format's precision."""

from types import SimpleNamespace as NS

from extract import precision41 as P


def _at(text, name, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return text, start, start + len(name)


def test_idiom_start_drops_the_tail_of_an_idiom():
    assert P.idiom_start41(*_at("which we explain through an in-depth error analysis.", "depth error"))
    assert P.idiom_start41(*_at("Toxic Comment Classification: An In-Depth Error Analysis", "Depth Error"))
    assert P.idiom_start41(*_at("conducting in depth error analysis of results", "depth error"))
    assert P.idiom_start41(*_at("a barrier in the prior state-of-the-art analysis for", "art analysis"))
    assert P.idiom_start41(*_at("A New Benchmark and State of the Art Analysis", "Art Analysis"))
    assert not P.idiom_start41(*_at("computational art analysis of paintings", "art analysis"))
    assert P.idiom_start41(*_at("without reducing in-domain classification performance", "domain classification"))
    assert P.idiom_start41(*_at("Inverse Document Frequency, Cross-Entropy Difference and", "Entropy Difference"))
    assert P.idiom_start41(*_at("we propose a full-network embedding which", "network embedding"))


def test_idiom_start_keeps_names_and_task_variants():
    # the name itself, not a compound's tail
    assert not P.idiom_start41(*_at("reduces the depth error by only 15%", "depth error"))
    assert not P.idiom_start41(*_at("a 30% reduction in depth error, but also speed", "depth error"))
    assert not P.idiom_start41(*_at("an improvement in depth accuracy of up to", "depth accuracy"))
    # a compound naming a variant of the task: its tail is the task
    assert not P.idiom_start41(*_at("Joint Deep Multi-Graph Matching and 3D Geometry", "Graph Matching"))
    assert not P.idiom_start41(*_at("advanced single-image super-resolution methods", "image super-resolution"))
    assert not P.idiom_start41(*_at("research on text-to-SQL parsing mainly focuses", "SQL parsing"))
    assert not P.idiom_start41(*_at("approaches to learning sub-word embeddings have", "word embeddings"))
    assert not P.idiom_start41(*_at("using NER and applying in-domain adaptation can", "domain adaptation"))
    assert not P.idiom_start41(*_at("a benchmark of out-of-domain generalization and", "domain generalization"))
    assert not P.idiom_start41(*_at("we conceive a multi-model selection framework", "model selection"))
    # a first part the idiom does not take
    assert not P.idiom_start41(*_at("self-art analysis", "art analysis"))


def test_number_precision():
    assert P.number_precision41(*_at("in comparison to their full-precision counterparts, BNNs", "precision"),
                                "precision")
    assert P.number_precision41(*_at("We also support fast mixed-precision training", "precision"), "precision")
    assert P.number_precision41(*_at("distributed mixed precision training.", "precision"), "precision")
    assert P.number_precision41(*_at("stored in IEEE half-precision format.", "precision"), "precision")
    assert P.number_precision41(*_at("RNNs with finite precision whose computation", "precision"), "precision")
    assert P.number_precision41(*_at("WRPN: Wide Reduced-Precision Networks", "Precision"), "precision")
    # low/high only with a number-format cue in the sentence
    assert P.number_precision41(*_at("a low-precision model with 4-bit weights.", "precision"), "precision")
    assert P.number_precision41(*_at("training using low-precision arithmetic.", "precision"), "precision")
    assert not P.number_precision41(*_at("combined with high-precision reference data from a", "precision"),
                                    "precision")
    assert not P.number_precision41(*_at("We leverage high-precision, low-recall techniques with 8-bit weights",
                                         "precision"), "precision")
    # the metric
    assert not P.number_precision41(*_at("our system also has low precision, in part", "precision"), "precision")
    assert not P.number_precision41(*_at("achieves higher precision and recall than", "precision"), "precision")
    assert not P.number_precision41(*_at("leading to reduced precision in manipulation tasks", "precision"),
                                    "precision")
    # recall: a game's or a learner's memory
    assert P.number_precision41(*_at("extensive-form games with imperfect recall, such as", "recall"), "recall")
    assert P.number_precision41(*_at("Imperfect-Recall Abstractions in Extensive-Form Games", "Recall"), "recall")
    assert P.number_precision41(*_at("optimal among all bounded-recall learners.", "recall"), "recall")
    assert not P.number_precision41(*_at("Our method achieves perfect recall on two LIDAR", "recall"), "recall")
    assert not P.number_precision41(*_at("though both suffered heavily from a low recall.", "recall"), "recall")
    assert not P.number_precision41(*_at("mixed accuracy", "accuracy"), "accuracy")


def _m(text, name, rule="gazetteer:curated", nth=0):
    _, start, end = _at(text, name, nth)
    return NS(field="abstract", start=start, end=end, rule=rule)


def test_drop_idioms(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION41", raising=False)
    text = ("We perform an in-depth error analysis. Full-precision models lose little, "
            "and our precision is 0.9 with low depth error.")
    depth = NS(type="metric", name="depth error", mentions=[_m(text, "depth error")])
    precision = NS(type="metric", name="precision",
                   mentions=[_m(text, "precision"), _m(text, "precision", nth=1)])
    depth2 = NS(type="metric", name="depth error", mentions=[_m(text, "depth error"),
                                                             _m(text, "depth error", nth=1)])
    rule_made = NS(type="metric", name="depth error", mentions=[_m(text, "depth error", rule="rule:name-shape")])
    out = P.drop_idioms41(None, text, [depth, precision, depth2, rule_made])
    assert depth not in out and rule_made in out  # only a gazetteer match is an idiom's tail
    assert [m.start for m in precision.mentions] == [text.index("precision", text.index("our"))]
    assert len(depth2.mentions) == 1
    monkeypatch.setenv("PAPERKG_PRECISION41", "idiom-start")
    depth = NS(type="metric", name="depth error", mentions=[_m(text, "depth error")])
    assert depth in P.drop_idioms41(None, text, [depth])
    monkeypatch.setenv("PAPERKG_PRECISION41", "off")
    precision = NS(type="metric", name="precision", mentions=[_m(text, "precision")])
    assert precision in P.drop_idioms41(None, text, [precision]) and len(precision.mentions) == 1


def test_software_implementation(monkeypatch):
    assert P.software_implementation41(*_at("We make use of the Tensor2Tensor implementation of the Transformer",
                                            "Tensor2Tensor"))
    assert not P.software_implementation41(*_at("using the BabelNet API. Then, we", "BabelNet"))
    assert not P.software_implementation41(*_at("Our SV2P implementation will be open sourced", "SV2P"))
    assert not P.software_implementation41(*_at("Both the SyntheT2C codebase and the MedT2C dataset", "SyntheT2C"))
    assert not P.software_implementation41(*_at("the GPipe implementation is faster", "GPipe"))
    monkeypatch.delenv("PAPERKG_PRECISION41", raising=False)
    text = "We make use of the Tensor2Tensor implementation of the Transformer model."
    coined = NS(type="method", name="Tensor2Tensor", entry=None,
                mentions=[_m(text, "Tensor2Tensor", rule="rule:name-shape")])
    listed = NS(type="method", name="Transformer", entry=object(), mentions=[_m(text, "Transformer")])
    assert P.drop_idioms41(None, text, [coined, listed]) == [listed]
    monkeypatch.setenv("PAPERKG_PRECISION41", "software-implementation")
    assert coined in P.drop_idioms41(None, text, [coined, listed])
