"""precision38 (session 33): the text's own kind noun types a name or drops it."""

from __future__ import annotations

from paperkg.extract.precision38 import (
    apposed_kind38,
    kind_after38,
    kind_before38,
    named_data38,
    retype_kinds38,
)
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity


def _named(name: str, text: str, typ: str = "method", rule: str = "rule:name-shape", field: str = "abstract",
           written: str | None = None, entry: str | None = None) -> LocalEntity:
    written = written or name
    at = text.index(written)
    return LocalEntity(name, typ, "uses", [], None, [Mention(written, at, at + len(written), 0, rule, field)],
                       entry=entry)


def _apposed(text: str, name: str) -> str | None:
    at = text.index(name)
    return apposed_kind38(text, at, at + len(name))


def _before(text: str, name: str) -> str | None:
    at = text.index(name)
    return kind_before38(text, at, at + len(name))


def _after(text: str, name: str) -> str | None:
    at = text.index(name)
    return kind_after38(text, at, at + len(name))


def _out(name: str, text: str, typ: str = "method", title: str = "A title", **kw) -> str | None:
    """The entity's type after retype_kinds38, None when dropped."""
    field = kw.pop("field", "abstract")
    e = _named(name, title if field == "title" else text, typ=typ, field=field, **kw)
    out = retype_kinds38(title, text, [e])
    return out[0].type if out else None


def test_apposed_heads() -> None:
    assert _apposed("We introduce SEAM, a benchmark that pairs inputs.", "SEAM") == "benchmark"
    assert _apposed("We present analyses showing that HMEANT is a reliable, accurate and fine-grained semantic frame "
                    "based human MT evaluation metric with high agreement.", "HMEANT") == "metric"
    assert _apposed("The SMT systems were KantanMT, a cloud-based machine translation (MT) platform, and Moses.",
                    "KantanMT") == "drop"
    assert _apposed("EQueR: the French Evaluation campaign of Question-Answering Systems", "EQueR") == "benchmark"
    assert _apposed("PoliMorf: a (not so) new open morphological dictionary for Polish", "PoliMorf") == "dataset"
    assert _apposed("We present ParHistVis: a novel, free, easy-to-use, interactive visualization tool for data.",
                    "ParHistVis") == "drop"


def test_apposed_refusals() -> None:
    # the head is a technique noun after the data word
    assert _apposed("We propose Zorb, a dataset distillation method for images.", "Zorb") is None
    assert _apposed("Zorb, a dictionary based hashing method, is fast.", "Zorb") is None
    # ", the ..." is no appositive ("EM algorithm, the distance metric is re-estimated")
    assert _apposed("at each step of the Zorb algorithm, the distance metric is re-estimated.", "Zorb algorithm") is None
    # a verb between: the noun is the clause's object
    assert _apposed("Unlike Zorb, the proposed approach does not impose any specific metric on faces.", "Zorb") is None
    # praise before "tool": a technique said metaphorically
    assert _apposed("Zorb is a powerful tool for classification.", "Zorb") is None
    # a copula needs the name as its clause's subject
    assert _apposed("Results of the method on Zorb is a dataset of images.", "Zorb") is None
    # a research or benchmarking platform is an environment; a robot platform is hardware
    assert _apposed("we propose ELF, an Extensive, Lightweight and Flexible platform for fundamental reinforcement "
                    "learning research.", "ELF") is None
    assert _apposed("We introduce ToddlerBot, a low-cost, open-source humanoid robot platform designed for robotics "
                    "and AI research.", "ToddlerBot") == "drop"
    # a mathematical metric
    assert _apposed("We prove that ZMD is a metric on the set of distributions.", "ZMD") is None


def test_kind_before_and_after() -> None:
    assert _before("We introduce the metric PoLDP (power of LDP) that measures the cost.", "PoLDP") == "metric"
    assert _before("a presentation of the French QA campaign EQueR and two issues", "EQueR") == "benchmark"
    assert _before("We release a software tool, called WebNav, that transforms a website.", "WebNav") == "drop"
    # the definition's head after the name is a technique: "a new dataset REPAIR (...) procedure"
    assert _before("a new dataset REPresentAtion bIas Removal (REPAIR) procedure is proposed.",
                   "REPresentAtion bIas Removal") is None
    # a technique-headed name: "the benchmark Stochastic Block Model (SBM)"
    assert _before("detection in the benchmark Stochastic Block Model (SBM), where", "Stochastic Block Model") is None
    # a comma without a naming verb: "On this benchmark, Zorb wins"
    assert _before("On this benchmark, Zorb wins by far.", "Zorb") is None
    # the name must end its phrase
    assert _before("the dataset Zorb images are noisy", "Zorb") is None
    assert _after("imagery collected by the FloatyBoat autonomous surface vehicle.", "FloatyBoat") == "drop"
    assert _after("A QA system in the EQueR evaluation campaign", "EQueR") == "benchmark"
    assert _after("we deploy the DriveVLM-Dual on a production vehicle, verifying", "DriveVLM-Dual") is None
    assert _after("the Zorb robot learning method", "Zorb") is None  # "robot" does not end its phrase


def test_named_data() -> None:
    text = "a new publicly available TSA dataset of over 7,000 tweets annotated with 5x coverage, named MTSA."
    assert named_data38(text, text.index("MTSA"))
    text = "a search query corpus annotated with named Entities, Term Importance"
    assert not named_data38(text, text.index("Entities"))  # no comma, no data noun right before "named"
    text = "We build a dataset and train a new network, called ZorbNet, on it."
    assert not named_data38(text, text.index("ZorbNet"))  # the last kind noun is the network
    text = "we develop a toolchain, called SynKorp, for the corpus"
    assert not named_data38(text, text.index("SynKorp"))


def test_retype_and_drop_guards() -> None:
    assert _out("SEAM", "We introduce SEAM, a benchmark that pairs inputs.") == "benchmark"
    assert _out("KantanMT", "The systems were KantanMT, a cloud-based MT platform, and Moses.") is None
    # a drop needs a coined name: "multidimensional scaling (MDS) is an information analysis tool" stays
    assert _out("multidimensional scaling", "Multidimensional scaling is an information analysis tool.",
                written="Multidimensional scaling") == "method"
    # tasks are never dropped, and retyped only with a coined name or a data word in it
    assert _out("Machine Translation", "Machine Translation (MT) is a vital tool for aiding communication.",
                typ="task") == "task"
    assert _out("HMEANT", "We show that HMEANT is a human MT evaluation metric with high agreement.",
                typ="task") == "metric"
    assert _out("Stance Detection", "Stance Detection: A Dataset and Model", typ="task", field="title",
                title="Stance Detection: A Dataset and Model") == "task"
    # a listed name: only the paper's own presentation, never a drop
    assert _out("SEAM", "We introduce SEAM, a benchmark that pairs inputs.", entry="method:seam") == "benchmark"
    assert _out("SEAM", "Results on SEAM, a benchmark that pairs inputs.", entry="method:seam") == "method"
    assert _out("CatBoost", "the techniques behind CatBoost, a new gradient boosting toolkit.",
                entry="method:catboost") == "method"
    # a method named by a task phrase is no data ("PIE: A Large-Scale Dataset and Models for Pedestrian Intention
    # Estimation" read as the long form)
    assert _out("pedestrian intention estimation", "PIE: A Large-Scale Dataset and Models", field="title",
                title="PIE: A Large-Scale Dataset and Models", written="PIE") == "method"
    # data entities are left, except degrees
    assert _out("Zorb", "We use Zorb, a toolkit for parsing.", typ="dataset") == "dataset"
    assert _out("PhD", "In my PhD project I study voting.", typ="dataset") is None
    assert _out("MBA", "we propose a novel MBA that involves three key steps.") == "method"  # not a degree here
    # "shared task" is no kind noun here: the name is the task's too (EmoContext, 26 papers at 73k)
    assert _apposed("SemEval-2019 Task 3: EmoContext - A Shared Task on Contextual Emotion Detection.",
                    "EmoContext") is None
    # a task named as a shared task stays a task (its papers' task votes would be split)
    assert _out("EmoContext", "SemEval-2019 Task 3: EmoContext - A Shared Task on Contextual Emotion Detection.",
                typ="task") == "task"
    # a listed title lead is left: the corpus pass would join the listed node ("CLIP: A Dataset for ...")
    assert _out("CLIP", "CLIP: A Dataset for Extracting Action Items", typ="model", field="title",
                title="CLIP: A Dataset for Extracting Action Items", entry="model:clip") == "model"


def test_title_data() -> None:
    title = "TofuEval: Evaluating Hallucinations of LLMs on Topic-Focused Dialogue Summarization"
    abstract = "We propose a new evaluation benchmark on topic-focused dialogue summarization."
    assert _out("TofuEval", abstract, typ="model", title=title, field="title") == "benchmark"
    # the abstract proposes a technique too
    abstract2 = abstract + " We also propose a simple method that detects errors."
    assert _out("TofuEval", abstract2, typ="model", title=title, field="title") == "model"
    # the title's rest names a technique
    title3 = "ZorbSum: Evaluating Summaries with a Learning Framework"
    assert _out("ZorbSum", abstract, title=title3, field="title") == "method"


def test_switch(monkeypatch) -> None:
    text = "We introduce SEAM, a benchmark that pairs inputs. In my PhD project I study it."
    monkeypatch.setenv("PAPERKG_PRECISION38", "off")
    assert _out("SEAM", text) == "method"
    assert _out("PhD", text, typ="dataset") == "dataset"
    monkeypatch.setenv("PAPERKG_PRECISION38", "degree")
    assert _out("SEAM", text) == "benchmark"
    assert _out("PhD", text, typ="dataset") == "dataset"
    monkeypatch.setenv("PAPERKG_PRECISION38", "apposed-kind")
    assert _out("SEAM", text) == "method"
    assert _out("PhD", text, typ="dataset") is None
