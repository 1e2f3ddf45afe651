"""What the store reads: run outputs (Document files, JSON Lines, Parquet
parts of `--dask` runs) and, for evidence text, the articles themselves.

A path that names nothing is a `StoreInputError` raised before anything is
written; a file or line that is not a Document is skipped with a note.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..batch.inputs import DocIds
from ..reading import InputError, read_article
from ..schema import ConsistencyWarning, Fact
from .parts import PARTS_DIR

JSONL_SUFFIXES = (".jsonl", ".ndjson")
# Files of a run directory that are the run's records, not Documents.
RUN_RECORDS = frozenset({"errors.jsonl"})


# A JSON Lines record whose first field is its doc_id (what `extract bench
# --archive` and most exporters write): the id is read without parsing the text.
_LEADING_ID = regex.compile(rb'\A\s*\{\s*"doc_id"\s*:\s*("(?:[^"\\]|\\.)*")')


class StoreInputError(Exception):
    """A path given to the store that cannot be used; the message names it."""


class QuantityText(BaseModel):
    """What the store reads of a quantity: its text, place, amount and unit
    (for the written precision of the figures); checked for types only."""

    model_config = ConfigDict(extra="ignore")

    text: str
    start: int
    end: int
    amount: float
    unit: str


class StoredDocument(BaseModel):
    """The part of a Document the store keeps: facts are validated as in the
    Document; entities and period mentions are not read (most of the parsing time)."""

    model_config = ConfigDict(extra="ignore")

    doc_id: str = Field(min_length=1)
    quantities: list[QuantityText] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[ConsistencyWarning] = Field(default_factory=list)
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    location: str | None = None            # the article's `location` header, when a run records it
    extractor_version: str | None = None   # likewise


@dataclass
class Inputs:
    """The files named by the command line, sorted by kind."""

    documents: list[Path] = field(default_factory=list)   # one Document per .json file
    jsonl: list[Path] = field(default_factory=list)       # one Document per line
    parquet_dirs: list[Path] = field(default_factory=list)  # articles-*.parquet + facts-*.parquet


def resolve(specs: Iterable[str]) -> Inputs:
    """Sort every path, directory or glob of `specs` by kind.

    A directory gives its `<doc_id>.json` Documents, its JSON Lines files and
    its `store-parts/` Parquet parts; `_*.json` and `errors.jsonl` are the
    run's own records.
    """
    inputs = Inputs()
    for spec in specs:
        for path in _expand(spec):
            if path.is_dir():
                _add_directory(inputs, path)
            elif path.suffix.lower() in JSONL_SUFFIXES:
                inputs.jsonl.append(path)
            elif path.suffix.lower() == ".parquet":
                _add_parquet_dir(inputs, path.parent)
            elif path.suffix.lower() == ".json":
                inputs.documents.append(path)
            else:
                raise StoreInputError(f"{path}: not a run output (.json, .jsonl, a directory "
                                      "or Parquet parts)")
    return inputs


def _expand(spec: str) -> list[Path]:
    path = Path(spec)
    if path.exists():
        return [path]
    if glob.has_magic(spec):
        matches = sorted(Path(match) for match in glob.glob(spec, recursive=True))
        if matches:
            return matches
        raise StoreInputError(f"{spec}: the pattern matches no file")
    raise StoreInputError(f"{spec}: no such file or directory")


def _add_directory(inputs: Inputs, directory: Path) -> None:
    inputs.documents.extend(p for p in sorted(directory.glob("*.json")) if not p.name.startswith("_"))
    inputs.jsonl.extend(p for p in sorted(directory.iterdir())
                        if p.suffix.lower() in JSONL_SUFFIXES and p.name not in RUN_RECORDS)
    if (directory / PARTS_DIR).is_dir():
        _add_parquet_dir(inputs, directory / PARTS_DIR)
    elif directory.name == PARTS_DIR:
        _add_parquet_dir(inputs, directory)


def _add_parquet_dir(inputs: Inputs, directory: Path) -> None:
    if directory not in inputs.parquet_dirs:
        inputs.parquet_dirs.append(directory)


@dataclass(frozen=True)
class Read:
    """A Document read from an output, or the reason it could not be."""

    source: str
    document: StoredDocument | None = None
    written_at: dt.datetime | None = None
    problem: str | None = None


def read_documents(inputs: Inputs) -> Iterator[Read]:
    """Every Document of the inputs, in file (and line) order."""
    for path in inputs.documents:
        yield _read_one(path)
    for path in inputs.jsonl:
        yield from _read_lines(path)


def run_documents(destination, wanted: set[str]) -> Iterator[Read]:
    """The Documents of `wanted` doc_ids in a run's output (a `Destination`)."""
    if destination.documents_dir is not None:
        for doc_id in sorted(wanted):
            if destination.document_path(doc_id).is_file():
                yield _read_one(destination.document_path(doc_id))
        return
    written = _mtime(destination.jsonl)
    with open(destination.jsonl, "rb") as stream:
        for number, line in enumerate(stream, start=1):
            if _record_id(line) in wanted:
                yield _parsed(line, f"{destination.jsonl}:{number}", written)


def _read_one(path: Path) -> Read:
    try:
        data = path.read_bytes()
        written = _mtime(path)
    except OSError as error:
        return Read(str(path), problem=f"cannot read: {error.strerror or error}")
    return _parsed(data, str(path), written)


def _read_lines(path: Path) -> Iterator[Read]:
    written = _mtime(path)
    with open(path, "rb") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield _parsed(line, f"{path}:{number}", written)


def _parsed(data: bytes, source: str, written: dt.datetime) -> Read:
    try:
        document = StoredDocument.model_validate_json(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return Read(source, problem=f"not a Document ({where + ': ' if where else ''}{first['msg']})")
    return Read(source, document, written)


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(tzinfo=None)


class ArticleTexts:
    """The article texts behind Documents, found by doc_id, read only when asked.

    Made from directories of `<doc_id>.txt` files, `.txt` files and JSON Lines
    archives of `{"doc_id", "text"}` records (a line is found again through
    its byte offset, so a 100,000-article archive is never held in memory).
    """

    def __init__(self, places: dict[str, tuple[Path, int | None, int | None]] | None = None) -> None:
        self._places = places or {}  # doc_id -> (file, byte offset of its line or None, line number)

    @classmethod
    def from_paths(cls, specs: Iterable[str]) -> ArticleTexts:
        """From the inputs of a run (or `--articles`): directories (searched for
        *.txt), .txt files, globs, JSON Lines archives; doc_ids as `extract run` gives them."""
        places: dict[str, tuple[Path, int | None, int | None]] = {}
        ids = DocIds()  # the same ids in the same order as `extract run`
        for spec in specs:
            for path in _expand(spec):
                if path.suffix.lower() in JSONL_SUFFIXES:
                    places.update(_archive_offsets(path, ids))
                    continue
                for article in sorted(path.rglob("*.txt")) if path.is_dir() else [path]:
                    places[ids.assign(article.stem, str(article))] = (article, None, None)
        return cls(places)

    def source(self, doc_id: str) -> tuple[Path, int | None, int | None] | None:
        return self._places.get(doc_id)

    def text(self, doc_id: str) -> tuple[str, str] | None:
        """(text, where it was read) of the article, or None when unknown or unreadable."""
        found = self.source(doc_id)
        if found is None:
            return None
        path, offset, line = found
        try:
            if offset is None:
                return read_article(path), str(path)
            with open(path, "rb") as stream:
                stream.seek(offset)
                record = json.loads(stream.readline())
            return record["text"], f"{path}:{line}"
        except (InputError, OSError, ValueError, KeyError, TypeError):
            return None


def _archive_offsets(path: Path, ids: DocIds) -> dict[str, tuple[Path, int, int]]:
    """doc_id -> (archive, byte offset of its line, line number), for every record line."""
    offsets: dict[str, tuple[Path, int, int]] = {}
    with open(path, "rb") as stream:
        position = 0
        for number, line in enumerate(stream, start=1):
            if line.strip():
                raw_id = _record_id(line) or f"{path.stem}-line{number}"  # as `extract run` names a bad line
                offsets[ids.assign(str(raw_id), f"{path}:{number}")] = (path, position, number)
            position += len(line)
    return offsets


def _record_id(line: bytes) -> str | None:
    """The doc_id of a JSON Lines record, or None when the line is no record with one."""
    leading = _LEADING_ID.match(line)
    try:
        raw_id = json.loads(leading.group(1)) if leading else json.loads(line)["doc_id"]
    except (ValueError, KeyError, TypeError):
        return None
    return raw_id if isinstance(raw_id, str) and raw_id else None
