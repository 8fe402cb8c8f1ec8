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


def test_called_phrase_quoted_and_defined():
    text = ("We train with a new decoding algorithm, called 'lookahead pruning decoding', and a regularizer we call "
            "``spectral tempering''. A relaxation, called the clipped kernel ridge estimator (CKRE), follows. "
            "We called our method as cross-lingual tree smoothing (CLTS).")
    names = [n for n, _, _ in R.called_phrases55(text)]
    assert names == ["lookahead pruning decoding", "spectral tempering", "clipped kernel ridge estimator",
                     "cross-lingual tree smoothing"]


def test_called_phrase_leaves_alone():
    # a phenomenon after "so-called", a data or measure noun before the verb, a task as the name's head,
    # a single plain quoted word, a short form that does not spell the long form
    for text in ("Such models suffer the so-called \"mode hopping\" in training.",
                 "We release a new corpus called \"River Talk\" of podcasts.",
                 "We define a measure called the weighted tree overlap (WTO) between parses.",
                 "We call this \"sentence boundary detection\" here.",
                 "A trick called \"attention\" is used.",
                 "This mismatch, termed \"river drift\", hurts the output.",  # no technique noun names it
                 "A model called the gated river network (XYZ) is used.",
                 "We give new algorithms, called Folded Lattice (FL) clustering, for graphs."):  # name goes on
        assert R.called_phrases55(text) == [], text


def test_called_entities_and_switch(monkeypatch):
    text = "We propose a new decoder, called 'lookahead pruning decoding', for parsing."
    monkeypatch.delenv("PAPERKG_RECALL55", raising=False)
    out = R.called_entities55(text, [], [(0, len(text))])
    assert [(e.name, e.type, e.mentions[0].start) for e in out] == [
        ("lookahead pruning decoding", "method", text.index("lookahead"))]
    # an entity already at that span: nothing added
    assert R.called_entities55(text, [_ent_at(text, "lookahead pruning")], [(0, len(text))]) == []
    monkeypatch.setenv("PAPERKG_RECALL55", "called-phrase")
    assert R.called_entities55(text, [], [(0, len(text))]) == []


def _ent_at(text, name):
    s = text.index(name)
    return LocalEntity(name, "method", "uses", [], None, [Mention(name, s, s + len(name), 0, "rule:test", "abstract")])


def test_naming_words_precheck_is_exact():
    """speed48: called_entities55 returns [] at once without a NAMING_WORDS55 literal; every naming verb of
    _NAMING55 holds one, so each of these still yields its phrase, and a text with none yields nothing."""
    texts = [
        'We present a new sampling method, which we call "Gated Path Resampling", for sequence models.',
        'We refer to our method as "Layered Token Mixing", a simple change to the encoder.',
        'The technique is referred to as "Sparse Prefix Routing" in the rest of this paper.',
        'A new framework, dubbed "Twin Margin Learning", trains both heads at once.',
        'We design a learning scheme named Rotated Anchor Pooling (RAP) for point clouds.',
    ]
    for text in texts:
        assert any(w in text for w in R.NAMING_WORDS55)
        assert R.called_phrases55(text), text
        assert R.called_entities55(text, [], [(0, len(text))]), text
    plain = 'We present a new sampling method, "Gated Path Resampling", for sequence models.'
    assert not any(w in plain for w in R.NAMING_WORDS55)
    assert R.called_entities55(plain, [], [(0, len(plain))]) == []
