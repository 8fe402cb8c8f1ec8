"""Corpus readers: sniff each input file's format and turn it into `Paper` records.

Formats (DESIGN.md "Corpus readers"), chosen per file from its extension (after `.gz`/`.bz2`/`.xz`)
and, when that says nothing, from its first 64 KB:

- text, one abstract a line (`text-lines`): no blank lines between content lines;
- text, title/abstract blocks separated by blank lines (`text-blocks`), including pages copied from
  Hugging Face Papers: page furniture ("Subscribe", "byAK and the research community", dates, upvote
  counts, "Submitted by ...") is dropped; a short line without a final period followed by an abstract
  is that abstract's title; a block's hard-wrapped lines are joined with single spaces;
- JSON Lines (`jsonl`), a JSON array (`json-array`), or concatenated / pretty-printed JSON objects,
  with the arXiv metadata snapshot's field names (`id`, `title`, `abstract`, ...; also `year`, `venue`);
- CSV / TSV with a header row naming an `abstract` column (and optionally `id`, `title`, `year`,
  `venue`), matched case-insensitively.

Compressed input (gzip, bzip2, xz) is recognised by its magic bytes and read transparently; `-` reads
standard input. Text is decoded as UTF-8 (a UTF-8 BOM is dropped; a UTF-16 BOM switches to UTF-16);
CRLF and lone CR line endings count as line breaks.

Bad input policy. A bad *record* (malformed JSON line, a record without an abstract, invalid UTF-8
inside the record, an abstract over `max_chars`, a title over MAX_TITLE_CHARS or an id/venue over
MAX_ID_CHARS, a line too long for any record (read in bounded pieces, never whole), a CSV row with an
unbalanced quote (the lines after its first are read again) or too few fields, ...) is skipped and
reported as a `Skip(path, line, reason)`; with `strict=True` the first one raises `InputError(reason,
path, line)` instead. Invalid UTF-8 is never replaced silently: the record holding the bad bytes is
skipped (or, strict, raises) with the byte and a hint to convert the file; a file that is mostly not
UTF-8 text (binary data, NUL bytes, a zip or PDF, ...) raises `InputError` at once. A *file-level*
problem raises `InputError` naming the file in both modes: missing or unreadable file, a directory,
binary or unknown format, truncated or corrupt compressed data, a CSV without an `abstract` column.
An empty or whitespace-only file, or one with no papers in it, is reported as a `Skip` with line None
(and raises under strict).

Ids and duplicates. A paper's id is its record's own `id` (JSON/CSV) where given, else `text_id(title,
abstract)`: `h:` + 16 hex digits of the sha1 of the lowercased, whitespace-normalised title and abstract.
A record whose id, or whose normalised title+abstract, was already read (in any of the files of one call)
is an exact duplicate: dropped and counted in `duplicates`. A reused id with different text is a `Skip`.
`Paper.source` is "file:line" (the record's first line; `<stdin>` for `-`).

Each `Paper.abstract` is the text the extraction offsets index: leading and trailing whitespace is
stripped and every whitespace run that contains a line break (arXiv's wrapped, indented abstracts;
hard-wrapped text blocks) becomes one space; other spacing is kept as it is.
"""

from __future__ import annotations

import bz2
import codecs
import contextlib
import csv
import gzip
import hashlib
import io
import itertools
import json
import lzma
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Any, Union

from paperkg.errors import InputError
from paperkg.extract.records import Paper

PathArg = Union[str, "os.PathLike[str]"]

# spaCy's default nlp.max_length is 1,000,000 characters; real abstracts stay under ~20,000.
MAX_ABSTRACT_CHARS = 100_000
# Every other field is bounded too: extraction cost must not depend on a field nobody checks (a 1M-character
# title once took the whole machine's memory). Real titles stay under ~300 characters.
MAX_TITLE_CHARS = 2_000
MAX_ID_CHARS = 1_000  # also venue
# Lines are read at most this many characters at a time (times max_chars): a longer line cannot hold a record
# within the limits, even JSON-escaped, so it is skipped without ever being held whole.
LINE_CHARS_PER_ABSTRACT_CHAR = 8
# A JSON array (or pretty-printed JSON) is parsed whole; past this size convert it to JSON Lines.
MAX_WHOLE_JSON_CHARS = 256 * 2**20
SAMPLE_BYTES = 64 * 1024
SAMPLE_FILES = ("hf-papers-alignment.txt", "abstracts-one-per-line.txt")
STDIN_NAME = "<stdin>"

_TITLE_MAX = 300  # longest line still taken for a title (the sample's longest title is 179)
_WRAP_MAX = 300  # lines at most this long, joined, make one hard-wrapped abstract
_MIN_TEXT_WORDS = 3  # a text line with fewer words is not an abstract
_BINARY_RATIO = 0.05  # share of undecodable bytes / control characters that makes a file binary


@dataclass(frozen=True)
class Skip:
    """A record (or whole file, line None) that was not read, and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass
class CorpusRead:
    """What `read_corpus` read: the papers, what it skipped and how many duplicates it dropped."""

    papers: list[Paper] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    duplicates: int = 0
    formats: dict[str, str] = field(default_factory=dict)  # file name -> format it was read as

    def summary(self) -> str:
        return (
            f"{len(self.papers)} papers from {len(self.formats)} file(s); "
            f"{len(self.skipped)} skipped; {self.duplicates} duplicates dropped"
        )


def read_corpus(
    paths: PathArg | Iterable[PathArg], *, strict: bool = False, max_chars: int = MAX_ABSTRACT_CHARS
) -> CorpusRead:
    """Read every file in `paths` (`-` = stdin) into one `CorpusRead`; see the module doc for the policy."""
    result = CorpusRead()
    result.papers.extend(iter_corpus(paths, strict=strict, report=result, max_chars=max_chars))
    return result


def iter_corpus(
    paths: PathArg | Iterable[PathArg],
    *,
    strict: bool = False,
    report: CorpusRead | None = None,
    max_chars: int = MAX_ABSTRACT_CHARS,
) -> Iterator[Paper]:
    """Yield papers one at a time, file after file, dropping duplicates across all of `paths`.

    Skips, the duplicate count and each file's format go to `report` (its `papers` list is left alone).
    """
    report = report if report is not None else CorpusRead()
    seen = _Seen()
    for arg in _as_list(paths):
        yield from _iter_file(arg, strict=strict, report=report, seen=seen, max_chars=max_chars)


def sample_corpus_paths() -> list[Path]:
    """The bundled sample corpus (55 abstracts): the HF Papers page copy, then the one-per-line file."""
    base = resources.files("paperkg.extract").joinpath("data").joinpath("sample")
    out = []
    for name in SAMPLE_FILES:
        res = base.joinpath(name)
        if isinstance(res, Path):
            out.append(res)
        else:  # zipped install: extract to a temporary file that lives as long as the process
            out.append(_RESOURCE_FILES.enter_context(resources.as_file(res)))
    return out


_RESOURCE_FILES = contextlib.ExitStack()


# ---------------------------------------------------------------------------------------------
# Records passed from a format reader to the common checks


@dataclass
class _Rec:
    line: int
    abstract: Any
    title: Any = None
    id: Any = None
    year: Any = None
    venue: Any = None


@dataclass
class _Bad:
    line: int | None
    reason: str


class _Seen:
    """Ids and text digests seen so far, to drop exact duplicates across files."""

    def __init__(self) -> None:
        self.ids: dict[str, bytes] = {}
        self.texts: set[bytes] = set()


def _as_list(paths: PathArg | Iterable[PathArg]) -> list[PathArg]:
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    return list(paths)


def _iter_file(arg: PathArg, *, strict: bool, report: CorpusRead, seen: _Seen, max_chars: int) -> Iterator[Paper]:
    with _open_source(arg) as src:
        name = src.name

        def bad(line: int | None, reason: str) -> None:
            if strict:
                raise InputError(reason, name, line)
            report.skipped.append(Skip(name, line, reason))

        if src.blank is not None:
            report.formats[name] = "empty"
            bad(None, src.blank)
            return
        src.max_chars = max_chars
        fmt, reader = _choose_reader(src)
        report.formats[name] = fmt
        produced = False
        for item in reader:
            produced = True
            if isinstance(item, _Bad):
                bad(item.line, item.reason)
                continue
            paper = _to_paper(item, name, max_chars)
            if isinstance(paper, _Bad):
                bad(paper.line, paper.reason)
                continue
            dup = _duplicate(paper, seen)
            if dup is True:
                report.duplicates += 1
            elif dup:
                bad(item.line, dup)
            else:
                yield paper
        if not produced:
            bad(None, f"no papers found (read as {fmt})")


def _duplicate(paper: Paper, seen: _Seen) -> bool | str:
    """True for an exact duplicate, a reason string for an id reused with other text, else False."""
    digest = hashlib.sha1(_text_key(paper.title, paper.abstract).encode("utf-8")).digest()
    known = seen.ids.get(paper.id)
    if known is not None:
        if known == digest:
            return True
        return f"id {paper.id!r} was already read with a different title/abstract; kept the first"
    if digest in seen.texts:
        return True
    seen.ids[paper.id] = digest
    seen.texts.add(digest)
    return False


# ---------------------------------------------------------------------------------------------
# Opening: decompression, sniffing of binary data and encoding, a text stream that can be re-read
# from the start although the sample was already taken (stdin cannot seek)

_READ_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError, UnicodeDecodeError)

_COMPRESSED = (
    (b"\x1f\x8b", "gzip", lambda f: gzip.GzipFile(fileobj=f, mode="rb")),
    (b"BZh", "bzip2", lambda f: bz2.BZ2File(f, mode="rb")),
    (b"\xfd7zXZ\x00", "xz", lambda f: lzma.LZMAFile(f, mode="rb")),
)

_BINARY_MAGIC = (
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx); unzip it or export the abstracts as .txt/.jsonl/.csv"),
    (b"%PDF", "a PDF; extract the abstracts to .txt/.jsonl/.csv first"),
    (b"(\xb5/\xfd", "zstd-compressed; decompress it (zstd -d) or re-compress with gzip"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive; extract it first"),
    (b"Rar!", "a RAR archive; extract it first"),
    (b"PAR1", "a Parquet file; export the abstracts as .jsonl or .csv"),
    (b"SQLite format 3\x00", "an SQLite database; export the abstracts as .jsonl or .csv"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"\x7fELF", "an executable"),
)


class _Prefixed(io.RawIOBase):
    """A raw stream that first returns bytes already read (the sniffing sample), then the rest."""

    def __init__(self, prefix: bytes, rest: IO[bytes]):
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if len(self._prefix):
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


@dataclass
class _Source:
    name: str  # as shown in messages and Paper.source
    hint: str | None  # format suggested by the file name
    sample: str  # the first SAMPLE_BYTES, decoded, line breaks normalised to \n
    text: IO[str]  # the whole file from its start
    blank: str | None = None  # reason when the file is empty or whitespace-only
    max_chars: int = MAX_ABSTRACT_CHARS

    @property
    def max_line(self) -> int:
        """The longest line read (see _lines)."""
        return max(LINE_CHARS_PER_ABSTRACT_CHAR * self.max_chars, SAMPLE_BYTES)


@contextlib.contextmanager
def _open_source(arg: PathArg) -> Iterator[_Source]:
    name = STDIN_NAME if str(arg) == "-" else str(arg)
    with contextlib.ExitStack() as stack:
        raw = sys.stdin.buffer if str(arg) == "-" else stack.enter_context(_open_file(arg, name))
        label = None
        try:
            head = raw.read(6)
            stream: IO[bytes] = _Prefixed(head, raw)  # type: ignore[assignment]
            for magic, kind, opener in _COMPRESSED:
                if head.startswith(magic):
                    label = kind
                    stream = stack.enter_context(opener(io.BufferedReader(stream)))
                    break
            sample = _read_up_to(stream, SAMPLE_BYTES)
        except _READ_ERRORS as e:
            raise InputError(f"cannot read{' ' + label if label else ''} data: {_describe(e)}", name) from None
        encoding, text_sample = _sniff_bytes(sample, name, complete=len(sample) < SAMPLE_BYTES)
        hint = _hint(name)
        if not text_sample.strip():
            if len(sample) < SAMPLE_BYTES:
                yield _Source(name, hint, "", io.StringIO(), blank="empty file" if not sample else "file has only whitespace")
                return
        buffered = io.BufferedReader(_Prefixed(sample, stream), buffer_size=1 << 20)
        errors = "strict" if encoding == "utf-16" else "surrogateescape"
        text = io.TextIOWrapper(buffered, encoding=encoding, errors=errors, newline=None)
        # The wrapper must not close stdin; files and decompressors are closed by the ExitStack.
        stack.callback(text.detach)
        yield _Source(name, hint, text_sample, text)


def _read_up_to(stream: IO[bytes], size: int) -> bytes:
    """Read `size` bytes unless the stream ends first (raw streams may return less per call)."""
    parts, got = [], 0
    while got < size:
        data = stream.read(size - got)
        if not data:
            break
        parts.append(data)
        got += len(data)
    return b"".join(parts)


def _open_file(arg: PathArg, name: str) -> IO[bytes]:
    path = Path(arg)
    if path.is_dir():
        raise InputError("is a directory; pass the corpus files in it (e.g. dir/*.jsonl)", name)
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except OSError as e:
        raise InputError(f"cannot open: {e.strerror or e}", name) from None


def _describe(e: BaseException) -> str:
    if isinstance(e, EOFError):
        return f"the compressed data is truncated ({e}); the file is incomplete, download or compress it again"
    return f"{type(e).__name__}: {e}"


def _sniff_bytes(sample: bytes, name: str, *, complete: bool) -> tuple[str, str]:
    """Reject binary data; return the encoding to read with and the decoded sample."""
    for magic, what in _BINARY_MAGIC:
        if sample.startswith(magic):
            raise InputError(f"this is {what}, not a text corpus", name)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
        try:
            text = codecs.getincrementaldecoder("utf-16")("strict").decode(sample, final=complete)
        except UnicodeDecodeError as e:
            raise InputError(f"starts with a UTF-16 byte order mark but is not valid UTF-16 ({e.reason})", name) from None
    else:
        encoding = "utf-8-sig"
        nul = sample.find(b"\x00")
        if nul >= 0:
            raise InputError(
                f"binary data (a NUL byte at offset {nul}); a corpus must be UTF-8 text, JSON or CSV", name
            )
        text = codecs.getincrementaldecoder(encoding)("surrogateescape").decode(sample, final=complete)
    odd = sum(1 for c in text if _is_odd_char(c))
    # Floor the length so that one stray byte in a tiny file is a skipped record, not a binary file.
    if odd / max(len(text), 80) > _BINARY_RATIO or (encoding == "utf-16" and "\x00" in text):
        raise InputError(
            f"not UTF-8 text ({odd} of the first {len(text)} characters are undecodable bytes or control "
            "characters); if it is text in another encoding convert it, e.g. iconv -f latin1 -t utf-8",
            name,
        )
    return encoding, text.replace("\r\n", "\n").replace("\r", "\n")


def _is_odd_char(c: str) -> bool:
    o = ord(c)
    return (o < 32 and c not in "\t\n\r\f\v") or o == 127 or 0xD800 <= o <= 0xDFFF


_EXT_FORMATS = {
    ".jsonl": "json", ".ndjson": "json", ".jsonlines": "json", ".json": "json",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".txt": "text", ".text": "text", ".md": "text",
}  # fmt: skip


def _hint(name: str) -> str | None:
    suffixes = [s.lower() for s in Path(name).suffixes]
    while suffixes and suffixes[-1] in (".gz", ".gzip", ".bz2", ".xz"):
        suffixes.pop()
    return _EXT_FORMATS.get(suffixes[-1]) if suffixes else None


def _lines(src: _Source) -> Iterator[tuple[int, str | None]]:
    """(line number, line without its line break); read errors become InputError naming the file.

    A line longer than src.max_line comes as (n, None): it is read in bounded pieces and dropped, never held
    whole (a 1 GB line would otherwise be read into memory before any size check). Readers report it.
    """
    n = 0
    limit = src.max_line
    try:
        while True:
            line = src.text.readline(limit + 1)
            if not line:
                return
            n += 1
            if len(line) > limit and not line.endswith("\n"):
                while line and not line.endswith("\n"):  # drop the rest of the line, piece by piece
                    line = src.text.readline(1 << 20)
                yield n, None
                continue
            yield n, line[:-1] if line.endswith("\n") else line
    except _READ_ERRORS as e:
        raise InputError(f"cannot read past line {n}: {_describe(e)}", src.name) from None


def _oversized(line: int, limit: int) -> _Bad:
    return _Bad(line, f"a line of more than {limit:,} characters, more than the limit for any record (an abstract "
                      f"has at most the limit of {limit // LINE_CHARS_PER_ABSTRACT_CHAR:,} characters, max_chars); "
                      "skipped without reading it whole")


def _read_rest(src: _Source) -> str:
    try:
        text = src.text.read(MAX_WHOLE_JSON_CHARS + 1)
    except _READ_ERRORS as e:
        raise InputError(f"cannot read: {_describe(e)}", src.name) from None
    if len(text) > MAX_WHOLE_JSON_CHARS:
        raise InputError(
            f"JSON that is not one record a line and more than {MAX_WHOLE_JSON_CHARS:,} characters is too large "
            "to parse whole; convert it to JSON Lines, one object a line (e.g. jq -c '.[]')",
            src.name,
        )
    return text


# ---------------------------------------------------------------------------------------------
# Choosing a reader


def _choose_reader(src: _Source) -> tuple[str, Iterator[_Rec | _Bad]]:
    first = src.sample.lstrip("\ufeff \t\n\f\v")[:1]
    kind = src.hint
    if kind is None:
        if first in ("[", "{"):
            kind = "json"
        elif first == "<":
            raise InputError("looks like HTML or XML, which paperkg does not read; save the page as plain text", src.name)
        elif _csv_delimiter(src.sample) is not None:
            kind = "csv"
        else:
            kind = "text"
    if kind == "json":
        if first == "[":
            return "json-array", _read_json_whole(src, _read_rest(src))
        return "jsonl", _read_jsonl(src)
    if kind in ("csv", "tsv"):
        delimiter = _csv_delimiter(src.sample) or ("\t" if kind == "tsv" else ",")
        return ("tsv" if delimiter == "\t" else "csv"), _read_csv(src, delimiter)
    if _looks_like_lines(src.sample):
        return "text-lines", _read_text_lines(_lines(src), src.max_line)
    return "text-blocks", _read_text_blocks(_lines(src), src.max_line)


# ---------------------------------------------------------------------------------------------
# JSON


def _read_jsonl(src: _Source) -> Iterator[_Rec | _Bad]:
    first = True
    for n, line in _lines(src):
        if line is None:
            first = False
            yield _oversized(n, src.max_line)
            continue
        s = line.strip().lstrip("\ufeff")
        if not s:
            continue
        was_first, first = first, False
        item = _jsonl_line(n, line, s)
        if isinstance(item, _Bad) and was_first and s.startswith("{"):
            # Perhaps a pretty-printed object (or several) rather than JSON Lines: parse the whole file.
            whole = "\n" * (n - 1) + line + "\n" + _read_rest(src)
            records = _read_json_whole(src, whole)
            head = next(records, None)
            if not isinstance(head, _Bad):
                if head is not None:
                    yield head
                yield from records
                return
            # Not that either: JSON Lines whose first line is malformed. Lose that line only.
            yield item
            for m, rest in enumerate(whole.split("\n")[n:], n + 1):
                r = rest.strip()
                if r:
                    yield _oversized(m, src.max_line) if len(rest) > src.max_line else _jsonl_line(m, rest, r)
            return
        yield item


def _jsonl_line(n: int, line: str, stripped: str) -> _Rec | _Bad:
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError) as e:
        return _Bad(n, _json_error(line, e))
    return _json_record(value, n)


def _read_json_whole(src: _Source, text: str) -> Iterator[_Rec | _Bad]:
    """A JSON array of records, or records one after another (pretty-printed); reports each one's line."""
    decoder = json.JSONDecoder()
    text = text.lstrip("\ufeff")
    pos, line_at, line = 0, 0, 1

    def skip_ws(i: int) -> int:
        while i < len(text) and text[i] in " \t\n\r":
            i += 1
        return i

    def line_of(i: int) -> int:
        nonlocal line_at, line
        line += text.count("\n", line_at, i)
        line_at = i
        return line

    pos = skip_ws(pos)
    in_array = text.startswith("[", pos)
    if in_array:
        pos = skip_ws(pos + 1)
        if text.startswith("]", pos):
            pos = skip_ws(pos + 1)
            in_array = False
    while pos < len(text):
        start_line = line_of(pos)
        try:
            value, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as e:
            yield _Bad(getattr(e, "lineno", start_line), _json_error(None, e) + "; the rest of the file is skipped")
            return
        yield _json_record(value, start_line)
        pos = skip_ws(pos)
        if in_array:
            if text.startswith(",", pos):
                pos = skip_ws(pos + 1)
            elif text.startswith("]", pos):
                pos = skip_ws(pos + 1)
                in_array = False
                if pos < len(text):
                    yield _Bad(line_of(pos), "text after the end of the JSON array; it is skipped")
                return
            else:
                yield _Bad(line_of(pos), "malformed JSON array: expected ',' or ']'; the rest of the file is skipped")
                return
    if in_array:
        yield _Bad(line_of(pos), "the JSON array is not closed with ']' (is the file truncated?)")


def _json_error(line: str | None, e: Exception) -> str:
    """Why a JSON text did not parse; `line` is the JSON Lines line (None for a whole file)."""
    bad = _bad_char(line) if line is not None else None
    if bad:
        return bad
    if isinstance(e, json.JSONDecodeError) and e.pos < len(e.doc):
        bad = _bad_char(e.doc[e.pos], column=e.colno)
        if bad:
            return bad
    if isinstance(e, RecursionError):
        return "malformed JSON: nested too deeply"
    if isinstance(e, json.JSONDecodeError):
        return f"malformed JSON: {e.msg} (column {e.colno})"
    return f"malformed JSON: {e}"


def _json_record(value: Any, line: int) -> _Rec | _Bad:
    if not isinstance(value, dict):
        return _Bad(line, f"a JSON {type(value).__name__}, not an object with an 'abstract' field")
    d = {str(k).lower(): v for k, v in value.items()}
    if "abstract" not in d:
        return _Bad(line, f"no 'abstract' field (fields: {', '.join(sorted(d)) or 'none'})")
    return _Rec(line, d["abstract"], d.get("title"), d.get("id"), d.get("year"), d.get("venue"))


# ---------------------------------------------------------------------------------------------
# CSV

# Long abstracts get a reasoned skip, not csv.Error; a field (a quoted one may span lines) is never held past this.
_CSV_FIELD_LIMIT = 16 * 2**20
csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))


def _csv_delimiter(sample: str) -> str | None:
    """The delimiter whose header row names an `abstract` column, if any."""
    header = next((ln for ln in sample.split("\n") if ln.strip()), "")
    for delimiter in (",", "\t", ";", "|"):
        try:
            row = next(csv.reader([header], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        if len(row) > 1 and "abstract" in _columns(row):
            return delimiter
    return None


def _columns(header: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, name in enumerate(header):
        cols.setdefault(name.strip().lstrip("\ufeff").strip().lower(), i)
    return cols


def _csv_rows(src: _Source, delimiter: str) -> Iterator[tuple[int, list[str]] | _Bad]:
    """(first line, row) for each CSV row; a malformed row is a _Bad and the lines after its first are read again.

    The dialect is strict, so an unbalanced quote is an error rather than a field that silently swallows the
    rows after it; re-reading from the line after the bad row's first loses only that row, and says so.
    """
    source: Iterator[tuple[int, str | None]] = iter(_lines(src))
    row_lines: list[tuple[int, str | None]] = []

    def feed(items):
        for n, line in items:
            row_lines.append((n, line))
            yield "\n" if line is None else line + "\n"

    reader = csv.reader(feed(source), delimiter=delimiter, strict=True)
    while True:
        row_lines.clear()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            if not row_lines:
                return
            start = row_lines[0][0]
            if "field limit" in str(e):
                yield _Bad(start, f"a CSV field of more than {_CSV_FIELD_LIMIT:,} characters (an unclosed quote?)")
                replay = []
            else:
                yield _Bad(start, f"malformed CSV row ({e}; an unbalanced quote?); the lines after it are read again")
                replay = row_lines[1:]
            reader = csv.reader(feed(itertools.chain(list(replay), source)), delimiter=delimiter, strict=True)
            continue
        if not row_lines:
            continue
        too_long = next((n for n, line in row_lines if line is None), None)
        if too_long is not None:
            yield _oversized(too_long, src.max_line)
            continue
        yield row_lines[0][0], row


def _read_csv(src: _Source, delimiter: str) -> Iterator[_Rec | _Bad]:
    rows = _csv_rows(src, delimiter)
    header: list[str] = []
    header_line = 0
    while not any(cell.strip() for cell in header):
        item = next(rows, None)
        if item is None:
            return
        if isinstance(item, _Bad):
            raise InputError(f"malformed CSV header: {item.reason}", src.name, item.line)
        header_line, header = item
    cols = _columns(header)
    if "abstract" not in cols:
        found = ", ".join(repr(c) for c in cols if c) or "none"
        raise InputError(
            f"no 'abstract' column in the CSV header (columns: {found}); name the abstract column 'abstract'",
            src.name,
            header_line,
        )
    for item in rows:
        if isinstance(item, _Bad):
            yield item
            continue
        start, row = item
        if not any(cell.strip() for cell in row):
            continue
        if cols["abstract"] >= len(row):
            yield _Bad(start, f"row has {len(row)} fields, the header {len(header)}; no abstract")
            continue

        def cell(col: str) -> str | None:
            i = cols.get(col)
            return row[i] if i is not None and i < len(row) else None

        yield _Rec(start, row[cols["abstract"]], cell("title"), cell("id"), cell("year"), cell("venue"))


# ---------------------------------------------------------------------------------------------
# Plain text

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_FURNITURE_RE = re.compile(
    rf"""^(?:
        (?:published|submitted)\s+on\s+.{{0,40}}            # "Published on Mar 14"
      | submitted\s+by(?:\s+.{{1,80}})?                     # "Submitted by AK"
      | authors?\s*:.*                                    # "Authors: A. One, B. Two"
      | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?  # "Mar 14", "Mar 14, 2024"
      | \d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?                 # "14 Mar 2024"
      | \d{{4}}-\d{{2}}-\d{{2}}                               # "2024-03-14"
      | \d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago
      | [▲△↑^·•]?\s*[\d.,]+\s*k?\s*(?:upvotes?|likes?|comments?|authors?|stars?)?   # upvote counts
      | (?:upvotes?|likes?|comments?)\s*[\d.,]*\s*k?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_FURNITURE = frozenset(
    s.lower()
    for s in (
        "New", "Subscribe", "Get trending papers in your email inbox!", "byAK and the research community",
        "Daily Papers", "Trending Papers", "Trending", "Papers", "Paper page", "View arXiv page", "View PDF",
        "Add to collection", "Community", "Abstract", "Authors", "Authors:", "Code", "GitHub", "arXiv",
        "Models citing this paper", "Datasets citing this paper", "Spaces citing this paper",
        "Collections including this paper", "Sign up", "Log In", "Login", "Load more", "Previous", "Next",
        "Search", "Semantic search", "Hugging Face", "Upvote", "Upvoted", "Follow", "Share", "Join the community",
        "Get this paper in your agent:", "Paper", "Papers with Code", "Project page", "Demo",
    )
)  # fmt: skip
_SENTENCE_INSIDE = re.compile(r"(\w+)\.\s+[A-Z]")
_ABBREVIATIONS = frozenset({"vs", "al", "cf", "e.g", "i.e", "etc", "fig", "eq", "no", "dr", "mr", "ms", "st", "jr", "inc"})


_NAME = r"(?:[A-Z][\w'.-]*|[a-z]{1,3})"  # "Smith", "J.", "van", "de"


def _is_furniture(s: str) -> bool:
    """Hugging Face Papers page text and other lines with no letters: never a title or an abstract."""
    if not any(c.isalpha() for c in s):
        return True
    if len(s) <= 120 and (s.lower() in _FURNITURE or _FURNITURE_RE.match(s) is not None):
        return True
    return _is_author_list(s)


def _is_author_list(s: str) -> bool:
    """ "Alice Smith, Bob J. Jones, Carol van White": three or more short capitalised names, no final period."""
    if len(s) > 2000 or s.endswith(".") or s.count(",") < 1:
        return False
    items = [i.strip() for i in re.split(r",|\band\b", s) if i.strip()]
    if len(items) < 3:
        return False
    return all(re.fullmatch(rf"{_NAME}(?:\s+{_NAME}){{1,3}}", i) and i[0].isupper() for i in items)


def _title_like(s: str) -> bool:
    """A short line without a final period and with no sentence break inside."""
    if len(s) > _TITLE_MAX or s[-1] in ".,;:":
        return False
    # "A. B" inside is a sentence break unless the word before is an abbreviation ("vs. GPT-4").
    return all(m.group(1).lower() in _ABBREVIATIONS or len(m.group(1)) == 1 for m in _SENTENCE_INSIDE.finditer(s))


def _looks_like_lines(sample: str) -> bool:
    """One abstract a line: no blank line between content lines, and not a hard-wrapped paragraph."""
    content = sample.strip("\n \t").split("\n")
    if any(not ln.strip() for ln in content):
        return False
    if len(content) >= 2 and max(len(ln) for ln in content) <= 120:
        ended = sum(1 for ln in content if ln.rstrip()[-1:] in ".!?")
        if ended * 2 < len(content):  # most lines stop mid-sentence: one wrapped paragraph
            return False
    return True


def _text_abstract(line: int, text: str, title: str | None = None) -> _Rec | _Bad:
    words = len(text.split())
    if words < _MIN_TEXT_WORDS:
        return _Bad(line, f"a line of {words} word(s) is too short for an abstract; dropped")
    return _Rec(line, text, title)


def _read_text_lines(lines: Iterable[tuple[int, str | None]], max_line: int = 0) -> Iterator[_Rec | _Bad]:
    """Each line is an abstract; a title-like line right before an abstract line is its title."""
    pending: tuple[int, str] | None = None
    for n, raw in lines:
        if raw is None:
            yield _oversized(n, max_line)
            continue
        s = raw.strip().lstrip("\ufeff").strip()
        if not s or _is_furniture(s):
            continue
        if _title_like(s):
            if pending:
                yield _text_abstract(*pending)
            pending = (n, s)
        elif pending:
            yield _text_abstract(pending[0], s, pending[1])
            pending = None
        else:
            yield _text_abstract(n, s)
    if pending:
        yield _text_abstract(*pending)


def _read_text_blocks(lines: Iterable[tuple[int, str | None]], max_line: int) -> Iterator[_Rec | _Bad]:
    """Blocks separated by blank lines; a title may be a block's first line or a one-line block before it.

    A block is bounded like a line: a wrapped paragraph longer than max_line is skipped, not gathered whole.
    """
    pending: list[tuple[int, str] | None] = [None]  # a title-like one-line block waiting for its abstract
    block: list[tuple[int, str]] = []
    size = 0
    skipping = False  # inside an oversized paragraph: drop lines up to the next blank line
    for n, raw in lines:
        if raw is None:
            yield from _flush_block(block, pending)
            block, size = [], 0
            yield _oversized(n, max_line)
            continue
        s = raw.strip().lstrip("\ufeff").strip()
        if not s:
            yield from _flush_block(block, pending)
            block, size, skipping = [], 0, False
        elif skipping:
            continue
        elif not _is_furniture(s):
            block.append((n, s))
            size += len(s) + 1
            if size > max_line:
                if all(len(t) <= _WRAP_MAX for _, t in block):
                    yield _Bad(block[0][0], f"a paragraph of more than {max_line:,} characters, too long for any "
                                            "record within the limits; skipped up to the next blank line")
                    skipping = True
                else:  # several long lines, one abstract each: hand over what we have
                    yield from _flush_block(block, pending)
                block, size = [], 0
    yield from _flush_block(block, pending)
    if pending[0]:
        yield _orphan_title(pending[0])


def _orphan_title(item: tuple[int, str]) -> _Bad:
    return _Bad(item[0], f"short line {item[1][:60]!r} has no abstract after it; dropped as a title or page text")


def _flush_block(block: list[tuple[int, str]], pending: list[tuple[int, str] | None]) -> Iterator[_Rec | _Bad]:
    if not block:
        return
    title: tuple[int, str] | None = None
    body = block
    if len(block) >= 2 and _title_like(block[0][1]) and not block[1][1][0].islower():
        title, body = block[0], block[1:]
    elif len(block) == 1 and _title_like(block[0][1]):
        if pending[0]:
            yield _orphan_title(pending[0])
        pending[0] = block[0]
        return
    if title is None:
        title = pending[0]
    elif pending[0]:
        yield _orphan_title(pending[0])
    pending[0] = None
    if any(len(s) > _WRAP_MAX for _, s in body[:-1]):
        # Not a hard-wrapped paragraph but several long lines: one abstract each.
        first = True
        for item in _read_text_lines(body):
            if first and title and isinstance(item, _Rec) and item.title is None:
                item.title, item.line = title[1], title[0]
            first = False
            yield item
        return
    start = title[0] if title else body[0][0]
    yield _text_abstract(start, " ".join(s for _, s in body), title[1] if title else None)


# ---------------------------------------------------------------------------------------------
# From a raw record to a Paper

_LINE_BREAK_RUN = re.compile(r"[ \t\f\v]*[\r\n]\s*")
_UNKEEPABLE = re.compile("[\x00\ud800-\udfff]")


def _clean(text: str) -> str:
    if "\n" in text or "\r" in text:  # the regex is slow; most abstracts have no line break
        text = _LINE_BREAK_RUN.sub(" ", text)
    return text.strip()


def _bad_char(text: str, column: int | None = None, where: str = "column") -> str | None:
    """Why `text` cannot be kept (undecodable bytes, a lone surrogate, NUL), or None.

    `column` overrides the reported position (for a character taken out of a longer text);
    `where` names what the position counts ("column" of the line, "character N of the abstract").
    """
    if text.isascii() and "\x00" not in text:  # most texts; the regex scan was a sixth of reading a corpus
        return None
    m = _UNKEEPABLE.search(text)
    if m is None:
        return None
    o, col = ord(m.group()), column if column is not None else m.start() + 1
    at = where.format(col) if "{}" in where else f"{where} {col}"
    if o == 0:
        return f"a NUL character at {at}"
    if 0xDC80 <= o <= 0xDCFF:  # an undecodable byte kept by the surrogateescape handler
        return (
            f"invalid UTF-8 (byte 0x{o - 0xDC00:02X} at {at}); the file may be in another "
            "encoding, convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)"
        )
    return f"a lone surrogate \\u{o:04x} at {at} cannot be written as UTF-8"


def _to_paper(rec: _Rec, name: str, max_chars: int) -> Paper | _Bad:
    if rec.abstract is None or not isinstance(rec.abstract, str):
        what = "empty" if rec.abstract is None else f"a {type(rec.abstract).__name__}, not text"
        return _Bad(rec.line, f"the abstract is {what}")
    abstract = _clean(rec.abstract)
    if not abstract:
        return _Bad(rec.line, "the abstract is empty")
    if len(abstract) > max_chars:
        return _Bad(
            rec.line,
            f"the abstract has {len(abstract):,} characters, more than the limit of {max_chars:,} "
            "(max_chars); is it a whole paper?",
        )
    for label, value, limit in (("title", rec.title, MAX_TITLE_CHARS), ("id", rec.id, MAX_ID_CHARS),
                                ("venue", rec.venue, MAX_ID_CHARS)):
        if isinstance(value, str) and len(value) > limit:
            return _Bad(rec.line, f"the {label} has {len(value):,} characters, more than the limit of {limit:,}; "
                                  f"is the record's {label} field holding something else?")
    title = _text_field(rec.title)
    if title is not None:
        title = " ".join(title.split()) or None
    venue = (_text_field(rec.venue) or "").strip() or None
    own_id = (_text_field(rec.id) or "").strip() or None
    for label, value in (("abstract", abstract), ("title", title), ("id", own_id), ("venue", venue)):
        problem = _bad_char(value, where=f"character {{}} of the {label}") if value else None
        if problem:
            return _Bad(rec.line, problem)
    return Paper(
        id=own_id or text_id(title, abstract),
        title=title,
        abstract=abstract,
        year=_year(rec.year),
        venue=venue,
        source=f"{name}:{rec.line}",
    )


def _text_field(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _year(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1000 <= value <= 2999 else None
    if isinstance(value, float) and value.is_integer():
        return _year(int(value))
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})(?:\D|$)", value)
        return _year(int(m.group(1))) if m else None
    return None


def _text_key(title: str | None, abstract: str) -> str:
    return _words(title or "").lower() + "\n" + _words(abstract).lower()


def _words(text: str) -> str:
    """The words of a text with one space between them. An ASCII text with no control character, no double
    space and nothing to strip is that already (most abstracts: splitting them was a fifth of reading)."""
    if text.isascii() and text.isprintable() and "  " not in text and text == text.strip():
        return text
    return " ".join(text.split())


def text_id(title: str | None, abstract: str) -> str:
    """The id of a paper that has none of its own: `h:` + 16 hex digits of the sha1 of its normalised text."""
    return "h:" + hashlib.sha1(_text_key(title, abstract).encode("utf-8")).hexdigest()[:16]
