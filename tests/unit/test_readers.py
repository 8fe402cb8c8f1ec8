"""Corpus readers: every format, and every kind of bad input, end in papers, reported skips or InputError."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import re
import sys
from pathlib import Path

import pytest

from paperkg.errors import InputError
from paperkg.extract.readers import (
    MAX_ABSTRACT_CHARS,
    CorpusRead,
    Skip,
    iter_corpus,
    read_corpus,
    sample_corpus_paths,
    text_id,
)

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURES = DATA / "readers"
A1 = "We propose FooNet, a method for reading abstracts. It beats BarNet on the BazBench benchmark."
A2 = "Large language models (LLMs) are evaluated on GSM8K and MMLU. We find that DPO helps."
A3 = "A third abstract with enough words in it to count as one."


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def abstracts(result: CorpusRead) -> list[str]:
    return [p.abstract for p in result.papers]


# --- the bundled sample corpus against the gold file -------------------------------------------------


def test_sample_corpus_matches_gold_abstracts_and_titles():
    gold = [json.loads(line) for line in (DATA / "gold-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    paths = sample_corpus_paths()
    assert [p.name for p in paths] == ["hf-papers-alignment.txt", "abstracts-one-per-line.txt"]
    result = read_corpus(paths)
    assert (len(result.papers), result.skipped, result.duplicates) == (55, [], 0)
    assert [len([p for p in result.papers if p.source.startswith(str(path))]) for path in paths] == [44, 11]
    # Same abstracts in the same order (gold lists the page's 44, then the 11 one-per-line).
    assert abstracts(result) == [g["abstract"] for g in gold]
    assert [p.title for p in result.papers] == [g["title"] for g in gold]
    assert sum(p.title is not None for p in result.papers) == 44
    assert len({p.id for p in result.papers}) == 55
    assert all(re.fullmatch(r"h:[0-9a-f]{16}", p.id) for p in result.papers)
    assert result.formats == {str(paths[0]): "text-blocks", str(paths[1]): "text-lines"}


def test_sample_ids_are_stable_text_hashes():
    papers = read_corpus(sample_corpus_paths()).papers
    assert papers[0].id == text_id(papers[0].title, papers[0].abstract)
    assert read_corpus(sample_corpus_paths()).papers[0].id == papers[0].id
    # Normalised: case and whitespace do not change the id.
    assert text_id("A  Title", "Some\n text.") == text_id("a title", "some text.")
    assert text_id(None, "x") != text_id("t", "x")


# --- plain text ------------------------------------------------------------------------------------


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_one_abstract_per_line_any_line_ending(tmp_path, eol):
    path = write(tmp_path, "c.txt", eol.join([A1, A2, A3]) + eol)
    result = read_corpus([path])
    assert abstracts(result) == [A1, A2, A3]
    assert [p.title for p in result.papers] == [None, None, None]
    assert [p.source for p in result.papers] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert result.formats[str(path)] == "text-lines"


def test_utf8_bom_is_dropped(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + f"{A1}\n{A2}\n".encode())
    assert abstracts(read_corpus(path)) == [A1, A2]


def test_utf16_with_bom_is_read(tmp_path):
    path = write(tmp_path, "u16.txt", f"{A1}\r\nÜber café naïve abstracts are read too.\r\n".encode("utf-16"))
    assert abstracts(read_corpus(path)) == [A1, "Über café naïve abstracts are read too."]


def test_title_abstract_blocks(tmp_path):
    text = f"First Title\n{A1}\n\nSecond: A Title?\n\n{A2}\n\n{A3}\n"
    result = read_corpus(write(tmp_path, "b.txt", text))
    assert [(p.title, p.abstract) for p in result.papers] == [("First Title", A1), ("Second: A Title?", A2), (None, A3)]
    assert [p.source.rsplit(":", 1)[1] for p in result.papers] == ["1", "4", "8"]
    assert result.formats[str(tmp_path / "b.txt")] == "text-blocks"


def test_hard_wrapped_block_is_joined_with_spaces(tmp_path):
    text = "A Wrapped Paper\nWe propose a thing that is wrapped\nacross several lines of text and it\ncontinues.\n"
    (paper,) = read_corpus(write(tmp_path, "w.txt", text)).papers
    assert paper.title == "A Wrapped Paper"
    assert paper.abstract == "We propose a thing that is wrapped across several lines of text and it continues."


def test_title_with_abbreviation_vs_is_still_a_title(tmp_path):
    text = f"Llama 2 vs. GPT-4 on Toy Tasks\n\n{A1}\n"
    (paper,) = read_corpus(write(tmp_path, "v.txt", text)).papers
    assert paper.title == "Llama 2 vs. GPT-4 on Toy Tasks"


def test_blank_line_in_one_per_line_file_keeps_lines_apart(tmp_path):
    long1, long2 = A1 + " More words here." * 20, A2 + " Other words here." * 20
    text = f"{long1}\n\n{long2}\n{long1} Extra.\n"
    result = read_corpus(write(tmp_path, "m.txt", text))
    assert abstracts(result) == [long1, long2, long1 + " Extra."]


def test_hugging_face_page_furniture_is_dropped():
    result = read_corpus([FIXTURES / "hf-page-furniture.txt"])
    assert result.skipped == []
    assert [p.title for p in result.papers] == [
        "Toy Preference Optimization for Readers",
        "A Second Title: With a Colon and a Question?",
    ]
    assert result.papers[0].abstract.startswith("We introduce Toy Preference Optimization (TPO)")
    assert result.papers[0].abstract.endswith("https://github.com/example/tpo")
    assert result.papers[1].abstract.endswith("AbsRead dataset of 10k abstracts.")


def test_title_without_abstract_is_reported(tmp_path):
    text = f"Orphan Title Here\n\nReal Title\n\n{A1}\n\nTrailing Title\n"
    result = read_corpus(write(tmp_path, "o.txt", text))
    assert [(p.title, p.abstract) for p in result.papers] == [("Real Title", A1)]
    assert [(s.line, "no abstract after it" in s.reason) for s in result.skipped] == [(1, True), (7, True)]


def test_too_short_line_is_reported(tmp_path):
    result = read_corpus(write(tmp_path, "s.txt", f"{A1}\nok then.\n"))
    assert abstracts(result) == [A1]
    assert result.skipped[0].line == 2 and "too short" in result.skipped[0].reason


# --- JSON ------------------------------------------------------------------------------------------


def test_json_lines_with_ids_year_venue(tmp_path):
    rows = [
        {"id": "p1", "title": "T1", "abstract": A1, "year": 2024, "venue": "ACL"},
        {"ID": 42, "Title": "T2", "Abstract": A2, "year": "2023-05-01", "venue": " EMNLP "},
        {"abstract": A3, "year": "unknown"},
    ]
    path = write(tmp_path, "p.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    result = read_corpus([path])
    got = [(p.id, p.title, p.year, p.venue, p.source) for p in result.papers]
    assert got == [
        ("p1", "T1", 2024, "ACL", f"{path}:1"),
        ("42", "T2", 2023, "EMNLP", f"{path}:2"),
        (text_id(None, A3), None, None, None, f"{path}:3"),
    ]
    assert result.formats[str(path)] == "jsonl"


def test_arxiv_snapshot_fields_and_wrapped_text():
    (first, second) = read_corpus(FIXTURES / "arxiv-snapshot.jsonl").papers
    assert first.id == "0704.0001" and second.id == "0704.0002"
    assert first.title == "A Toy Study of Wrapped Titles"
    # Line breaks (with the indentation around them) become single spaces; ends are stripped.
    assert first.abstract == (
        "We study wrapped abstracts as the arXiv snapshot stores them. Lines are broken and indented, "
        "and the text starts with spaces. A second paragraph follows here."
    )
    assert second.abstract == "A short second abstract about BERT and GLUE."
    assert first.year is None  # update_date is not the publication year


def test_json_array_reports_element_lines(tmp_path):
    data = json.dumps([{"id": "a", "abstract": A1}, 7, {"title": "no abstract"}, {"id": "b", "abstract": A2}], indent=2)
    path = write(tmp_path, "arr.json", data)
    result = read_corpus([path])
    assert [p.id for p in result.papers] == ["a", "b"]
    assert [p.source for p in result.papers] == [f"{path}:2", f"{path}:10"]
    assert [(s.line, s.reason.split(" (")[0]) for s in result.skipped] == [
        (6, "a JSON int, not an object with an 'abstract' field"),
        (7, "no 'abstract' field"),
    ]
    assert result.formats[str(path)] == "json-array"


def test_pretty_printed_objects_without_array(tmp_path):
    data = json.dumps({"id": "a", "abstract": A1}, indent=2) + "\n" + json.dumps({"id": "b", "abstract": A2}, indent=2)
    result = read_corpus(write(tmp_path, "objs.json", data))
    assert [p.id for p in result.papers] == ["a", "b"]
    assert result.papers[1].source.endswith(":5")


def test_truncated_json_array_keeps_earlier_records_and_reports(tmp_path):
    path = write(tmp_path, "cut.json", '[\n{"abstract": "%s"},\n{"abstract": "We pro' % A1)
    result = read_corpus([path])
    assert abstracts(result) == [A1]
    assert result.skipped[0].line == 3 and "malformed JSON" in result.skipped[0].reason
    with pytest.raises(InputError) as err:
        read_corpus([path], strict=True)
    assert (err.value.path, err.value.line) == (str(path), 3)


def test_malformed_json_line_default_skips_strict_raises_on_first(tmp_path):
    lines = [json.dumps({"abstract": A1}), "{not json", json.dumps({"abstract": A2}), "[1, 2", json.dumps({"abstract": A3})]
    path = write(tmp_path, "bad.jsonl", "\n".join(lines) + "\n")
    result = read_corpus([path])
    assert abstracts(result) == [A1, A2, A3]
    assert [s.line for s in result.skipped] == [2, 4]
    assert all(s.path == str(path) and s.reason.startswith("malformed JSON") for s in result.skipped)
    assert str(result.skipped[0]).startswith(f"{path}:2: malformed JSON")
    with pytest.raises(InputError) as err:
        read_corpus([path], strict=True)
    assert (err.value.path, err.value.line) == (str(path), 2)
    assert str(err.value).startswith(f"{path}:2: malformed JSON")


def test_strict_stops_before_yielding_records_after_the_bad_one(tmp_path):
    path = write(tmp_path, "s.jsonl", f'{json.dumps({"abstract": A1})}\n{{oops\n{json.dumps({"abstract": A2})}\n')
    seen = []
    with pytest.raises(InputError):
        for paper in iter_corpus([path], strict=True):
            seen.append(paper.abstract)
    assert seen == [A1]


def test_deeply_nested_json_is_a_skip_not_a_crash(tmp_path):
    result = read_corpus(write(tmp_path, "deep.jsonl", "[" * 50_000 + "\n" + json.dumps({"abstract": A1}) + "\n"))
    assert result.papers == [] or abstracts(result) == [A1]
    assert result.skipped and "nested too deeply" in result.skipped[0].reason


# --- CSV -------------------------------------------------------------------------------------------


def test_csv_case_insensitive_columns_quotes_bom_crlf():
    result = read_corpus(FIXTURES / "papers-excel.csv")
    assert [(p.id, p.title, p.year, p.venue) for p in result.papers] == [
        ("p1", "Quoted, Title", 2023, "EMNLP"),
        ("p2", "Plain Title", None, None),
    ]
    assert result.papers[0].abstract == 'We propose QuoteNet. It handles "quotes" and line breaks inside fields.'
    assert [p.source.rsplit(":", 1)[1] for p in result.papers] == ["2", "4"]
    assert result.formats[str(FIXTURES / "papers-excel.csv")] == "csv"


def test_csv_without_abstract_column_names_the_file(tmp_path):
    path = write(tmp_path, "noabs.csv", "title,summary\nT,some text here\n")
    with pytest.raises(InputError) as err:
        read_corpus([path])
    assert err.value.path == str(path) and err.value.line == 1
    assert "no 'abstract' column" in str(err.value) and "'summary'" in str(err.value)


def test_csv_short_row_is_skipped_with_line(tmp_path):
    path = write(tmp_path, "short.csv", f'title,abstract\nT1,"{A1}"\nT2\nT3,"{A2}"\n')
    result = read_corpus([path])
    assert abstracts(result) == [A1, A2]
    assert [s.line for s in result.skipped] == [3]


def test_tsv_and_semicolon_and_sniffed_csv(tmp_path):
    tsv = write(tmp_path, "p.tsv", f"id\tabstract\n1\t{A1}\n")
    semi = write(tmp_path, "p.csv", f"id;abstract\n2;{A2}\n")
    sniffed = write(tmp_path, "papers.data", f"Abstract,Title\n\"{A3}\",T\n")
    result = read_corpus([tsv, semi, sniffed])
    assert [(p.id, p.abstract) for p in result.papers] == [("1", A1), ("2", A2), (text_id("T", A3), A3)]
    assert list(result.formats.values()) == ["tsv", "csv", "csv"]


def test_header_only_csv_reports_no_papers(tmp_path):
    result = read_corpus(write(tmp_path, "h.csv", "title,abstract\n"))
    assert result.papers == [] and result.skipped == [Skip(str(tmp_path / "h.csv"), None, "no papers found (read as csv)")]


# --- compression and stdin ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "compress"), [(".jsonl.gz", gzip.compress), (".jsonl.bz2", bz2.compress), (".jsonl.xz", lzma.compress)]
)
def test_compressed_files_are_read_transparently(tmp_path, suffix, compress):
    data = "\n".join(json.dumps({"id": str(i), "abstract": f"{A1} Number {i}."}) for i in range(3000)) + "\n"
    result = read_corpus(write(tmp_path, "c" + suffix, compress(data.encode())))
    assert len(result.papers) == 3000 and result.papers[-1].source.endswith(":3000")


def test_gzip_without_gz_suffix_and_gz_suffix_on_plain_text(tmp_path):
    zipped = write(tmp_path, "corpus.txt", gzip.compress(f"{A1}\n".encode()))
    plain = write(tmp_path, "plain.txt.gz", f"{A2}\n")
    assert abstracts(read_corpus([zipped, plain])) == [A1, A2]


@pytest.mark.parametrize("cut", [10, 200, -8])
def test_truncated_gzip_is_an_input_error_naming_the_file(tmp_path, cut):
    data = gzip.compress(("\n".join(f"{A1} {i}" for i in range(5000)) + "\n").encode())
    path = write(tmp_path, "cut.txt.gz", data[:cut])
    with pytest.raises(InputError) as err:
        read_corpus([path])
    assert err.value.path == str(path) and str(err.value).startswith(f"{path}: ")
    assert "truncated" in str(err.value) or "cannot read" in str(err.value)


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_dash(monkeypatch):
    fake_stdin(monkeypatch, f"{A1}\n{A2}\n".encode())
    result = read_corpus(["-"])
    assert abstracts(result) == [A1, A2] and result.papers[0].source == "<stdin>:1"


def test_stdin_gzipped_jsonl(monkeypatch):
    fake_stdin(monkeypatch, gzip.compress(json.dumps({"id": "s", "abstract": A1}).encode() + b"\n"))
    assert [p.id for p in read_corpus("-").papers] == ["s"]


# --- bad input ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (bytes(range(256)) * 4, "binary data"),
        (b"PK\x03\x04" + b"\x00" * 100, "zip archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes([0x80 + (i % 100) for i in range(400)]), "not UTF-8 text"),
        (b"<!DOCTYPE html><html><body>papers</body></html>", "HTML"),
        (b"\x1b[31m\x07\x08\x01\x02\x03\x04\x05\x06 text", "not UTF-8 text"),
    ],
)
def test_binary_or_unknown_formats_are_input_errors(tmp_path, data, words):
    path = write(tmp_path, "weird.bin", data)
    with pytest.raises(InputError) as err:
        read_corpus([path])
    assert err.value.path == str(path) and words in str(err.value)


def test_invalid_utf8_record_is_skipped_with_line_and_strict_raises(tmp_path):
    path = write(tmp_path, "latin.txt", A1.encode() + b"\n" + "Caf\xe9 abstracts are written in Latin-1 here.".encode("latin-1") + b"\n" + A2.encode() + b"\n")
    result = read_corpus([path])
    assert abstracts(result) == [A1, A2]
    (skip,) = result.skipped
    assert skip.line == 2 and "invalid UTF-8 (byte 0xE9" in skip.reason and "iconv" in skip.reason
    with pytest.raises(InputError) as err:
        read_corpus([path], strict=True)
    assert (err.value.path, err.value.line) == (str(path), 2)


def test_invalid_utf8_inside_json_and_csv(tmp_path):
    jsonl = write(tmp_path, "l.jsonl", b'{"abstract": "caf\xe9 is good here"}\n' + json.dumps({"abstract": A1}).encode() + b"\n")
    csvf = write(tmp_path, "l.csv", b"title,abstract\nT,caf\xe9 is good here too\n")
    result = read_corpus([jsonl, csvf])
    assert abstracts(result) == [A1]
    assert [(s.path, s.line) for s in result.skipped] == [(str(jsonl), 1), (str(csvf), 2)]
    assert all("invalid UTF-8" in s.reason for s in result.skipped)


def test_lone_surrogate_escape_in_json_is_skipped(tmp_path):
    result = read_corpus(write(tmp_path, "s.jsonl", '{"abstract": "bad \\ud800 text here"}\n'))
    assert result.papers == [] and "lone surrogate" in result.skipped[0].reason


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"   \n\t\n\r\n  "])
def test_empty_and_whitespace_only_files(tmp_path, content):
    path = write(tmp_path, "e.txt", content)
    result = read_corpus([path])
    assert result.papers == [] and len(result.skipped) == 1
    assert result.skipped[0].path == str(path) and result.skipped[0].line is None
    assert result.skipped[0].reason in ("empty file", "file has only whitespace")
    with pytest.raises(InputError, match=re.escape(str(path))):
        read_corpus([path], strict=True)


def test_two_megabyte_abstract_is_skipped_with_reason_or_allowed(tmp_path):
    big = ("word " * 400_000).strip() + "."
    path = write(tmp_path, "big.jsonl", json.dumps({"id": "big", "abstract": big}) + "\n" + json.dumps({"abstract": A1}) + "\n")
    result = read_corpus([path])
    assert abstracts(result) == [A1]
    assert result.skipped[0].line == 1 and f"limit of {MAX_ABSTRACT_CHARS:,}" in result.skipped[0].reason
    assert [p.id for p in read_corpus([path], max_chars=3_000_000).papers] == ["big", text_id(None, A1)]


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file") as err:
        read_corpus([tmp_path / "nope.txt"])
    assert err.value.path == str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_corpus([tmp_path])


# --- duplicates and the streaming API ------------------------------------------------------------------


def test_duplicates_by_id_and_by_text_across_files(tmp_path):
    one = write(tmp_path, "1.jsonl", "\n".join(json.dumps(r) for r in [
        {"id": "a", "abstract": A1}, {"id": "a", "abstract": A1}, {"id": "b", "abstract": A2},
    ]) + "\n")  # fmt: skip
    two = write(tmp_path, "2.txt", f"{A3}\n{A3.upper()}\n{A3}\n")
    three = write(tmp_path, "3.jsonl", json.dumps({"id": "c", "abstract": "  " + A2.lower() + "\n"}) + "\n")
    result = read_corpus([one, two, three])
    assert [p.abstract for p in result.papers] == [A1, A2, A3]
    # id "a" twice, A3 in other case, A3 again, "c" has b's text: 4 exact duplicates.
    assert result.duplicates == 4 and result.skipped == []


def test_same_id_with_other_text_is_reported(tmp_path):
    path = write(tmp_path, "c.jsonl", json.dumps({"id": "a", "abstract": A1}) + "\n" + json.dumps({"id": "a", "abstract": A2}) + "\n")
    result = read_corpus([path])
    assert abstracts(result) == [A1] and result.duplicates == 0
    assert result.skipped[0].line == 2 and "already read with a different" in result.skipped[0].reason


def test_iter_corpus_streams_and_reports(tmp_path):
    good = write(tmp_path, "g.jsonl", json.dumps({"abstract": A1}) + "\n{bad\n")
    report = CorpusRead()
    stream = iter_corpus([good, tmp_path / "missing.txt"], report=report)
    first = next(stream)  # yielded before the missing file is even opened
    assert first.abstract == A1 and report.papers == []
    with pytest.raises(InputError, match="missing.txt"):
        next(stream)
    assert [s.line for s in report.skipped] == [2]


def test_read_corpus_accepts_a_single_path(tmp_path):
    path = write(tmp_path, "one.txt", A1 + "\n")
    assert abstracts(read_corpus(path)) == abstracts(read_corpus(str(path))) == [A1]
    assert "1 papers from 1 file(s)" in read_corpus(path).summary()


@pytest.mark.parametrize("text", ["plain words", "a  b", " a", "a ", "a\tb", "a\x0bb", "a\x1cb", "a\xa0b",
                                  "a\u2009b", "", "İstanbul  Ölçer", "x\u3000y"])
def test_the_fast_word_spacing_equals_splitting(text):
    from paperkg.extract.readers import _words

    assert _words(text) == " ".join(text.split())


@pytest.mark.parametrize("text,bad", [("plain ascii", False), ("nul \x00 here", True), ("caf\xe9", False),
                                      ("lone \ud800", True), ("byte \udc80", True)])
def test_the_ascii_fast_path_still_finds_bad_characters(text, bad):
    from paperkg.extract.readers import _bad_char

    assert (_bad_char(text) is not None) == bad
