"""recall57 (session 45): a title's capitalised name that the abstract proposes in lower case becomes a method;
generic, task-headed or unproposed title phrases stay as they were."""

from extract import recall57 as R
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, "rule:test")
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def _names(entities):
    return sorted((e.name, e.type) for e in entities)


def test_title_name_proposed_in_lower_case(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL57", "on:title")
    title = "Braided Momentum Sketches for Streaming Regression"
    text = "We introduce braided momentum sketches, which compress the gradient history. They are cheap."
    out = R.add_title_names57(title, text, [])
    assert _names(out) == [("braided momentum sketches", "method")]
    e = out[0]
    assert e.role == "proposes"
    assert [(m.field, m.text) for m in e.mentions] == [("title", "Braided Momentum Sketches"),
                                                        ("abstract", "braided momentum sketches")]


def test_longest_suffix_of_a_title_run(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL57", "on:title")
    title = "A Cheap and Robust Folded Lattice Smoothing"
    text = "This paper proposes folded lattice smoothing, which suits noisy sensors."
    out = R.add_title_names57(title, text, [])
    assert _names(out) == [("folded lattice smoothing", "method")]


def test_inner_cut_grown_to_the_title_name(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL57", "on:title")
    title = "Tethered Belief Propagation on Sparse Graphs"
    text = "We propose tethered belief propagation (TBP) for sparse graphs."
    inner = _entity(text, "belief propagation")
    out = R.add_title_names57(title, text, [inner])
    assert _names(out) == [("tethered belief propagation", "method")]


def test_left_alone_without_proposal_or_with_bad_phrase(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL57", "on:title")
    # named in the abstract but not proposed there
    assert R.add_title_names57("Braided Momentum Sketches for Regression",
                               "Prior work used braided momentum sketches in streams.", []) == []
    # a generic class and a task phrase
    assert R.add_title_names57("Deep Neural Networks for Speech", "We propose deep neural networks that listen.", []) == []
    assert R.add_title_names57("Noisy Crop Detection with Drones", "We present noisy crop detection using drones.", []) == []
    # the proposed words are a modifier of another noun
    assert R.add_title_names57("Braided Momentum Sketches for Regression",
                               "We propose braided momentum sketches hardware for phones.", []) == []
    # a determiner before: "a novel X" is about as often a description as a name
    assert R.add_title_names57("Folded Lattice Smoothing for Sensors",
                               "We propose a novel folded lattice smoothing for sensors.", []) == []
    # a head noun follows: the words describe the method
    assert R.add_title_names57("Folded Lattice Smoothing for Sensors",
                               "We propose folded lattice smoothing algorithms for sensors.", []) == []
    # a description of the name that follows it
    assert R.add_title_names57("Folded Lattice Smoothing for Sensors",
                               "We propose folded lattice smoothing, named FLOSS, for sensors.", []) == []
    # a bracketed acronym followed by a head noun
    assert R.add_title_names57("Folded Lattice Smoothing for Sensors",
                               "We propose folded lattice smoothing (FLS) method for sensors.", []) == []
    # capitalised in the abstract too: left to the shape rules (a tool the other rules dropped)
    assert R.add_title_names57("Lattice Smoother: A Toolkit", "We present Lattice Smoother, a Python toolkit.", []) == []
    # a task head behind a hyphen
    assert R.add_title_names57("Video Co-Summarization by Votes", "We present video co-summarization, a view.", []) == []
    # another entity already covers the phrase
    text = "We introduce Braided Momentum Sketches (BMS) for streams."
    e = _entity(text, "Braided Momentum Sketches (BMS)")
    assert R.add_title_names57("Braided Momentum Sketches for Regression", text, [e]) == [e]


def test_switch_off_restores_old_output(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL57", "off")
    title = "Braided Momentum Sketches for Streaming Regression"
    text = "We introduce braided momentum sketches, which compress the gradient history."
    assert R.add_title_names57(title, text, []) == []


def test_default_is_off(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL57", raising=False)
    title = "Braided Momentum Sketches for Streaming Regression"
    text = "We introduce braided momentum sketches, which compress the gradient history."
    assert R.add_title_names57(title, text, []) == []
