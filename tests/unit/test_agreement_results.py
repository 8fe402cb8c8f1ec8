"""scripts/agreement_results.py scores one results annotation against another with the scorer's matching."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location("agreement_results", ROOT / "scripts" / "agreement_results.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def t(value, metric, dataset=None, aliases=(), entity=None, qualifier="exact"):
    return {"value": value, "text": str(value), "unit": "%", "metric": metric, "direction": "higher",
            "dataset": dataset, "dataset_aliases": list(aliases), "split": None, "entity": entity,
            "is_baseline": False, "qualifier": qualifier}


def row(pid, results, abstract="An invented abstract about a tagger that scores well."):
    return {"id": pid, "title": "T", "part": "p", "abstract": abstract, "results": results}


def run(a_rows, b_rows, **kw):
    m = _module()
    return m.agreement({r["id"]: r for r in a_rows}, {r["id"]: r for r in b_rows}, **kw)


def counts(c):
    return (c.tp, c.fp, c.fn)


def test_identical_annotations_agree_fully():
    rows = [row("x1", [t(91.2, "accuracy", "Zorblax Corpus"), t(3.5, "BLEU", qualifier="relative")]), row("x2", [])]
    res = run(rows, rows)
    assert counts(res["b_vs_a"]) == (2, 0, 0)
    assert counts(res["a_vs_b_entity"]) == (2, 0, 0)
    assert res["results_papers_agree"] == 2


def test_metric_synonyms_and_aliases_match_both_ways():
    # "F-score" and "F1" are one metric in the lexicon; B names the benchmark by A's alias, and A is matched
    # against B through its own alias list too
    a = [row("x1", [t(70.0, "F-score", "Quibble Reading Set", aliases=["QRS"])])]
    b = [row("x1", [t(70.0, "F1", "QRS")])]
    res = run(a, b)
    assert counts(res["b_vs_a"]) == (1, 0, 0)
    assert counts(res["a_vs_b"]) == (1, 0, 0)


def test_each_field_that_differs_breaks_the_match():
    a = [row("x1", [t(12.0, "accuracy", "Zorblax Corpus"), t(4.0, "accuracy", qualifier="relative"),
                    t(55.0, "recall"), t(8.0, "precision", "Zorblax Corpus")])]
    b = [row("x1", [t(12.0, "accuracy", "Quibble Reading Set"),   # other dataset
                    t(4.0, "accuracy"),                            # a score, not a difference
                    t(55.0, "precision"),                           # other metric
                    t(8.0, "precision")])]                          # dataset missing
    res = run(a, b)
    assert counts(res["b_vs_a"]) == (0, 4, 4)
    assert counts(res["a_vs_b"]) == (0, 4, 4)
    assert len(res["errors"]) == 1 and len(res["errors"][0]["only_a"]) == 4


def test_one_sided_tuple_is_precision_one_way_and_recall_the_other():
    a = [row("x1", [t(60.0, "accuracy"), t(61.0, "accuracy")])]
    b = [row("x1", [t(60.0, "accuracy")])]
    res = run(a, b)
    assert counts(res["b_vs_a"]) == (1, 0, 1)
    assert counts(res["a_vs_b"]) == (1, 1, 0)


def test_entity_counts_only_in_the_entity_row():
    a = [row("x1", [t(33.0, "mAP", "Zorblax Corpus", entity="GlimNet")])]
    b = [row("x1", [t(33.0, "mAP", "Zorblax Corpus", entity="FrobNet")])]
    res = run(a, b)
    assert counts(res["b_vs_a"]) == (1, 0, 0)
    assert counts(res["b_vs_a_entity"]) == (0, 1, 1)
    assert len(res["entity_errors"]) == 1


def test_tuples_without_metric_count_only_when_asked():
    a = [row("x1", [t(5.0, None, qualifier="relative")])]
    b = [row("x1", [])]
    assert counts(run(a, b)["b_vs_a"]) == (0, 0, 0)
    assert counts(run(a, b, all_tuples=True)["b_vs_a"]) == (0, 0, 1)
    assert run(a, b)["results_papers_agree"] == 0


def test_different_abstracts_are_refused():
    with pytest.raises(SystemExit):
        run([row("x1", [])], [row("x1", [], abstract="Some other invented text.")])


def test_cli_part_filter_and_skip_ids(tmp_path, capsys):
    a = [dict(row("x1", [t(1.0, "F1")]), part="keep"), dict(row("x2", [t(2.0, "F1")]), part="keep"),
         dict(row("x3", [t(3.0, "F1")]), part="other")]
    b = [dict(row("x1", [t(1.0, "F1")]), part="keep"), dict(row("x2", [t(9.0, "F1")]), part="keep")]
    for name, rows in (("a.jsonl", a), ("b.jsonl", b)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "skip.txt").write_text("x2\n")
    m = _module()
    assert m.main([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--part", "keep"]) == 0
    assert "B against A: value+metric+dataset" in capsys.readouterr().out
    res = m.agreement(m.load(str(tmp_path / "a.jsonl"), "keep"), m.load(str(tmp_path / "b.jsonl"), "keep"))
    assert counts(res["b_vs_a"]) == (1, 1, 1)
    assert m.main([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--part", "keep",
                   "--skip-ids", str(tmp_path / "skip.txt")]) == 0
    assert " 1.000  1.000  1.000    1    0    0" in capsys.readouterr().out
