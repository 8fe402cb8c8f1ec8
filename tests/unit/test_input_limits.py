"""Bounded input: no field, line or overlap check lets one record take the run's memory or time (issue 14, 1 and 6)."""

from __future__ import annotations

import gzip
import json
import random
import tracemalloc
from pathlib import Path

import pytest

from paperkg.errors import InputError
from paperkg.extract.readers import read_corpus
from paperkg.extract.resolve import Candidate, PaperResolver

A1 = "We propose FooNet, a method for reading abstracts. It beats BarNet on the BazBench benchmark."
A2 = "Large language models (LLMs) are evaluated on GSM8K and MMLU. We find that DPO helps."
A3 = "A third abstract with enough words in it to count as one."


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("words, reason", [(100_000, "the title has 400,000 characters, more than the limit of"),
                                            (250_000, "a line of more than")])
def test_million_character_title_is_skipped_with_a_reason_and_the_others_kept(tmp_path, words, reason):
    lines = [{"id": "a", "title": "T", "abstract": A1}, {"id": "huge", "title": "Net " * words, "abstract": A2},
             {"id": "c", "abstract": A3}]
    path = write(tmp_path, "c.jsonl", "".join(json.dumps(r) + "\n" for r in lines))
    read = read_corpus([path])
    assert [p.id for p in read.papers] == ["a", "c"]
    (skip,) = read.skipped
    assert skip.line == 2 and reason in skip.reason
    with pytest.raises(InputError, match=r"c\.jsonl:2: "):
        read_corpus([path], strict=True)


@pytest.mark.parametrize("field", ["id", "venue"])
def test_every_text_field_is_bounded(tmp_path, field):
    path = write(tmp_path, "c.jsonl", json.dumps({"id": "x", "abstract": A1, field: "v" * 5_000}) + "\n")
    read = read_corpus([path])
    assert read.papers == [] and f"the {field} has 5,000 characters" in read.skipped[0].reason


def _peak_bytes_reading(path: Path) -> tuple[int, object]:
    tracemalloc.start()
    try:
        read = read_corpus([path])
        return tracemalloc.get_traced_memory()[1], read
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("suffix", [".jsonl", ".txt", ".csv"])
def test_a_huge_line_is_skipped_without_being_read_whole(tmp_path, suffix):
    huge = "x" * (48 * 2**20)  # 48 MB on one line, 48 KB gzipped
    good = {".jsonl": json.dumps({"id": "ok", "abstract": A1}), ".txt": A1, ".csv": f'ok,"{A1}"'}[suffix]
    head = "id,abstract\n" if suffix == ".csv" else ""
    path = tmp_path / f"big{suffix}.gz"
    with gzip.open(path, "wt", compresslevel=1) as fh:
        fh.write(head + huge + "\n" + good + "\n")
    del huge
    peak, read = _peak_bytes_reading(path)
    assert [p.abstract for p in read.papers] == [A1]
    assert read.skipped[0].line == 1 + bool(head) and "skipped without reading it whole" in read.skipped[0].reason
    assert peak < 24 * 2**20, f"reading held {peak / 2**20:.0f} MB: the 48 MB line was read whole"


def test_an_endless_wrapped_paragraph_is_skipped_up_to_the_next_blank_line(tmp_path):
    para = "\n".join(["some words of a hard wrapped paragraph without end"] * 40_000)  # 2 MB, no blank line
    path = write(tmp_path, "blocks.txt", f"A Title\n{A1}\n\n{para}\n\nOther Title\n{A2}\n")
    read = read_corpus([path])
    assert [p.abstract for p in read.papers] == [A1, A2]
    assert len(read.skipped) == 1 and "a paragraph of more than" in read.skipped[0].reason


# --- readers that lost input silently (issue 14, item 6) -----------------------------------------------


def test_csv_unbalanced_quote_loses_only_its_own_row_and_says_so(tmp_path):
    rows = [("p1", '"Bad title', "abstract one is long enough"), ("p2", "Title two", A1),
            ("p3", '"Good"', A2), ("p4", "T4", A3)]
    path = write(tmp_path, "c.csv", "id,title,abstract\n" + "".join(",".join(r) + "\n" for r in rows))
    read = read_corpus([path])
    assert [p.id for p in read.papers] == ["p2", "p3", "p4"]
    assert [(s.line, "unbalanced quote" in s.reason) for s in read.skipped] == [(2, True)]
    with pytest.raises(InputError, match=r"c\.csv:2: malformed CSV row"):
        read_corpus([path], strict=True)


def test_csv_quoted_multiline_fields_still_read(tmp_path):
    path = write(tmp_path, "c.csv", f'id,abstract\np1,"{A1}\nsecond line"\np2,{A2}\n')
    read = read_corpus([path])
    assert [p.id for p in read.papers] == ["p1", "p2"] and read.skipped == []
    assert read.papers[0].abstract == A1 + " second line"


@pytest.mark.parametrize("bad", ['{"id": "p0", "abstract": "x",}', '{"id": "p0", "abstract": "trunc', "{not json}"])
def test_malformed_first_jsonl_line_loses_only_that_line(tmp_path, bad):
    good = [json.dumps({"id": f"p{i}", "abstract": f"{A1} Number {i}."}) for i in range(1, 6)]
    path = write(tmp_path, "c.jsonl", "\n".join([bad, *good]) + "\n")
    read = read_corpus([path])
    assert [p.id for p in read.papers] == ["p1", "p2", "p3", "p4", "p5"]
    assert [s.line for s in read.skipped] == [1]


def test_pretty_printed_json_objects_still_read(tmp_path):
    text = json.dumps({"id": "a", "abstract": A1}, indent=2) + "\n" + json.dumps({"id": "b", "abstract": A2}, indent=2)
    read = read_corpus([write(tmp_path, "c.jsonl", text)])
    assert [p.id for p in read.papers] == ["a", "b"] and read.skipped == []


# --- the overlap check of candidate mentions --------------------------------------------------------------


def _brute_select(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int, bool]]:
    """The quadratic rule _select replaced, kept as the reference."""
    chosen, taken = [], {}
    for f, s0, e0 in spans:
        have = taken.setdefault(f, [])
        if (s0, e0) in have:
            chosen.append((f, s0, e0, True))
        elif not any(s0 < e and s < e0 for s, e in have):
            have.append((s0, e0))
            chosen.append((f, s0, e0, False))
    return chosen


def _cands(spans):
    return [Candidate(start=s, end=e, field=f, source="rule:x", type=None, group=i, priority=0)
            for i, (f, s, e) in enumerate(spans)]


@pytest.mark.parametrize("seed", range(20))
def test_select_keeps_exactly_the_mentions_the_quadratic_rule_kept(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randint(1, 300)):
        s = rng.randint(0, 200)
        spans.append((rng.choice(["abstract", "title"]), s, s + rng.randint(0, 15)))
    ordered = sorted(spans, key=lambda t: (-(t[2] - t[1]), 0, t[1]))
    want = sorted(_brute_select(ordered), key=lambda t: (t[0] != "title", t[1]))
    got = PaperResolver._select(_cands(spans))
    assert sorted((c.field, c.start, c.end, c.shadow) for c in got) == sorted(want)
    assert [(c.field != "title", c.start) for c in got] == [(f != "title", s) for f, s, _, _ in want]


def test_select_on_a_hundred_thousand_mentions_finishes():
    # Quadratic, this was 5e9 overlap tests (hours); sorted spans with bisection make it a fraction of a second.
    spans = [("abstract", 3 * i, 3 * i + 2) for i in range(100_000)] + [("abstract", 3 * i + 1, 3 * i + 3) for i in range(100_000)]
    got = PaperResolver._select(_cands(spans))
    assert len(got) == 100_000
