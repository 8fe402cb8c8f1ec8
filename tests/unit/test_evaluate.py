"""paperkg evaluate: the scoring rules on hand-made gold, and the quality bar on the dev set."""

import json
from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.extract.evaluate import evaluate
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold-dev.jsonl"


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_scoring_rules(tmp_path):
    abstract = "We use MT-Bench and DPO. Code at //github.com/a/b."
    gold = write(tmp_path / "gold.jsonl", [{"abstract": abstract, "code": ["//github.com/a/b"], "entities": [
        {"name": "MT-Bench", "aliases": [], "type": "benchmark", "proposed": False, "optional": False},
        {"name": "Direct Preference Optimization", "aliases": ["DPO"], "type": "method", "proposed": True, "optional": False},
        {"name": "fine-tuning", "aliases": [], "type": "method", "proposed": False, "optional": True},
    ]}])
    pred = write(tmp_path / "pred.jsonl", [{"abstract": abstract, "code": ["https://github.com/a/b"], "entities": [
        {"name": "MT Bench", "aliases": [], "type": "dataset", "role": "evaluates_on", "mentions": []},
        {"name": "DPO", "aliases": [], "type": "model", "role": "proposes", "mentions": []},
        {"name": "Fine-Tuning", "aliases": [], "type": "method", "role": "uses", "mentions": []},
        {"name": "Spurious", "aliases": [], "type": "method", "role": "uses", "mentions": []},
        {"name": "summarization", "aliases": [], "type": "task", "role": "uses", "mentions": []},
    ]}])
    r = evaluate(gold, pred)
    # dataset/benchmark are one class; method/model strict; optional gold is neither; tasks are not scored.
    assert (r.typed.tp, r.typed.fp, r.typed.fn) == (1, 2, 1)
    assert (r.strict.tp, r.strict.fp, r.strict.fn) == (0, 3, 2)
    assert (r.untyped.tp, r.untyped.fp, r.untyped.fn) == (2, 1, 0)
    assert r.code.f1 == 1.0
    assert r.role_total == 1 and r.role_correct == 1


def test_alt_type_accepts_either_type(tmp_path):
    abstract = "We fine-tune BERT and compare with ELMo and GPT-2."
    gold = write(tmp_path / "gold.jsonl", [{"abstract": abstract, "code": [], "entities": [
        {"name": "BERT", "aliases": [], "type": "model", "alt_type": "method", "proposed": False, "optional": False},
        {"name": "ELMo", "aliases": [], "type": "model", "alt_type": "method", "proposed": False, "optional": False},
        {"name": "GPT-2", "aliases": [], "type": "model", "proposed": False, "optional": False},
    ]}])
    pred = write(tmp_path / "pred.jsonl", [{"abstract": abstract, "code": [], "entities": [
        {"name": "BERT", "aliases": [], "type": "method", "role": "uses", "mentions": []},
        {"name": "ELMo", "aliases": [], "type": "model", "role": "uses", "mentions": []},
        {"name": "GPT-2", "aliases": [], "type": "method", "role": "uses", "mentions": []},
    ]}])
    r = evaluate(gold, pred)
    # BERT and ELMo count whichever of their two types is predicted; GPT-2 has no alt_type: wrong type.
    assert (r.typed.tp, r.typed.fp, r.typed.fn) == (2, 1, 1)
    assert (r.strict.tp, r.strict.fp, r.strict.fn) == (2, 1, 1)
    assert (r.per_type["method"].tp, r.per_type["model"].tp) == (1, 1)


def test_bad_gold_line_names_file_and_line(tmp_path, capsys):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"abstract": "x", "entities": []}\n{not json\n')
    assert main(["evaluate", str(bad), str(bad)]) == 2
    assert f"{bad}:2:" in capsys.readouterr().err


@pytest.fixture(scope="module")
def dev_report(tmp_path_factory):
    papers = []
    for n, line in enumerate(GOLD.read_text().splitlines()):
        d = json.loads(line)
        papers.append(Paper(f"g{n}", d["title"], d["abstract"]))
    out = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    out.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in extract_papers(papers)))
    return evaluate(GOLD, out)


def test_dev_set_quality_bar(dev_report):
    # The bar of issue 2; the README reports the actual numbers.
    assert dev_report.papers == 55 and dev_report.unpaired == 0
    assert dev_report.typed.f1 >= 0.75, dev_report.table()
    assert dev_report.role_accuracy >= 0.8, dev_report.table()
    assert dev_report.code.f1 >= 0.95, dev_report.table()
