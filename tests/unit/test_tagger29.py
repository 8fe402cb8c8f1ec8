"""The name tagger's trainer at the tagger's pipeline hook (scripts/train_name_tagger.py, issue 10, session 29): its
sets, the mined names it keeps on, the pipeline tail it copies, deterministic training.

Invented sentences and names only.
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from paperkg.extract import name_tagger as T
from paperkg.extract import pipeline
from paperkg.extract.canonical import LocalResult
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "train_name_tagger.py"


@pytest.fixture(scope="module")
def loaded():
    """(the script module, the environment right after loading it); this process's environment is kept whole."""
    before = dict(os.environ)
    os.environ.pop("PAPERKG_MINED_NAMES", None)
    spec = importlib.util.spec_from_file_location("train_name_tagger_29", SCRIPT)
    m = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = m  # its dataclass looks its module up
    spec.loader.exec_module(m)
    after = dict(os.environ)
    os.environ.clear()
    os.environ.update(before)
    return m, after


def test_sets_are_every_study_set_and_no_blind_one(loaded):
    m, _ = loaded
    files = {f for corpus, gold in m.SETS.values() for f in (corpus, gold) if f}
    assert "gold-heldout2.jsonl" in files and "gold-heldout17.jsonl" in files and len(m.SETS) == 18
    blind = re.compile(r"heldout(?:[3-9]|10|18|19|20)\b|heldout(?:[3-9]|10|18|19|20)[-.]")
    assert not [f for f in files if blind.search(f)]
    assert all((m.DATA / f).exists() for f in files)


def test_loading_the_script_keeps_the_mined_names_on(loaded):
    # mine_corpus_names (imported on the way) sets PAPERKG_MINED_NAMES=off; the tagger's examples need the mined names
    _, after = loaded
    assert after.get("PAPERKG_MINED_NAMES") is None
    assert after.get("PAPERKG_NAME_TAGGER") == "off"


def _tail_calls(src: str, start: str) -> list[str]:
    tail = src[src.index(start):]
    return re.findall(r"\b((?:cut|retype|drop)_\w+\d\d)\(", tail)


def test_after_tag_copies_the_pipeline_tail_in_order(loaded):
    m, _ = loaded
    pipeline_src = (ROOT / "extract" / "pipeline.py").read_text(encoding="utf-8")
    body = pipeline_src[pipeline_src.index("def _paper_result"):]
    body = body[: body.index("\ndef ", 5)]
    want = _tail_calls(body, "tag_names(")
    got = _tail_calls(inspect.getsource(m.after_tag), "def after_tag")
    assert want and got == want


def _entity(name: str, typ: str, text: str, rule: str = "rule:x") -> LocalEntity:
    s = text.index(name)
    return LocalEntity(name, typ, "uses", [], None, [Mention(name, s, s + len(name), 0, rule)])


def test_hook_local_runs_the_later_steps_after_the_tagger(loaded):
    m, _ = loaded
    text = "Quandry et al. (2019) built Zorblax, and we train Zorblax on the Trellow-7 dataset."
    paper = Paper(id="t29", title="Zorblax for things", abstract=text)
    pre = [_entity("Quandry", "method", text), _entity("Zorblax", "method", text)]
    local = [LocalResult(paper, list(pre), [], [], [(0, len(text))])]
    pretag = {("Zorblax for things", text): (pre, [])}
    out = m.hook_local(local, pretag, None)[0].entities
    names = [e.name for e in out]
    assert "Zorblax" in names and "Quandry" not in names  # the cited author is cut after the (absent) tagger
    assert [e.name for e in pre] == ["Quandry", "Zorblax"]  # the record is not changed in place


def test_training_is_deterministic_and_positive_weight_raises_names(loaded):
    m, _ = loaded
    rng = np.random.default_rng(29)
    X = rng.random((60, 5)).round(3).tolist()
    y = [1 if x[0] > 0.8 else 0 for x in X]
    assert np.array_equal(m.logistic(X, y), m.logistic(X, y))
    w1 = m.train(X, y, [1.0] * len(y))
    w3 = m.train(X, y, [3.0 if v else 1.0 for v in y])
    assert np.array_equal(w1, m.train(X, y, [1.0] * len(y)))
    p = lambda W: np.exp(np.asarray(X) @ W.T)[:, 1] / np.exp(np.asarray(X) @ W.T).sum(axis=1)  # noqa: E731
    assert p(w3).mean() > p(w1).mean()


def test_shipped_weights_keep_the_tagger_interface():
    text = (ROOT / "extract" / "data" / "name_tagger.json").read_text(encoding="utf-8")
    mdl = T.load_tagger(text)
    assert 0 < mdl.add_threshold <= 1 and mdl.drop_threshold == 0
    assert inspect.signature(T.tag).parameters.keys() == inspect.signature(pipeline.tag_names).parameters.keys()


def test_data_threshold_tagger_holds_data_names_to_their_own_threshold(loaded):
    from paperkg.extract.candidates import CLASSES, FEATURES

    m, _ = loaded
    n = len(FEATURES)
    rows = [[0.0] * n for _ in CLASSES]
    rows[CLASSES.index("dataset")][0] = 2.0  # feature 0 makes a data name, feature 1 a method
    rows[CLASSES.index("method")][1] = 2.0
    base = T.Tagger(tuple(tuple(r) for r in rows), tuple([0.0] * (n + len(T.ENTITY_FEATURES))), {}, {}, frozenset(),
                    0.5, 0.0)
    data_x, method_x = [1.0] + [0.0] * (n - 1), [0.0, 1.0] + [0.0] * (n - 2)
    p_data = 1 - base.add_proba(data_x)[0]
    assert 0.5 < p_data < 0.95 and abs(p_data - (1 - base.add_proba(method_x)[0])) < 1e-9
    strict = m.data_threshold_tagger(base, 0.5, 0.95)
    assert strict.add_threshold == 0.5
    assert strict.add_proba(data_x)[0] == 1.0  # a data name under 0.95: "none"
    assert strict.add_proba(method_x) == base.add_proba(method_x)  # a technique keeps its probabilities
    assert m.data_threshold_tagger(base, 0.95, 0.5).add_proba(data_x) == base.add_proba(data_x)
