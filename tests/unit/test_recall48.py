"""Session 40's coined names in a shape that says so (extract/recall48.py, switch PAPERKG_RECALL48). Cases written
for these tests with made-up names."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall48


def test_coined_token():
    assert recall48._coined48("ZorPo") and recall48._coined48("zQUIB") and recall48._coined48("QB-distance")
    assert recall48._coined48("Zorp-Net") and recall48._coined48("Zorp3")
    assert not recall48._coined48("Memory") and not recall48._coined48("Memory-enhanced")


def test_name_ok_and_kind():
    assert recall48._name_ok48("Zorpo") and recall48._name_ok48("Zorp Quib")
    assert not recall48._name_ok48("Towards") and not recall48._name_ok48("Deep Zorp")  # a headline word
    assert not recall48._name_ok48("Zorp quib")  # a lower-case word: a phrase, not a name
    assert recall48._kind48("A Large Scale Zorpish Lexicon") == "dataset"
    assert recall48._kind48("A Benchmark for Quibbling") == "benchmark"
    assert recall48._kind48("Fast Quibbling with Zorps") == "method"


def test_url_not_a_mention():
    text = "Code is at https://github.com/x/Zorpo-Net. Zorpo-Net is fast"
    start = text.rindex("Zorpo-Net")
    assert recall48._finds48(text, "Zorpo-Net") == [(start, start + len("Zorpo-Net"))]
    assert recall48._finds48("See https://github.com/x/Zorpo-Net", "Zorpo-Net") == []


def _added(monkeypatch, value, title, abstract, entities=()):
    if value is None:
        monkeypatch.delenv("PAPERKG_RECALL48", raising=False)
    else:
        monkeypatch.setenv("PAPERKG_RECALL48", value)
    got = recall48.coined_entities48(title, abstract, list(entities), [(0, len(abstract))])
    return {e.name: (e.type, e.role, len(e.mentions)) for e in got}


def test_title_name(monkeypatch):
    title = "Zorblat: Quibbling Flying Sheep from Few Glimpses"
    abstract = ("Flying sheep are hard to count. Zorblat counts them from few glimpses by matching wool patterns "
                "across frames. On three farms Zorblat halves the counting error.")
    assert _added(monkeypatch, None, title, abstract) == {"Zorblat": ("method", "proposes", 2)}  # on by default
    assert _added(monkeypatch, "off", title, abstract) == {}
    assert _added(monkeypatch, "title-name", title, abstract) == {}
    lexicon = "Shepherd: A Large Scale Ovine Lexicon"
    assert _added(monkeypatch, None, lexicon, "We describe Shepherd and its growth.") == {
        "Shepherd": ("dataset", "proposes", 1)}
    # The abstract never writes the title's name, or the title opens with a headline word: nothing added.
    assert _added(monkeypatch, None, title, "Flying sheep are hard to count. We count them.") == {}
    assert _added(monkeypatch, None, "Towards Zorps: Counting", "Towards better counting.") == {}


def test_called_and_appos(monkeypatch):
    abstract = ("Counting sheep is hard. We define a distance, called the QB-distance, between two flocks. "
                "The QB-distance bounds the counting error of every greedy counter.")
    assert _added(monkeypatch, None, "On counting flocks", abstract) == {"QB-distance": ("method", "proposes", 2)}
    assert _added(monkeypatch, "called-name", "On counting flocks", abstract) == {}
    plain = "Counting sheep is hard. We use a memory, called Memory that stores every flock we counted so far."
    assert _added(monkeypatch, None, "On counting flocks", plain) == {}  # a plain word is no coined name
    longer = "We propose a model called Memory-Guided Flock Counting that counts sheep."
    assert _added(monkeypatch, None, "On counting flocks", longer) == {}  # the name goes on: not cut
    appos = ("Counting sheep is hard. We fill this gap and introduce an efficient flock counter, Zorbix, which "
             "is optimal on every meadow. Moreover, Zorbix runs in linear time.")
    assert _added(monkeypatch, None, "On counting flocks", appos) == {"Zorbix": ("method", "proposes", 2)}
    assert _added(monkeypatch, "appos-name", "On counting flocks", appos) == {}


def test_not_twice(monkeypatch):
    from paperkg.extract.records import Mention
    from paperkg.extract.resolve import LocalEntity

    abstract = "We define a distance, called the QB-distance, between two flocks."
    start = abstract.index("QB-distance")
    have = LocalEntity("QB-distance", "method", "proposes", [], None,
                       [Mention("QB-distance", start, start + 11, 0, "rule:x", "abstract")])
    assert _added(monkeypatch, None, "On flocks", abstract, [have]) == {}


def test_software_veto(monkeypatch):
    # a name the paper calls software or hardware is no node of the three parts (the lead's 73k reading)
    tool = ("Counting sheep is hard. We introduce an easy-to-use annotation tool, Zorbix, for flock counts. "
            "Zorbix stores every count.")
    assert _added(monkeypatch, None, "On counting flocks", tool) == {}
    assert _added(monkeypatch, "software", "On counting flocks", tool) == {"Zorbix": ("method", "proposes", 2)}
    title = "Quibble: A Web Application for Counting Sheep"
    assert _added(monkeypatch, None, title, "Quibble counts sheep from photos.") == {}
    device = "We introduce the QB-9 device, a cheap sheep counter. The QB-9 counts flocks."
    assert _added(monkeypatch, None, "On flocks", device.replace("the QB-9 device", "a counter called QB-9")) == {
        "QB-9": ("method", "proposes", 2)}
    assert _added(monkeypatch, None, "On flocks", "We use a counter, called QB-9 device, on farms. QB-9 works.") == {}
    # a framework or a system stays: "Harmonic-NAS, a framework for ...", "a normalization system (MoNoise)"
    framework = ("Counting sheep is hard. We introduce an efficient counting framework, Zorbix, for every meadow. "
                 "Zorbix is optimal.")
    assert _added(monkeypatch, None, "On counting flocks", framework) == {"Zorbix": ("method", "proposes", 2)}


def test_formal_language_veto(monkeypatch):
    # a markup or specification language the paper coins is no entity node (the 73k graph's MAML: a markup language)
    title = "QUIBL: Towards Faster Sheep Pages"
    abstract = ("Sheep pages load slowly. We introduce the Quick Ovine Markup Language (QUIBL), a flat web "
                "specification language for sheep pages. QUIBL halves load times.")
    assert _added(monkeypatch, None, title, abstract) == {}
    assert "QUIBL" in _added(monkeypatch, "software", title, abstract)
