"""recall55 (session 44): a coined name only the title writes, before a colon and a technique noun phrase
("X: A Hybrid Framework for ..."), is the paper's proposed method; headlines, surveys, software and class phrases
stay out, and the switch off restores the old output."""

from extract import recall55 as R
from extract.records import Mention
from extract.resolve import LocalEntity


def test_title_name_fires_on_technique_heads():
    assert R.title_name55("Bramble-Net: A Gated Fusion Network for Leaf Counting") == "Bramble-Net"
    assert R.title_name55("Quill: An Efficient Sampler for Sparse Posteriors") == "Quill"
    assert R.title_name55("Echo Weaving Network: A Recurrent Architecture for Audio Tagging") == "Echo Weaving Network"
    assert R.title_name55("The ZetaRank Algorithm: A Method Based on Random Walks") == "ZetaRank Algorithm"


def test_title_name_leaves_alone():
    # not a technique noun after the colon
    assert R.title_name55("Bramble-Net: A Survey of Leaf Counting") is None
    assert R.title_name55("LeafSet: A Dataset for Leaf Counting") is None
    # software
    assert R.title_name55("Quill: An Open-Source Toolkit for Sparse Posteriors") is None
    # headlines of plain words, class phrases, lists, gerunds
    assert R.title_name55("Silent Rivers: A Framework for Audio Tagging") is None
    assert R.title_name55("Graph Neural Networks: A Framework for Molecules") is None
    assert R.title_name55("Ask, Look, Answer: A Framework for VQA") is None
    assert R.title_name55("Learning to Count: A Method for Leaves") is None
    # no article: not this rule's shape
    assert R.title_name55("Bramble-Net: Gated Fusion for Leaf Counting") is None


def _ent(name, typ="method"):
    return LocalEntity(name, typ, "uses", [], None, [Mention(name, 0, len(name), 0, "rule:test", "abstract")])


def test_entities_and_switch(monkeypatch):
    title = "Bramble-Net: A Gated Fusion Network for Leaf Counting"
    abstract = "We propose a gated fusion network that counts leaves. It beats a ResNet baseline."
    monkeypatch.delenv("PAPERKG_RECALL55", raising=False)
    out = R.title_entities55(title, abstract, [_ent("ResNet", "model")], [(0, 43), (44, len(abstract))])
    assert [(e.name, e.type, e.role, e.mentions[0].field) for e in out] == [
        ("Bramble-Net", "method", "proposes", "title")]
    # the paper already has the name: nothing added
    assert R.title_entities55(title, abstract, [_ent("Bramble-Net")], [(0, len(abstract))]) == []
    monkeypatch.setenv("PAPERKG_RECALL55", "off")
    assert R.title_entities55(title, abstract, [_ent("ResNet", "model")], [(0, len(abstract))]) == []


def test_pipeline_switch(monkeypatch):
    from extract.pipeline import extract_local
    from extract.records import Paper

    paper = Paper(id="t55", title="Bramble-Net: A Gated Fusion Network for Leaf Counting",
                  abstract="We propose a gated fusion network that counts leaves in field photographs. It is more "
                           "accurate than a ResNet-50 baseline on our new photographs.")
    monkeypatch.delenv("PAPERKG_RECALL55", raising=False)
    on = {e.name for e in extract_local([paper])[0].entities}
    monkeypatch.setenv("PAPERKG_RECALL55", "off")
    off = {e.name for e in extract_local([paper])[0].entities}
    assert "Bramble-Net" in on and "Bramble-Net" not in off
    assert on - {"Bramble-Net"} == off
