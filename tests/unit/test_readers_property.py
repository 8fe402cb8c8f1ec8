"""Property tests: whatever the input, the readers end in papers or an InputError naming the file, never another error."""

from __future__ import annotations

import codecs
import gzip
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from paperkg.errors import InputError
from paperkg.extract.readers import CorpusRead, read_corpus

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = ["", ".txt", ".jsonl", ".json", ".csv", ".tsv", ".txt.gz", ".md"]
WORDS = ["we", "propose", "FooNet", "a", "method", "for", "GSM8K", "and", "MMLU", "café", "naïve", "模型", "LLMs", "(DPO)"]

_counter = itertools.count()
printable = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("readers-property")


def put(workdir: Path, data: bytes, suffix: str = ".txt") -> Path:
    path = workdir / f"f{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


def read_or_error(path: Path, **kw) -> CorpusRead | InputError:
    """Read `path`; an InputError is returned (checked to name the file), any other exception fails the test."""
    try:
        result = read_corpus([path], **kw)
    except InputError as e:
        assert e.path == str(path) and str(path) in str(e)
        if e.line is not None:
            assert f"{path}:{e.line}:" in str(e)
        return e
    check_result(result, path)
    return result


def check_result(result: CorpusRead, path: Path) -> None:
    ids = [p.id for p in result.papers]
    assert len(ids) == len(set(ids))
    for paper in result.papers:
        assert paper.abstract and paper.abstract == paper.abstract.strip()
        paper.abstract.encode("utf-8")  # no lone surrogates: every paper can be written out
        (paper.title or "").encode("utf-8")
        assert paper.source and paper.source.startswith(f"{path}:")
    for skip in result.skipped:
        assert skip.path == str(path) and skip.reason


sentences = st.lists(st.sampled_from(WORDS), min_size=4, max_size=30).map(lambda ws: " ".join(ws) + ".")
line_ends = st.sampled_from(["\n", "\r\n", "\r"])


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes(workdir, data, suffix):
    read_or_error(put(workdir, data, suffix))


@SETTINGS
@given(text=st.text(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_random_unicode(workdir, text, suffix):
    data = text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid UTF-8 bytes
    read_or_error(put(workdir, data, suffix))


@SETTINGS
@given(lines=st.lists(sentences, min_size=1, max_size=20), ends=st.lists(line_ends, min_size=20, max_size=20),
       bom=st.sampled_from(["", "utf-8-sig", "utf-16-le", "utf-16-be"]))  # fmt: skip
def test_mixed_line_endings_and_boms_keep_every_abstract(workdir, lines, ends, bom):
    text = "".join(line + end for line, end in zip(lines, ends))
    if bom.startswith("utf-16"):
        data = (codecs.BOM_UTF16_LE if bom.endswith("le") else codecs.BOM_UTF16_BE) + text.encode(bom)
    else:
        data = text.encode(bom or "utf-8")
    result = read_or_error(put(workdir, data))
    assert isinstance(result, CorpusRead)
    unique = list(dict.fromkeys(" ".join(s.lower().split()) for s in lines))
    assert [" ".join(p.abstract.lower().split()) for p in result.papers] == unique
    assert result.duplicates == len(lines) - len(unique) and result.skipped == []


@SETTINGS
@given(text=st.text(alphabet=" \t\r\n\f\v", max_size=300), bom=st.booleans(), suffix=st.sampled_from(SUFFIXES))
def test_empty_and_whitespace_only_files_are_reported(workdir, text, bom, suffix):
    data = (codecs.BOM_UTF8 if bom else b"") + text.encode()
    if suffix.endswith(".gz"):
        data = gzip.compress(data)
    path = put(workdir, data, suffix)
    result = read_or_error(path)
    assert isinstance(result, CorpusRead) and result.papers == []
    assert len(result.skipped) == 1 and result.skipped[0].line is None
    error = read_or_error(path, strict=True)
    assert isinstance(error, InputError)


@SETTINGS
@given(lines=st.lists(sentences, min_size=1, max_size=40), frac=st.floats(0.0, 0.999))
def test_truncated_gzip_is_an_input_error(workdir, lines, frac):
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    cut = data[: int(len(data) * frac)]
    assume(len(cut) >= 2)  # the gzip magic is there: the file says it is gzip
    error = read_or_error(put(workdir, cut, ".jsonl.gz"))
    assert isinstance(error, InputError) and error.line is None


@settings(max_examples=4, deadline=None)
@given(size=st.integers(1_900_000, 2_100_000), char=st.sampled_from(["x", "é", "模", " word"]))
def test_two_megabyte_json_line(workdir, size, char):
    big = (char * (size // len(char))).strip() or "x"
    data = json.dumps({"id": "big", "abstract": big}, ensure_ascii=False).encode() + b"\n"
    result = read_or_error(put(workdir, data, ".jsonl"))
    assert isinstance(result, CorpusRead) and result.papers == []
    assert result.skipped[0].line == 1 and "more than the limit" in result.skipped[0].reason


columns = st.sampled_from(["id", "title", "abstract", "Abstract", "year", "venue", "summary", "text", ""])


@SETTINGS
@given(header=st.lists(columns, min_size=1, max_size=5).filter(any),
       rows=st.lists(st.lists(st.one_of(sentences, printable), max_size=6), max_size=8),
       delimiter=st.sampled_from([",", "\t", ";"]))  # fmt: skip
def test_csv_with_any_columns(workdir, header, rows, delimiter):
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path = put(workdir, buf.getvalue().encode("utf-8", "surrogatepass"), ".tsv" if delimiter == "\t" else ".csv")
    outcome = read_or_error(path)
    has_abstract = "abstract" in [h.lower() for h in header]
    if not has_abstract:
        assert isinstance(outcome, InputError) and "no 'abstract' column" in str(outcome)
    elif isinstance(outcome, InputError):  # only a malformed header may stop a CSV with an abstract column
        pytest.fail(f"unexpected error for a CSV with an abstract column: {outcome}")


good_record = st.fixed_dictionaries({"abstract": sentences}, optional={"id": printable, "title": printable,
                                    "year": st.one_of(st.integers(), printable)})  # fmt: skip
bad_line = st.one_of(
    st.just("{oops"),
    st.just("[1, 2"),
    st.just('{"title": "no abstract"}'),
    st.just('{"abstract": ""}'),
    st.just('"just a string"'),
    st.text(alphabet="{}[],:\"0123456789abc", min_size=1, max_size=20).filter(lambda s: s.strip()),
)


@SETTINGS
@given(first=good_record.map(json.dumps), items=st.lists(st.one_of(good_record.map(json.dumps), bad_line), max_size=25))
def test_jsonl_strict_fails_on_first_bad_record_default_skips_and_counts(workdir, first, items):
    # A good first line keeps the file JSON Lines (a broken '{' first line means pretty-printed JSON).
    items = [first, *items]
    path = put(workdir, ("\n".join(items) + "\n").encode(), ".jsonl")
    result = read_or_error(path)
    assert isinstance(result, CorpusRead)
    # Every line is accounted for: a paper, a reported skip (with its line), or a dropped duplicate.
    assert len(result.papers) + len(result.skipped) + result.duplicates == len(items)
    bad_lines = [s.line for s in result.skipped]
    assert all(line is not None and 2 <= line <= len(items) for line in bad_lines)
    strict = read_or_error(path, strict=True)
    if bad_lines:
        assert isinstance(strict, InputError) and strict.line == bad_lines[0]
    else:
        assert isinstance(strict, CorpusRead) and strict.papers == result.papers
