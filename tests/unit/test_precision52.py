"""precision52 (session 41): conferences with a year ("ICMI 2016") and listed platforms, standards, software and
games (Gab, DockerHub, CEFR, RapidMiner, Brood War, ...) are dropped; shared tasks and datasets stay."""

from extract import precision52 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:repeated-name"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, "abstract")
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def test_names():
    for n in ("ICMI 2016", "TALN 2003", "SIGDIAL 2024", "KR 2021", "CVPR2013", "ACL-2019"):
        assert P.venue_year52(n), n
    for n in ("SemEval 2017", "WMT 2020", "CoNLL-2003", "ICDAR 2015", "VarDial 2016", "NIPS17", "BioNLP 2011",
              "TREC 2016", "KDD-2009", "ICMI"):
        assert not P.venue_year52(n), n
    for n in ("Gab", "DockerHub", "CEFR", "MARC 21", "RapidMiner", "NooJ", "StarCraft: Brood War", "DouDiZhu"):
        assert P.known_non_entity52(n), n
    for n in ("GaB", "CoNLL", "BioNLP", "Gabor", "MARCO", "Moses", "StarCraft II"):
        assert not P.known_non_entity52(n), n


def test_drop_and_keep(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION52", raising=False)
    text = ("Two tutorials presented at CVPR 2016 and ICMI 2016. We compare posts from Gab and Twitter on the "
            "CVPR2013 tracking challenges and CoNLL-2003, and release code on DockerHub.")
    icmi = _entity(text, "ICMI 2016", "benchmark", "evaluates_on")
    gab = _entity(text, "Gab", "method", "proposes")
    cvpr13 = _entity(text, "CVPR2013", "benchmark", "evaluates_on")
    conll = _entity(text, "CoNLL-2003", "dataset", "evaluates_on")
    dock = _entity(text, "DockerHub")
    twitter = _entity(text, "Twitter", "dataset")
    assert P.drop_non_entities52(None, text, [icmi, gab, cvpr13, conll, dock, twitter]) == [cvpr13, conll, twitter]
    # a task node of the same name is left alone
    task = _entity(text, "ICMI 2016", "task")
    assert P.drop_non_entities52(None, text, [task]) == [task]


def test_switch(monkeypatch):
    text = "Two tutorials presented at ICMI 2016, with code on DockerHub."
    icmi = _entity(text, "ICMI 2016", "benchmark", "evaluates_on")
    dock = _entity(text, "DockerHub")
    monkeypatch.setenv("PAPERKG_PRECISION52", "off")
    assert P.drop_non_entities52(None, text, [icmi, dock]) == [icmi, dock]
    monkeypatch.setenv("PAPERKG_PRECISION52", "venue-year")
    assert P.drop_non_entities52(None, text, [icmi, dock]) == [icmi]
    monkeypatch.setenv("PAPERKG_PRECISION52", "known-non-entities")
    assert P.drop_non_entities52(None, text, [icmi, dock]) == [dock]
