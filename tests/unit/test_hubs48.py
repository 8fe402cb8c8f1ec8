"""hubs48 (session 47, issue 10): two groups of local entities that come out with one node id take one name, the
name most of the id's entities carry (not whichever paper the graph loads first). Names invented for the test."""

from paperkg.extract import canonical
from paperkg.extract.hubs48 import shared_id_names48
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _canon():
    canon = {
        "entry:metric/zorble": ("metric:zorble", "ZORBLE", None, {"zorble"}),
        "apart:zorble": ("metric:zorble", "ZoRbLe", None, {"zorble"}),
        "form:quokkanet": ("method:quokkanet", "QuokkaNet", None, {"quokkanet"}),
    }
    members = {"entry:metric/zorble": [object()] * 5, "apart:zorble": [object()], "form:quokkanet": [object()] * 2}
    return canon, members


def test_minority_spelling_takes_the_majority_name():
    canon, members = _canon()
    assert shared_id_names48(canon, members) == 1
    assert canon["apart:zorble"][1] == "ZORBLE"
    assert canon["entry:metric/zorble"][1] == "ZORBLE"


def test_majority_wins_over_capitals():
    canon = {"a": ("method:wombat", "WOMBAT", None, set()), "b": ("method:wombat", "Wombat", None, set())}
    members = {"a": [object()], "b": [object()] * 3}
    shared_id_names48(canon, members)
    assert canon["a"][1] == canon["b"][1] == "Wombat"


def test_tie_goes_to_more_capitals():
    canon = {"a": ("method:numbat", "NumBat", None, set()), "b": ("method:numbat", "NUMBAT", None, set())}
    members = {"a": [object()], "b": [object()]}
    shared_id_names48(canon, members)
    assert canon["a"][1] == canon["b"][1] == "NUMBAT"


def test_an_id_of_one_group_is_left_alone():
    canon, members = _canon()
    before = canon["form:quokkanet"]
    shared_id_names48(canon, members)
    assert canon["form:quokkanet"] is before


def test_switch_off_restores(monkeypatch):
    monkeypatch.setenv("PAPERKG_HUBS48", "0")
    canon, members = _canon()
    assert shared_id_names48(canon, members) == 0
    assert canon["apart:zorble"][1] == "ZoRbLe"


def test_called_by_the_corpus_step(monkeypatch):
    seen = []
    real = canonical.shared_id_names48

    def spy(canon, members):
        seen.append(len(canon))
        return real(canon, members)

    monkeypatch.setattr(canonical, "shared_id_names48", spy)
    papers = [Paper(id="h48-a", title=None, abstract="We report BLEU on two news corpora.", year=2020)]
    extract_papers(papers, n_process=1)
    assert seen and seen[0] >= 1


# platform-short: a short form bracketed after a listed platform is that platform in the paper.
from paperkg.extract.hubs48 import drop_platform_shorts48, platform_shorts48  # noqa: E402
from paperkg.extract.resolve import LocalEntity  # noqa: E402


def _ent(name, typ="method", long_form=None):
    return LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None, mentions=[], long_form=long_form)


_CLOUD = ("Our annotation toolkit is built around Amazon Web Services Elastic Compute Cloud (EC2). Users start "
          "several workers on EC2 and upload their documents.")


def test_platform_short_found():
    assert platform_shorts48(_CLOUD) == {"EC2"}


def test_platform_short_dropped():
    kept = drop_platform_shorts48(None, _CLOUD, [_ent("EC2"), _ent("BiLSTM")])
    assert [e.name for e in kept] == ["BiLSTM"]


def test_platform_short_with_data_noun_kept():
    text = "We crawl posts from Amazon Web Services (AWSX) datasets and label them."
    assert platform_shorts48(text) == set()


def test_own_long_form_kept():
    kept = drop_platform_shorts48(None, _CLOUD, [_ent("EC2", long_form="Equivalence Class Edge Cutting")])
    assert [e.name for e in kept] == ["EC2"]


def test_no_platform_before_bracket_left_alone():
    text = "We develop a greedy active learning algorithm (EC2) and prove a bound for it."
    assert drop_platform_shorts48(None, text, [_ent("EC2")])[0].name == "EC2"


def test_platform_short_switch_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_HUBS48", "platform-short")
    assert [e.name for e in drop_platform_shorts48(None, _CLOUD, [_ent("EC2")])] == ["EC2"]


def test_platform_short_in_pipeline():
    paper = Paper(id="h48-cloud", title="A Cloud Toolkit for Text Analytics", abstract=_CLOUD, year=2014)
    out = extract_papers([paper], n_process=1)[0]
    assert "EC2" not in {e.name for e in out.entities}


def test_bracket_not_spelling_the_platform_left_alone():
    text = "The shared task on abuse against journalists in Twitter (AbuseX) had many entries."
    assert platform_shorts48(text) == set()
