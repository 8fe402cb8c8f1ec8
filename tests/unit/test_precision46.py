"""precision46 (session 39): formal languages, data models, language groups and venues typed
method/dataset/benchmark/model are dropped, by list or by the paper's own cue."""

from extract import precision46 as P
from extract.lexicon import non_entity_kind
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, "rule:capital-data-noun", "abstract")
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m])


def test_more_kinds_reads_the_tagged_rows():
    assert P.more_kind46("PDDL") == "language"
    assert P.more_kind46("GlozzQL") == "language"
    assert P.more_kind46("PAULA") == "format"
    assert P.more_kind46("Q-Celtic") == "language-group"
    assert P.more_kind46("PODS 2016") == "venue"
    assert P.more_kind46("STOC'19") == "venue"
    assert P.more_kind46("SODA") is None  # a venue only with its year: SODA names methods too
    assert P.more_kind46("Paula") is None  # one-word rows as spelt
    for name in ("PDDLStream", "PODS-Net", "WikiSQL", "ImageNet"):
        assert P.more_kind46(name) is None, name


def test_tagged_rows_stay_out_of_the_shared_list():
    assert non_entity_kind("PDDL") is None and non_entity_kind("PAULA") is None


def test_cues():
    assert P.cued_kind46("PDDL", "tasks are modelled in PDDL which is a schematic language based on logic")
    assert P.cued_kind46("Grammatical Framework", "implemented in Grammatical Framework (GF), a programming language for grammars")
    assert P.cued_kind46("CQP", "patterns formulated in the CQP corpus query language.")
    assert P.cued_kind46("WebPPL", "two probabilistic programming languages, WebPPL and Stan")
    assert P.cued_kind46("PAULA", "inherits it from the underlying data model PAULA (Dipper, 2005)")
    assert P.cued_kind46("MIDI", "we read the MIDI file format")
    # a name before "Modelling language change", a natural language, a language model: no cue
    assert not P.cued_kind46("Corpus of Historical American English",
                             "Clean Corpus of Historical American English Modelling language change is important")
    assert not P.cued_kind46("BERT", "the BERT language model and the BERT masked language modeling objective")
    assert not P.cued_kind46("Spider", "Spider, a text-to-SQL dataset, maps questions to query language")
    assert not P.cued_kind46("WikiSQL", "we evaluate on WikiSQL and translate to structured query language")


TEXT = ("Classical planning tasks are modelled in PDDL. We query with the Foo query language and the data model "
        "PAULA, following Nissim (PODS 2016), and propose Bar, a planning language, evaluated on IPC.")


def _all():
    return [_entity(TEXT, "PDDL"), _entity(TEXT, "Foo"), _entity(TEXT, "PAULA", "model"),
            _entity(TEXT, "PODS 2016", "benchmark"), _entity(TEXT, "Bar", role="proposes"),
            _entity(TEXT, "IPC", "benchmark")]


def _run():
    return [e.name for e in P.drop_non_entities46(None, TEXT, _all())]


def test_drop_non_entities(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION46", raising=False)
    assert _run() == ["Bar", "IPC"]  # the proposed language stays: it is the paper's contribution


def test_switch(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION46", "off")
    assert _run() == ["PDDL", "Foo", "PAULA", "PODS 2016", "Bar", "IPC"]
    monkeypatch.setenv("PAPERKG_PRECISION46", "cue-kinds")
    assert _run() == ["Foo", "Bar", "IPC"]
    monkeypatch.setenv("PAPERKG_PRECISION46", "more-kinds46")
    assert _run() == ["PDDL", "PODS 2016", "Bar", "IPC"]


def test_news_sites():
    text = ("The real news dataset consists of articles collected from three official news sites: the \u2018BBC-Arabic\u2019, "
            "the \u2018CNN-Arabic\u2019 and \u2018Al-Jazeera news\u2019. We collect documents from Wikipedia and news websites, "
            "and construct two datasets, WCM and CMNews.")
    assert P.cued_kind46("BBC-Arabic", text)
    assert P.cued_kind46("CNN-Arabic", text)
    assert not P.cued_kind46("CMNews", text)  # an unquoted later name: the paper's dataset
    assert not P.cued_kind46("WCM", text)
