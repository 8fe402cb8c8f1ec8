"""precision64 (session 49): an eponym cut from the technique it names ("Quentin" of "Quentin's rule") is dropped,
and a comma-less list of coded names read as one name ("Zeta-CD QRX-9 LaMB") is cut into its names; names the
paper writes alone, coined algorithm names (part off), language-pair benchmarks and "PASCAL VOC" stay."""

from extract import precision64 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:repeated-name", field="abstract", aliases=(), entry=None):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=typ, role=role, aliases=list(aliases), family=None, mentions=[m], entry=entry)


def _names(title, abstract, *ents):
    return sorted(e.name for e in P.drop_pieces64(title, abstract, list(ents)))


TITLE = "Bounds for Policy Iteration"


def test_eponym_possessive(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION64", raising=False)
    a = "We show that Quentin's rule terminates after few steps. Unlike Quentin's rule, the simplex rule is slow."
    assert _names(TITLE, a, _entity(a, "Quentin")) == []
    # a possessive and the same surname before a technique noun
    a2 = "Our bounds use Marbury's method. The Marbury method is exact."
    assert _names(TITLE, a2, _entity(a2, "Marbury")) == []


def test_eponym_left_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION64", raising=False)
    # the paper also writes the name alone: it names the thing
    a = "We compare with Quentin's rule. Quentin converges faster than simplex."
    assert _names(TITLE, a, _entity(a, "Quentin")) == ["Quentin"]
    # a gazetteer name's possessive ("Adam's update")
    a2 = "We study Zorblax's update rule in depth."
    assert _names(TITLE, a2, _entity(a2, "Zorblax", entry="method:zorblax")) == ["Zorblax"]
    # a corpus word, and a name with an alias
    a3 = "The Skeletonization algorithm prunes units; Skeletonization's cost is low."
    assert _names(TITLE, a3, _entity(a3, "Skeletonization")) == ["Skeletonization"]
    a4 = "We use Quentin's rule (QR)."
    assert _names(TITLE, a4, _entity(a4, "Quentin", aliases=["QR"])) == ["Quentin"]
    # a data set and a model are scored too, a task is not
    a5 = "We report results on Quentin's datasets."
    assert _names(TITLE, a5, _entity(a5, "Quentin", typ="task")) == ["Quentin"]


def test_eponym_technique_ships_off(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION64", raising=False)
    a = "We solve the problem with the Marbury method."
    assert _names(TITLE, a, _entity(a, "Marbury")) == ["Marbury"]
    monkeypatch.setenv("PAPERKG_PRECISION64", "on:eponym-technique")
    assert _names(TITLE, a, _entity(a, "Marbury")) == []


def test_glued_list(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION64", raising=False)
    a = "We test on four datasets (Zeta-CD QRX-9 LaMB and COCO) with gains."
    e = _entity(a, "Zeta-CD QRX-9 LaMB", typ="dataset", role="evaluates_on")
    out = P.drop_pieces64(TITLE, a, [e])
    assert sorted(x.name for x in out) == ["LaMB", "QRX-9", "Zeta-CD"]
    for x in out:
        m = x.mentions[0]
        assert a[m.start:m.end] == x.name and x.type == "dataset" and x.role == "evaluates_on"
    # two names, both coded with a hyphen or digit; a name the paper has gets the mention
    a2 = "Results on Kappa-7 Omicron-2 and Sigma-1 are strong. Kappa-7 is hard."
    e2 = _entity(a2, "Kappa-7 Omicron-2", typ="dataset")
    k = _entity(a2, "Kappa-7", typ="dataset")
    k.mentions = [Mention("Kappa-7", a2.rindex("Kappa-7"), a2.rindex("Kappa-7") + 7, 1, "rule:x")]
    out2 = P.drop_pieces64(TITLE, a2, [k, e2])
    assert sorted(x.name for x in out2) == ["Kappa-7", "Omicron-2"]
    assert len(next(x for x in out2 if x.name == "Kappa-7").mentions) == 2


def test_glued_list_left_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION64", raising=False)
    # one name of plain capitals, a language-pair benchmark, a task number, no list end
    a = "We use PASCAL VOC and COCO. On WMT16 En-Ro and WMT14 we gain. On SemEval2010 Task-8 and ACE we gain."
    for name in ("PASCAL VOC", "WMT16 En-Ro", "SemEval2010 Task-8"):
        assert _names(TITLE, a, _entity(a, name, typ="dataset")) == [name]
    a2 = "We test on Zeta-CD QRX-9 LaMB, a new suite."
    assert _names(TITLE, a2, _entity(a2, "Zeta-CD QRX-9 LaMB", typ="dataset")) == ["Zeta-CD QRX-9 LaMB"]


def test_switch_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION64", "off")
    a = "We show that Quentin's rule terminates. We test on (Zeta-CD QRX-9 LaMB and COCO)."
    ents = [_entity(a, "Quentin"), _entity(a, "Zeta-CD QRX-9 LaMB", typ="dataset")]
    assert _names(TITLE, a, *ents) == ["Quentin", "Zeta-CD QRX-9 LaMB"]
    monkeypatch.setenv("PAPERKG_PRECISION64", "0")
    assert _names(TITLE, a, *ents) == ["Quentin", "Zeta-CD QRX-9 LaMB"]
    monkeypatch.setenv("PAPERKG_PRECISION64", "glued-list")
    assert _names(TITLE, a, *ents) == ["Zeta-CD QRX-9 LaMB"]
