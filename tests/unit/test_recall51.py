"""Session 42's known-rows part (extract/recall51.py, switch PAPERKG_RECALL51). Cases written for these tests."""

from __future__ import annotations

import pytest
from extract_cases import entity_types_and_roles  # tests/extract_cases.py

from paperkg.extract import gazetteer, recall51


def _entries(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("PAPERKG_RECALL51", raising=False)
    else:
        monkeypatch.setenv("PAPERKG_RECALL51", value)
    gazetteer._load.cache_clear()
    gazetteer._index.cache_clear()
    try:
        return {e.id: e for e in gazetteer.load_entries()}
    finally:
        gazetteer._load.cache_clear()
        gazetteer._index.cache_clear()


def test_row_fields():
    assert recall51.row_fields51("k-d tree\tKD-tree") == ("k-d tree", "KD-tree", "method", True)
    assert recall51.row_fields51("Waterbirds\t\tdataset\trecall51") == ("Waterbirds", "", "dataset", True)
    with pytest.raises(ValueError):
        recall51.row_fields51("Foo\t\tmetric\trecall51")


def test_rows_on_by_default(monkeypatch):
    on = _entries(monkeypatch, None)
    assert on["dataset:waterbirds"].type == "dataset" and on["dataset:waterbirds"].source == "classical"
    assert "model:xlm" not in on  # left out at the merge: its row took papers naming only "XLM-R" into it
    assert on["benchmark:backgrounds-challenge"].type == "benchmark"
    assert "MMD" in on["method:maximum-mean-discrepancy"].forms
    # a form another entry already has stays that entry's (classical rows only fill gaps)
    assert on["method:natural-gradient-descent"].source == "pwc-methods-2022"
    assert "natural gradient descent" not in [f.lower() for f in on["method:natural-gradient"].forms]


def test_rows_off_by_switch(monkeypatch):
    for value in ("off", "known-rows"):
        off = _entries(monkeypatch, value)
        assert "dataset:waterbirds" not in off and "model:xlm" not in off and "method:tempotron" not in off
        # the untagged classical rows stay
        assert "method:gibbs-sampling" in off and off["method:gibbs-sampling"].type == "method"


def test_untagged_rows_unchanged(monkeypatch):
    on, off = _entries(monkeypatch, None), _entries(monkeypatch, "off")
    assert {k: v for k, v in on.items() if k in off} == off
    added = set(on) - set(off)
    assert added and all(on[k].source == "classical" for k in added)


def test_extraction_finds_rows():
    got = entity_types_and_roles(
        "We evaluate our reweighting method on the Waterbirds and CelebA datasets and compare it with a "
        "Wasserstein autoencoder baseline trained by natural gradient.",
        "Group Robust Reweighting",
    )
    assert got.get("Waterbirds", ("",))[0] in ("dataset", "benchmark"), got
    assert any(n.lower().startswith("wasserstein autoencoder") and t == "method" for n, (t, _) in got.items()), got
    assert got.get("natural gradient", ("",))[0] == "method", got
