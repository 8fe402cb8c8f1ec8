"""scripts/agreement_entities.py scores two annotations of the same abstracts against each other with evaluate.py's
matching: core entities only on the predicting side, alt_type on either side, dataset+benchmark one class in the
typed score. Two tiny invented gold files (no gold-set abstract)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from gold_checks import check_entities, check_pairs_with_reader, load_jsonl  # tests/gold_checks.py

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "agreement_entities.py"

P1 = "We propose FooNet, trained on the BarSet corpus and compared with Llama 2 and an LSTM baseline."
P2 = "We use BazTune with Zed embeddings and report results on the QuxBench benchmark."
P3 = "The Big Grape Treebank is analysed for agreement errors."


def _e(name, typ, aliases=(), proposed=False, optional=False, alt=None):
    e = {"name": name, "aliases": list(aliases), "type": typ, "proposed": proposed, "optional": optional,
         "family": None}
    if alt:
        e["alt_type"] = alt
    return e


A = [
    [_e("FooNet", "method", proposed=True), _e("BarSet", "dataset"), _e("Llama 2", "model"), _e("LSTM", "method")],
    [_e("BazTune", "method"), _e("QuxBench", "benchmark")],
    [_e("Grape Treebank", "dataset")],
]
B = [
    [_e("FooNet", "model", proposed=True, alt="method"), _e("BarSet corpus", "benchmark"), _e("Llama 2", "method"),
     _e("LSTM", "method", optional=True)],
    [_e("BazTune", "method", proposed=True), _e("QuxBench", "benchmark"), _e("Zed", "method")],
    [_e("Big Grape Treebank", "dataset")],
]


@pytest.fixture(scope="module")
def mod():
    spec = importlib.util.spec_from_file_location("agreement_entities", SCRIPT)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


@pytest.fixture()
def files(tmp_path):
    paths = []
    for label, ents in (("a", A), ("b", B)):
        p = tmp_path / f"gold-{label}.jsonl"
        with open(p, "w", encoding="utf-8") as fh:
            for n, (text, es) in enumerate(zip((P1, P2, P3), ents)):
                fh.write(json.dumps({"n": n, "title": None, "abstract_start": text[:80], "entities": es, "code": [],
                                     "abstract": text}) + "\n")
        paths.append(p)
    return paths


def test_b_against_a_counts(mod, files):
    b_vs_a, _ = mod.agreement(*files)
    # tp FooNet (B's alt_type), BarSet (dataset = benchmark in typed), BazTune, QuxBench; fn Llama 2 (type), LSTM
    # (B optional: not a prediction), Grape Treebank (span); fp Llama 2, Zed, Big Grape Treebank
    assert (b_vs_a.typed.tp, b_vs_a.typed.fp, b_vs_a.typed.fn) == (4, 3, 3)
    assert (b_vs_a.strict.tp, b_vs_a.strict.fp, b_vs_a.strict.fn) == (3, 4, 4)  # BarSet's type differs strictly
    assert (b_vs_a.untyped.tp, b_vs_a.untyped.fp, b_vs_a.untyped.fn) == (5, 2, 2)
    assert (b_vs_a.role_correct, b_vs_a.role_total) == (3, 4)  # BazTune: proposed only for B


def test_a_against_b_counts(mod, files):
    _, a_vs_b = mod.agreement(*files)
    # A's LSTM is not penalised (B optional); B's FooNet (alt_type) is matched by A's method
    assert (a_vs_b.typed.tp, a_vs_b.typed.fp, a_vs_b.typed.fn) == (4, 2, 3)


def test_disagreements_with_hints(mod, files):
    items = {d["n"]: d for d in mod.disagreements(*files)}
    assert items[0]["A only"] == [("Llama 2 [model]", "other: type method"), ("LSTM [method]", "other: optional")]
    assert items[0]["B only"] == [("Llama 2 [method]", "other: type model")]
    assert items[1]["A only"] == [] and items[1]["B only"] == [("Zed [method]", "other: -")]
    assert items[2]["A only"] == [("Grape Treebank [dataset]", "other: span Big Grape Treebank")]


def test_cli_prints_both_directions(mod, files, capsys):
    assert mod.main([str(files[0]), str(files[1]), "--errors"]) == 0
    out = capsys.readouterr().out
    assert out.count("overall typed") == 2
    assert "  B only: Zed [method]  (other: -)" in out


def test_with_optional_counts_every_entity(mod, files):
    b_vs_a, _ = mod.agreement(*files, with_optional=True)
    assert (b_vs_a.typed.tp, b_vs_a.typed.fp, b_vs_a.typed.fn) == (5, 3, 2)  # B's optional LSTM now matches A's


def test_second_annotation_of_heldout3_is_well_formed():
    """The committed second annotation pairs line by line with held-out 3 and every form is verbatim in its paper."""
    data = Path(__file__).resolve().parents[1] / "data"
    gold = load_jsonl(data / "agreement" / "gold-heldout3-b.jsonl")
    check_pairs_with_reader(data / "heldout3-corpus.jsonl", load_jsonl(data / "heldout3-corpus.jsonl"), gold)
    check_entities(gold, "heldout3-b")
