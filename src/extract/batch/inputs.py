"""What `extract run` reads: files, directories, globs, JSON Lines and stdin.

Every input becomes a stream of `Item`s in a deterministic order. A `.txt`
file is read later, by the worker that processes it (reading is spread over
the workers too); a JSON Lines record carries its text with it.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import regex

from ..reading import InputError

JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"
_MAX_ID_LENGTH = 120
# Anything but letters, digits, `_`, `-` and `.` is replaced in file names.
_UNSAFE = regex.compile(r"[^\p{L}\p{N}_.\-]+")


@dataclass(frozen=True)
class Item:
    """One article to process; `path` or `text` is set, never both.

    `error` marks an input that is already known to be unusable (a JSON Lines
    line that is not a record): it is reported, never processed.
    """

    doc_id: str
    source: str
    path: str | None = None
    text: str | None = None
    date: str | None = None
    error: str | None = None


def iter_items(specs: Iterable[str], stdin: TextIO | None = None) -> Iterator[Item]:
    """The articles named by `specs`, with unique, file-name-safe doc_ids.

    Raises InputError (before yielding anything for it) when a spec names
    nothing: a missing file, or a glob without matches.

    >>> import io
    >>> [(i.doc_id, i.text) for i in iter_items(["-"], io.StringIO("Xuất khẩu tăng 5%."))]
    [('stdin', 'Xuất khẩu tăng 5%.')]
    """
    ids = DocIds()
    for raw in _raw_items(specs, stdin or sys.stdin):
        yield Item(ids.assign(raw.doc_id, raw.source), raw.source, raw.path, raw.text, raw.date, raw.error)


def _raw_items(specs: Iterable[str], stdin: TextIO) -> Iterator[Item]:
    for spec in specs:
        if spec == STDIN:
            yield from _stdin_items(stdin)
            continue
        for path in _expand(spec):
            if path.suffix.lower() in JSONL_SUFFIXES:
                with open(path, encoding="utf-8", errors="surrogateescape", newline="") as stream:
                    yield from jsonl_items(stream, str(path))
            else:
                yield Item(doc_id=path.stem, source=str(path), path=str(path))


def _expand(spec: str) -> list[Path]:
    """The files of one spec: a file, a directory (`*.txt`, recursive) or a glob."""
    path = Path(spec)
    if path.is_dir():
        return sorted(p for p in path.rglob("*.txt") if p.is_file())
    if path.exists():
        return [path]
    if glob.has_magic(spec):
        matches = sorted(Path(m) for m in glob.glob(spec, recursive=True))
        files = [m for m in matches if m.is_file()]
        if files:
            return files
        raise InputError(f"{spec}: the pattern matches no file")
    raise InputError(f"{spec}: no such file or directory")


def count_articles(specs: Iterable[str]) -> int | None:
    """How many items `iter_items(specs)` will give (None when stdin is read).

    Raises the same InputError as `iter_items`, before any work starts.
    """
    total: int | None = 0
    for spec in specs:
        if spec == STDIN:
            total = None
            continue
        for path in _expand(spec):
            count = _count_lines(path) if path.suffix.lower() in JSONL_SUFFIXES else 1
            total = None if total is None else total + count
    return total


def _count_lines(path: Path) -> int:
    with open(path, "rb") as stream:
        return sum(1 for line in stream if line.strip())


def _stdin_items(stdin: TextIO) -> Iterator[Item]:
    """Standard input: JSON Lines when it starts with `{`, else one article."""
    first = stdin.readline()
    if first.lstrip().startswith("{"):
        yield from jsonl_items(_chain_first(first, stdin), "<stdin>")
    else:
        yield Item(doc_id="stdin", source="<stdin>", text=first + stdin.read())


def _chain_first(first: str, rest: TextIO) -> Iterator[str]:
    yield first
    yield from rest


def jsonl_items(lines: Iterable[str], name: str) -> Iterator[Item]:
    """One Item per non-blank line `{"doc_id", "text", "date"?}`.

    A line that is not such a record becomes an Item with `error` set, so the
    batch reports it and goes on.

    >>> item, bad = jsonl_items(['{"doc_id": "a", "text": "Xuất khẩu tăng."}', 'oops'], "x.jsonl")
    >>> item.text, bad.source, bad.error
    ('Xuất khẩu tăng.', 'x.jsonl:2', 'not a JSON object: Expecting value at column 1')
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            record = _parse_record(line)
        except ValueError as error:
            yield Item(doc_id=f"{Path(name).stem}-line{number}", source=source, error=str(error))
            continue
        yield Item(doc_id=record["doc_id"], source=source, text=record["text"], date=record.get("date"))


def _parse_record(line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not a JSON object: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    for key in ("doc_id", "text"):
        if not isinstance(record.get(key), str) or not record[key]:
            raise ValueError(f"field {key!r} missing or not a non-empty string")
    date = record.get("date")
    if date is not None and not (isinstance(date, str) and _is_iso_date(date)):
        raise ValueError(f"field 'date' is {date!r}, not YYYY-MM-DD")
    return record


def _is_iso_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def sanitize_doc_id(raw: str) -> str:
    """A file-name-safe form of `raw`: no separators, no leading dot, bounded length.

    >>> sanitize_doc_id("../../etc/passwd")
    'etc_passwd'
    >>> sanitize_doc_id("Bình Dương/tháng 5")
    'Bình_Dương_tháng_5'
    """
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", raw))
    cleaned = cleaned.strip("._-")[:_MAX_ID_LENGTH]
    return cleaned or "doc"


class DocIds:
    """Hands out unique, safe doc_ids in input order.

    An id that had to be changed gets a suffix from a hash of the original,
    so `a/b` and `a_b` stay apart; an id already taken (compared
    case-insensitively, for case-insensitive file systems) gets a suffix
    from a hash of its source, then a counter. The same input in the same
    order always gives the same ids.

    >>> ids = DocIds()
    >>> [ids.assign(raw, src) for raw, src in [("a", "x:1"), ("a/b", "x:2"), ("a_b", "x:3"), ("A", "x:4")]]
    ['a', 'a_b-3ec69c85', 'a_b', 'A-5c6dd7d6']
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def assign(self, raw: str, source: str) -> str:
        safe = sanitize_doc_id(raw)
        candidate = safe if safe == raw else f"{safe}-{_short_hash(raw)}"
        if candidate.casefold() in self._taken:
            candidate = f"{safe}-{_short_hash(source)}"
        unique, counter = candidate, 1
        while unique.casefold() in self._taken:
            counter += 1
            unique = f"{candidate}-{counter}"
        self._taken.add(unique.casefold())
        return unique


def _short_hash(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:8]
