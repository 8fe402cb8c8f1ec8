"""hubs49 (session 48, issue 10): macro-F1 and micro-F1 are metrics of their own, not aliases of F1 (curated
metrics.tsv and gazetteer.jsonl). Sentences invented for the test."""

from paperkg.extract.gazetteer import load_entries
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _forms():
    return {f.lower(): e.id for e in load_entries() for f in e.forms if e.type == "metric"}


def test_f1_keeps_only_its_own_spellings():
    forms = _forms()
    assert forms["f1 score"] == "metric:f1"
    assert forms["f1-score"] == "metric:f1"
    for f in ("macro-f1", "micro-f1"):
        assert forms[f] != "metric:f1"


def test_averaged_f1_spellings_are_one_node_each():
    forms = _forms()
    for f in ("macro f1", "macro-f1", "f1 macro", "f1-macro", "macro-averaged f1", "macro-average f1"):
        assert forms[f] == "metric:macro-f1", f
    for f in ("micro f1", "micro-f1", "f1 micro", "f1-micro", "micro-averaged f1", "micro-average f1"):
        assert forms[f] == "metric:micro-f1", f
    ids = {e.id for e in load_entries()}
    assert "metric:macro-averaged-f1" not in ids and "metric:f1-macro" not in ids and "metric:f1-micro" not in ids


def _metrics(text: str) -> dict[str, str]:
    paper = Paper(id="h49", title="A Gated Reader for Ticket Triage", abstract=text, year=2021)
    out = extract_papers([paper], n_process=1)[0]
    return {e.id: e.name for e in out.entities if e.type == "metric"}


def test_macro_f1_in_an_abstract_is_not_f1():
    got = _metrics("We propose a gated reader for routing support tickets. On a new ticket corpus it reaches a "
                   "macro-F1 of 71.2 and a micro-F1 of 80.4, well above a keyword baseline.")
    assert "metric:f1" not in got
    assert got.get("metric:macro-f1") == "Macro F1"
    assert got.get("metric:micro-f1") == "Micro F1"


def test_plain_f1_left_alone():
    got = _metrics("We propose a gated reader for routing support tickets. On a new ticket corpus it reaches an "
                   "F1 score of 71.2, well above a keyword baseline.")
    assert "metric:f1" in got and "metric:macro-f1" not in got


def test_semeval_task_rows_spell_task_n_as_papers_do():
    """The world-snapshot rows "SemEval-2020 Task-8" named their node with a hyphen no paper writes: the rows are
    named "SemEval-YYYY Task N" (the curated SemEval rows' style, typed benchmark as shared tasks are) and keep the
    hyphenated spelling as an alias."""
    by_id = {e.id: e for e in load_entries()}
    row = by_id["benchmark:semeval-2020-task-8"]
    assert row.name == "SemEval-2020 Task 8" and "SemEval-2020 Task-8" in row.aliases and row.type == "benchmark"
    assert "dataset:semeval-2020-task-8" not in by_id
    assert not [e.name for e in by_id.values() if e.name.startswith("SemEval-") and " Task-" in e.name]
