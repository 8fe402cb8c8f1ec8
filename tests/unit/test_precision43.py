"""precision43 (session 38): formats, standards, camera types, programmes, degrees, scripts, fields and data
modalities typed method/dataset/benchmark/model are dropped."""

from extract import precision43 as P
from extract.lexicon import non_entity_kind
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="dataset", aliases=()):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, "rule:capital-data-noun", "abstract")
    return LocalEntity(name=name, type=typ, role="uses", aliases=list(aliases), family=None, mentions=[m])


def test_more_kinds_reads_the_tagged_rows():
    assert P.more_kind43("MIDI") == "format"
    assert P.more_kind43("MIDI datasets") == "format"  # before a data noun
    assert P.more_kind43("CityGML") == "standard"
    assert P.more_kind43("DSLR") == "hardware"
    assert P.more_kind43("Marie Curie Initial Training Network") == "programme"
    assert P.more_kind43("PhD") == "degree"
    assert P.more_kind43("Kanji") == "script"
    assert P.more_kind43("human-computer interaction") == "domain"
    assert P.more_kind43("CNTK") == "software"
    assert P.more_kind43("PHD") is None  # one-word rows as spelt: "PHD: A Probabilistic Model of ..."
    assert P.more_kind43("GoPro") is None  # the GoPro deblurring dataset
    for name in ("Lakh MIDI Dataset", "MIDI-VAE", "ImageNet", "DSLR-Quality Photos", "GraphQL parser"):
        assert P.more_kind43(name) is None, name


def test_tagged_rows_stay_out_of_the_shared_list():
    # the resolver, the name tagger and the candidate features keep the session-37 list
    assert non_entity_kind("MIDI") is None and non_entity_kind("DSLR") is None
    assert non_entity_kind("PyTorch") == "software"


def test_modality_noun():
    assert P.modality_noun43("Multispectral images")
    assert P.modality_noun43("LiDAR point clouds")
    assert P.modality_noun43("EEG signals")
    assert not P.modality_noun43("Multispectral")  # no noun: the list itself decides
    assert not P.modality_noun43("ImageNet images")
    assert not P.modality_noun43("MRI reconstruction")


TEXT = ("We train on existing MIDI datasets, DSLR imagery and Multispectral images, and evaluate MusicNet on "
        "the Lakh MIDI Dataset with CNTK.")


def _run(entities):
    return [e.name for e in P.drop_non_entities43(None, TEXT, entities)]


def _all():
    return [_entity(TEXT, "MIDI"), _entity(TEXT, "DSLR"), _entity(TEXT, "Multispectral images", "method"),
            _entity(TEXT, "MusicNet", "method"), _entity(TEXT, "Lakh MIDI Dataset"), _entity(TEXT, "CNTK", "method")]


def test_drop_non_entities(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION43", raising=False)
    assert _run(_all()) == ["MusicNet", "Lakh MIDI Dataset"]
    # an alias is not read: it is often the paper's acronym of another thing ("weight fusion (WiFi)")
    assert _run([_entity(TEXT, "MusicNet", "method", aliases=["DSLR"])]) == ["MusicNet"]
    # a writing system is dropped as a method, not as a dataset (the Kuzushiji-Kanji characters)
    text = "the Kanji characters"
    assert [e.name for e in P.drop_non_entities43(None, text, [_entity(text, "Kanji", "method")])] == []
    assert [e.name for e in P.drop_non_entities43(None, text, [_entity(text, "Kanji", "dataset")])] == ["Kanji"]
    # tasks and metrics are not this module's
    assert _run([_entity(TEXT, "MIDI", "task")]) == ["MIDI"]


def test_switch(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION43", "off")
    assert len(_run(_all())) == 6
    monkeypatch.setenv("PAPERKG_PRECISION43", "modality-noun")
    assert _run(_all()) == ["Multispectral images", "MusicNet", "Lakh MIDI Dataset"]
    monkeypatch.setenv("PAPERKG_PRECISION43", "more-kinds")
    assert _run(_all()) == ["MIDI", "DSLR", "MusicNet", "Lakh MIDI Dataset", "CNTK"]


def test_place_confirm(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION43", raising=False)
    assert P.unconfirmed43("Paris") and P.unconfirmed43("Oxford") and P.unconfirmed43("San Francisco")
    assert not P.unconfirmed43("Paris6k") and not P.unconfirmed43("Oxford5k") and not P.unconfirmed43("ImageNet")
    # a place found by the paper's own rules stays a node ("the Revisited Oxford and Paris datasets")
    text = "on the Revisited Oxford and Paris datasets"
    assert [e.name for e in P.drop_non_entities43(None, text, [_entity(text, "Paris")])] == ["Paris"]
    monkeypatch.setenv("PAPERKG_PRECISION43", "place-confirm")
    assert not P.unconfirmed43("Paris")


def test_confirmed_names_skip_places(monkeypatch):
    from extract import canonical
    from extract.corpus import CorpusIndex

    # real objects, not stand-ins: compiled, canonical checks its arguments' classes (an empty index: no short form
    # is ambiguous)
    def _Index():
        return CorpusIndex()

    claims = {"dataset:paris": [("Paris", "paris", 3)], "dataset:paris6k": [("Paris6k", "paris6k", 2)]}
    monkeypatch.delenv("PAPERKG_PRECISION43", raising=False)
    got = canonical._confirmed_names(claims, {}, _Index(), canonical._Keys(), stored=claims, same=set(claims))
    assert set(got) == {"Paris6k"}
    monkeypatch.setenv("PAPERKG_PRECISION43", "off")
    got = canonical._confirmed_names(claims, {}, _Index(), canonical._Keys(), stored=claims, same=set(claims))
    assert set(got) == {"Paris", "Paris6k"}
