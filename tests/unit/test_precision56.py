"""precision56 (session 43): a name ending in its own bracketed acronym, glued to a footnote mark or glued to a
function word is cut; brackets that are no acronym, versioned names and real words stay."""

from extract import precision56 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:repeated-name", field="abstract"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def test_schwartz_hearst():
    assert P.sh_match56("SoS", "Stream of Search")
    assert P.sh_match56("3DNS", "3D Neural Sculpting")
    assert P.sh_match56("MURCO", "Multimodal Russian Corpus")
    assert not P.sh_match56("XYZ", "Stream of Search")
    assert not P.sh_match56("RC", "Multimodal Russian")  # C not found after R


def test_bracket_names():
    assert P.bracket_acronym56("Graph Flow Matching (GFM)") == ("Graph Flow Matching", "GFM")
    assert P.bracket_acronym56("Patch Mixing Units (PaMU)") == ("Patch Mixing Units", "PaMU")
    for n in ("Transformer (Base)", "ViT (L/16)", "Llama 2 (70B)", "BERT (large)", "Mixing (MU)", "Graph (GR) Net",
              "Patch Mixing (Q-Net)"):
        assert P.bracket_acronym56(n) is None, n


def test_bracket_cut(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION56", raising=False)
    title = "Maps from Motion (MfM): Semantic Maps from Views"
    e = _entity(title, "Maps from Motion (MfM)", role="proposes", rule="rule:title-name", field="title")
    out = P.cut_spans56(title, "We propose a method.", [e])
    assert [x.name for x in out] == ["Maps from Motion"]
    assert out[0].mentions[0].end == len("Maps from Motion") and "MfM" in out[0].aliases
    # initials acronyms are precision47's acronym-tail (it runs before): left as they are here
    title1 = "Graph Flow Matching (GFM): Learning Flows on Graphs"
    e1 = _entity(title1, "Graph Flow Matching (GFM)", role="proposes", rule="rule:title-name", field="title")
    assert P.cut_spans56(title1, "x", [e1])[0].name == "Graph Flow Matching (GFM)"
    # a bracket of sizes stays
    title2 = "Llama 2 (70B): A Study"
    e2 = _entity(title2, "Llama 2 (70B)", typ="model", rule="rule:title-name", field="title")
    assert P.cut_spans56(title2, "x", [e2])[0].name == "Llama 2 (70B)"


def test_bracket_joins_same_name(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION56", raising=False)
    title = "Stream of Search (SoS): Learning to Search in Language"
    abstract = "We introduce Stream of Search, a way to teach search."
    t = _entity(title, "Stream of Search (SoS)", role="proposes", rule="rule:title-name", field="title")
    a = _entity(abstract, "Stream of Search", role="proposes")
    out = P.cut_spans56(title, abstract, [t, a])
    assert len(out) == 1 and out[0].name == "Stream of Search" and len(out[0].mentions) == 2


def test_footnote_mark(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION56", raising=False)
    abstract = "Finally we release a new corpus, PRISMO1, of noisy prompts. 1https://github.com/someone/prismo"
    e = _entity(abstract, "PRISMO1", typ="dataset", role="proposes")
    out = P.cut_spans56("A Title", abstract, [e])
    assert out[0].name == "PRISMO" and out[0].mentions[0].text == "PRISMO"
    abstract2 = "dans le cadre du projet TermAlp1. Les quatre langues de la Charte Europe2 sont vues."
    assert P.footnote_stem56("TermAlp1", abstract2) == "TermAlp"


def test_footnote_mark_keeps_versions(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION56", raising=False)
    # written twice: a version
    assert P.footnote_stem56("Mixer2", "We use Mixer2. Mixer2 is fast. 2https://x.org") is None
    # no footnote in the text
    assert P.footnote_stem56("Mixer2", "We use Mixer2 on data.") is None
    # a version after a lone capital
    assert P.footnote_stem56("Search-R1", "We train Search-R1. 1https://github.com/a/b") is None
    # a numbering, not a footnote: Stage2 ... Stage3
    assert P.footnote_stem56("Prism2", "Stage2: run Prism2. Stage3: stop.") is None
    # a title mention: no footnotes there
    title = "Searcher1: Training Agents"
    e = _entity(title, "Searcher1", role="proposes", rule="rule:title-name", field="title")
    assert P.cut_spans56(title, "See 1https://x.org for code.", [e])[0].name == "Searcher1"


def test_glued_word(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION56", raising=False)
    assert P.glued_word56("inHaGenLex") == ("HaGenLex", 2, 0)
    assert P.glued_word56("theCoNLL") == ("CoNLL", 3, 0)
    assert P.glued_word56("AutoEncoderfor") == ("AutoEncoder", 0, 3)
    for n in ("McClelland", "SceneProof", "ImageWoof", "Information", "inception", "DeepCommand", "Onion",
              "Infor"):
        assert P.glued_word56(n) is None, n
    abstract = "We evaluate onImageNet and report top-1 accuracy."
    e = _entity(abstract, "onImageNet", typ="dataset", role="evaluates_on")
    out = P.cut_spans56(None, abstract, [e])
    assert out[0].name == "ImageNet" and abstract[out[0].mentions[0].start:out[0].mentions[0].end] == "ImageNet"


def test_switch_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION56", "off")
    abstract = "We evaluate onImageNet and report top-1 accuracy."
    e = _entity(abstract, "onImageNet", typ="dataset")
    assert P.cut_spans56(None, abstract, [e])[0].name == "onImageNet"
    monkeypatch.setenv("PAPERKG_PRECISION56", "glued-word")
    e = _entity(abstract, "onImageNet", typ="dataset")
    assert P.cut_spans56(None, abstract, [e])[0].name == "onImageNet"


def test_plus_suffix(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION56", raising=False)
    abstract = "We evaluate on WebNav++ and compare with a baseline. WebNav++ has 100 tasks."
    e = _entity(abstract, "WebNav", typ="benchmark", role="evaluates_on")
    i2 = abstract.index("WebNav++ has")
    e.mentions.append(Mention("WebNav", i2, i2 + 6, 1, "rule:repeated-name", "abstract"))
    out = P.cut_spans56(None, abstract, [e])
    assert out[0].name == "WebNav++" and [m.text for m in out[0].mentions] == ["WebNav++", "WebNav++"]
    # also written without the pluses: two things, left as it is
    abstract2 = "We compare WebNav with WebNav++ on tasks."
    e2 = _entity(abstract2, "WebNav", typ="benchmark")
    i2 = abstract2.index("WebNav++")
    e2.mentions.append(Mention("WebNav", i2, i2 + 6, 0, "rule:repeated-name", "abstract"))
    assert P.cut_spans56(None, abstract2, [e2])[0].name == "WebNav"
    # a plus joining two names is no suffix
    abstract3 = "We train on WebNav+WikiNav data."
    e3 = _entity(abstract3, "WebNav", typ="dataset")
    assert P.cut_spans56(None, abstract3, [e3])[0].name == "WebNav"


def test_team_submission(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION56", raising=False)
    abstract = ("This paper describes the Deep Parsing (DeePa) Group's submissions to the shared task. "
                "We fine-tune XLM-R and report F1.")
    team = _entity(abstract, "Deep Parsing", role="proposes", rule="abbreviation")
    i = abstract.index("DeePa")
    team.mentions.append(Mention("DeePa", i, i + 5, 0, "abbreviation", "abstract"))
    xlmr = _entity(abstract, "XLM-R", typ="model")
    assert P.cut_spans56(None, abstract, [team, xlmr]) == [xlmr]
    # a team prefix of the name: "the UFAL x-gram submission"
    title = "UFAL x-gram: Parsing in the Shared Task"
    abstract2 = "This is the UFAL x-gram submission to the shared task."
    e = _entity(title, "UFAL x-gram", role="proposes", rule="rule:title-name", field="title")
    i = abstract2.index("UFAL")
    e.mentions.append(Mention("UFAL", i, i + 4, 0, "rule:repeated-name", "abstract"))
    assert P.cut_spans56(title, abstract2, [e]) == []


def test_team_submission_keeps(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION56", raising=False)
    # also written without the cue: a method the paper uses
    abstract = "Our TagNet submission ranks first. TagNet uses a CRF layer."
    e = _entity(abstract, "TagNet", role="proposes")
    i = abstract.index("TagNet uses")
    e.mentions.append(Mention("TagNet", i, i + 6, 1, "rule:repeated-name", "abstract"))
    assert P.cut_spans56(None, abstract, [e]) == [e]
    # a dataset is not touched
    abstract2 = "The CityScan submission server scores us."
    d = _entity(abstract2, "CityScan", typ="dataset")
    assert P.cut_spans56(None, abstract2, [d]) == [d]
