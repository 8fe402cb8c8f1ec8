"""precision40 (session 35): a dataset's variant named with no kind word, coined names written as software."""

from types import SimpleNamespace as NS

from extract import precision40 as P


def _at(text, name):
    start = text.index(name)
    return text, start, start + len(name)


def test_variant_base():
    assert P.variant_base40("RACE-H") == "RACE"
    assert P.variant_base40("ShapeNet-55") == "ShapeNet"
    assert P.variant_base40("ImageNet-5K") == "ImageNet"
    assert P.variant_base40("Places365-LT") == "Places365"
    assert P.variant_base40("CBT-fr") == "CBT"
    assert P.variant_base40("PubMed-Long") == "PubMed"
    # a technique or a task glued to the base: two capitals, a model's part
    assert P.variant_base40("OPUS-MT") is None
    assert P.variant_base40("VRD-QA") is None
    assert P.variant_base40("ImageNet-CNNs") is None
    assert P.variant_base40("COCO-FUNIT") is None
    assert P.variant_base40("ShapeNet") is None
    assert P.variant_base40("AB-1") is None  # a base of two letters


def _mention(text, name, field="abstract"):
    start = text.index(name)
    return NS(field=field, start=start, end=start + len(name), rule="rule:name-shape")


def _group(name, text, role="uses", field="abstract"):
    return [NS(name=name, role=role, entry=None, mentions=[_mention(text, name, field)])]


def test_retype_variants(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION40", raising=False)
    monkeypatch.setattr(P, "_gazetteer_data_forms40", lambda path=None: frozenset({"RACE"}))
    a = "we integrate it with RACE-M and RACE-H, collected from exams"
    b = "outperforms methods on ShapeNet-13, ShapeNet-55 and Pascal3D+."
    c = "In this paper we introduce RISE-2, a generalizable imitation learning policy"
    t = "ARC-Flow: Articulated, Resolution-Agnostic Correspondence"
    groups = {"h": _group("RACE-H", a), "s": _group("ShapeNet-55", b), "r": _group("RISE-2", c, "proposes"),
              "f": _group("ARC-Flow", t, field="title"), "m": _group("Mixer-2", a[:0] + "the Mixer-2 layer"),
              "d": [1, 2, 3], "x": [1, 2, 3], "a": [1, 2, 3]}
    groups["f"][0].mentions[0].start = 0
    canon = {"h": ("method:race-h", "RACE-H", None, None), "s": ("method:shapenet-55", "ShapeNet-55", None, None),
             "r": ("method:rise-2", "RISE-2", None, None), "f": ("model:arc-flow", "ARC-Flow", None, None),
             "m": ("method:mixer-2", "Mixer-2", None, None),
             "d": ("dataset:shapenet", "ShapeNet", None, None), "x": ("dataset:rise", "RISE", None, None),
             "a": ("dataset:arc", "ARC", None, None)}
    groups["d"] = [1, 2]
    P.retype_variants40([], [], groups, canon)
    assert canon["s"][0] == "method:shapenet-55"  # the corpus's ShapeNet in two papers only
    assert canon["h"][0] == "dataset:race-h"  # the gazetteer's RACE
    groups["d"] = [1, 2, 3]
    done = P.retype_variants40([], [], groups, canon)
    assert canon["s"][0] == "dataset:shapenet-55"  # the corpus's ShapeNet in three papers
    assert canon["r"][0] == "method:rise-2"  # proposed by its paper
    assert canon["f"][0] == "model:arc-flow"  # a title lead
    assert canon["m"][0] == "method:mixer-2"  # no data named Mixer
    assert done == ["s"]
    # a base a method group also has is no data name
    canon["s"] = ("method:shapenet-55", "ShapeNet-55", None, None)
    canon["y"] = ("method:shapenet", "ShapeNet", None, None)
    P.retype_variants40([], [], groups | {"y": _group("ShapeNet", "the ShapeNet model")}, canon)
    assert canon["s"][0] == "method:shapenet-55"
    # a listed member, the switch
    del canon["y"]
    groups["s"][0].entry = "listed"
    P.retype_variants40([], [], groups, canon)
    assert canon["s"][0] == "method:shapenet-55"
    groups["s"][0].entry = None
    monkeypatch.setenv("PAPERKG_PRECISION40", "data-variant")
    P.retype_variants40([], [], groups, canon)
    assert canon["s"][0] == "method:shapenet-55"


def test_software_after_cues():
    assert P.software_after40(*_at("be integrated into an improved version of the GlossExtractor Web application "
                                   "(Velardi et al., 2008).", "GlossExtractor"))
    assert P.software_after40(*_at("combines the MySpeech service with the WebWOZ Wizard-of-Oz platform (http://",
                                   "WebWOZ"))
    assert P.software_after40(*_at("This paper describes the BOEMIE ontology-based annotation tool which is able",
                                   "BOEMIE"))
    assert P.software_after40(*_at("The rLDCP R package was designed to", "rLDCP"))
    assert P.software_after40(*_at("(accessible with WinPitch Pro software).", "WinPitch"))
    # a toolkit / interface implements a model or is a system; a research platform is an environment
    assert not P.software_after40(*_at("experiments using Mozilla's DeepSpeech Speech-to-Text toolkit.", "DeepSpeech"))
    assert not P.software_after40(*_at("errors in the LF-ASD brain-computer interface.", "LF-ASD"))
    assert not P.software_after40(*_at("we use the MALMO platform for reinforcement learning research.", "MALMO"))
    # praise before "tool", a technique noun between, no article before, the head not ending its phrase
    assert not P.software_after40(*_at("the SVMs powerful tool for", "SVMs"))
    assert not P.software_after40(*_at("the ABC method tool.", "ABC"))
    assert not P.software_after40(*_at("NetViz tool and", "NetViz"))
    assert not P.software_after40(*_at("the XYZ platform independence of", "XYZ"))


def _entity(text, name, typ="method", rule="rule:name-shape"):
    start = text.index(name)
    return NS(name=name, type=typ, role="uses", entry=None,
              mentions=[NS(field="abstract", start=start, end=start + len(name), rule=rule)])


def test_drop_software(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION40", raising=False)
    text = "The WCL algorithm will be integrated into the GlossExtractor Web application (Velardi et al., 2008)."
    wcl, gloss = _entity(text, "WCL"), _entity(text, "GlossExtractor")
    assert P.drop_software40("", text, [wcl, gloss]) == [wcl]
    # not coined, listed, or a dataset: kept
    plain = "We use the Moses tool."
    assert len(P.drop_software40("", plain, [_entity(plain, "Moses")])) == 1
    listed = _entity(text, "GlossExtractor", rule="gazetteer:x")
    assert len(P.drop_software40("", text, [listed])) == 1
    assert len(P.drop_software40("", text, [_entity(text, "GlossExtractor", typ="dataset")])) == 1
    monkeypatch.setenv("PAPERKG_PRECISION40", "software-after")
    assert len(P.drop_software40("", text, [wcl, gloss])) == 2
    monkeypatch.setenv("PAPERKG_PRECISION40", "off")
    assert len(P.drop_software40("", text, [wcl, gloss])) == 2


def test_bold_star(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION40", raising=False)
    text = "To tackle this, we propose a **MiLe Loss** function. It beats A* search and a * b."
    start = text.index("a **")
    bold = NS(name="A* search", type="method", role="uses", entry=None,
              mentions=[NS(field="abstract", start=start, end=start + 3, rule="gazetteer:x")])
    assert P.emphasis_star40(text, start, start + 3)
    assert P.drop_software40("", text, [bold]) == []
    real = text.index("A* search")
    mixed = NS(name="A* search", type="method", role="uses", entry=None,
               mentions=[NS(field="abstract", start=start, end=start + 3, rule="gazetteer:x"),
                         NS(field="abstract", start=real, end=real + 2, rule="gazetteer:x")])
    out = P.drop_software40("", text, [mixed])
    assert out == [mixed] and [m.start for m in mixed.mentions] == [real]  # the real A* stays
    assert not P.emphasis_star40(text, real, real + 2)
    assert not P.emphasis_star40(text, text.index("a * b"), text.index("a * b") + 3)
    italic = "attacks in a *fixed-target* setting"
    assert P.emphasis_star40(italic, italic.index("a *"), italic.index("a *") + 3)
    assert not P.emphasis_star40("than A*. But", 5, 7) and not P.emphasis_star40("using A*", 6, 8)
    monkeypatch.setenv("PAPERKG_PRECISION40", "emphasis-star")
    assert len(P.drop_software40("", text, [bold])) == 1
