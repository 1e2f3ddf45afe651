"""What `extract run` reads: files, directories, globs, JSON Lines and stdin.

Every input becomes a stream of `Item`s in a deterministic order. A `.txt`
file is read later, by the worker that processes it (reading is spread over
the workers too); a JSON Lines record carries its text with it.
"""

from __future__ import annotations

import glob
import hashlib
import itertools
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

import regex

from ..analysis import parse_iso_date
from ..reading import InputError
from .progress import Size

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIX = ".txt"  # in any case: `A.TXT` is an article too
STDIN = "-"
_MAX_ID_LENGTH = 120
# File names hold at most 255 bytes. A doc_id is written as `<doc_id>.json`,
# `.<doc_id>.json.XXXXXXXX.tmp` while it is written, and may get `-<hash>-N`:
# 160 bytes of UTF-8 (40 to 160 characters) leave room for all of them.
_MAX_ID_BYTES = 160
# Anything but letters, digits, `_`, `-` and `.` is replaced in file names.
_UNSAFE = regex.compile(r"[^\p{L}\p{N}_.\-]+")
# Names a doc_id may not take (compared case-insensitively, before any `.`):
# Windows devices, which no file there may be called, and `report`, whose
# `report.html` (extract report) would be the article view of `--html`.
_RESERVED = frozenset({"con", "prn", "aux", "nul", "report",
                       *(f"{device}{n}" for device in ("com", "lpt") for n in range(1, 10))})


@dataclass(frozen=True)
class Item:
    """One article to process; `path` or `text` is set, never both.

    `error` marks an input that is already known to be unusable (a JSON Lines
    line that is not a record): it is reported, never processed. `key` says
    where the article is however its input was spelled (`a.jsonl:3` for
    `./a.jsonl` and `/data/a.jsonl` alike): a repeated doc_id's suffix is
    made from it, so --resume finds the same names.
    """

    doc_id: str
    source: str
    path: str | None = None
    text: str | None = None
    date: str | None = None
    location: str | None = None  # a JSON Lines record's `location`; else the run's --location
    error: str | None = None
    size: int = 0  # bytes of input it comes from, for the progress display
    key: str = ""


@dataclass(frozen=True)
class RecordFields:
    """The names of a JSON Lines record's fields (`--id-field`, `--text-field`)."""

    doc_id: str = "doc_id"
    text: str = "text"
    date: str = "date"
    location: str = "location"  # the province of an article that names none (spec v1.4)


def iter_items(specs: Iterable[str], stdin: TextIO | None = None,
               fields: RecordFields = RecordFields()) -> Iterator[Item]:
    """The articles named by `specs`, with unique, file-name-safe doc_ids.

    Raises InputError (before yielding anything for it) when a spec names
    nothing: a missing file, a glob without matches, a directory without
    `.txt` files.

    >>> import io
    >>> [(i.doc_id, i.text) for i in iter_items(["-"], io.StringIO("Xuất khẩu tăng 5%."))]
    [('stdin', 'Xuất khẩu tăng 5%.')]
    """
    ids = DocIds()
    for raw in _raw_items(specs, stdin or sys.stdin, fields):
        yield replace(raw, doc_id=ids.assign(raw.doc_id, raw.key or raw.source))


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in JSONL_SUFFIXES


def _raw_items(specs: Iterable[str], stdin: TextIO, fields: RecordFields) -> Iterator[Item]:
    for spec in specs:
        if spec == STDIN:
            yield from _stdin_items(stdin, fields)
            continue
        for path, key in _expand(spec):
            if is_jsonl(path):
                # Lines end at `\n` only: a raw CR inside a record is the record's
                # problem, not a line break that shifts every later line number.
                with open(path, encoding="utf-8", errors="surrogateescape", newline="\n") as stream:
                    yield from jsonl_items(stream, str(path), fields, key)
            else:
                yield Item(doc_id=path.stem, source=str(path), path=str(path), size=_file_size(path), key=key)


def _expand(spec: str) -> list[tuple[Path, str]]:
    """The files of one spec (a file, a directory searched for `.txt` files, a
    glob), each with its path from the spec's own directory (how it is named
    whichever way the spec is spelled).

    >>> [(str(path), key) for path, key in _expand("corpus/articles/./d01_nghe_an.txt")]
    [('corpus/articles/d01_nghe_an.txt', 'd01_nghe_an.txt')]
    """
    path = Path(spec)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.suffix.lower() == TEXT_SUFFIX and p.is_file())
        if not found:
            raise InputError(f"{spec}: no .txt file in this directory or below")
        return [(p, key_of(spec, p)) for p in found]
    if path.exists():
        return [(path, key_of(spec, path))]
    if glob.has_magic(spec):
        matches = sorted(Path(m) for m in glob.glob(spec, recursive=True))
        files = [(m, key_of(spec, m)) for m in matches if m.is_file()]
        if files:
            return files
        raise InputError(f"{spec}: the pattern matches no file")
    raise InputError(f"{spec}: no such file or directory")


def key_of(spec: str, path: Path) -> str:
    """Where a file found through `spec` is, however the spec is spelled: its
    path from the spec's directory, or from a glob's fixed part (see Item.key).

    >>> key_of("./corpus/articles", Path("corpus/articles/d01_nghe_an.txt"))
    'd01_nghe_an.txt'
    >>> key_of("corpus/**/*.txt", Path("corpus/articles/d01_nghe_an.txt"))
    'articles/d01_nghe_an.txt'
    """
    base = Path(spec)
    if base.is_dir():
        return path.relative_to(base).as_posix()
    if base.exists():
        return path.name
    return path.relative_to(Path(*itertools.takewhile(lambda part: not glob.has_magic(part), base.parts))).as_posix()


def measure_inputs(specs: Iterable[str]) -> Size:
    """How many articles and bytes `iter_items(specs)` will give (unknown when stdin is read).

    Raises the same InputError as `iter_items`, before any work starts.
    """
    articles: int | None = 0
    size: int | None = 0
    for spec in specs:
        if spec == STDIN:
            articles = size = None
            continue
        for path, _ in _expand(spec):
            count, length = _measure_lines(path) if is_jsonl(path) else (1, _file_size(path))
            articles = None if articles is None else articles + count
            size = None if size is None else size + length
    return Size(articles, size)


def _measure_lines(path: Path) -> tuple[int, int]:
    """Non-blank lines of a JSON Lines file, and their bytes."""
    count = size = 0
    with open(path, "rb") as stream:
        for line in stream:
            if line.strip():
                count, size = count + 1, size + len(line)
    return count, size


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when the worker reads it


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _stdin_items(stdin: TextIO, fields: RecordFields) -> Iterator[Item]:
    """Standard input: JSON Lines when its first non-blank line starts with
    `{` (after a byte-order mark), else one article.

    >>> import io
    >>> [i.doc_id for i in _stdin_items(io.StringIO('\\n{"doc_id": "a", "text": "Tăng 5%."}\\n'), RecordFields())]
    ['a']
    """
    opening = []
    while (line := stdin.readline()) and not line.strip("\ufeff \t\r\n"):
        opening.append(line)
    opening.append(line)
    if line.lstrip("\ufeff \t\r").startswith("{"):
        yield from jsonl_items(_chain(opening, stdin), "<stdin>", fields)
    else:
        text = "".join(opening) + stdin.read()
        yield Item(doc_id="stdin", source="<stdin>", text=text, size=_utf8_size(text))


def _chain(opening: list[str], rest: TextIO) -> Iterator[str]:
    yield from opening
    yield from rest


def jsonl_items(lines: Iterable[str], name: str, fields: RecordFields = RecordFields(),
                key: str | None = None) -> Iterator[Item]:
    """One Item per non-blank line `{"doc_id", "text", "date"?}` (field names as
    `fields` says) of the input `name` (its `key`, see Item, is `name` unless given).

    A doc_id that is a number is taken as written; a record without one is
    named after its line (`<archive>-line<N>`). A line that is not such a
    record becomes an Item with `error` set, so the batch reports it and
    goes on.

    >>> items = jsonl_items(['{"doc_id": 7, "text": "Xuất khẩu tăng."}', 'oops', '{"text": "Nhập khẩu giảm."}'],
    ...                     "x.jsonl")
    >>> [(item.doc_id, item.text or item.error) for item in items]
    [('7', 'Xuất khẩu tăng.'), ('x-line2', 'not a JSON object: Expecting value at column 1'), ('x-line3', 'Nhập khẩu giảm.')]

    A byte-order mark opening the first line is dropped; a record that is
    bad but names its doc_id is reported under that doc_id.

    >>> lines = ['\\ufeff{"doc_id": "a", "text": "Xuất khẩu tăng."}', '{"doc_id": "c"}']
    >>> [(item.doc_id, item.text or item.error) for item in jsonl_items(lines, "x.jsonl")]
    [('a', 'Xuất khẩu tăng.'), ('c', "field 'text' missing or not a non-empty string")]
    """
    for number, line in enumerate(lines, start=1):
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        source, by_line, size = f"{name}:{number}", f"{Path(name).stem}-line{number}", _utf8_size(line)
        where = f"{key or name}:{number}"
        try:
            record = _parse_record(line, fields)
        except ValueError as error:
            yield Item(doc_id=_named_doc_id(line, fields) or by_line, source=source, error=str(error), size=size,
                       key=where)
            continue
        yield Item(doc_id=record.get(fields.doc_id) or by_line, source=source, text=record[fields.text],
                   date=record.get(fields.date), location=record.get(fields.location), size=size, key=where)


def _named_doc_id(line: str, fields: RecordFields) -> str | None:
    """The doc_id a bad record gives, if it is a JSON object with a doc_id
    (raw control characters, which make a record bad, allowed here)."""
    try:
        record = json.loads(line, strict=False)
    except json.JSONDecodeError:
        return None
    doc_id = record.get(fields.doc_id) if isinstance(record, dict) else None
    if isinstance(doc_id, (int, float)) and not isinstance(doc_id, bool):
        return str(doc_id)
    return doc_id if isinstance(doc_id, str) and doc_id else None


def _parse_record(line: str, fields: RecordFields) -> dict:
    """The record of one line, its doc_id a string (or missing), its text checked."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not a JSON object: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    doc_id = record.get(fields.doc_id)
    if isinstance(doc_id, (int, float)) and not isinstance(doc_id, bool):
        record[fields.doc_id] = str(doc_id)
    elif doc_id is not None and not isinstance(doc_id, str):
        raise ValueError(f"field {fields.doc_id!r} is {json.dumps(doc_id)}, not a string or a number")
    if not isinstance(record.get(fields.text), str) or not record[fields.text]:
        raise ValueError(f"field {fields.text!r} missing or not a non-empty string")
    date = record.get(fields.date)
    if date is not None:
        try:
            parse_iso_date(date if isinstance(date, str) else json.dumps(date))
        except ValueError as error:
            raise ValueError(f"field {fields.date!r}: {error}") from None
    location = record.get(fields.location)
    if location is not None and (not isinstance(location, str) or not location.strip()):
        raise ValueError(f"field {fields.location!r} is {json.dumps(location, ensure_ascii=False)}, "
                         "not the name of a province")
    return record


def sanitize_doc_id(raw: str) -> str:
    """A file-name-safe form of `raw`: no separators, no leading dot, no
    reserved name, at most 120 characters and 160 bytes.

    >>> sanitize_doc_id("../../etc/passwd")
    'etc_passwd'
    >>> sanitize_doc_id("Bình Dương/tháng 5")
    'Bình_Dương_tháng_5'
    >>> sanitize_doc_id("CON"), sanitize_doc_id("report"), len(sanitize_doc_id("ữ" * 90).encode())
    ('CON_', 'report_', 159)
    """
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", raw)).strip("._-")[:_MAX_ID_LENGTH]
    cleaned = cleaned.encode("utf-8")[:_MAX_ID_BYTES].decode("utf-8", "ignore").rstrip("._-")
    if cleaned.split(".")[0].casefold() in _RESERVED:
        cleaned += "_"
    return cleaned or "doc"


class DocIds:
    """Hands out unique, safe doc_ids in input order.

    An id that had to be changed gets a suffix from a hash of the original,
    so `a/b` and `a_b` stay apart; an id already taken (compared
    case-insensitively, for case-insensitive file systems) gets a suffix
    from a hash of where it is (`Item.key`), then a counter. The same input in the same
    order always gives the same ids.

    >>> ids = DocIds()
    >>> [ids.assign(raw, src) for raw, src in [("a", "x:1"), ("a/b", "x:2"), ("a_b", "x:3"), ("A", "x:4")]]
    ['a', 'a_b-3ec69c85', 'a_b', 'A-5c6dd7d6']
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def assign(self, raw: str, key: str) -> str:
        safe = sanitize_doc_id(raw)
        candidate = safe if safe == raw else f"{safe}-{_short_hash(raw)}"
        if candidate.casefold() in self._taken:
            candidate = f"{safe}-{_short_hash(key)}"
        unique, counter = candidate, 1
        while unique.casefold() in self._taken:
            counter += 1
            unique = f"{candidate}-{counter}"
        self._taken.add(unique.casefold())
        return unique


def _short_hash(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:8]
